#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace Passdesk {

// One Windows LAPS password backed up to Entra ID.
struct LocalAdminCredential
{
    QString accountName;
    QString accountSid;
    QDateTime backupDateTime;
    QString password; // decoded; never written anywhere
};

// A device's Windows LAPS entry (Graph's deviceLocalCredentialInfo).
struct LocalAdminInfo
{
    QString entraDeviceId; // Entra device id, not the Intune one
    QString deviceName;
    QDateTime lastBackupDateTime;
    QDateTime refreshDateTime; // the next rotation
    std::vector<LocalAdminCredential> credentials; // newest backup first
};

// passwordBase64 is base64 of UTF-16LE text. False (and nothing in password)
// for anything else: not strict base64, an odd byte count, a lone surrogate,
// a control character, or empty.
bool decodeLapsPassword(const QString &base64, QString *password);

} // namespace Passdesk
