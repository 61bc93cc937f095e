#include "actionjob.h"

#include "actionpostjob.h"
#include "authsession.h"
#include "devicefetchjob.h"
#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "issuedsecret.h"
#include "runningactions.h"
#include "secretstore.h"
#include "serverclock.h"
#include "writepacer.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcActions, "passdesk.actions")

namespace Passdesk {

ActionJob::ActionJob(const ActionContext &context, const ActionPlan &plan, QObject *parent)
    : Job(parent)
    , m_ctx(context)
    , m_plan(plan)
    , m_pollTimer(new QTimer(this))
{
    m_ctx.pollMsecs = qMax(kMinPollMsecs, m_ctx.pollMsecs);
    for (const ActionPlan::Item &item : std::as_const(m_plan.items))
        m_ids << item.deviceId;
    connect(m_pollTimer, &QTimer::timeout, this, &ActionJob::poll);
}

ActionJob::~ActionJob()
{
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (it->claimed && m_ctx.running)
            m_ctx.running->release(it.key(), m_plan.kind);
    }
}

void ActionJob::run()
{
    QStringList toSend;
    for (const ActionPlan::Item &item : std::as_const(m_plan.items)) {
        Track &t = m_tracks[item.deviceId];
        ActionRecord &record = t.outcome.record;
        record.deviceId = item.deviceId;
        record.deviceName = item.deviceName;
        record.kind = m_plan.kind;
        record.label = item.support.label;
        record.removes = item.support.removes;
        record.requested = m_ctx.clock->now();
        record.sentHere = true;
        t.outcome.support = item.support;
        switch (item.verdict) {
        case ActionPlan::Verdict::NotLoaded:
            end(item.deviceId, ActionOutcome::Kind::NotSent,
                [] { return tr("This device is not in the loaded list. Refresh the device list."); });
            continue;
        case ActionPlan::Verdict::NotSupported:
            record.state = ActionState::NotSupported;
            end(item.deviceId, ActionOutcome::Kind::NotSent, [s = item.support] { return s.reasonText(); });
            continue;
        case ActionPlan::Verdict::Running:
            end(item.deviceId, ActionOutcome::Kind::NotSent,
                [] { return tr("Not sent again: this action is already running on the device."); });
            continue;
        case ActionPlan::Verdict::Send:
            break;
        }
        // Busy from the operator's click: a second click makes no second job.
        if (m_ctx.running && !m_ctx.running->claim(item.deviceId, m_plan.kind)) {
            end(item.deviceId, ActionOutcome::Kind::NotSent,
                [] { return tr("Not sent again: this action is already running on the device."); });
            continue;
        }
        t.claimed = m_ctx.running != nullptr;
        toSend << item.deviceId;
    }
    if (!toSend.isEmpty() && m_plan.kind == ActionKind::ResetPasscode && m_ctx.auth && m_ctx.stepUpWindowSecs > 0
        && m_ctx.auth->needsStepUp(m_ctx.stepUpWindowSecs)) {
        waitForStepUp(toSend);
        return;
    }
    for (const QString &id : std::as_const(toSend))
        preRead(id);
    endIfAllDone();
}

void ActionJob::waitForStepUp(const QStringList &ids)
{
    // The operator proves who they are again before a passcode is reset (as the
    // Company Portal asks its users to sign in again within five minutes). Only
    // an interactive sign-in that completes from now on counts: a silent token
    // refresh, or a restore from the keychain, does not.
    for (const QString &id : ids) {
        Track &t = m_tracks[id];
        t.outcome.record.state = ActionState::None;
        say(id, [] { return tr("Waiting for you to sign in again"); });
    }
    qCInfo(lcActions) << "re-authentication required before a passcode reset";
    m_stepUpListener = new QObject(this);
    const auto stopListening = [this] {
        m_ctx.auth->disconnect(m_stepUpListener);
        m_stepUpListener->deleteLater();
    };
    connect(m_ctx.auth, &AuthSession::interactiveSignInCompleted, m_stepUpListener, [this, ids, stopListening] {
        stopListening();
        for (const QString &id : ids)
            preRead(id);
        endIfAllDone();
    });
    connect(
        m_ctx.auth, &AuthSession::signInFailed, m_stepUpListener, [this, ids, stopListening](const QString &message) {
            stopListening();
            for (const QString &id : ids)
                end(id, ActionOutcome::Kind::NotSent, [message] {
                    return tr("Not sent: the sign-in to confirm it is you did not succeed. %1").arg(message);
                });
            endIfAllDone();
        });
    Q_EMIT stepUpRequired();
    m_ctx.auth->signInWithBrowser(true);
}

