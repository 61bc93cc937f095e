#include "lapsjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "safetext.h"
#include "scopes.h"

#include <QUuid>

namespace Passdesk {

LapsPasswordJob::LapsPasswordJob(
    GraphClient *graph, const QString &deviceId, const QStringList &grantedScopes, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_deviceId(deviceId)
    , m_scopes(grantedScopes)
{ }

void LapsPasswordJob::fail(const std::function<QString()> &why, const GraphError &error)
{
    m_result.ok = false;
    m_result.error = why;
    m_result.graphError = error;
    finish();
}

void LapsPasswordJob::onCancel()
{
    if (m_call)
        m_call->abort();
}

void LapsPasswordJob::run()
{
    const bool scopeKnownMissing = !m_scopes.isEmpty() && !hasGraphScope(m_scopes, scope());
    const QUrl url = m_graph->deviceUrl(
        m_deviceId, {QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("azureADDeviceId")});
    if (scopeKnownMissing || url.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, scopeKnownMissing] {
                if (scopeKnownMissing)
                    fail([] {
                        return tr("Reading LAPS passwords needs the permission %1, which this sign-in does not have.")
                            .arg(scope());
                    });
                else
                    fail([id = m_deviceId] { return tr("“%1” is not a device id.").arg(safeText(id)); });
            },
            Qt::QueuedConnection);
        return;
    }
    m_call = m_graph->get(url);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        const QString id = body.value(QLatin1String("id")).toString();
        const QJsonValue entra = body.value(QLatin1String("azureADDeviceId"));
        if (id != m_deviceId || (!entra.isString() && !entra.isNull() && !entra.isUndefined())) {
            fail([] { return GraphError::malformed(tr("a device that is not the one asked for")).userMessage(); });
            return;
        }
        m_result.deviceName = body.value(QLatin1String("deviceName")).toString();
        const QUuid entraId = QUuid::fromString(entra.toString());
        if (entraId.isNull()) {
            fail([] {
                return tr("This device has no Entra device id: Windows LAPS keeps passwords only for devices joined "
                          "to Entra ID.");
            });
            return;
        }
        readCredentials(entraId.toString(QUuid::WithoutBraces));
    });
    connect(m_call, &GraphCall::failed, this,
        [this](const GraphError &error) { fail([error] { return error.userMessage(); }, error); });
    m_call->start();
}

void LapsPasswordJob::readCredentials(const QString &entraId)
{
    // The password itself only with $select=credentials; Entra ID audits the read.
    const QUrl url = m_graph->collectionUrl(QStringLiteral("directory/deviceLocalCredentials/") + entraId,
        {{QStringLiteral("$select"), QStringLiteral("credentials")}});
    m_call = m_graph->get(url);
    m_call->setExtraHeader("ocp-client-name", "Passdesk");
    m_call->setExtraHeader("ocp-client-version", "1.0");
    connect(m_call, &GraphCall::succeeded, this, [this, entraId](int, const QJsonObject &body) {
        QString why;
        LocalAdminInfo info;
        if (!localAdminInfoFromJson(body, &info, &why)) {
            fail([why] { return GraphError::malformed(why).userMessage(); });
            return;
        }
        if (info.entraDeviceId.compare(entraId, Qt::CaseInsensitive) != 0) {
            fail([] { return GraphError::malformed(tr("a device that is not the one asked for")).userMessage(); });
            return;
        }
        if (info.credentials.empty()) {
            fail([] { return tr("Entra ID holds no LAPS password for this device yet."); });
            return;
        }
        m_result.ok = true;
        m_result.info = std::move(info);
        finish();
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &error) {
        if (error.kind == GraphError::Kind::Http && error.httpStatus == 404) {
            fail(
                [] {
                    return tr(
                        "Entra ID holds no LAPS password for this device: Windows LAPS is not turned on for it, or it "
                        "has not backed one up yet.");
                },
                error);
        } else if (error.kind == GraphError::Kind::Http && error.httpStatus == 403) {
            // Graph says "forbidden"; the operator needs to know which role reads passwords.
            fail(
                [] {
                    return tr("Your Entra role may not read LAPS passwords (Helpdesk Administrator sees only when the "
                              "password was backed up). Ask for Cloud Device Administrator, Intune Administrator, or a "
                              "custom role with microsoft.directory/deviceLocalCredentials/password/read, and the "
                              "permission %1.")
                        .arg(scope());
                },
                error);
        } else {
            fail([error] { return error.userMessage(); }, error);
        }
    });
    m_call->start();
}

} // namespace Passdesk
