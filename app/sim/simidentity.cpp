#include "simidentity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <utility>

namespace Passdesk::Sim {

namespace {

using Params = QList<QPair<QString, QString>>;

const QString graphPrefix = QStringLiteral("https://graph.microsoft.com/");
const QString offlineAccess = QStringLiteral("offline_access");
const QString openIdScope = QStringLiteral("openid");
constexpr qint64 authCodeLifetimeMs = 10 * 60 * 1000;
// The simulated directory's tenant id, used when the path names no GUID.
const QString defaultTenantId = QStringLiteral("3f6b2c1e-9d4a-4b7e-8f21-6c5d0a9e7b34");

QByteArray randomToken(int bytes = 32)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(QRandomGenerator::system()->bounded(256));
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomUserCode()
{
    // Uppercase letters and digits, without the easily confused I, O, 0 and 1.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]));
    return code;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString param(const Params &params, const QString &name, bool *present = nullptr)
{
    for (const auto &item : params) {
        if (item.first == name) {
            if (present)
                *present = true;
            return item.second;
        }
    }
    if (present)
        *present = false;
    return QString();
}

// An application/x-www-form-urlencoded body; anything else yields no parameters.
Params formParams(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return {};
    QString raw = QString::fromLatin1(body);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(raw).queryItems(QUrl::FullyDecoded);
}

QStringList splitScopes(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsScope(const QStringList &scopes, const QString &scope)
{
    return scopes.contains(scope, Qt::CaseInsensitive);
}

QString stripGraphPrefix(const QString &scope)
{
    return scope.startsWith(graphPrefix, Qt::CaseInsensitive) ? scope.mid(graphPrefix.size()) : scope;
}

// The known Graph scope `scope` names (with or without the resource prefix),
// in its canonical spelling; empty when it names none.
QString knownGraphScope(const QString &scope)
{
    const QString bare = stripGraphPrefix(scope);
    for (const QString &known : SimIdentity::knownScopes()) {
        if (bare.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return QString();
}

QString entraTimestamp(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

bool isLoopbackRedirect(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1");
}

bool isBase64UrlText(const QString &text)
{
    for (const QChar c : text) {
        const char l = c.toLatin1();
        const bool ok
            = (l >= 'A' && l <= 'Z') || (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '-' || l == '_';
        if (!ok)
            return false;
    }
    return true;
}

// RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~].
bool isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char l = c.toLatin1();
        const bool ok = (l >= 'A' && l <= 'Z') || (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '-'
            || l == '.' || l == '_' || l == '~';
        if (!ok)
            return false;
    }
    return true;
}

SimIdentity::Response htmlPage(int status, const QString &title, const QString &text)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body><h1>%1</h1><p>%2</p></body></html>\n")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    SimIdentity::Response r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = html.toUtf8();
    return r;
}

// 302 to `redirectUri`, keeping its own query and appending `params`.
SimIdentity::Response redirectTo(const QString &redirectUri, const Params &params)
{
    const QUrl url(redirectUri);
    const QString existing = url.query(QUrl::FullyEncoded);
    QString location = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    location += QLatin1Char('?');
    if (!existing.isEmpty())
        location += existing + QLatin1Char('&');
    QStringList parts;
    for (const auto &p : params) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(p.first)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    }
    location += parts.join(QLatin1Char('&'));
    SimIdentity::Response r;
    r.status = 302;
    r.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
    return r;
}

SimIdentity::Response jsonResponse(int status, const QJsonObject &object)
{
    SimIdentity::Response r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = compact(object);
    return r;
}

QString missingParameter(const QString &name)
{
    return QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name);
}

} // namespace

QString SimIdentity::readScope()
{
    return QStringLiteral("DeviceManagementManagedDevices.Read.All");
}

QString SimIdentity::privilegedScope()
{
    return QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
}

QString SimIdentity::auditReadScope()
{
    return QStringLiteral("DeviceManagementApps.Read.All");
}

QString SimIdentity::applicationReadScope()
{
    return QStringLiteral("Application.Read.All");
}

QString SimIdentity::configurationReadScope()
{
    return QStringLiteral("DeviceManagementConfiguration.Read.All");
}

QString SimIdentity::lapsReadScope()
{
    return QStringLiteral("DeviceLocalCredential.Read.All");
}

QString SimIdentity::lapsReadBasicScope()
{
    return QStringLiteral("DeviceLocalCredential.ReadBasic.All");
}

QStringList SimIdentity::knownScopes()
{
    return {readScope(), privilegedScope(), auditReadScope(), applicationReadScope(), configurationReadScope(),
        lapsReadScope(), lapsReadBasicScope(), QStringLiteral("BitlockerKey.Read.All"),
        QStringLiteral("BitlockerKey.ReadBasic.All")};
}

SimIdentity::SimIdentity()
    : m_sessionState(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_grantable(knownScopes())
{ }

bool SimIdentity::isIdentityPath(const QStringList &segments, QString *endpoint, QString *tenant)
{
    if (segments.size() == 1 && segments[0].compare(QLatin1String("devicelogin"), Qt::CaseInsensitive) == 0) {
        *endpoint = QStringLiteral("devicelogin");
        tenant->clear();
        return true;
    }
    if (segments.size() != 4 || segments[1].compare(QLatin1String("oauth2"), Qt::CaseInsensitive) != 0
        || segments[2].compare(QLatin1String("v2.0"), Qt::CaseInsensitive) != 0) {
        return false;
    }
    const QString name = segments[3].toLower();
    if (name != QLatin1String("authorize") && name != QLatin1String("token") && name != QLatin1String("devicecode"))
        return false;
    *endpoint = name;
    *tenant = segments[0];
    return true;
}

SimIdentity::Response SimIdentity::handle(const Request &request)
{
    if (request.endpoint == QLatin1String("authorize"))
        return authorize(request);
    if (request.endpoint == QLatin1String("token"))
        return token(request);
    if (request.endpoint == QLatin1String("devicecode"))
        return deviceCode(request);
    return deviceLogin(request);
}

SimIdentity::Grant SimIdentity::inspect(const QByteArray &accessToken, const QDateTime &now) const
{
    Grant grant;
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.cend())
        return grant;
    grant.scopes = it->scopes;
    grant.authTime = it->authTime;
    grant.state = (it->forcedExpired || now >= it->expiresAt) ? TokenState::Expired : TokenState::Valid;
    return grant;
}

// ---------------------------------------------------------------- knobs

void SimIdentity::setAccessTokenLifetime(int secs)
{
    m_accessLifetime = qMax(1, secs);
}

void SimIdentity::expireAllAccessTokens()
{
    for (AccessToken &t : m_accessTokens)
        t.forcedExpired = true;
}

void SimIdentity::revokeRefreshTokens()
{
    for (RefreshToken &t : m_refreshTokens)
        t.revoked = true;
}

int SimIdentity::tokenRequestCount(const QString &grantType) const
{
    return m_tokenRequests.value(grantType);
}

QUrlQuery SimIdentity::lastAuthorizeQuery() const
{
    return m_lastAuthorizeQuery;
}

void SimIdentity::setAuthorizeDeclines(bool declines)
{
    m_authorizeDeclines = declines;
}

void SimIdentity::setDeviceCodeInterval(int secs)
{
    m_deviceInterval = qMax(0, secs);
}

void SimIdentity::setDeviceCodeLifetime(int secs)
{
    m_deviceLifetime = qMax(1, secs);
}

void SimIdentity::setDeviceCodeApprovalDelay(qint64 msecs)
{
    m_deviceApprovalDelay = msecs < 0 ? -1 : msecs;
}

void SimIdentity::declineNextDeviceCode()
{
    m_declineNextDeviceCode = true;
}

void SimIdentity::setGrantableScopes(const QStringList &scopes)
{
    m_grantable.clear();
    for (const QString &s : scopes) {
        const QString known = knownGraphScope(s);
        if (!known.isEmpty() && !m_grantable.contains(known))
            m_grantable.append(known);
    }
}

void SimIdentity::setSignedInUser(const QString &displayName, const QString &upn)
{
    m_displayName = displayName;
    m_upn = upn;
}

QDateTime SimIdentity::authTimeOf(const QByteArray &accessToken) const
{
    return m_accessTokens.value(accessToken).authTime;
}

QStringList SimIdentity::scopesOf(const QByteArray &accessToken) const
{
    return m_accessTokens.value(accessToken).scopes;
}

bool SimIdentity::isIssuedAccessToken(const QByteArray &accessToken) const
{
    return m_accessTokens.contains(accessToken);
}

// ---------------------------------------------------------------- authorize

SimIdentity::Response SimIdentity::authorize(const Request &rq)
{
    m_lastAuthorizeQuery = rq.query;
    if (rq.method != QLatin1String("GET")) {
        Response r = htmlPage(405, QStringLiteral("Sign in"), QStringLiteral("Use GET for this endpoint."));
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")});
        return r;
    }
    const Params p = rq.query.queryItems(QUrl::FullyDecoded);
    const QString redirectUri = param(p, QStringLiteral("redirect_uri"));
    if (!isLoopbackRedirect(redirectUri)) {
        // Never redirect to an address that was not vetted: show the error here.
        return htmlPage(400, QStringLiteral("Sign in"),
            QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the request does not match the redirect "
                           "URIs configured for the application. Use http://localhost or http://127.0.0.1, with any "
                           "port and path.")
                .arg(redirectUri));
    }

    bool hasState = false;
    const QString state = param(p, QStringLiteral("state"), &hasState);
    auto fail = [&](const QString &error, const QString &text) {
        Params out{{QStringLiteral("error"), error},
            {QStringLiteral("error_description"),
                text + QStringLiteral("\r\nTrace ID: ") + QString::fromLatin1(rq.requestId)
                    + QStringLiteral("\r\nCorrelation ID: ") + QString::fromLatin1(rq.correlationId)
                    + QStringLiteral("\r\nTimestamp: ") + entraTimestamp(rq.now)}};
        if (hasState)
            out.append({QStringLiteral("state"), state});
        return redirectTo(redirectUri, out);
    };
    const QString invalidRequest = QStringLiteral("invalid_request");

    const QString clientId = param(p, QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return fail(invalidRequest, QStringLiteral("AADSTS900144: ") + missingParameter(QStringLiteral("client_id")));
    bool hasResponseType = false;
    const QString responseType = param(p, QStringLiteral("response_type"), &hasResponseType);
    if (!hasResponseType || responseType.isEmpty()) {
        return fail(
            invalidRequest, QStringLiteral("AADSTS900144: ") + missingParameter(QStringLiteral("response_type")));
    }
    if (responseType != QLatin1String("code")) {
        return fail(invalidRequest,
            QStringLiteral("AADSTS700054: response_type '%1' is not enabled for the application.").arg(responseType));
    }
    const QString scope = param(p, QStringLiteral("scope"));
    if (splitScopes(scope).isEmpty())
        return fail(invalidRequest, QStringLiteral("AADSTS900144: ") + missingParameter(QStringLiteral("scope")));
    const QString challenge = param(p, QStringLiteral("code_challenge"));
    if (challenge.isEmpty()) {
        return fail(
            invalidRequest, QStringLiteral("AADSTS900144: ") + missingParameter(QStringLiteral("code_challenge")));
    }
    const QString method = param(p, QStringLiteral("code_challenge_method"));
    if (method != QLatin1String("S256")) {
        return fail(invalidRequest,
            QStringLiteral("AADSTS501492: The code_challenge_method '%1' is not supported; use S256.")
                .arg(method.isEmpty() ? QStringLiteral("plain") : method));
    }
    if (challenge.size() != 43 || !isBase64UrlText(challenge))
        return fail(invalidRequest, QStringLiteral("AADSTS501491: Invalid size of Code_Challenge parameter."));
    bool hasPrompt = false;
    const QString prompt = param(p, QStringLiteral("prompt"), &hasPrompt);
    static const QStringList prompts{
        QStringLiteral("login"), QStringLiteral("select_account"), QStringLiteral("consent"), QStringLiteral("none")};
    if (hasPrompt && !prompts.contains(prompt))
        return fail(invalidRequest, QStringLiteral("AADSTS90023: Unsupported 'prompt' value."));
    bool hasMaxAge = false;
    const QString maxAge = param(p, QStringLiteral("max_age"), &hasMaxAge);
    bool maxAgeOk = false;
    if (hasMaxAge && (maxAge.toLongLong(&maxAgeOk) < 0 || !maxAgeOk))
        return fail(invalidRequest, QStringLiteral("AADSTS50133: The max_age parameter must be a positive integer."));

    if (m_authorizeDeclines) {
        return fail(QStringLiteral("access_denied"),
            QStringLiteral("AADSTS65004: User declined to consent to access the app."));
    }

    // The demo operator is signed in already: every authorize is a fresh
    // interactive sign-in, whatever prompt and max_age say.
    AuthCode code;
    code.clientId = clientId;
    code.redirectUri = redirectUri;
    code.challenge = challenge;
    code.scopes = splitScopes(scope);
    consent(code.scopes); // the user approved them on the consent page
    code.nonce = param(p, QStringLiteral("nonce"));
    code.tenantId = tenantIdFor(rq.tenant);
    code.issuedAt = rq.now;
    code.authTime = rq.now;
    const QByteArray value = randomToken(48);
    m_codes.insert(value, code);
    Params out{{QStringLiteral("code"), QString::fromLatin1(value)}};
    if (hasState)
        out.append({QStringLiteral("state"), state});
    out.append({QStringLiteral("session_state"), m_sessionState});
    return redirectTo(redirectUri, out);
}

// ---------------------------------------------------------------- token

SimIdentity::Response SimIdentity::token(const Request &rq)
{
    const QString invalidRequest = QStringLiteral("invalid_request");
    if (rq.method != QLatin1String("POST")) {
        return tokenError(rq, 400, invalidRequest, 900561,
            QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.").arg(rq.method));
    }
    const Params p = formParams(rq.contentType, rq.body);
    const QString grantType = param(p, QStringLiteral("grant_type"));
    ++m_tokenRequests[grantType];
    if (grantType.isEmpty())
        return tokenError(rq, 400, invalidRequest, 900144, missingParameter(QStringLiteral("grant_type")));
    const QString clientId = param(p, QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return tokenError(rq, 400, invalidRequest, 900144, missingParameter(QStringLiteral("client_id")));
    bool secret = false, assertion = false;
    param(p, QStringLiteral("client_secret"), &secret);
    param(p, QStringLiteral("client_assertion"), &assertion);
    if (secret || assertion) {
        return tokenError(rq, 401, QStringLiteral("invalid_client"), 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be presented."));
    }

    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(rq, p, clientId);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(rq, p, clientId);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return deviceCodeGrant(rq, p, clientId);
    return tokenError(rq, 400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

SimIdentity::Response SimIdentity::authorizationCodeGrant(const Request &rq, const Params &p, const QString &clientId)
{
    const QString invalidRequest = QStringLiteral("invalid_request");
    const QString invalidGrant = QStringLiteral("invalid_grant");
    for (const QString &name :
        {QStringLiteral("code"), QStringLiteral("redirect_uri"), QStringLiteral("code_verifier")}) {
        if (param(p, name).isEmpty())
            return tokenError(rq, 400, invalidRequest, 900144, missingParameter(name));
    }
    const auto it = m_codes.find(param(p, QStringLiteral("code")).toUtf8());
    if (it == m_codes.end()) {
        return tokenError(
            rq, 400, invalidGrant, 70000, QStringLiteral("The provided value for the 'code' parameter is not valid."));
    }
    AuthCode &code = *it;
    if (code.redeemed) {
        return tokenError(rq, 400, invalidGrant, 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new valid code or use "
                           "an existing refresh token."));
    }
    if (code.issuedAt.msecsTo(rq.now) >= authCodeLifetimeMs) {
        return tokenError(rq, 400, invalidGrant, 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to inactivity. Send a "
                           "new interactive authorization request for this user and resource."));
    }
    if (code.clientId != clientId) {
        return tokenError(rq, 400, invalidGrant, 70000,
            QStringLiteral("The provided value for the 'code' parameter is not valid. The code was issued to a "
                           "different client."));
    }
    if (code.redirectUri != param(p, QStringLiteral("redirect_uri"))) {
        return tokenError(rq, 400, invalidGrant, 70000,
            QStringLiteral("The provided value for the 'redirect_uri' parameter is not valid. It must match the "
                           "redirect_uri of the authorization request."));
    }
    const QString verifier = param(p, QStringLiteral("code_verifier"));
    if (!isValidVerifier(verifier)) {
        return tokenError(rq, 400, invalidRequest, 501491,
            QStringLiteral("Invalid Code_Verifier parameter: it must be 43 to 128 characters of A-Z, a-z, 0-9, '-', "
                           "'.', '_' and '~'."));
    }
    const QByteArray computed = base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(computed) != code.challenge) {
        // The code stays redeemable: only a successful redemption uses it up.
        return tokenError(rq, 400, invalidGrant, 501481,
            QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the authorization "
                           "request."));
    }

    code.redeemed = true;
    QStringList requested = splitScopes(param(p, QStringLiteral("scope")));
    if (requested.isEmpty())
        requested = code.scopes;
    // What was consented at authorize (refresh token, ID token) still applies.
    for (const QString &oidc : {offlineAccess, openIdScope, QStringLiteral("profile")}) {
        if (containsScope(code.scopes, oidc) && !containsScope(requested, oidc))
            requested.append(oidc);
    }
    const AuthCode used = code;
    return issueTokens(rq, clientId, used.tenantId, requested, used.authTime, used.nonce, false);
}

SimIdentity::Response SimIdentity::refreshTokenGrant(const Request &rq, const Params &p, const QString &clientId)
{
    const QString invalidGrant = QStringLiteral("invalid_grant");
    const QString value = param(p, QStringLiteral("refresh_token"));
    if (value.isEmpty()) {
        return tokenError(
            rq, 400, QStringLiteral("invalid_request"), 900144, missingParameter(QStringLiteral("refresh_token")));
    }
    const auto it = m_refreshTokens.constFind(value.toUtf8());
    if (it == m_refreshTokens.cend()) {
        return tokenError(rq, 400, invalidGrant, 700082,
            QStringLiteral("The refresh token has expired due to inactivity. The token is not valid."));
    }
    const RefreshToken original = *it;
    if (original.revoked) {
        return tokenError(rq, 400, invalidGrant, 70043,
            QStringLiteral("The refresh token has expired or is invalid due to sign-in frequency checks by "
                           "conditional access. The token was issued on %1 and has been revoked.")
                .arg(entraTimestamp(original.authTime)));
    }
    if (original.clientId != clientId) {
        return tokenError(rq, 400, invalidGrant, 70000,
            QStringLiteral("The provided value for the 'refresh_token' parameter is not valid. It was issued to a "
                           "different client."));
    }
    QStringList requested = splitScopes(param(p, QStringLiteral("scope")));
    if (requested.isEmpty())
        requested = original.scopes;
    // A scope neither in the refresh token nor consented by the user or an
    // administrator needs an interactive request: the whole refresh is refused.
    const QStringList held = grantedScopes(original.scopes);
    for (const QString &s : grantedScopes(requested)) {
        if (!held.contains(s) && !m_consented.contains(s) && !m_adminConsent) {
            return tokenError(rq, 400, invalidGrant, 65001,
                QStringLiteral("The user or administrator has not consented to use the application with ID '%1' "
                               "named 'Passdesk'. Send an interactive authorization request for this user and "
                               "resource.")
                    .arg(clientId),
                QStringLiteral("consent_required"));
        }
    }
    // Refreshing is not an interactive sign-in: auth_time stays that of the original one.
    return issueTokens(rq, clientId, original.tenantId, requested, original.authTime, QString(), true);
}

SimIdentity::Response SimIdentity::deviceCodeGrant(const Request &rq, const Params &p, const QString &clientId)
{
    const QString invalidGrant = QStringLiteral("invalid_grant");
    const QString value = param(p, QStringLiteral("device_code"));
    if (value.isEmpty()) {
        return tokenError(
            rq, 400, QStringLiteral("invalid_request"), 900144, missingParameter(QStringLiteral("device_code")));
    }
    const auto it = m_deviceCodes.find(value.toUtf8());
    if (it == m_deviceCodes.end()) {
        return tokenError(rq, 400, QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The provided value for the 'device_code' parameter is not valid."));
    }
    DeviceCode &d = *it;
    if (d.clientId != clientId) {
        return tokenError(rq, 400, invalidGrant, 70000,
            QStringLiteral("The provided value for the 'device_code' parameter is not valid. It was issued to a "
                           "different client."));
    }
    if (d.redeemed) {
        return tokenError(rq, 400, invalidGrant, 70000,
            QStringLiteral("The provided value for the 'device_code' parameter is not valid. It has already been "
                           "redeemed."));
    }
    if (rq.now >= d.expiresAt) {
        return tokenError(rq, 400, QStringLiteral("expired_token"), 70020,
            QStringLiteral("The provided value for the input parameter 'device_code' is not valid. This device code "
                           "has expired."));
    }
    if (d.declined) {
        return tokenError(rq, 400, QStringLiteral("authorization_declined"), 65004,
            QStringLiteral("User declined to consent to access the app."));
    }
    // Approved by POST /devicelogin, or by the simulated user once the delay has passed.
    QDateTime approvedAt = d.approvedAt;
    if (d.approvalDelay >= 0 && d.issuedAt.msecsTo(rq.now) >= d.approvalDelay) {
        const QDateTime automatic = d.issuedAt.addMSecs(d.approvalDelay);
        if (!approvedAt.isValid() || automatic < approvedAt)
            approvedAt = automatic;
    }
    if (!approvedAt.isValid()) {
        const bool tooFast = d.lastPoll.isValid() && d.lastPoll.msecsTo(rq.now) < qint64(d.interval) * 1000;
        d.lastPoll = rq.now;
        if (tooFast) {
            return tokenError(rq, 400, QStringLiteral("slow_down"), 70016,
                QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Polled too often: wait %1 "
                               "seconds between requests.")
                    .arg(d.interval));
        }
        return tokenError(rq, 400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    d.redeemed = true;
    d.lastPoll = rq.now;
    consent(d.scopes);
    const DeviceCode used = d;
    return issueTokens(rq, clientId, used.tenantId, used.scopes, approvedAt, QString(), false);
}

SimIdentity::Response SimIdentity::issueTokens(const Request &rq, const QString &clientId, const QString &tenantId,
    const QStringList &requested, const QDateTime &authTime, const QString &nonce, bool refresh)
{
    const QStringList granted = grantedScopes(requested);
    const QByteArray access = randomToken();
    m_accessTokens.insert(access, AccessToken{granted, authTime, rq.now.addSecs(m_accessLifetime), false});
    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), granted.join(QLatin1Char(' '))}, {QStringLiteral("expires_in"), m_accessLifetime},
        {QStringLiteral("ext_expires_in"), m_accessLifetime},
        {QStringLiteral("access_token"), QString::fromLatin1(access)}};
    if (refresh || containsScope(requested, offlineAccess)) {
        QStringList kept = requested;
        if (!containsScope(kept, offlineAccess))
            kept.append(offlineAccess);
        const QByteArray value = randomToken();
        m_refreshTokens.insert(value, RefreshToken{clientId, kept, tenantId, authTime, false});
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(value));
    }
    if (containsScope(requested, openIdScope)) {
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken(rq, clientId, tenantId, authTime, nonce)));
    }
    return jsonResponse(200, body);
}

