#include "graphcall.h"

#include "graphclient.h"
#include "serverclock.h"
#include "tokensource.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcGraph, "passdesk.graph")

namespace Passdesk {

GraphCall::GraphCall(GraphClient *client, Method method, const QUrl &url)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_clientRequestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{ }

GraphCall::~GraphCall()
{
    if (m_reply)
        m_reply->abort();
}

void GraphCall::start()
{
    sendWithFreshToken();
}

void GraphCall::sendWithFreshToken()
{
    TokenSource *source = m_client ? m_client->tokenSource() : nullptr;
    if (source && source->accessTokenExpiresSoon() && !m_refreshed) {
        m_refreshed = true;
        source->refreshAccessToken(this, [this](bool) { send(); });
        return;
    }
    send();
}

void GraphCall::abort()
{
    m_done = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply)
        m_reply->abort();
    deleteLater();
}

double GraphCall::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double secs = v.toDouble(&ok);
    if (ok)
        return (std::isfinite(secs) && secs >= 0) ? secs : -1;
    const QDateTime when = ServerClock::parseHttpDate(v);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)) / 1000.0;
}

qint64 GraphCall::retryDelay(const QByteArray &retryAfter) const
{
    const GraphClient::RetryPolicy policy = m_client->retryPolicy();
    const double secs = parseRetryAfter(retryAfter);
    qint64 delay = secs >= 0 ? qint64(std::ceil(secs * 1000.0))
                             : policy.backoffBaseMsecs * (qint64(1) << qMin(m_attempt - 1, 16));
    return qMin(delay, policy.maxDelayMsecs);
}

void GraphCall::send()
{
    if (!m_client || m_done)
        return;
    ++m_attempt;
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_client->currentAccessToken());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", m_clientRequestId);
    request.setTransferTimeout(60000);
    qCDebug(lcGraph) << (m_method == Method::Get ? "GET" : "POST") << m_url.path() << "attempt" << m_attempt;
    if (m_method == Method::Get) {
        m_reply = m_client->m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = m_client->m_nam->post(request, QByteArray());
    }
    connect(m_reply, &QNetworkReply::finished, this, &GraphCall::onFinished);
}

void GraphCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    if (m_client && m_client->clock() && reply->hasRawHeader("Date"))
        m_client->clock()->observeServerDate(ServerClock::parseHttpDate(reply->rawHeader("Date")));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        m_done = true;
        qCWarning(lcGraph) << "network error on" << m_url.path() << reply->errorString();
        Q_EMIT failed(GraphError::fromNetwork(reply->errorString()));
        deleteLater();
        return;
    }
    TokenSource *source = m_client ? m_client->tokenSource() : nullptr;
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
    const bool claimsChallenge = challenge.contains("insufficient_claims");
    if (status == 401 && source && !m_refreshed && !claimsChallenge) {
        // Expired or revoked access token: one refresh, one resend (a 401 was not executed).
        m_refreshed = true;
        qCInfo(lcGraph) << "401 on" << m_url.path() << "- refreshing the access token once";
        source->refreshAccessToken(this, [this, status, body](bool ok) {
            if (ok) {
                send();
                return;
            }
            m_done = true;
            Q_EMIT failed(GraphError::fromResponse(status, body));
            deleteLater();
        });
        return;
    }
    if ((status == 429 || status == 503) && m_method == Method::Get
        && m_attempt <= m_client->retryPolicy().maxRetries) {
        const qint64 delay = retryDelay(reply->rawHeader("Retry-After"));
        qCInfo(lcGraph) << "throttled" << status << "on" << m_url.path() << "retrying in" << delay << "ms";
        Q_EMIT throttled(delay);
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &GraphCall::send);
        }
        m_retryTimer->start(int(delay));
        return;
    }
    m_done = true;
    if (status >= 200 && status < 300) {
        Q_EMIT succeeded(status, QJsonDocument::fromJson(body).object());
    } else {
        GraphError error = GraphError::fromResponse(status, body);
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
        error.retryAfterSecs = parseRetryAfter(reply->rawHeader("Retry-After"));
        error.claimsChallenge = claimsChallenge;
        qCWarning(lcGraph) << "HTTP" << status << error.code << "on" << m_url.path() << "request-id" << error.requestId;
        Q_EMIT failed(error);
    }
    deleteLater();
}

} // namespace Passdesk
