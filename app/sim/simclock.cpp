#include "simclock.h"

namespace Passdesk::Sim {

QDateTime SimClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offset);
}

void SimClock::advance(qint64 msecs)
{
    m_offset += msecs;
}

void SimClock::setOffset(qint64 msecs)
{
    m_offset = msecs;
}

qint64 SimClock::offset() const
{
    return m_offset;
}

} // namespace Passdesk::Sim