SimIdentity::Response SimIdentity::tokenError(
    const Request &rq, int status, const QString &error, int code, const QString &text, const QString &suberror) const
{
    const QString timestamp = entraTimestamp(rq.now);
    const QString traceId = QString::fromLatin1(rq.requestId);
    const QString correlationId = QString::fromLatin1(rq.correlationId);
    const QString description = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                                    .arg(QString::number(code), text, traceId, correlationId, timestamp);
    QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description},
        {QStringLiteral("error_codes"), QJsonArray{code}}, {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("trace_id"), traceId}, {QStringLiteral("correlation_id"), correlationId}};
    if (!suberror.isEmpty())
        body.insert(QStringLiteral("suberror"), suberror);
    return jsonResponse(status, body);
}

void SimIdentity::consent(const QStringList &requested)
{
    for (const QString &s : grantedScopes(requested)) {
        if (!m_consented.contains(s))
            m_consented.append(s);
    }
}

QStringList SimIdentity::grantedScopes(const QStringList &requested) const
{
    QStringList granted;
    for (const QString &s : requested) {
        QStringList candidates;
        if (stripGraphPrefix(s).compare(QLatin1String(".default"), Qt::CaseInsensitive) == 0)
            candidates = m_grantable; // everything consented
        else
            candidates.append(knownGraphScope(s));
        for (const QString &c : std::as_const(candidates)) {
            if (!c.isEmpty() && m_grantable.contains(c) && !granted.contains(c))
                granted.append(c);
        }
    }
    return granted;
}

