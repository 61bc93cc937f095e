#include "actionjob.h"

#include "actionpostjob.h"
#include "authsession.h"
#include "devicefetchjob.h"
#include "devicejson.h"
#include "devicetreemodel.h"
#include "graphcall.h"
#include "graphclient.h"
#include "serverclock.h"
#include "session.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcActions, "passdesk.actions")

namespace Passdesk {

ActionJob::ActionJob(Session *session, const QStringList &deviceIds, ActionKind kind)
    : QObject(session)
    , m_session(session)
    , m_deviceIds(deviceIds)
    , m_kind(kind)
    , m_pollTimer(new QTimer(this))
{
    m_deviceIds.removeDuplicates();
    connect(m_pollTimer, &QTimer::timeout, this, &ActionJob::poll);
}

ActionJob::~ActionJob()
{
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (!it->finished && it->polling)
            m_session->setRunning(it.key(), m_kind, false);
    }
}

void ActionJob::start()
{
    QStringList toSend;
    for (const QString &id : std::as_const(m_deviceIds)) {
        Track &t = m_tracks[id];
        const Device *device = m_session->devices()->deviceById(id);
        t.record.deviceId = id;
        t.record.kind = m_kind;
        t.record.requested = m_session->clock()->now();
        if (!device) {
            t.record.label = SupportMatrix::actionLabel(m_kind, false);
            t.record.deviceName = id;
            t.record.state = ActionState::Failed;
            t.record.detail = tr("This device is not in the loaded list. Refresh the device list.");
            m_session->actions()->upsert(t.record);
            finish(id, t.record.detail);
            continue;
        }
        t.support = m_session->matrix().evaluate(*device, m_kind);
        t.record.deviceName = device->deviceName;
        t.record.label = t.support.label;
        if (!t.support.supported) {
            // Refused here, with the reason, rather than sent to fail at the backend.
            t.record.state = ActionState::NotSupported;
            t.record.detail = tr("Not sent: %1").arg(t.support.reason);
            m_session->actions()->upsert(t.record);
            finish(id, t.support.reason);
            continue;
        }
        if (m_session->isActionRunning(id, m_kind)) {
            t.record.state = ActionState::Pending;
            t.record.detail = tr("Not sent again: this action is already running on the device.");
            finish(id, t.record.detail);
            continue;
        }
        toSend << id;
    }
    if (!toSend.isEmpty() && m_kind == ActionKind::ResetPasscode && m_session->stepUpNeeded()) {
        stepUpThenSend(toSend);
        return;
    }
    for (const QString &id : std::as_const(toSend))
        send(id);
    finishIfDone();
}

void ActionJob::stepUpThenSend(const QStringList &ids)
{
    // The operator proves who they are again before a passcode is reset (as the
    // Company Portal asks its users to sign in again within five minutes).
    AuthSession *auth = m_session->auth();
    for (const QString &id : ids) {
        Track &t = m_tracks[id];
        t.record.state = ActionState::None;
        t.record.detail = tr("Waiting for you to sign in again");
        m_session->actions()->upsert(t.record);
        Q_EMIT deviceUpdated(id, t.record);
    }
    qCInfo(lcActions) << "re-authentication required before a passcode reset";
    // One listener for this sign-in only: it goes with the first answer.
    auto *waiter = new QObject(this);
    connect(auth, &AuthSession::signedIn, waiter, [this, ids, waiter] {
        waiter->deleteLater();
        for (const QString &id : ids)
            send(id);
        finishIfDone();
    });
    connect(auth, &AuthSession::signInFailed, waiter, [this, ids, waiter](const QString &message) {
        waiter->deleteLater();
        for (const QString &id : ids) {
            Track &t = m_tracks[id];
            t.record.state = ActionState::Failed;
            t.record.detail = tr("Not sent: the sign-in to confirm it is you did not succeed. %1").arg(message);
            m_session->actions()->upsert(t.record);
            finish(id, t.record.detail);
        }
        finishIfDone();
    });
    Q_EMIT stepUpRequired();
    auth->signInWithBrowser(true);
}

