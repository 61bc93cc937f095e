#pragma once

#include "actionlistmodel.h"
#include "actionpolicy.h"
#include "grapherror.h"
#include "job.h"
#include "remoteaction.h"
#include "supportmatrix.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

class QTimer;

namespace Passdesk {

class ActionListModel;
class ActionPostJob;
class AuthSession;
class GraphCall;
class GraphClient;
class RunningActions;
class SecretStore;
class ServerClock;
class WritePacer;

// What an action job uses, handed to it rather than reached for.
struct ActionContext
{
    GraphClient *graph = nullptr;
    ActionListModel *log = nullptr; // the session's action log
    SecretStore *secrets = nullptr;
    AuthSession *auth = nullptr; // null: a fixed token, no step-up
    ServerClock *clock = nullptr;
    const SupportMatrix *matrix = nullptr;
    RunningActions *running = nullptr;
    WritePacer *pacer = nullptr; // null: no pacing
    qint64 stepUpWindowSecs = 0; // re-authentication before a reset when older; 0: never
    int pollMsecs = 3000; // at least kMinPollMsecs
    int timeoutMsecs = 15 * 60 * 1000; // following after the backend has the action
    int verifyMsecs = 30000; // looking for an action whose POST got no clear answer
};

// How one device's action ended.
struct ActionOutcome
{
    enum class Kind {
        Completed, // the backend reports a final state (done, failed, not supported, canceled)
        NotSent, // refused here, or by the backend: nothing happened
        AlreadyPending, // not sent: the same action is still pending on the device
        Unknown, // sent; whether the backend has it could not be found out
        StillPending, // the backend has it; no final state before the timeout
        StoppedFollowing, // canceled by the operator after sending
    };
    Kind kind = Kind::NotSent;
    ActionRecord record;
    QString explanation;
    Support support;
    ActionResult pending; // AlreadyPending: the action found on the device
};

// Runs one remote action on a set of devices and follows each to a terminal
// state. For each device: (step-up sign-in first for a passcode reset), read the
// device back from Graph, check it is the one chosen, still supported and has no
// such action pending, keep its action results as the "before" snapshot, POST
// once (ActionPostJob), then poll its deviceActionResults, one read at a time,
// until a new result of this action is final or the timeout passes.
class ActionJob : public Job
{
    Q_OBJECT
public:
    ActionJob(const ActionContext &context, const ActionPlan &plan, QObject *parent = nullptr);
    ~ActionJob() override;

    static constexpr int kMinPollMsecs = 250;

    // Send even when the same action is pending on the device (the operator insisted).
    void setForce(bool force) { m_force = force; }
    ActionKind kind() const { return m_plan.kind; }
    QStringList deviceIds() const { return m_ids; }
    ActionOutcome outcome(const QString &deviceId) const { return m_tracks.value(deviceId).outcome; }
    Support support(const QString &deviceId) const { return m_tracks.value(deviceId).outcome.support; }

Q_SIGNALS:
    void deviceUpdated(const QString &deviceId, const Passdesk::ActionRecord &record);
    void deviceFinished(const QString &deviceId, const Passdesk::ActionOutcome &outcome);
    // The backend has the action; it now waits for the device to check in.
    void deviceAccepted(const QString &deviceId);
    // A passcode reset waits for the operator to sign in again (step-up).
    void stepUpRequired();

protected:
    void run() override;
    void onCancel() override;

private:
    struct Track
    {
        ActionOutcome outcome;
        std::vector<ActionResult> before;
        QDateTime deadline; // local time
        QPointer<GraphCall> read; // at most one read in flight
        QPointer<ActionPostJob> post;
        bool claimed = false;
        bool sent = false;
        bool following = false;
        bool finished = false;
    };
    void waitForStepUp(const QStringList &ids);
    void preRead(const QString &deviceId);
    void onPreRead(const QString &deviceId, const QJsonObject &body);
    void send(const QString &deviceId);
    void post(const QString &deviceId);
    void poll();
    void pollDevice(const QString &deviceId);
    void update(const QString &deviceId);
    // Texts are kept as how to say them, so the action log follows a language switch.
    using Words = std::function<QString()>;
    void say(const QString &deviceId, const Words &detail);
    void end(const QString &deviceId, ActionOutcome::Kind kind, const Words &explanation);
    void endIfAllDone();

    ActionContext m_ctx;
    ActionPlan m_plan;
    QStringList m_ids;
    QHash<QString, Track> m_tracks;
    QTimer *m_pollTimer;
    QObject *m_stepUpListener = nullptr;
    bool m_force = false;
};

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::ActionOutcome)
