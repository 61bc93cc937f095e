#pragma once

#include <QDateTime>
#include <QString>

namespace Passdesk {

// A temporary passcode or unlock PIN issued by the backend. It lives in memory
// only and is wiped when it expires or is dropped.
class IssuedSecret
{
public:
    enum class Kind { Passcode, UnlockPin };

    IssuedSecret() = default;
    IssuedSecret(
        Kind kind, const QString &deviceId, const QString &value, const QDateTime &issuedAt, qint64 lifetimeSecs);
    ~IssuedSecret();
    IssuedSecret(const IssuedSecret &other) = default;
    IssuedSecret &operator=(const IssuedSecret &other) = default;

    static constexpr qint64 kPasscodeLifetimeSecs = 7 * 24 * 3600; // shown for seven days
    static constexpr qint64 kUnlockPinLifetimeSecs = 30 * 24 * 3600; // macOS recovery PIN

    Kind kind() const { return m_kind; }
    QString deviceId() const { return m_deviceId; }
    QString value() const { return m_value; }
    bool hasValue() const { return !m_value.isEmpty(); }
    QDateTime issuedAt() const { return m_issuedAt; }
    QDateTime expiresAt() const { return m_issuedAt.addSecs(m_lifetimeSecs); }
    qint64 remainingSecs(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const { return remainingSecs(now) <= 0; }
    void wipe();

private:
    Kind m_kind = Kind::Passcode;
    QString m_deviceId;
    QString m_value;
    QDateTime m_issuedAt;
    qint64 m_lifetimeSecs = 0;
};

} // namespace Passdesk
