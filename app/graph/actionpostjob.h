#pragma once

#include "grapherror.h"
#include "remoteaction.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QTimer;

namespace Passdesk {

class GraphCall;
class GraphClient;

// Sends one remote action, once. A second resetPasscode would replace the
// passcode the operator may already have read out, so nothing here sends twice:
// not the network stack (see GraphCall), not a redirect, not a retry.
// When the fate of the POST is unknown (no answer, a 5xx, a redirect), the job
// reads the device's deviceActionResults for a bounded time and compares them
// with the snapshot taken just before sending: a result of this action that was
// not there before means the backend has it (accepted); otherwise the outcome
// stays unknown and the operator is told so.
class ActionPostJob : public QObject
{
    Q_OBJECT
public:
    ActionPostJob(GraphClient *client, const QString &deviceId, ActionKind kind,
        const std::vector<ActionResult> &before, QObject *parent = nullptr);

    // How long, and how often, an unknown outcome is looked for.
    void setVerification(int windowMsecs, int intervalMsecs);
    void start();
    void cancel();
    QString deviceId() const { return m_deviceId; }
    ActionKind kind() const { return m_kind; }

    // Whether result is of this action and not one of those in before.
    static bool isNewResult(const ActionResult &result, ActionKind kind, const std::vector<ActionResult> &before);

Q_SIGNALS:
    // The backend has the action.
    void accepted();
    // The backend refused it, or it was never sent: nothing happened.
    void failed(const Passdesk::GraphError &error);
    // Sent, and no way to tell whether the backend has it.
    void unknown(const Passdesk::GraphError &cause);

private:
    void verify();
    void checkOnce();
    void giveUp();

    GraphClient *m_client;
    QString m_deviceId;
    ActionKind m_kind;
    std::vector<ActionResult> m_before;
    GraphError m_cause;
    QPointer<GraphCall> m_call;
    QTimer *m_window = nullptr;
    QTimer *m_interval = nullptr;
    int m_windowMsecs = 30000;
    int m_intervalMsecs = 2000;
    bool m_ended = false;
};

} // namespace Passdesk
