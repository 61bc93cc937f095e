#include "issuedsecret.h"

namespace Passdesk {

IssuedSecret::IssuedSecret(
    Kind kind, const QString &deviceId, const QString &value, const QDateTime &issuedAt, qint64 lifetimeSecs)
    : m_kind(kind)
    , m_deviceId(deviceId)
    , m_value(value)
    , m_issuedAt(issuedAt)
    , m_lifetimeSecs(lifetimeSecs)
{ }

IssuedSecret::~IssuedSecret()
{
    wipe();
}

qint64 IssuedSecret::remainingSecs(const QDateTime &now) const
{
    return qMax<qint64>(0, now.secsTo(expiresAt()));
}

void IssuedSecret::wipe()
{
    // Overwrite our copy only when no other copy shares the buffer.
    if (!m_value.isEmpty() && !m_value.isDetached())
        m_value = QString();
    else if (!m_value.isEmpty())
        m_value.fill(QChar(u'\0'));
    m_value.clear();
}

} // namespace Passdesk
