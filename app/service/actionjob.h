#pragma once

#include "actionlistmodel.h"
#include "grapherror.h"
#include "remoteaction.h"
#include "supportmatrix.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Passdesk {

class Session;

// Runs one remote action on a set of devices and follows each to a terminal
// state: sends it (never twice, see ActionPostJob), then polls the device's
// deviceActionResults until done, failed or not supported, or until the timeout.
class ActionJob : public QObject
{
    Q_OBJECT
public:
    ActionJob(Session *session, const QStringList &deviceIds, ActionKind kind);
    ~ActionJob() override;

    void start();
    void cancel();
    ActionKind kind() const { return m_kind; }
    QStringList deviceIds() const { return m_deviceIds; }
    // The outcome of one device once finished.
    ActionRecord record(const QString &deviceId) const { return m_tracks.value(deviceId).record; }
    QString explanation(const QString &deviceId) const { return m_tracks.value(deviceId).explanation; }
    Support support(const QString &deviceId) const { return m_tracks.value(deviceId).support; }

Q_SIGNALS:
    void deviceUpdated(const QString &deviceId, const Passdesk::ActionRecord &record);
    // Terminal state reached, refused before sending, or timed out (state stays Pending).
    void deviceFinished(const QString &deviceId, const Passdesk::ActionRecord &record, const QString &explanation);
    void finished();
    // A passcode reset waits for the operator to sign in again (step-up).
    void stepUpRequired();

private:
    struct Track
    {
        ActionRecord record;
        Support support;
        QString explanation;
        QDateTime sentAt;
        QDateTime deadline; // local time
        bool finished = false;
        bool polling = false;
    };
    void send(const QString &deviceId);
    void stepUpThenSend(const QStringList &ids);
    void poll();
    void pollDevice(const QString &deviceId);
    void update(const QString &deviceId);
    void finish(const QString &deviceId, const QString &explanation);
    void finishIfDone();

    Session *m_session;
    QStringList m_deviceIds;
    ActionKind m_kind;
    QHash<QString, Track> m_tracks;
    QTimer *m_pollTimer;
    bool m_finished = false;
};

} // namespace Passdesk
