#include "graphclient.h"

#include "device.h"
#include "graphcall.h"
#include "serverclock.h"
#include "tokensource.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Passdesk {

GraphClient::GraphClient(ServerClock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(clock)
{
    // Redirects are judged by GraphCall, one by one (same origin, GET only).
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool GraphClient::isAcceptableBaseUrl(const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate("GraphClient", "“%1” is not a valid address.").arg(url.toString()));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress host(url.host());
        if (url.host() == QLatin1String("localhost") || host.isLoopback())
            return true;
        return fail(QCoreApplication::translate(
            "GraphClient", "Plain http is allowed only to this computer (loopback); use https for %1.")
                        .arg(url.host()));
    }
    return fail(QCoreApplication::translate("GraphClient", "Unsupported address scheme “%1”.").arg(url.scheme()));
}

bool GraphClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!isAcceptableBaseUrl(url, error))
        return false;
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash);
    return true;
}

QUrl GraphClient::devicesUrl(const QStringList &select, const QString &filter, int top) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QLatin1String("/deviceManagement/managedDevices"));
    QUrlQuery query;
    if (!select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), filter);
    if (top > 0)
        query.addQueryItem(QStringLiteral("$top"), QString::number(top));
    url.setQuery(query);
    return url;
}

QUrl GraphClient::collectionUrl(const QString &path, const QList<QPair<QString, QString>> &items) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QLatin1Char('/') + path);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

bool GraphClient::isGraphUrl(const QUrl &url) const
{
    if (!url.isValid() || m_baseUrl.isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    const int baseDefault = m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80;
    return scheme == m_baseUrl.scheme().toLower() && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == m_baseUrl.port(baseDefault);
}

namespace {
// Appends one percent-encoded segment: "a/b" stays one segment, "../me" names nothing above.
QUrl withSegments(QUrl url, const QString &id, const QString &tail = {})
{
    QByteArray path
        = url.path(QUrl::FullyEncoded).toUtf8() + "/deviceManagement/managedDevices/" + QUrl::toPercentEncoding(id);
    if (!tail.isEmpty())
        path += '/' + tail.toUtf8();
    url.setPath(QString::fromUtf8(path), QUrl::TolerantMode);
    return url;
}
} // namespace

QUrl GraphClient::deviceUrl(const QString &id, const QStringList &select) const
{
    if (!isValidDeviceId(id))
        return {};
    QUrl url = withSegments(m_baseUrl, id);
    if (!select.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
        url.setQuery(query);
    }
    return url;
}

QUrl GraphClient::actionUrl(const QString &id, ActionKind kind) const
{
    if (!isValidDeviceId(id))
        return {};
    return withSegments(m_baseUrl, id, actionName(kind));
}

QByteArray GraphClient::currentAccessToken() const
{
    return m_tokenSource ? m_tokenSource->accessToken() : m_token;
}

GraphCall *GraphClient::get(const QUrl &url)
{
    return new GraphCall(this, GraphCall::Method::Get, url);
}

GraphCall *GraphClient::post(const QUrl &url)
{
    return new GraphCall(this, GraphCall::Method::Post, url);
}

} // namespace Passdesk
