#include "devicefetchjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "issuedsecret.h"
#include "secretstore.h"

namespace Passdesk {

void keepIssuedSecrets(SecretStore *store, const QString &deviceId, const std::vector<ActionResult> &results)
{
    if (!store)
        return;
    for (const ActionResult &r : results) {
        if (r.state != ActionState::Done)
            continue;
        if (!r.passcode.isEmpty())
            store->store(IssuedSecret(IssuedSecret::Kind::Passcode, deviceId, r.passcode, r.startDateTime,
                IssuedSecret::kPasscodeLifetimeSecs));
        if (!r.unlockPin.isEmpty())
            store->store(IssuedSecret(IssuedSecret::Kind::UnlockPin, deviceId, r.unlockPin, r.startDateTime,
                IssuedSecret::kUnlockPinLifetimeSecs));
    }
}

DeviceFetchJob::DeviceFetchJob(GraphClient *graph, SecretStore *secrets, const QString &deviceId, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_secrets(secrets)
    , m_deviceId(deviceId)
{ }

void DeviceFetchJob::fail(const GraphError &error)
{
    m_result.ok = false;
    m_result.error = error;
    finish();
}

void DeviceFetchJob::run()
{
    QStringList select = deviceSelectFields();
    select << QStringLiteral("deviceActionResults");
    const QUrl url = m_graph->deviceUrl(m_deviceId, select);
    if (url.isEmpty()) {
        // Said after start() returns, like every other answer.
        QMetaObject::invokeMethod(
            this, [this] { fail(GraphError::refused(tr("“%1” is not a device id.").arg(m_deviceId))); },
            Qt::QueuedConnection);
        return;
    }
    GraphCall *call = m_graph->get(url);
    connect(call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        QString why;
        if (!deviceFromJson(body, &m_result.device, &why) || !actionResultsFromJson(body, &m_result.actions, &why)) {
            fail(GraphError::malformed(why));
            return;
        }
        if (m_result.device.id != m_deviceId) {
            fail(GraphError::malformed(tr("Microsoft Graph answered with another device")));
            return;
        }
        keepIssuedSecrets(m_secrets, m_deviceId, m_result.actions);
        m_result.ok = true;
        finish();
    });
    connect(call, &GraphCall::failed, this, &DeviceFetchJob::fail);
    call->start();
}

} // namespace Passdesk