QByteArray SimIdentity::idToken(const Request &rq, const QString &clientId, const QString &tenantId,
    const QDateTime &authTime, const QString &nonce) const
{
    // Shaped like a JWT but not signed: clients read it, they do not verify it.
    static const QUuid userNamespace = QUuid::fromString(QLatin1String("8c3d6f0a-2b71-4e95-a4d8-5f1e7c9b0a26"));
    const QString oid = QUuid::createUuidV5(userNamespace, m_upn.toLower()).toString(QUuid::WithoutBraces);
    const QByteArray sub = base64Url(QCryptographicHash::hash((oid + clientId).toUtf8(), QCryptographicHash::Sha256));
    QUrl issuer = rq.origin;
    issuer.setPath(QLatin1Char('/') + tenantId + QStringLiteral("/v2.0"));
    const qint64 iat = rq.now.toSecsSinceEpoch();
    QJsonObject payload{{QStringLiteral("aud"), clientId}, {QStringLiteral("iss"), issuer.toString()},
        {QStringLiteral("iat"), iat}, {QStringLiteral("nbf"), iat}, {QStringLiteral("exp"), iat + m_accessLifetime},
        {QStringLiteral("auth_time"), authTime.toSecsSinceEpoch()}, {QStringLiteral("name"), m_displayName},
        {QStringLiteral("preferred_username"), m_upn}, {QStringLiteral("oid"), oid},
        {QStringLiteral("sub"), QString::fromLatin1(sub)}, {QStringLiteral("tid"), tenantId},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    if (!nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), nonce);
    const QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("alg"), QStringLiteral("none")}};
    return base64Url(compact(header)) + '.' + base64Url(compact(payload)) + '.'
        + base64Url(QByteArrayLiteral("unsigned"));
}

