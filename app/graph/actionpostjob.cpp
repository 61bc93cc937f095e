#include "actionpostjob.h"

#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Passdesk {

ActionPostJob::ActionPostJob(GraphClient *client, const QString &deviceId, ActionKind kind,
    const std::vector<ActionResult> &before, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deviceId(deviceId)
    , m_kind(kind)
    , m_before(before)
{ }

void ActionPostJob::setVerification(int windowMsecs, int intervalMsecs)
{
    m_windowMsecs = qMax(0, windowMsecs);
    m_intervalMsecs = qMax(100, intervalMsecs);
}

bool ActionPostJob::isNewResult(const ActionResult &result, ActionKind kind, const std::vector<ActionResult> &before)
{
    ActionKind k;
    if (!actionKindFromName(result.actionName, &k) || k != kind)
        return false;
    for (const ActionResult &old : before) {
        ActionKind oldKind;
        if (actionKindFromName(old.actionName, &oldKind) && oldKind == kind
            && old.startDateTime == result.startDateTime)
            return false;
    }
    return true;
}

void ActionPostJob::start()
{
    const QUrl url = m_client->actionUrl(m_deviceId, m_kind);
    if (url.isEmpty()) {
        m_ended = true;
        Q_EMIT failed(GraphError::refused(
            QCoreApplication::translate("ActionPostJob", "Not sent: “%1” is not a device id.").arg(m_deviceId)));
        return;
    }
    m_call = m_client->post(url);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &) {
        m_ended = true;
        Q_EMIT accepted();
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &error) {
        if (!error.fateUnknown()) {
            m_ended = true;
            Q_EMIT failed(error);
            return;
        }
        qCWarning(lcGraph) << "the outcome of" << actionName(m_kind) << "is unknown; reading the device's actions";
        m_cause = error;
        verify();
    });
    qCInfo(lcGraph) << "POST" << actionName(m_kind) << "(once)";
    m_call->start();
}

void ActionPostJob::cancel()
{
    m_ended = true;
    if (m_call)
        m_call->abort();
    if (m_window)
        m_window->stop();
    if (m_interval)
        m_interval->stop();
}

void ActionPostJob::verify()
{
    m_window = new QTimer(this);
    m_window->setSingleShot(true);
    connect(m_window, &QTimer::timeout, this, &ActionPostJob::giveUp);
    m_interval = new QTimer(this);
    m_interval->setSingleShot(true);
    connect(m_interval, &QTimer::timeout, this, &ActionPostJob::checkOnce);
    m_window->start(m_windowMsecs);
    checkOnce();
}

void ActionPostJob::checkOnce()
{
    if (m_ended)
        return;
    // One read at a time; the next one waits for this one's answer.
    m_call
        = m_client->get(m_client->deviceUrl(m_deviceId, {QStringLiteral("id"), QStringLiteral("deviceActionResults")}));
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        if (m_ended)
            return;
        std::vector<ActionResult> results;
        if (actionResultsFromJson(body, &results)) {
            for (const ActionResult &r : results) {
                if (isNewResult(r, m_kind, m_before)) {
                    qCInfo(lcGraph) << "the backend has received" << actionName(m_kind) << "despite the error";
                    m_ended = true;
                    m_window->stop();
                    Q_EMIT accepted();
                    return;
                }
            }
        }
        m_interval->start(m_intervalMsecs);
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &) {
        if (!m_ended)
            m_interval->start(m_intervalMsecs);
    });
    m_call->start();
}

void ActionPostJob::giveUp()
{
    if (m_ended)
        return;
    m_ended = true;
    m_interval->stop();
    if (m_call)
        m_call->abort();
    Q_EMIT unknown(m_cause);
}

} // namespace Passdesk
