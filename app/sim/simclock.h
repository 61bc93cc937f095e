#pragma once

#include <QDateTime>

namespace Passdesk::Sim {

// Simulated wall clock: real UTC time shifted by an offset, so tests can jump
// forward in time (check-in delays, passcode expiry) without sleeping.
class SimClock
{
public:
    QDateTime now() const;
    void advance(qint64 msecs);
    void setOffset(qint64 msecs);
    qint64 offset() const;

private:
    qint64 m_offset = 0;
};

} // namespace Passdesk::Sim
