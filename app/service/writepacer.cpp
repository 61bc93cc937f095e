#include "writepacer.h"

#include "serverclock.h"

#include <QTimer>

namespace Passdesk {

WritePacer::WritePacer(ServerClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WritePacer::dispatch);
}

void WritePacer::setLimit(int writes, int windowMsecs)
{
    m_limit = qMax(1, writes);
    m_windowMsecs = qMax(1, windowMsecs);
}

void WritePacer::acquire(QObject *context, const std::function<void()> &go)
{
    m_queue.push_back({context, go});
    dispatch();
}

qint64 WritePacer::now() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

void WritePacer::dispatch()
{
    const qint64 now = this->now();
    // A server clock that went back never holds writes longer than one window.
    for (qint64 &sent : m_sent)
        sent = qMin(sent, now);
    while (!m_sent.empty() && now - m_sent.front() >= m_windowMsecs)
        m_sent.pop_front();
    while (!m_queue.empty() && int(m_sent.size()) < m_limit) {
        Waiter next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!next.context)
            continue; // its job is gone: the slot stays free
        m_sent.push_back(now);
        next.go();
    }
    // The server's clock can move with each answer's Date: look again at least every second.
    if (!m_queue.empty() && !m_timer->isActive())
        m_timer->start(int(qBound(qint64(1), m_sent.front() + m_windowMsecs - now, qint64(1000))));
}

} // namespace Passdesk
