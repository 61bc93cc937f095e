#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QTimer;

namespace Passdesk {

class ServerClock;

// Keeps remote actions under Intune's write limit (200 writes per 20 seconds
// per application and tenant): each POST waits for a slot, and slots are
// handed out in the order they were asked for. Shared by every job of a
// session, so two bulk actions together stay under the limit too. The window
// is measured on the server's clock (ServerClock), as the limit is.
class WritePacer : public QObject
{
    Q_OBJECT
public:
    explicit WritePacer(ServerClock *clock, QObject *parent = nullptr);

    // At most `writes` in any `windowMsecs`.
    void setLimit(int writes, int windowMsecs);
    int limit() const { return m_limit; }
    int windowMsecs() const { return m_windowMsecs; }

    // Calls go() when a write may leave, at once if a slot is free. Nothing is
    // called if context is gone by then, and its slot is not used.
    void acquire(QObject *context, const std::function<void()> &go);
    // Requests still waiting for a slot.
    int waiting() const { return int(m_queue.size()); }

private:
    void dispatch();
    qint64 now() const;

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };
    std::deque<Waiter> m_queue;
    std::deque<qint64> m_sent; // when each write in the window left (msecs on m_clock)
    ServerClock *m_clock;
    QTimer *m_timer;
    int m_limit = 180; // a margin below Intune's 200, for other tools of the tenant
    int m_windowMsecs = 20000;
};

} // namespace Passdesk
