#include "serverclock.h"

#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace Passdesk {

ServerClock::ServerClock(QObject *parent)
    : QObject(parent)
{ }

QDateTime ServerClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_skewMsecs);
}

void ServerClock::observeServerDate(const QDateTime &serverDate)
{
    if (!serverDate.isValid())
        return;
    const qint64 skew = QDateTime::currentDateTimeUtc().msecsTo(serverDate);
    // The Date header has one-second resolution: ignore jitter below it.
    if (std::llabs(skew - m_skewMsecs) < 1500)
        return;
    m_skewMsecs = skew;
    Q_EMIT skewChanged(skew);
}

QDateTime ServerClock::parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, always English: "Sun, 06 Nov 1994 08:49:37 GMT".
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    QDateTime dt = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!dt.isValid())
        return {};
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace Passdesk