void ActionJob::preRead(const QString &deviceId)
{
    Track &t = m_tracks[deviceId];
    if (t.finished)
        return;
    say(deviceId, [] { return tr("Reading the device from Intune"); });
    QStringList select = deviceSelectFields();
    select << QStringLiteral("deviceActionResults");
    const QUrl url = m_ctx.graph->deviceUrl(deviceId, select);
    if (url.isEmpty()) {
        end(deviceId, ActionOutcome::Kind::NotSent,
            [deviceId] { return tr("Not sent: “%1” is not a device id.").arg(deviceId); });
        return;
    }
    t.read = m_ctx.graph->get(url);
    connect(t.read, &GraphCall::succeeded, this,
        [this, deviceId](int, const QJsonObject &body) { onPreRead(deviceId, body); });
    connect(t.read, &GraphCall::failed, this, [this, deviceId](const GraphError &error) {
        end(deviceId, ActionOutcome::Kind::NotSent, [error] { return tr("Not sent: %1").arg(error.userMessage()); });
        endIfAllDone();
    });
    t.read->start();
}

void ActionJob::onPreRead(const QString &deviceId, const QJsonObject &body)
{
    Track &t = m_tracks[deviceId];
    if (t.finished)
        return;
    Device device;
    std::vector<ActionResult> results;
    QString why;
    if (!deviceFromJson(body, &device, &why) || !actionResultsFromJson(body, &results, &why)) {
        end(deviceId, ActionOutcome::Kind::NotSent,
            [why] { return tr("Not sent: %1").arg(GraphError::malformed(why).userMessage()); });
        endIfAllDone();
        return;
    }
    if (device.id != deviceId) {
        // Actions use the id the operator chose, and only on that device.
        end(deviceId, ActionOutcome::Kind::NotSent,
            [] { return tr("Not sent: Microsoft Graph answered with another device than the one you chose."); });
        endIfAllDone();
        return;
    }
    // Decided again on what Intune says now, not on the list loaded earlier.
    t.outcome.support = m_ctx.matrix->evaluate(device, m_plan.kind);
    t.outcome.record.deviceName = device.deviceName;
    t.outcome.record.label = t.outcome.support.label;
    t.outcome.record.removes = t.outcome.support.removes;
    if (!t.outcome.support.supported) {
        t.outcome.record.state = ActionState::NotSupported;
        end(deviceId, ActionOutcome::Kind::NotSent, [s = t.outcome.support] { return s.reasonText(); });
        endIfAllDone();
        return;
    }
    for (const ActionResult &r : results) {
        ActionKind kind;
        if (!m_force && actionKindFromName(r.actionName, &kind) && kind == m_plan.kind
            && (r.state == ActionState::Pending || r.state == ActionState::Active)) {
            t.outcome.pending = r;
            end(deviceId, ActionOutcome::Kind::AlreadyPending, [started = r.startDateTime] {
                return started.isValid() ? tr("Not sent: the same action, sent %1, is still pending on the device.")
                                               .arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat))
                                         : tr("Not sent: the same action is still pending on the device.");
            });
            endIfAllDone();
            return;
        }
    }
    t.before = std::move(results);
    send(deviceId);
}

