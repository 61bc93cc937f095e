#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Passdesk::Sim {

// The Microsoft identity platform side of the simulator: the Entra ID v2.0
// authorize, token and devicecode endpoints, plus the device login page that
// plays the user's browser. It owns the authorization codes, device codes,
// access tokens and refresh tokens. SimServer routes the HTTP requests here
// and asks inspect() about the bearer tokens it receives on Graph.
// It never logs a token, code or verifier.
class SimIdentity
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QString method; // "GET", "POST", ...
        QString endpoint; // "authorize", "token", "devicecode" or "devicelogin"
        QString tenant; // path segment before /oauth2; empty for devicelogin
        QUrlQuery query; // URL query; a form-style '+' already stands for a space
        QByteArray contentType;
        QByteArray body;
        QDateTime now;
        QUrl origin; // http://127.0.0.1:PORT
        QByteArray requestId; // also the error "trace_id"
        QByteArray correlationId; // the client's client-request-id, or a new one
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType; // empty when there is no body
        QByteArray body;
        HeaderList headers;
    };

    enum class TokenState { Unknown, Valid, Expired };

    // What a Graph request may do with an access token issued here.
    struct Grant
    {
        TokenState state = TokenState::Unknown;
        QStringList scopes; // without the https://graph.microsoft.com/ prefix
        QDateTime authTime; // the interactive sign-in behind the token
    };

    static QString readScope(); // DeviceManagementManagedDevices.Read.All
    static QString privilegedScope(); // DeviceManagementManagedDevices.PrivilegedOperations.All
    static QString auditReadScope(); // DeviceManagementApps.Read.All, which Intune's auditEvents need
    static QString applicationReadScope(); // Application.Read.All (service principals)
    static QString configurationReadScope(); // DeviceManagementConfiguration.Read.All (device configurations)
    static QString lapsReadScope(); // DeviceLocalCredential.Read.All (LAPS passwords)
    static QString lapsReadBasicScope(); // DeviceLocalCredential.ReadBasic.All (LAPS metadata)
    static QStringList knownScopes();
    QString upn() const { return m_upn; }

    SimIdentity();

    // True for /{tenant}/oauth2/v2.0/{authorize,token,devicecode} and /devicelogin.
    static bool isIdentityPath(const QStringList &segments, QString *endpoint, QString *tenant);
    Response handle(const Request &request);
    Grant inspect(const QByteArray &accessToken, const QDateTime &now) const;

    void setAccessTokenLifetime(int secs);
    void expireAllAccessTokens();
    void revokeRefreshTokens();
    int tokenRequestCount(const QString &grantType) const;
    QUrlQuery lastAuthorizeQuery() const;
    void setAuthorizeDeclines(bool declines);
    void setDeviceCodeInterval(int secs);
    void setDeviceCodeLifetime(int secs);
    void setDeviceCodeApprovalDelay(qint64 msecs);
    void declineNextDeviceCode();
    void setGrantableScopes(const QStringList &scopes);
    // An administrator consented to every grantable scope for the whole tenant
    // (a refresh token may then ask for any of them). Without it, a scope the
    // user has not consented in an interactive sign-in is refused on refresh
    // with AADSTS65001, as Entra ID does: incremental consent needs the browser.
    void setAdminConsent(bool on) { m_adminConsent = on; }
    QStringList consentedScopes() const { return m_consented; }
    void setSignedInUser(const QString &displayName, const QString &upn);
    QDateTime authTimeOf(const QByteArray &accessToken) const;
    QStringList scopesOf(const QByteArray &accessToken) const;
    bool isIssuedAccessToken(const QByteArray &accessToken) const;

private:
    using Params = QList<QPair<QString, QString>>;

    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QStringList scopes;
        QString nonce;
        QString tenantId;
        QDateTime issuedAt;
        QDateTime authTime;
        bool redeemed = false;
    };
    struct AccessToken
    {
        QStringList scopes;
        QDateTime authTime;
        QDateTime expiresAt;
        bool forcedExpired = false;
    };
    struct RefreshToken
    {
        QString clientId;
        QStringList scopes; // as requested, OpenID scopes included
        QString tenantId;
        QDateTime authTime;
        bool revoked = false;
    };
    struct DeviceCode
    {
        QString clientId;
        QStringList scopes;
        QString tenantId;
        QString userCode;
        QDateTime issuedAt;
        QDateTime expiresAt;
        int interval = 5;
        qint64 approvalDelay = 3000;
        QDateTime approvedAt; // set by POST /devicelogin
        QDateTime lastPoll;
        bool declined = false;
        bool redeemed = false;
    };

    Response authorize(const Request &rq);
    Response token(const Request &rq);
    Response authorizationCodeGrant(const Request &rq, const Params &p, const QString &clientId);
    Response refreshTokenGrant(const Request &rq, const Params &p, const QString &clientId);
    Response deviceCodeGrant(const Request &rq, const Params &p, const QString &clientId);
    Response deviceCode(const Request &rq);
    Response deviceLogin(const Request &rq);

    Response issueTokens(const Request &rq, const QString &clientId, const QString &tenantId,
        const QStringList &requested, const QDateTime &authTime, const QString &nonce, bool refresh);
    Response tokenError(const Request &rq, int status, const QString &error, int code, const QString &text,
        const QString &suberror = QString()) const;
    void consent(const QStringList &requested);
    QStringList grantedScopes(const QStringList &requested) const;
    QByteArray idToken(const Request &rq, const QString &clientId, const QString &tenantId, const QDateTime &authTime,
        const QString &nonce) const;
    QString tenantIdFor(const QString &tenantSegment) const;
    DeviceCode *findUserCode(const QString &userCode);

    QHash<QByteArray, AuthCode> m_codes;
    QHash<QByteArray, AccessToken> m_accessTokens;
    QHash<QByteArray, RefreshToken> m_refreshTokens;
    QHash<QByteArray, DeviceCode> m_deviceCodes;
    QHash<QString, int> m_tokenRequests; // by grant_type as sent

    QUrlQuery m_lastAuthorizeQuery;
    QString m_sessionState;
    QString m_displayName = QStringLiteral("Alex Martin");
    QString m_upn = QStringLiteral("alex.martin@contoso.com");
    QStringList m_grantable;
    QStringList m_consented; // by the user, in interactive sign-ins
    bool m_adminConsent = false;
    int m_accessLifetime = 3600;
    int m_deviceInterval = 5;
    int m_deviceLifetime = 900;
    qint64 m_deviceApprovalDelay = 3000;
    bool m_declineNextDeviceCode = false;
    bool m_authorizeDeclines = false;
};

} // namespace Passdesk::Sim
