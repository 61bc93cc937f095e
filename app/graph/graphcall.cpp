#include "graphcall.h"

#include "graphclient.h"
#include "serverclock.h"
#include "tokensource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcGraph, "passdesk.graph")

namespace Passdesk {

namespace {

// The empty body of an action POST, readable exactly once.
//
// Qt's HTTP/1.1 stack resends a request by itself when the connection closes
// before an answer (QHttpNetworkConnectionChannel: handleUnexpectedEOF(),
// _q_error(), _q_disconnected() with reconnectAttempts), below the reply and
// whatever the method: a server that executes the POST and then drops the
// connection would receive it twice, and the caller sees one request. Qt 6.4
// offers no switch for it. Before resending, though, the stack rewinds the upload
// device (resetUploadData()), and when that fails it gives up with
// QNetworkReply::ContentReSendError instead of sending again, as documented for
// that error. So an action POST carries a body that cannot be rewound and is not
// buffered (DoNotBufferUploadDataAttribute): it can leave the client only once.
// HTTP/2 is turned off for it because the HTTP/2 handler does not rewind.
class OnceOnlyBody : public QIODevice
{
public:
    explicit OnceOnlyBody(QObject *parent)
        : QIODevice(parent)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return 0; }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *, qint64) override { return 0; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Connection, proxy and protocol-level failures, and a resend that was refused
    // (see OnceOnlyBody). Content and server errors come with an HTTP status.
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ContentReSendError || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::ProtocolUnknownError;
}

} // namespace

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
    if (m_deadline)
        m_deadline->stop();
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
    const qint64 delay = secs >= 0 ? qint64(std::ceil(qMin(secs, 86400.0) * 1000.0))
                                   : policy.backoffBaseMsecs * (qint64(1) << qMin(m_attempt - 1, 16));
    return qMin(delay, policy.maxDelayMsecs);
}

void GraphCall::fail(const GraphError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    Q_EMIT failed(error);
    deleteLater();
}

void GraphCall::send()
{
    if (!m_client || m_done)
        return;
    // The token is for Graph only: nothing a server names elsewhere gets it.
    if (!m_client->isGraphUrl(m_url)) {
        qCWarning(lcGraph) << "refused a request outside the Graph origin";
        fail(GraphError::refused(tr("Passdesk did not send a request outside Microsoft Graph (%1).")
                                     .arg(m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                         | QUrl::RemoveQuery | QUrl::RemoveFragment))));
        return;
    }
    if (m_method == Method::Post && m_attempt > 0) {
        // Never reached by design; a second POST would be a second action.
        qCCritical(lcGraph) << "refused to send an action twice";
        return;
    }
    ++m_attempt;
    m_body.clear();
    m_tooLarge = false;
    m_timedOut = false;
    const GraphClient::Limits limits = m_client->limits();
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_client->currentAccessToken());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("client-request-id", m_clientRequestId);
    // Graph asks for a User-Agent (BitLocker keys refuse a request without one).
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Passdesk"));
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(limits.idleTimeoutMsecs));
    qCDebug(lcGraph) << (m_method == Method::Get ? "GET" : "POST") << m_url.path() << "attempt" << m_attempt;
    if (m_method == Method::Get) {
        m_reply = m_client->m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OnceOnlyBody(nullptr);
        m_reply = m_client->m_nam->post(request, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &GraphCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GraphCall::onFinished);
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &GraphCall::onDeadline);
    }
    m_deadline->start(int(limits.deadlineMsecs));
}

void GraphCall::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 cap = m_client ? m_client->limits().maxResponseBytes : 0;
    const QByteArray chunk = m_reply->readAll();
    if (m_body.size() + chunk.size() > cap) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_body += chunk;
}

void GraphCall::onDeadline()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

bool GraphCall::followRedirect(int status, const QByteArray &location)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (m_method != Method::Get || !m_client->isGraphUrl(target) || m_redirects >= m_client->limits().maxRedirects) {
        qCWarning(lcGraph) << "refused a redirect" << status << "on" << m_url.path();
        return false;
    }
    ++m_redirects;
    qCInfo(lcGraph) << "following redirect" << status << "within Graph";
    m_url = target;
    --m_attempt; // a redirect is not a retry
    return true;
}

void GraphCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    if (m_deadline)
        m_deadline->stop();
    if (m_tooLarge) {
        fail(GraphError::refused(tr("The answer of Microsoft Graph is larger than %1 MB; Passdesk stopped reading it.")
                                     .arg(m_client->limits().maxResponseBytes / (1024 * 1024))));
        return;
    }
    if (m_timedOut) {
        fail(GraphError::fromNetwork(
            tr("no complete answer within %n second(s)", nullptr, int(m_client->limits().deadlineMsecs / 1000))));
        return;
    }
    if (!reply->error() || !isTransportError(reply->error()))
        m_body += reply->readAll();
    if (m_client && m_client->clock() && reply->hasRawHeader("Date"))
        m_client->clock()->observeServerDate(ServerClock::parseHttpDate(reply->rawHeader("Date")));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // On a 307/308 to a POST, Qt tries to rewind the body to replay it and
    // fails (OnceOnlyBody): that is a redirect answer, not a lost connection.
    const bool redirect = status >= 300 && status < 400
        && (reply->error() == QNetworkReply::NoError || reply->error() == QNetworkReply::ContentReSendError);
    if (!redirect && (status == 0 || isTransportError(reply->error()))) {
        const QString why = reply->error() == QNetworkReply::ContentReSendError
            ? tr("the connection closed before the answer")
            : reply->errorString();
        qCWarning(lcGraph) << "network error on" << m_url.path() << why;
        fail(GraphError::fromNetwork(why));
        return;
    }
    if (redirect) {
        if (followRedirect(status, reply->rawHeader("Location"))) {
            send();
            return;
        }
        GraphError error;
        error.httpStatus = status;
        error.message
            = tr("Microsoft Graph redirected the request (HTTP %1); Passdesk does not follow it.").arg(status);
        fail(error);
        return;
    }
    TokenSource *source = m_client ? m_client->tokenSource() : nullptr;
    const QByteArray challenge = reply->rawHeader("WWW-Authenticate");
    const bool claimsChallenge = challenge.contains("insufficient_claims");
    if (status == 401 && source && !m_refreshed && !claimsChallenge && m_method == Method::Get) {
        // Expired or revoked access token: one refresh, one resend of the read.
        m_refreshed = true;
        qCInfo(lcGraph) << "401 on" << m_url.path() << "- refreshing the access token once";
        const QByteArray body = m_body;
        source->refreshAccessToken(this, [this, status, body](bool ok) {
            if (ok) {
                send();
                return;
            }
            fail(GraphError::fromResponse(status, body));
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
    if (status >= 200 && status < 300) {
        if (m_method == Method::Post) {
            // The action is accepted; its body, if any, says nothing Passdesk uses.
            m_done = true;
            Q_EMIT succeeded(status, QJsonObject());
            deleteLater();
            return;
        }
        if (m_raw) {
            m_done = true;
            Q_EMIT succeededRaw(status, m_body);
            deleteLater();
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            qCWarning(lcGraph) << "unreadable answer on" << m_url.path() << parseError.errorString();
            fail(GraphError::malformed(parseError.error != QJsonParseError::NoError
                    ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                    : tr("not a JSON object")));
            return;
        }
        m_done = true;
        Q_EMIT succeeded(status, doc.object());
        deleteLater();
        return;
    }
    GraphError error = GraphError::fromResponse(status, m_body);
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(reply->rawHeader("request-id").left(64));
    error.retryAfterSecs = parseRetryAfter(reply->rawHeader("Retry-After"));
    error.claimsChallenge = claimsChallenge;
    if (status == m_expectedStatus)
        qCInfo(lcGraph) << "HTTP" << status << error.code << "on" << m_url.path() << "(expected)";
    else
        qCWarning(lcGraph) << "HTTP" << status << error.code << "on" << m_url.path() << "request-id" << error.requestId;
    fail(error);
}

} // namespace Passdesk
