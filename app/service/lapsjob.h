#pragma once

#include "grapherror.h"
#include "job.h"
#include "localadmin.h"

#include <QPointer>
#include <QStringList>

#include <functional>

namespace Passdesk {

class GraphCall;
class GraphClient;

// Reads a Windows device's LAPS passwords from Entra ID when the operator
// asks: the managed device's Entra device id first (LAPS is keyed by it, not
// by the Intune id), then deviceLocalCredentials/{entraId}?$select=credentials.
// Entra ID audits that read, with the operator's name. Nothing is kept: the
// result lives as long as the caller holds it.
class LapsPasswordJob : public Job
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        LocalAdminInfo info;
        QString deviceName; // the managed device's
        std::function<QString()> error; // when !ok: what went wrong, in the operator's language
        GraphError graphError;
    };

    static QString scope() { return QStringLiteral("DeviceLocalCredential.Read.All"); }

    // grantedScopes: the token's scopes when known (empty: unknown, the call tells).
    LapsPasswordJob(
        GraphClient *graph, const QString &deviceId, const QStringList &grantedScopes, QObject *parent = nullptr);
    const Result &result() const { return m_result; }
    QString deviceId() const { return m_deviceId; }

protected:
    void run() override;
    void onCancel() override;

private:
    void readCredentials(const QString &entraId);
    void fail(const std::function<QString()> &why, const GraphError &error = {});

    GraphClient *m_graph;
    QString m_deviceId;
    QStringList m_scopes;
    QPointer<GraphCall> m_call;
    Result m_result;
};

} // namespace Passdesk