QString SimIdentity::tenantIdFor(const QString &tenantSegment) const
{
    const QUuid id = QUuid::fromString(tenantSegment);
    return id.isNull() ? defaultTenantId : id.toString(QUuid::WithoutBraces);
}

// ---------------------------------------------------------------- device code

SimIdentity::Response SimIdentity::deviceCode(const Request &rq)
{
    const QString invalidRequest = QStringLiteral("invalid_request");
    if (rq.method != QLatin1String("POST")) {
        return tokenError(rq, 400, invalidRequest, 900561,
            QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.").arg(rq.method));
    }
    const Params p = formParams(rq.contentType, rq.body);
    const QString clientId = param(p, QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return tokenError(rq, 400, invalidRequest, 900144, missingParameter(QStringLiteral("client_id")));
    const QStringList scopes = splitScopes(param(p, QStringLiteral("scope")));
    if (scopes.isEmpty())
        return tokenError(rq, 400, invalidRequest, 900144, missingParameter(QStringLiteral("scope")));

    DeviceCode d;
    d.clientId = clientId;
    d.scopes = scopes;
    d.tenantId = tenantIdFor(rq.tenant);
    do {
        d.userCode = randomUserCode();
    } while (findUserCode(d.userCode));
    d.issuedAt = rq.now;
    d.expiresAt = rq.now.addSecs(m_deviceLifetime);
    d.interval = m_deviceInterval;
    d.approvalDelay = m_deviceApprovalDelay;
    d.declined = m_declineNextDeviceCode;
    m_declineNextDeviceCode = false;
    const QByteArray value = randomToken(48);
    m_deviceCodes.insert(value, d);

    QUrl verification = rq.origin;
    verification.setPath(QStringLiteral("/devicelogin"));
    const QString uri = verification.toString();
    const QJsonObject body{{QStringLiteral("user_code"), d.userCode},
        {QStringLiteral("device_code"), QString::fromLatin1(value)}, {QStringLiteral("verification_uri"), uri},
        {QStringLiteral("expires_in"), m_deviceLifetime}, {QStringLiteral("interval"), m_deviceInterval},
        {QStringLiteral("message"),
            QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
                .arg(uri, d.userCode)}};
    return jsonResponse(200, body);
}

SimIdentity::DeviceCode *SimIdentity::findUserCode(const QString &userCode)
{
    QString wanted = userCode.toUpper();
    wanted.remove(QLatin1Char('-'));
    wanted.remove(QLatin1Char(' '));
    for (DeviceCode &d : m_deviceCodes) {
        if (d.userCode == wanted)
            return &d;
    }
    return nullptr;
}

SimIdentity::Response SimIdentity::deviceLogin(const Request &rq)
{
    const QString title = QStringLiteral("Enter code");
    if (rq.method == QLatin1String("GET")) {
        Response r;
        r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        r.body = QByteArrayLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Enter code</title>"
                                   "</head><body><h1>Enter code</h1><p>Enter the code displayed on your app or "
                                   "device.</p><form method=\"post\" action=\"/devicelogin\"><input name=\"user_code\" "
                                   "autocomplete=\"off\"><button type=\"submit\">Next</button></form></body></html>\n");
        return r;
    }
    if (rq.method != QLatin1String("POST")) {
        Response r = htmlPage(405, title, QStringLiteral("Use GET or POST for this page."));
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
        return r;
    }
    const Params p = formParams(rq.contentType, rq.body);
    DeviceCode *d = findUserCode(param(p, QStringLiteral("user_code")));
    if (!d || d->redeemed)
        return htmlPage(400, title, QStringLiteral("That code didn't work. Check the code and try again."));
    if (rq.now >= d->expiresAt)
        return htmlPage(
            400, title, QStringLiteral("The code you entered has expired. Get a new code from the device."));
    if (param(p, QStringLiteral("action")) == QLatin1String("decline"))
        d->declined = true;
    if (d->declined)
        return htmlPage(200, title, QStringLiteral("You have declined to sign in on the other device."));
    if (!d->approvedAt.isValid())
        d->approvedAt = rq.now;
    return htmlPage(200, title,
        QStringLiteral("%1 (%2) has signed in on the other device. You may now close this window.")
            .arg(m_displayName, m_upn));
}

} // namespace Passdesk::Sim
