#include "runningactions.h"

namespace Passdesk {

QString RunningActions::key(const QString &deviceId, ActionKind kind)
{
    return actionName(kind) + QLatin1Char('/') + deviceId;
}

bool RunningActions::isRunning(const QString &deviceId, ActionKind kind) const
{
    return m_running.contains(key(deviceId, kind));
}

bool RunningActions::claim(const QString &deviceId, ActionKind kind)
{
    const QString k = key(deviceId, kind);
    if (m_running.contains(k))
        return false;
    m_running.insert(k);
    Q_EMIT changed(deviceId);
    return true;
}

void RunningActions::release(const QString &deviceId, ActionKind kind)
{
    if (m_running.remove(key(deviceId, kind)))
        Q_EMIT changed(deviceId);
}

} // namespace Passdesk
