#pragma once

#include "oauth.h"
#include "pkce.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QOAuthHttpServerReplyHandler;

namespace Passdesk {

class ServerClock;

// The authorization code grant with PKCE through the system browser and a
// loopback redirect, as the Microsoft identity platform recommends for desktop
// public clients. QtNetworkAuth's reply handler receives the redirect;
// the authorize URL and the code exchange are built here because
// QOAuth2AuthorizationCodeFlow on Qt 6.4 has no PKCE and does not report
// errors from the token endpoint.
class AuthCodeFlow : public QObject
{
    Q_OBJECT
public:
    AuthCodeFlow(QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client, QObject *parent = nullptr);
    ~AuthCodeFlow() override;

    // forceLogin asks the user to enter their credentials again (prompt=login).
    void start(bool forceLogin, const QString &loginHint = QString());
    void cancel();
    QUrl redirectUri() const { return m_redirectUri; }
    // For tests that check nothing leaks: the verifier of the running flow.
    QByteArray codeVerifierForTests() const { return m_pkce.verifier; }

Q_SIGNALS:
    void browserRequested(const QUrl &url);
    void succeeded(const Passdesk::TokenGrant &grant);
    void failed(const Passdesk::OAuthError &error);
    void canceled();

private:
    void onCallback(const QVariantMap &values);
    void finish();

    QNetworkAccessManager *m_nam;
    ServerClock *m_clock;
    OAuthClient m_client;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    Pkce m_pkce;
    QByteArray m_state;
    QUrl m_redirectUri;
    bool m_done = false;
};

} // namespace Passdesk
