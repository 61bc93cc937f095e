#pragma once

#include "issuedsecret.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace Passdesk {

class ServerClock;

// Holds issued passcodes and PINs in memory until they expire, then wipes them.
// Time is the server's (ServerClock), so a skewed desktop clock cannot extend them.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(ServerClock *clock, QObject *parent = nullptr);
    ~SecretStore() override;

    void store(const IssuedSecret &secret);
    const IssuedSecret *secret(const QString &deviceId, IssuedSecret::Kind kind) const;
    // When a secret of this device expired in this session (invalid if none did).
    QDateTime expiredAt(const QString &deviceId, IssuedSecret::Kind kind) const;
    void clear();
    // Checks expiry now; also runs every second.
    void expireDue();
    QDateTime now() const;

Q_SIGNALS:
    void secretChanged(const QString &deviceId);
    void secretExpired(const QString &deviceId, const QDateTime &expiredAt);

private:
    static QString key(const QString &deviceId, IssuedSecret::Kind kind);

    ServerClock *m_clock;
    QHash<QString, IssuedSecret> m_secrets;
    QHash<QString, QDateTime> m_expired;
    QTimer *m_timer;
};

} // namespace Passdesk
