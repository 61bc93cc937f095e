#pragma once

#include "oauth.h"
#include "tenantprofile.h"
#include "tokensource.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Passdesk {

class AuthCodeFlow;
class CredentialStore;
class DeviceCodeFlow;
class ServerClock;

// The operator's sign-in to one tenant profile: interactive (browser with
// PKCE, or device code), silent (refresh token from the keychain), refresh
// before expiry and on 401, step-up before passcode actions, sign-out.
// Access tokens live in memory only; the refresh token in the keychain.
class AuthSession : public QObject, public TokenSource
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)
    // What asking for more scopes came to.
    enum class ScopeOutcome {
        Granted, // the access token now carries them
        ConsentRequired, // never consented: only the browser can ask (signInForConsent)
        NotGranted, // the tenant does not give them to this app registration
        Failed, // no answer, or not signed in
    };

    AuthSession(ServerClock *clock, CredentialStore *store, QObject *parent = nullptr);
    ~AuthSession() override;

    // hostOverride replaces the cloud's sign-in host (the demo tenant's loopback server).
    void setProfile(const TenantProfile &profile, const QUrl &hostOverride = QUrl());
    TenantProfile profile() const { return m_profile; }
    OAuthClient client() const;
    // The demo tenant approves at once: follow its redirect here, no browser needed.
    void setFollowsRedirectItself(bool on) { m_followRedirect = on; }

    State state() const { return m_state; }
    QString userName() const { return m_tokens.userName; }
    QString userPrincipalName() const { return m_tokens.userPrincipalName; }
    // The Graph scopes of the current access token, as the token endpoint granted them.
    QStringList grantedScopes() const { return m_tokens.scopes; }
    QDateTime lastInteractiveSignIn() const { return m_lastInteractive; }
    bool needsStepUp(qint64 windowSecs) const;

    void restore();
    AuthCodeFlow *signInWithBrowser(bool forceLogin = false);
    DeviceCodeFlow *signInWithDeviceCode();
    void cancelSignIn();
    void signOut();

    // Incremental consent: Graph scopes (bare, "DeviceLocalCredential.Read.All")
    // are asked for when first needed, not at sign-in; silently with the refresh
    // token when the user or an administrator consented them before. A refusal
    // for lack of consent leaves the sign-in as it was.
    void requestScopes(const QStringList &scopes, QObject *context, const std::function<void(ScopeOutcome)> &done);
    // The scopes a requestScopes() found not consented, and the browser sign-in that asks for them.
    // The next interactive sign-in (browser or code) asks for them too.
    QStringList scopesAwaitingConsent() const { return m_awaitingConsent; }
    void addScopesAwaitingConsent(const QStringList &scopes);

    // Tests that check nothing leaks need to know what to look for.
    QByteArray refreshTokenForTests() const { return m_tokens.refreshToken; }

    QByteArray accessToken() const override;
    bool accessTokenExpiresSoon() const override;
    void refreshAccessToken(QObject *context, const std::function<void(bool)> &done) override;

Q_SIGNALS:
    void stateChanged(Passdesk::AuthSession::State state);
    void signedIn(const QString &userName);
    // The operator has just signed in interactively (browser or code); never
    // emitted for a silent refresh or a restore from the keychain.
    void interactiveSignInCompleted();
    void signInFailed(const QString &message);
    // Silent sign-in is no longer possible: the operator must sign in.
    void signInRequired(const QString &reason);
    void browserRequested(const QUrl &url);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void keychainProblem(const QString &message);
    void signedOut();

private:
    void setState(State state);
    void accept(const TokenGrant &grant, bool interactive);
    void fail(const OAuthError &error);
    void onCanceled();
    void dropFlows(); // ends running flows without telling anyone
    void finishRefresh(bool ok);
    void followRedirect(const QUrl &authorizeUrl);
    void keepGrantedExtraScopes();
    void askAwaitingScopes();
    QString keychainKey() const;

    QNetworkAccessManager *m_nam;
    ServerClock *m_clock;
    CredentialStore *m_store;
    TenantProfile m_profile;
    QUrl m_hostOverride;
    TokenGrant m_tokens;
    QStringList m_extraScopes; // asked for on first use, on top of the profile's
    QStringList m_awaitingConsent;
    bool m_consentRefused = false; // the last refresh was refused for lack of consent
    QDateTime m_lastInteractive;
    State m_state = State::SignedOut;
    bool m_followRedirect = false;
    bool m_refreshing = false;
    QList<QPair<QPointer<QObject>, std::function<void(bool)>>> m_refreshWaiters;
    QPointer<AuthCodeFlow> m_codeFlow;
    QPointer<DeviceCodeFlow> m_deviceFlow;
};

} // namespace Passdesk