void ActionJob::send(const QString &deviceId)
{
    if (!m_ctx.pacer) {
        post(deviceId);
        return;
    }
    say(deviceId, [] { return tr("Waiting for its turn: Intune accepts a limited number of actions at a time"); });
    m_ctx.pacer->acquire(this, [this, deviceId] {
        if (!m_tracks[deviceId].finished) // canceled while it waited: stays unsent
            post(deviceId);
    });
}

void ActionJob::post(const QString &deviceId)
{
    Track &t = m_tracks[deviceId];
    t.sent = true;
    t.outcome.record.state = ActionState::Pending;
    t.outcome.record.rawState = QStringLiteral("pending");
    say(deviceId, [] { return tr("Sending"); });

    qCInfo(lcActions) << "sending" << actionName(m_plan.kind);
    t.post = new ActionPostJob(m_ctx.graph, deviceId, m_plan.kind, t.before, this);
    t.post->setVerification(m_ctx.verifyMsecs, m_ctx.pollMsecs);
    connect(t.post, &ActionPostJob::accepted, this, [this, deviceId] {
        Track &track = m_tracks[deviceId];
        track.post->deleteLater();
        track.following = true;
        track.deadline = QDateTime::currentDateTimeUtc().addMSecs(m_ctx.timeoutMsecs);
        say(deviceId, [] { return tr("Waiting for the device to check in"); });
        Q_EMIT deviceAccepted(deviceId);
        if (!m_pollTimer->isActive())
            m_pollTimer->start(m_ctx.pollMsecs);
    });
    connect(t.post, &ActionPostJob::failed, this, [this, deviceId](const GraphError &error) {
        Track &track = m_tracks[deviceId];
        track.post->deleteLater();
        track.outcome.record.lastUpdated = m_ctx.clock->now();
        end(deviceId, ActionOutcome::Kind::NotSent, [error] { return error.userMessage(); });
        endIfAllDone();
    });
    connect(t.post, &ActionPostJob::unknown, this, [this, deviceId](const GraphError &cause) {
        Track &track = m_tracks[deviceId];
        track.post->deleteLater();
        qCWarning(lcActions) << actionName(m_plan.kind) << "outcome unknown:" << int(cause.kind) << cause.httpStatus;
        end(deviceId, ActionOutcome::Kind::Unknown, [cause] {
            return tr("Outcome unknown: the request left, but no clear answer came back (%1). Check Device actions "
                      "before trying again.")
                .arg(cause.userMessage());
        });
        endIfAllDone();
    });
    t.post->start();
}

void ActionJob::poll()
{
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (!it->finished && it->following && !it->read)
            pollDevice(it.key());
    }
}

void ActionJob::pollDevice(const QString &deviceId)
{
    Track &t = m_tracks[deviceId];
    if (QDateTime::currentDateTimeUtc() > t.deadline) {
        end(deviceId, ActionOutcome::Kind::StillPending, [] {
            return tr("No answer yet. The device applies the action the next time it checks in; follow it in Device "
                      "actions.");
        });
        endIfAllDone();
        return;
    }
    t.read = m_ctx.graph->get(
        m_ctx.graph->deviceUrl(deviceId, {QStringLiteral("id"), QStringLiteral("deviceActionResults")}));
    connect(t.read, &GraphCall::succeeded, this, [this, deviceId](int, const QJsonObject &body) {
        Track &track = m_tracks[deviceId];
        if (track.finished)
            return;
        std::vector<ActionResult> results;
        QString why;
        if (!actionResultsFromJson(body, &results, &why)) {
            qCWarning(lcActions) << "unreadable action results:" << why;
            say(deviceId, [why] { return GraphError::malformed(why).userMessage(); });
            return;
        }
        for (const ActionResult &r : results) {
            if (!ActionPostJob::isNewResult(r, m_plan.kind, track.before))
                continue;
            ActionRecord &record = track.outcome.record;
            record.state = r.state;
            record.rawState = r.rawState;
            record.lastUpdated = r.lastUpdatedDateTime;
            if (isTerminal(r.state)) {
                keepIssuedSecrets(m_ctx.secrets, deviceId, {r});
                const Support support = track.outcome.support;
                const ActionState state = r.state;
                // Done: what to tell the user; otherwise the likely cause.
                record.describe = state == ActionState::Done
                    ? Words([support] { return support.tellUserText(); })
                    : Words([support, state] { return support.explainOutcome(state); });
                record.detail = record.describe();
                qCInfo(lcActions) << actionName(m_plan.kind) << "ended" << r.rawState;
                end(deviceId, ActionOutcome::Kind::Completed,
                    [support, state] { return support.explainOutcome(state); });
                endIfAllDone();
                return;
            }
            update(deviceId);
        }
    });
    connect(t.read, &GraphCall::failed, this, [this, deviceId](const GraphError &error) {
        // A failed read does not end the action; the next poll tries again.
        qCWarning(lcActions) << "polling failed:" << error.code << error.httpStatus;
        if (error.kind == GraphError::Kind::Http
            && (error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 404)) {
            end(deviceId, ActionOutcome::Kind::StillPending, [error] { return error.userMessage(); });
            endIfAllDone();
        }
    });
    t.read->start();
}

