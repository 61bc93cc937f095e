#include "authsession.h"

#include "authcodeflow.h"
#include "credentialstore.h"
#include "devicecodeflow.h"
#include "scopes.h"
#include "serverclock.h"
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace Passdesk {

namespace {
// Refresh this long before the access token runs out.
constexpr qint64 kRefreshMarginSecs = 120;
} // namespace

AuthSession::AuthSession(ServerClock *clock, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_store(store)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AuthSession::~AuthSession()
{
    m_tokens.wipe();
}

void AuthSession::setProfile(const TenantProfile &profile, const QUrl &hostOverride)
{
    dropFlows();
    m_tokens.wipe();
    m_tokens = {};
    m_lastInteractive = {};
    m_extraScopes.clear();
    m_awaitingConsent.clear();
    m_profile = profile;
    m_hostOverride = hostOverride;
    setState(State::SignedOut);
}

OAuthClient AuthSession::client() const
{
    QStringList scopes = m_profile.scopes();
    const QString graph = cloudGraphHost(m_profile.cloud).toString();
    for (const QString &extra : m_extraScopes)
        scopes.append(graph + QLatin1Char('/') + extra);
    return OAuthClient{m_profile.authorityUrl(m_hostOverride), m_profile.clientId, scopes};
}

QString AuthSession::keychainKey() const
{
    return QStringLiteral("refresh-token/") + m_profile.id;
}

void AuthSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool AuthSession::needsStepUp(qint64 windowSecs) const
{
    return !m_lastInteractive.isValid() || m_lastInteractive.secsTo(m_clock->now()) > windowSecs;
}

void AuthSession::restore()
{
    setState(State::SigningIn);
    m_store->read(keychainKey(), [this](const CredentialStore::Result &result, const QByteArray &token) {
        if (!result.ok) {
            if (!result.notFound)
                Q_EMIT keychainProblem(result.message);
            setState(State::SignedOut);
            Q_EMIT signInRequired(QString());
            return;
        }
        m_tokens.refreshToken = token;
        refreshAccessToken(this, [this](bool ok) {
            if (!ok)
                Q_EMIT signInRequired(
                    QCoreApplication::translate("AuthSession", "Your previous sign-in is no longer valid."));
        });
    });
}

AuthCodeFlow *AuthSession::signInWithBrowser(bool forceLogin)
{
    dropFlows();
    askAwaitingScopes();
    m_codeFlow = new AuthCodeFlow(m_nam, m_clock, client(), this);
    setState(State::SigningIn);
    connect(m_codeFlow, &AuthCodeFlow::browserRequested, this, [this](const QUrl &url) {
        if (m_followRedirect)
            followRedirect(url);
        else
            Q_EMIT browserRequested(url);
    });
    connect(m_codeFlow, &AuthCodeFlow::succeeded, this, [this](const TokenGrant &grant) { accept(grant, true); });
    connect(m_codeFlow, &AuthCodeFlow::failed, this, &AuthSession::fail);
    connect(m_codeFlow, &AuthCodeFlow::canceled, this, &AuthSession::onCanceled);
    const QString hint = m_tokens.userPrincipalName;
    QMetaObject::invokeMethod(
        m_codeFlow, [flow = m_codeFlow, forceLogin, hint] { flow->start(forceLogin, hint); }, Qt::QueuedConnection);
    return m_codeFlow;
}

DeviceCodeFlow *AuthSession::signInWithDeviceCode()
{
    dropFlows();
    askAwaitingScopes();
    m_deviceFlow = new DeviceCodeFlow(m_nam, m_clock, client(), this);
    setState(State::SigningIn);
    connect(m_deviceFlow, &DeviceCodeFlow::codeReady, this, &AuthSession::deviceCodeReady);
    connect(m_deviceFlow, &DeviceCodeFlow::succeeded, this, [this](const TokenGrant &grant) { accept(grant, true); });
    connect(m_deviceFlow, &DeviceCodeFlow::failed, this, &AuthSession::fail);
    connect(m_deviceFlow, &DeviceCodeFlow::canceled, this, &AuthSession::onCanceled);
    QMetaObject::invokeMethod(m_deviceFlow, &DeviceCodeFlow::start, Qt::QueuedConnection);
    return m_deviceFlow;
}

void AuthSession::cancelSignIn()
{
    // The operator's cancel: whoever waits for this sign-in hears of it.
    if (m_codeFlow)
        m_codeFlow->cancel();
    if (m_deviceFlow)
        m_deviceFlow->cancel();
    dropFlows();
}

void AuthSession::dropFlows()
{
    for (QObject *flow : {static_cast<QObject *>(m_codeFlow.data()), static_cast<QObject *>(m_deviceFlow.data())}) {
        if (!flow)
            continue;
        flow->disconnect(this);
        if (auto *code = qobject_cast<AuthCodeFlow *>(flow))
            code->cancel();
        else if (auto *device = qobject_cast<DeviceCodeFlow *>(flow))
            device->cancel();
        flow->deleteLater();
    }
}

void AuthSession::keepGrantedExtraScopes()
{
    // A scope the server did not grant is not asked for again: a refresh naming
    // a scope never consented would be refused as a whole.
    m_extraScopes.erase(std::remove_if(m_extraScopes.begin(), m_extraScopes.end(),
                            [this](const QString &s) { return !hasGraphScope(m_tokens.scopes, s); }),
        m_extraScopes.end());
}

void AuthSession::requestScopes(
    const QStringList &scopes, QObject *context, const std::function<void(ScopeOutcome)> &done)
{
    QStringList missing;
    for (const QString &s : scopes) {
        if (!hasGraphScope(m_tokens.scopes, s) && !missing.contains(s))
            missing.append(s);
    }
    if (missing.isEmpty()) {
        done(ScopeOutcome::Granted);
        return;
    }
    if (m_state != State::SignedIn || m_tokens.refreshToken.isEmpty()) {
        done(ScopeOutcome::Failed);
        return;
    }
    if (m_refreshing) {
        // The refresh on its way was asked without them: ask once it is back.
        QPointer<QObject> guard(context);
        m_refreshWaiters.append({context, [this, scopes, guard, done](bool) {
                                     if (guard)
                                         requestScopes(scopes, guard, done);
                                 }});
        return;
    }
    for (const QString &s : std::as_const(missing)) {
        if (!m_extraScopes.contains(s))
            m_extraScopes.append(s);
    }
    qCInfo(lcAuth) << "asking for more scopes:" << missing;
    refreshAccessToken(context, [this, missing, done](bool ok) {
        if (!ok) {
            done(m_consentRefused ? ScopeOutcome::ConsentRequired : ScopeOutcome::Failed);
            return;
        }
        for (const QString &s : missing) {
            if (!hasGraphScope(m_tokens.scopes, s)) {
                done(ScopeOutcome::NotGranted);
                return;
            }
        }
        done(ScopeOutcome::Granted);
    });
}

void AuthSession::addScopesAwaitingConsent(const QStringList &scopes)
{
    for (const QString &s : scopes) {
        if (!m_awaitingConsent.contains(s))
            m_awaitingConsent.append(s);
    }
}

void AuthSession::askAwaitingScopes()
{
    for (const QString &s : std::as_const(m_awaitingConsent)) {
        if (!m_extraScopes.contains(s))
            m_extraScopes.append(s);
    }
    m_awaitingConsent.clear();
}

void AuthSession::onCanceled()
{
    keepGrantedExtraScopes();
    setState(m_tokens.accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    Q_EMIT signInFailed(QCoreApplication::translate("AuthSession", "The sign-in was canceled."));
}

void AuthSession::followRedirect(const QUrl &authorizeUrl)
{
    // Plays the browser for the demo tenant, which approves without asking.
    QNetworkReply *reply = m_nam->get(QNetworkRequest(authorizeUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (!location.isValid() || location.host() != QLatin1String("localhost")) {
            OAuthError error;
            error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            error.error = QStringLiteral("server_error");
            error.description = QCoreApplication::translate("AuthSession", "the sign-in page did not redirect back");
            fail(error);
            return;
        }
        location.setHost(QStringLiteral("127.0.0.1"));
        QNetworkReply *back = m_nam->get(QNetworkRequest(location));
        connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
    });
}

void AuthSession::accept(const TokenGrant &grant, bool interactive)
{
    const QByteArray previousRefresh = m_tokens.refreshToken;
    m_tokens.wipe();
    m_tokens = grant;
    if (m_tokens.refreshToken.isEmpty())
        m_tokens.refreshToken = previousRefresh; // the server may keep the old one
    if (interactive)
        m_lastInteractive = grant.authTime.isValid() ? grant.authTime : m_clock->now();
    keepGrantedExtraScopes();
    setState(State::SignedIn);
    // The newest refresh token replaces the stored one every time. The demo
    // tenant starts afresh each run: nothing of it is worth keeping.
    if (!m_tokens.refreshToken.isEmpty() && !m_profile.demo) {
        m_store->write(keychainKey(), m_tokens.refreshToken, [this](const CredentialStore::Result &r) {
            if (!r.ok)
                Q_EMIT keychainProblem(r.message);
        });
    }
    qCInfo(lcAuth) << (interactive ? "signed in interactively" : "access token refreshed");
    // Those waiting for this token hear first: whatever the signals below start
    // (a refresh asking for more scopes) is not answered by this token.
    finishRefresh(true);
    if (interactive) {
        Q_EMIT signedIn(m_tokens.userName);
        Q_EMIT interactiveSignInCompleted();
    }
}

void AuthSession::fail(const OAuthError &error)
{
    qCWarning(lcAuth) << "sign-in failed:" << error.error;
    keepGrantedExtraScopes();
    setState(m_tokens.accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    Q_EMIT signInFailed(error.userMessage());
}

QByteArray AuthSession::accessToken() const
{
    return m_tokens.accessToken;
}

bool AuthSession::accessTokenExpiresSoon() const
{
    return !m_tokens.refreshToken.isEmpty()
        && (m_tokens.accessToken.isEmpty() || m_clock->now().secsTo(m_tokens.expiresAt) < kRefreshMarginSecs);
}

void AuthSession::refreshAccessToken(QObject *context, const std::function<void(bool)> &done)
{
    if (m_tokens.refreshToken.isEmpty()) {
        // Nothing to refresh with: asking the server again would only loop.
        done(false);
        return;
    }
    m_refreshWaiters.append({context, done});
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_consentRefused = false;
    auto *request = TokenRequest::refresh(m_nam, m_clock, client(), m_tokens.refreshToken, this);
    connect(request, &TokenRequest::succeeded, this, [this, request](const TokenGrant &grant) {
        request->deleteLater();
        TokenGrant g = grant;
        if (g.userName.isEmpty()) {
            g.userName = m_tokens.userName;
            g.userPrincipalName = m_tokens.userPrincipalName;
        }
        const bool restoring = m_state != State::SignedIn;
        accept(g, false);
        if (restoring)
            Q_EMIT signedIn(m_tokens.userName);
    });
    connect(request, &TokenRequest::failed, this, [this, request](const OAuthError &error) {
        request->deleteLater();
        qCWarning(lcAuth) << "refresh failed:" << error.error;
        if (error.consentRequired() && !m_extraScopes.isEmpty()) {
            // Scopes asked for on first use were never consented; the sign-in
            // itself is good. They wait for the operator's browser sign-in.
            for (const QString &s : std::as_const(m_extraScopes)) {
                if (!hasGraphScope(m_tokens.scopes, s) && !m_awaitingConsent.contains(s))
                    m_awaitingConsent.append(s);
            }
            keepGrantedExtraScopes();
            m_consentRefused = true;
        } else if (error.needsInteractiveSignIn()) {
            // Revoked or expired: forget it, here and in the keychain.
            m_tokens.wipe();
            m_tokens = {};
            m_store->remove(keychainKey(), [](const CredentialStore::Result &) {});
            setState(State::SignedOut);
            Q_EMIT signInRequired(error.userMessage());
        } else if (m_tokens.accessToken.isEmpty()) {
            setState(State::SignedOut); // no answer while restoring: not signed in, for now
        }
        finishRefresh(false);
    });
}

void AuthSession::finishRefresh(bool ok)
{
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
}

void AuthSession::signOut()
{
    dropFlows();
    m_tokens.wipe();
    m_tokens = {};
    m_lastInteractive = {};
    m_extraScopes.clear();
    m_awaitingConsent.clear();
    setState(State::SignedOut);
    m_store->remove(keychainKey(), [this](const CredentialStore::Result &r) {
        if (!r.ok)
            Q_EMIT keychainProblem(r.message);
        Q_EMIT signedOut(); // once the keychain has forgotten it too
    });
}

} // namespace Passdesk
