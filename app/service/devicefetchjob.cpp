#include "devicefetchjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "issuedsecret.h"
#include "secretstore.h"
#include "session.h"

namespace Passdesk {

void keepIssuedSecrets(SecretStore *store, const QString &deviceId, const std::vector<ActionResult> &results)
{
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

DeviceFetchJob::DeviceFetchJob(Session *session, const QString &deviceId)
    : QObject(session)
    , m_session(session)
    , m_deviceId(deviceId)
{ }

void DeviceFetchJob::start()
{
    QStringList select = deviceSelectFields();
    select << QStringLiteral("deviceActionResults");
    const QUrl url = m_session->graph()->deviceUrl(m_deviceId, select);
    if (url.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(GraphError::refused(tr("“%1” is not a device id.").arg(m_deviceId)));
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    GraphCall *call = m_session->graph()->get(url);
    connect(call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        Device device;
        std::vector<ActionResult> actions;
        QString why;
        if (!deviceFromJson(body, &device, &why) || !actionResultsFromJson(body, &actions, &why)) {
            Q_EMIT failed(GraphError::malformed(why));
        } else if (device.id != m_deviceId) {
            Q_EMIT failed(GraphError::malformed(tr("Microsoft Graph answered with another device")));
        } else {
            keepIssuedSecrets(m_session->secrets(), m_deviceId, actions);
            Q_EMIT finished(device, actions);
        }
        deleteLater();
    });
    connect(call, &GraphCall::failed, this, [this](const GraphError &error) {
        Q_EMIT failed(error);
        deleteLater();
    });
    call->start();
}

} // namespace Passdesk
