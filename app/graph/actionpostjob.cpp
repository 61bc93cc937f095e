#include "actionpostjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "serverclock.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

namespace {
// The backend stamps startDateTime with its own clock; allow for the Date header's resolution.
constexpr qint64 kClockToleranceSecs = 5;
} // namespace

ActionPostJob::ActionPostJob(GraphClient *client, const QString &deviceId, ActionKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deviceId(deviceId)
    , m_kind(kind)
{ }

void ActionPostJob::start()
{
    post();
}

void ActionPostJob::post()
{
    ++m_posts;
    m_sentAt = m_client->clock()->now().addSecs(-kClockToleranceSecs);
    GraphCall *call = m_client->post(m_client->actionUrl(m_deviceId, m_kind));
    connect(call, &GraphCall::succeeded, this, [this](int, const QJsonObject &) { Q_EMIT accepted(m_sentAt); });
    connect(call, &GraphCall::failed, this, [this](const GraphError &error) {
        const bool unknownFate
            = error.httpStatus == 0 || error.httpStatus == 429 || error.httpStatus == 503 || error.httpStatus == 504;
        if (!unknownFate) {
            Q_EMIT failed(error);
            return;
        }
        const GraphClient::RetryPolicy policy = m_client->retryPolicy();
        const qint64 delay = error.retryAfterSecs >= 0 ? qint64(std::ceil(error.retryAfterSecs * 1000.0))
                                                       : policy.backoffBaseMsecs * (qint64(1) << (m_posts - 1));
        verifyAfter(qMin(delay, policy.maxDelayMsecs), error);
    });
    call->start();
}

void ActionPostJob::verifyAfter(qint64 delayMsecs, const GraphError &cause)
{
    QTimer::singleShot(int(delayMsecs), this, [this, cause] {
        GraphCall *check = m_client->get(m_client->deviceUrl(m_deviceId, {QStringLiteral("deviceActionResults")}));
        connect(check, &GraphCall::succeeded, this, [this, cause](int, const QJsonObject &body) {
            for (const ActionResult &r : actionResultsFromJson(body)) {
                ActionKind kind;
                if (actionKindFromName(r.actionName, &kind) && kind == m_kind && r.startDateTime.isValid()
                    && r.startDateTime >= m_sentAt) {
                    qCInfo(lcGraph) << "action" << actionName(m_kind)
                                    << "was received despite the error; not resending";
                    Q_EMIT accepted(m_sentAt);
                    return;
                }
            }
            if (m_posts >= kMaxPosts) {
                Q_EMIT failed(cause);
                return;
            }
            qCInfo(lcGraph) << "action" << actionName(m_kind) << "not recorded by the backend; sending again";
            post();
        });
        connect(check, &GraphCall::failed, this, [this](const GraphError &error) { Q_EMIT failed(error); });
        check->start();
    });
}

} // namespace Passdesk
