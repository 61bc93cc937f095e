#include "devicefetchjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "issuedsecret.h"
#include "secretstore.h"
#include "session.h"

namespace Passdesk {

void keepIssuedSecrets(Session *session, const QString &deviceId, const std::vector<ActionResult> &results)
{
    for (const ActionResult &r : results) {
        if (r.state != ActionState::Done)
            continue;
        if (!r.passcode.isEmpty())
            session->secrets()->store(IssuedSecret(IssuedSecret::Kind::Passcode, deviceId, r.passcode, r.startDateTime,
                IssuedSecret::kPasscodeLifetimeSecs));
        if (!r.unlockPin.isEmpty())
            session->secrets()->store(IssuedSecret(IssuedSecret::Kind::UnlockPin, deviceId, r.unlockPin,
                r.startDateTime, IssuedSecret::kUnlockPinLifetimeSecs));
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
    GraphCall *call = m_session->graph()->get(m_session->graph()->deviceUrl(m_deviceId, select));
    connect(call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        const Device device = deviceFromJson(body);
        const std::vector<ActionResult> actions = actionResultsFromJson(body);
        keepIssuedSecrets(m_session, m_deviceId, actions);
        Q_EMIT finished(device, actions);
        deleteLater();
    });
    connect(call, &GraphCall::failed, this, [this](const GraphError &error) {
        Q_EMIT failed(error);
        deleteLater();
    });
    call->start();
}

} // namespace Passdesk