void ActionJob::send(const QString &deviceId)
{
    Track &t = m_tracks[deviceId];
    t.polling = true;
    m_session->setRunning(deviceId, m_kind, true);
    t.record.state = ActionState::Pending;
    t.record.rawState = QStringLiteral("pending");
    t.record.detail = tr("Sending");
    m_session->actions()->upsert(t.record);
    Q_EMIT deviceUpdated(deviceId, t.record);

    qCInfo(lcActions) << "sending" << actionName(m_kind) << "to device" << deviceId;
    auto *post = new ActionPostJob(m_session->graph(), deviceId, m_kind, this);
    connect(post, &ActionPostJob::accepted, this, [this, deviceId, post](const QDateTime &sentAt) {
        post->deleteLater();
        Track &track = m_tracks[deviceId];
        track.sentAt = sentAt;
        track.deadline = QDateTime::currentDateTimeUtc().addMSecs(m_session->actionTimeout());
        track.record.detail = tr("Waiting for the device to check in");
        update(deviceId);
        if (!m_pollTimer->isActive())
            m_pollTimer->start(m_session->pollInterval());
    });
    connect(post, &ActionPostJob::failed, this, [this, deviceId, post](const GraphError &error) {
        post->deleteLater();
        Track &track = m_tracks[deviceId];
        track.record.state = ActionState::Failed;
        track.record.rawState.clear();
        track.record.detail = error.userMessage();
        track.record.lastUpdated = m_session->clock()->now();
        update(deviceId);
        finish(deviceId, error.userMessage());
        finishIfDone();
    });
    post->start();
}

void ActionJob::poll()
{
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (!it->finished && it->sentAt.isValid())
            pollDevice(it.key());
    }
}

void ActionJob::pollDevice(const QString &deviceId)
{
    Track &t = m_tracks[deviceId];
    if (QDateTime::currentDateTimeUtc() > t.deadline) {
        t.record.detail = tr(
            "No answer yet. The device applies the action the next time it checks in; follow it in Device actions.");
        update(deviceId);
        finish(deviceId, t.record.detail);
        finishIfDone();
        return;
    }
    GraphCall *call
        = m_session->graph()->get(m_session->graph()->deviceUrl(deviceId, {QStringLiteral("deviceActionResults")}));
    connect(call, &GraphCall::succeeded, this, [this, deviceId](int, const QJsonObject &body) {
        Track &track = m_tracks[deviceId];
        if (track.finished)
            return;
        const std::vector<ActionResult> results = actionResultsFromJson(body);
        for (const ActionResult &r : results) {
            ActionKind kind;
            if (!actionKindFromName(r.actionName, &kind) || kind != m_kind || !r.startDateTime.isValid()
                || r.startDateTime < track.sentAt)
                continue;
            track.record.state = r.state;
            track.record.rawState = r.rawState;
            track.record.lastUpdated = r.lastUpdatedDateTime;
            if (isTerminal(r.state)) {
                keepIssuedSecrets(m_session, deviceId, {r});
                const QString explanation = track.support.explainOutcome(r.state);
                track.record.detail = r.state == ActionState::Done ? track.support.tellUser : explanation;
                update(deviceId);
                qCInfo(lcActions) << actionName(m_kind) << "on device" << deviceId << "ended" << r.rawState;
                finish(deviceId, explanation);
                finishIfDone();
                return;
            }
            update(deviceId);
        }
    });
    connect(call, &GraphCall::failed, this, [this, deviceId](const GraphError &error) {
        // A failed read does not end the action; the next poll tries again.
        qCWarning(lcActions) << "polling device" << deviceId << "failed:" << error.code << error.httpStatus;
        if (error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 404) {
            Track &track = m_tracks[deviceId];
            track.record.detail = error.userMessage();
            update(deviceId);
            finish(deviceId, error.userMessage());
            finishIfDone();
        }
    });
    call->start();
}

void ActionJob::update(const QString &deviceId)
{
    const Track &t = m_tracks[deviceId];
    m_session->actions()->upsert(t.record);
    Q_EMIT deviceUpdated(deviceId, t.record);
}

void ActionJob::finish(const QString &deviceId, const QString &explanation)
{
    Track &t = m_tracks[deviceId];
    if (t.finished)
        return;
    t.finished = true;
    t.explanation = explanation;
    if (t.polling) {
        t.polling = false;
        m_session->setRunning(deviceId, m_kind, false);
    }
    Q_EMIT deviceFinished(deviceId, t.record, explanation);
}

void ActionJob::finishIfDone()
{
    if (m_finished)
        return;
    for (const Track &t : std::as_const(m_tracks)) {
        if (!t.finished)
            return;
    }
    m_finished = true;
    m_pollTimer->stop();
    Q_EMIT finished();
}

void ActionJob::cancel()
{
    // Stops following; the backend still carries out what it has received.
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it)
        finish(it.key(), tr("No longer followed; the device may still carry out the action."));
    finishIfDone();
}

} // namespace Passdesk
