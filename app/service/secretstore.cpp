#include "secretstore.h"

#include "serverclock.h"

#include <QTimer>

namespace Passdesk {

SecretStore::SecretStore(ServerClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SecretStore::expireDue);
    connect(m_clock, &ServerClock::skewChanged, this, &SecretStore::expireDue);
}

SecretStore::~SecretStore()
{
    clear();
}

QString SecretStore::key(const QString &deviceId, IssuedSecret::Kind kind)
{
    return deviceId + (kind == IssuedSecret::Kind::Passcode ? QLatin1String("/passcode") : QLatin1String("/pin"));
}

QDateTime SecretStore::now() const
{
    return m_clock->now();
}

void SecretStore::store(const IssuedSecret &secret)
{
    if (!secret.hasValue())
        return;
    const QString k = key(secret.deviceId(), secret.kind());
    if (secret.isExpired(now())) {
        m_expired.insert(k, secret.expiresAt());
        Q_EMIT secretExpired(secret.deviceId(), secret.expiresAt());
        return;
    }
    const auto it = m_secrets.constFind(k);
    if (it != m_secrets.constEnd() && it->value() == secret.value() && it->issuedAt() == secret.issuedAt())
        return;
    m_secrets.insert(k, secret);
    m_expired.remove(k);
    if (!m_timer->isActive())
        m_timer->start();
    Q_EMIT secretChanged(secret.deviceId());
}

const IssuedSecret *SecretStore::secret(const QString &deviceId, IssuedSecret::Kind kind) const
{
    const auto it = m_secrets.constFind(key(deviceId, kind));
    return it == m_secrets.constEnd() ? nullptr : &*it;
}

QDateTime SecretStore::expiredAt(const QString &deviceId, IssuedSecret::Kind kind) const
{
    return m_expired.value(key(deviceId, kind));
}

void SecretStore::clear()
{
    const QStringList devices = [this] {
        QStringList ids;
        for (const IssuedSecret &s : std::as_const(m_secrets))
            ids << s.deviceId();
        return ids;
    }();
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->wipe();
    m_secrets.clear();
    for (const QString &id : devices)
        Q_EMIT secretChanged(id);
}

void SecretStore::expireDue()
{
    const QDateTime current = now();
    for (auto it = m_secrets.begin(); it != m_secrets.end();) {
        if (it->isExpired(current)) {
            const QString deviceId = it->deviceId();
            const QDateTime at = it->expiresAt();
            m_expired.insert(it.key(), at);
            it->wipe();
            it = m_secrets.erase(it);
            Q_EMIT secretExpired(deviceId, at);
            Q_EMIT secretChanged(deviceId);
        } else {
            ++it;
        }
    }
    if (m_secrets.isEmpty())
        m_timer->stop();
}

} // namespace Passdesk