void ActionJob::update(const QString &deviceId)
{
    const Track &t = m_tracks[deviceId];
    if (m_ctx.log)
        m_ctx.log->upsert(t.outcome.record);
    Q_EMIT deviceUpdated(deviceId, t.outcome.record);
}

void ActionJob::say(const QString &deviceId, const Words &detail)
{
    ActionRecord &record = m_tracks[deviceId].outcome.record;
    record.describe = detail;
    record.detail = detail();
    update(deviceId);
}

void ActionJob::end(const QString &deviceId, ActionOutcome::Kind kind, const Words &explain)
{
    Track &t = m_tracks[deviceId];
    if (t.finished)
        return;
    t.finished = true;
    t.outcome.kind = kind;
    const QString explanation = explain();
    t.outcome.explanation = explanation;
    ActionRecord &record = t.outcome.record;
    if (kind != ActionOutcome::Kind::Completed)
        record.describe = explain;
    switch (kind) {
    case ActionOutcome::Kind::NotSent:
    case ActionOutcome::Kind::AlreadyPending:
        if (record.state != ActionState::NotSupported)
            record.state = ActionState::NotSent;
        record.rawState.clear();
        record.detail = explanation;
        break;
    case ActionOutcome::Kind::Unknown:
        record.state = ActionState::OutcomeUnknown;
        record.rawState.clear();
        record.detail = explanation;
        break;
    case ActionOutcome::Kind::StillPending:
    case ActionOutcome::Kind::StoppedFollowing:
        record.detail = explanation;
        break;
    case ActionOutcome::Kind::Completed:
        break;
    }
    if (t.read)
        t.read->abort();
    if (t.post)
        t.post->cancel();
    update(deviceId);
    if (t.claimed) {
        t.claimed = false;
        m_ctx.running->release(deviceId, m_plan.kind);
    }
    Q_EMIT deviceFinished(deviceId, t.outcome);
}

void ActionJob::endIfAllDone()
{
    if (isFinished())
        return;
    for (const Track &t : std::as_const(m_tracks)) {
        if (!t.finished)
            return;
    }
    m_pollTimer->stop();
    finish();
}

void ActionJob::onCancel()
{
    // Stops following; the backend still carries out what it has received.
    // A POST already on its way is not recalled, so its outcome becomes unknown.
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (it->finished)
            continue;
        if (it->following)
            end(it.key(), ActionOutcome::Kind::StoppedFollowing,
                [] { return tr("No longer followed; the device may still carry out the action."); });
        else if (it->sent)
            end(it.key(), ActionOutcome::Kind::Unknown, [] {
                return tr("Outcome unknown: canceled while the request was on its way. Check Device actions before "
                          "trying again.");
            });
        else
            end(it.key(), ActionOutcome::Kind::NotSent, [] { return tr("Canceled before sending."); });
    }
    m_pollTimer->stop();
}

} // namespace Passdesk
