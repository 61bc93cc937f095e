#include "authcodeflow.h"

#include "tokenrequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcAuth, "passdesk.auth")

namespace Passdesk {

AuthCodeFlow::AuthCodeFlow(QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_client(client)
{ }

AuthCodeFlow::~AuthCodeFlow()
{
    m_pkce.wipe();
}

void AuthCodeFlow::start(bool forceLogin, const QString &loginHint)
{
    // Loopback only; the port is free and changes every time.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        m_done = true;
        OAuthError error;
        error.error = QStringLiteral("network_error");
        error.description
            = QCoreApplication::translate("AuthCodeFlow", "no local port is free for the sign-in redirect");
        Q_EMIT failed(error);
        return;
    }
    m_handler->setCallbackText(QCoreApplication::translate(
        "AuthCodeFlow", "Signed in to Passdesk. You can close this page and return to Passdesk."));
    connect(m_handler, &QOAuthHttpServerReplyHandler::callbackReceived, this, &AuthCodeFlow::onCallback);

    // Entra ID matches http://localhost with any port for public clients.
    m_redirectUri = QUrl(QStringLiteral("http://localhost:%1/").arg(m_handler->port()));
    m_pkce = Pkce::generate();
    m_state = Pkce::randomUrlSafe(16);

    QUrl url = m_client.authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_client.clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"), m_client.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (forceLogin) {
        query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("login"));
        query.addQueryItem(QStringLiteral("max_age"), QStringLiteral("0"));
    }
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    // Percent-encode everything, "+" included, so the server reads back exactly what was sent.
    QString encoded;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    qCInfo(lcAuth) << "interactive sign-in started" << (forceLogin ? "(re-authentication)" : "");
    Q_EMIT browserRequested(url);
}

void AuthCodeFlow::onCallback(const QVariantMap &values)
{
    if (m_done)
        return;
    const QByteArray state = values.value(QStringLiteral("state")).toString().toLatin1();
    if (state != m_state) {
        // Not the answer to our request: ignore it and keep waiting for the real one.
        qCWarning(lcAuth) << "sign-in redirect with a wrong state ignored";
        return;
    }
    finish();
    const QString errorCode = values.value(QStringLiteral("error")).toString();
    if (!errorCode.isEmpty()) {
        OAuthError error;
        error.httpStatus = 400;
        error.error = errorCode;
        error.description = QUrl::fromPercentEncoding(values.value(QStringLiteral("error_description")).toByteArray());
        Q_EMIT failed(error);
        return;
    }
    const QString code = QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toByteArray());
    auto *request = new TokenRequest(m_nam, m_clock, this);
    connect(request, &TokenRequest::succeeded, this, [this, request](const TokenGrant &grant) {
        request->deleteLater();
        m_pkce.wipe();
        qCInfo(lcAuth) << "interactive sign-in succeeded";
        Q_EMIT succeeded(grant);
    });
    connect(request, &TokenRequest::failed, this, [this, request](const OAuthError &error) {
        request->deleteLater();
        m_pkce.wipe();
        qCWarning(lcAuth) << "code exchange failed:" << error.error;
        Q_EMIT failed(error);
    });
    request->post(m_client.tokenUrl(),
        {{QStringLiteral("client_id"), m_client.clientId},
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
            {QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier)},
            {QStringLiteral("scope"), m_client.scopes.join(QLatin1Char(' '))}});
}

void AuthCodeFlow::finish()
{
    m_done = true;
    if (m_handler)
        m_handler->close();
}

void AuthCodeFlow::cancel()
{
    if (m_done)
        return;
    finish();
    m_pkce.wipe();
    Q_EMIT canceled();
}

} // namespace Passdesk
