#pragma once

#include <QDateTime>
#include <QObject>

namespace Passdesk {

// The backend's idea of now. Countdowns follow the server (HTTP Date header),
// so a desktop whose clock is off does not show a wrong expiry.
class ServerClock : public QObject
{
    Q_OBJECT
public:
    explicit ServerClock(QObject *parent = nullptr);

    QDateTime now() const;
    qint64 skewMsecs() const { return m_skewMsecs; }
    void observeServerDate(const QDateTime &serverDate);
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    void skewChanged(qint64 msecs);

private:
    qint64 m_skewMsecs = 0;
};

} // namespace Passdesk
