#pragma once

#include "grapherror.h"
#include "remoteaction.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Passdesk {

class GraphCall;
class GraphClient;

// Sends one remote action. A second resetPasscode would replace the passcode
// the operator may already have read out, so a POST is never resent blindly:
// when its fate is unknown (throttled, no answer), the job reads the device's
// deviceActionResults and sends again only if the action is not there.
class ActionPostJob : public QObject
{
    Q_OBJECT
public:
    ActionPostJob(GraphClient *client, const QString &deviceId, ActionKind kind, QObject *parent = nullptr);

    void start();
    QString deviceId() const { return m_deviceId; }
    ActionKind kind() const { return m_kind; }
    int postsSent() const { return m_posts; }

    static constexpr int kMaxPosts = 3;

Q_SIGNALS:
    // The backend has the action; its deviceActionResults entry starts at or after sentAt.
    void accepted(const QDateTime &sentAt);
    void failed(const Passdesk::GraphError &error);

private:
    void post();
    void verifyAfter(qint64 delayMsecs, const GraphError &cause);

    GraphClient *m_client;
    QString m_deviceId;
    ActionKind m_kind;
    QDateTime m_sentAt;
    int m_posts = 0;
};

} // namespace Passdesk
