#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace Passdesk {

// Every reveal of a recovery secret, kept on this computer: who, which kind,
// which device, when. Never the secret: nothing here takes one. One JSON object
// per line, appended; it survives restarts, and reading it is bounded.
class RevealLog
{
public:
    struct Entry
    {
        QDateTime when; // UTC
        QString who; // the operator's user principal name, or "" when unknown (a fixed token)
        QString kind; // "lapsPassword", "bitlockerKey", "fileVaultKey", "bypassCode", "unlockPin", "passcode"
        QString deviceId;
        QString deviceName;
    };

    // The default file: <app data>/reveal-log.jsonl.
    static QString defaultPath();
    explicit RevealLog(const QString &path = defaultPath());

    bool append(const Entry &entry);
    // The device's entries, newest first; at most the last 1 MB of the file is read.
    std::vector<Entry> entries(const QString &deviceId) const;
    QString path() const { return m_path; }

    static constexpr qint64 kMaxReadBytes = 1024 * 1024;

private:
    QString m_path;
};

} // namespace Passdesk
