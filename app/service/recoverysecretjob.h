#pragma once

#include "grapherror.h"
#include "job.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace Passdesk {

class GraphCall;
class GraphClient;
class PagedListJob;

// Reads one recovery secret of a device when the operator asks, and keeps
// nothing: a BitLocker recovery key (Entra ID; the key only on reveal, with
// $select=key, which Entra ID audits), the FileVault personal recovery key of a
// corporate-owned Mac (Intune's getFileVaultKey), or the Activation Lock bypass
// code of a supervised iPhone or iPad (Intune, one device, $select).
class RecoverySecretJob : public Job
{
    Q_OBJECT
public:
    enum class Kind { BitLockerKey, FileVaultKey, BypassCode };
    struct Secret
    {
        QString id; // BitLocker: the key id the user's recovery screen shows the start of
        QString volumeType; // BitLocker: "operatingSystemVolume", "fixedDataVolume"…
        QDateTime created;
        QString value;
    };
    struct Result
    {
        bool ok = false;
        QString deviceName;
        Secret secret; // when ok
        // BitLocker, when the key to read is not chosen yet: every key of the device, value empty.
        std::vector<Secret> choices;
        std::function<QString()> error; // when !ok, in the operator's language
        GraphError graphError;
    };

    static QString bitlockerScope() { return QStringLiteral("BitlockerKey.Read.All"); }

    RecoverySecretJob(GraphClient *graph, Kind kind, const QString &deviceId, const QStringList &grantedScopes,
        QObject *parent = nullptr);
    // BitLocker: the first characters of the key id the user reads on the recovery screen.
    void setKeyIdPrefix(const QString &prefix) { m_prefix = prefix.trimmed(); }
    const Result &result() const { return m_result; }
    QString deviceId() const { return m_deviceId; }

protected:
    void run() override;
    void onCancel() override;

private:
    void onDevice(const QJsonObject &device);
    void readFileVaultKey();
    void listBitLockerKeys(const QString &entraId);
    void readBitLockerKey(const Secret &key);
    void fail(const std::function<QString()> &why, const GraphError &error = {});
    void failWith(const GraphError &error);

    GraphClient *m_graph;
    Kind m_kind;
    QString m_deviceId;
    QStringList m_scopes;
    QString m_prefix;
    QPointer<GraphCall> m_call;
    QPointer<PagedListJob> m_list;
    Result m_result;
};

// "1A2B3C4D (operating system volume)": how a key is told apart on the recovery screen.
QString bitlockerKeyChoice(const RecoverySecretJob::Secret &key);

} // namespace Passdesk
