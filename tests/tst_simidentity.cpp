// End-to-end tests of the simulator's Microsoft identity platform endpoints
// (authorization code with PKCE, refresh token, device code) and of how Graph
// treats the tokens they issue. Real loopback HTTP; redirects are not followed.
#include "httpprobe.h"
#include "simdevice.h"
#include "simserver.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QtTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Passdesk::Sim;

namespace {

const QByteArray staticToken = QByteArrayLiteral("static-test-token");
const QString clientId = QStringLiteral("0c6f7a62-8f7e-4d3b-9a51-2f0e1d9b7c44");
const QString redirectUri = QStringLiteral("http://localhost:53682/callback");
const QString readScope = QStringLiteral("DeviceManagementManagedDevices.Read.All");
const QString privilegedScope = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString allScopes
    = QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All "
                     "https://graph.microsoft.com/DeviceManagementManagedDevices.PrivilegedOperations.All "
                     "openid profile offline_access");
const QString deviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
using Params = QList<QPair<QString, QString>>;

struct Reply : HttpReply
{
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QJsonObject graphError() const { return json.value(QStringLiteral("error")).toObject(); }
    QString description() const { return json.value(QStringLiteral("error_description")).toString(); }
    QList<int> errorCodes() const
    {
        QList<int> codes;
        const QJsonArray array = json.value(QStringLiteral("error_codes")).toArray();
        for (const QJsonValue &v : array)
            codes.append(v.toInt());
        return codes;
    }
    QUrl location() const { return QUrl(QString::fromUtf8(headers.value("location")), QUrl::StrictMode); }
    QUrlQuery locationQuery() const { return QUrlQuery(location().query(QUrl::FullyEncoded)); }
};

struct Pkce
{
    QString verifier;
    QString challenge;
};

Pkce newPkce()
{
    // 64 characters of the unreserved set, and its S256 challenge.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    Pkce p;
    for (int i = 0; i < 64; ++i)
        p.verifier.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]));
    p.challenge = QString::fromLatin1(QCryptographicHash::hash(p.verifier.toLatin1(), QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return p;
}

QByteArray encodeForm(const Params &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}

QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return QJsonObject();
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
}

// The nested document Intune puts in Graph's error message.
QJsonObject nestedIntuneError(const Reply &r)
{
    return QJsonDocument::fromJson(r.graphError().value(QStringLiteral("message")).toString().toUtf8()).object();
}

} // namespace

class TestSimIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void authorizationCodeFlow();
    void codeIsSingleUse();
    void wrongVerifier();
    void codeExpires();
    void badRedirectUri_data();
    void badRedirectUri();
    void loopbackRedirectUris_data();
    void loopbackRedirectUris();
    void authorizeProtocolErrors_data();
    void authorizeProtocolErrors();
    void authorizeDeclines();
    void tokenRequestErrors();

    void refreshKeepsAuthTime();
    void revokedRefreshToken();

    void accessTokenOnGraph();
    void expiredAccessToken();
    void scopeWithheld();
    void noIntuneRole();
    void stepUp();

    void deviceCodeFlow();
    void deviceCodeApprovedAfterDelay();
    void deviceCodeExpires();
    void deviceCodeDeclined();

private:
    std::unique_ptr<SimServer> startServer();
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization = QByteArray(),
        const QByteArray &body = QByteArray(), const QByteArray &contentType = QByteArray());
    QUrl url(const SimServer &server, const QString &path, const Params &query = {}) const;
    Reply authorize(SimServer &server, const Params &params, const QString &tenant = QStringLiteral("organizations"));
    Params authorizeParams(const Pkce &pkce, const QString &scope = allScopes) const;
    Reply postForm(SimServer &server, const QString &path, const Params &params);
    Reply redeem(SimServer &server, const QString &code, const QString &verifier, const QString &scope = allScopes);
    Reply signIn(SimServer &server, const QString &scope = allScopes);
    Reply refresh(SimServer &server, const QString &refreshToken);
    Reply graphGet(SimServer &server, const QByteArray &accessToken);
    Reply graphReset(SimServer &server, const QByteArray &accessToken);
    Reply requestDeviceCode(SimServer &server);
    Reply pollDeviceCode(SimServer &server, const QString &deviceCode);
    static QString resettableDevice(const SimServer &server);

    QNetworkAccessManager m_nam;
};

void TestSimIdentity::initTestCase()
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

std::unique_ptr<SimServer> TestSimIdentity::startServer()
{
    auto server = std::make_unique<SimServer>();
    server->generate(42, 30);
    server->addAcceptedToken(staticToken);
    if (server->listen() == 0)
        return nullptr;
    return server;
}

Reply TestSimIdentity::send(const QByteArray &verb, const QUrl &target, const QByteArray &authorization,
    const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body);

    Reply r;
    static_cast<HttpReply &>(r) = waitForReply(reply);
    return r;
}

QUrl TestSimIdentity::url(const SimServer &server, const QString &path, const Params &query) const
{
    QUrl u = server.baseUrl().adjusted(QUrl::RemovePath);
    u.setPath(path);
    if (!query.isEmpty())
        u.setQuery(QString::fromLatin1(encodeForm(query)));
    return u;
}

Reply TestSimIdentity::authorize(SimServer &server, const Params &params, const QString &tenant)
{
    return send("GET", url(server, QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize"), params));
}

Params TestSimIdentity::authorizeParams(const Pkce &pkce, const QString &scope) const
{
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), redirectUri}, {QStringLiteral("scope"), scope},
        {QStringLiteral("state"), QStringLiteral("st-1")}, {QStringLiteral("code_challenge"), pkce.challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
}

Reply TestSimIdentity::postForm(SimServer &server, const QString &path, const Params &params)
{
    return send("POST", url(server, path), QByteArray(), encodeForm(params),
        QByteArrayLiteral("application/x-www-form-urlencoded"));
}

Reply TestSimIdentity::redeem(SimServer &server, const QString &code, const QString &verifier, const QString &scope)
{
    return postForm(server, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("code_verifier"), verifier}, {QStringLiteral("scope"), scope}});
}

// authorize + token; the token response.
Reply TestSimIdentity::signIn(SimServer &server, const QString &scope)
{
    const Pkce pkce = newPkce();
    const Reply a = authorize(server, authorizeParams(pkce, scope));
    if (a.status != 302)
        return a;
    return redeem(
        server, a.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), pkce.verifier, scope);
}

Reply TestSimIdentity::refresh(SimServer &server, const QString &refreshToken)
{
    return postForm(server, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refreshToken}, {QStringLiteral("scope"), allScopes}});
}

Reply TestSimIdentity::graphGet(SimServer &server, const QByteArray &accessToken)
{
    QUrl u = server.baseUrl();
    u.setPath(u.path() + QStringLiteral("/deviceManagement/managedDevices"));
    u.setQuery(QStringLiteral("$top=1"));
    return send("GET", u, "Bearer " + accessToken);
}

Reply TestSimIdentity::graphReset(SimServer &server, const QByteArray &accessToken)
{
    QUrl u = server.baseUrl();
    u.setPath(u.path() + QStringLiteral("/deviceManagement/managedDevices/") + resettableDevice(server)
        + QStringLiteral("/resetPasscode"));
    return send("POST", u, "Bearer " + accessToken, QByteArray(), QByteArrayLiteral("application/json"));
}

Reply TestSimIdentity::requestDeviceCode(SimServer &server)
{
    return postForm(server, QStringLiteral("/common/oauth2/v2.0/devicecode"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("scope"), allScopes}});
}

Reply TestSimIdentity::pollDeviceCode(SimServer &server, const QString &deviceCode)
{
    return postForm(server, QStringLiteral("/common/oauth2/v2.0/token"),
        {{QStringLiteral("grant_type"), deviceCodeGrant}, {QStringLiteral("client_id"), clientId},
            {QStringLiteral("device_code"), deviceCode}});
}

QString TestSimIdentity::resettableDevice(const SimServer &server)
{
    for (const SimDevice &d : server.devices()) {
        if (d.kind == DeviceKind::IPhone)
            return d.id;
    }
    qFatal("no iPhone in the tenant");
}

// ---------------------------------------------------------------- authorization code

void TestSimIdentity::authorizationCodeFlow()
{
    auto server = startServer();
    QVERIFY(server);
    const Pkce pkce = newPkce();
    Params params = authorizeParams(pkce);
    const QString state = QStringLiteral("a b&c=d+e/%é");
    params[4].second = state;
    params[2].second = QStringLiteral("http://127.0.0.1:8400/cb?keep=1");
    params.append({QStringLiteral("prompt"), QStringLiteral("select_account")});
    params.append({QStringLiteral("login_hint"), QStringLiteral("alex.martin@contoso.com")});
    const QDateTime before = server->clock().now();
    const Reply a = authorize(*server, params, QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(a.status, 302);
    const QUrl location = a.location();
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), 8400);
    QCOMPARE(location.path(), QStringLiteral("/cb"));
    const QUrlQuery q = a.locationQuery();
    QCOMPARE(q.queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QVERIFY(!QUuid::fromString(q.queryItemValue(QStringLiteral("session_state"))).isNull());
    QVERIFY(!q.hasQueryItem(QStringLiteral("error")));
    const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.size() >= 32);
    QCOMPARE(server->lastAuthorizeQuery().queryItemValue(QStringLiteral("client_id")), clientId);
    QCOMPARE(server->lastAuthorizeQuery().queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);

    const Reply t = postForm(*server, QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), params[2].second},
            {QStringLiteral("code_verifier"), pkce.verifier}, {QStringLiteral("scope"), allScopes}});
    QCOMPARE(t.status, 200);
    QVERIFY(t.headers.value("content-type").startsWith("application/json"));
    QVERIFY(t.headers.value("cache-control").contains("no-store"));
    QCOMPARE(t.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.json.value(QStringLiteral("scope")).toString(), readScope + QLatin1Char(' ') + privilegedScope);
    QCOMPARE(t.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(t.json.value(QStringLiteral("ext_expires_in")).toInt(), 3600);
    const QByteArray access = t.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refreshToken = t.json.value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(access.size(), 43);
    QCOMPARE(refreshToken.size(), 43);
    QVERIFY(access != refreshToken.toLatin1());
    QVERIFY(server->isIssuedAccessToken(access));
    QVERIFY(!server->isIssuedAccessToken(refreshToken.toLatin1()));
    QCOMPARE(server->scopesOf(access), QStringList({readScope, privilegedScope}));
    const QDateTime authTime = server->authTimeOf(access);
    QVERIFY(authTime >= before.addMSecs(-1) && authTime <= server->clock().now());

    const QJsonObject id = jwtPayload(t.json.value(QStringLiteral("id_token")).toString());
    QCOMPARE(id.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Martin"));
    QCOMPARE(id.value(QStringLiteral("preferred_username")).toString(), QStringLiteral("alex.martin@contoso.com"));
    QCOMPARE(id.value(QStringLiteral("aud")).toString(), clientId);
    QVERIFY(!QUuid::fromString(id.value(QStringLiteral("oid")).toString()).isNull());
    QVERIFY(!QUuid::fromString(id.value(QStringLiteral("tid")).toString()).isNull());
    QCOMPARE(qint64(id.value(QStringLiteral("auth_time")).toDouble()), authTime.toSecsSinceEpoch());
    QCOMPARE(qint64(id.value(QStringLiteral("exp")).toDouble()) - qint64(id.value(QStringLiteral("iat")).toDouble()),
        qint64(3600));
    QCOMPARE(server->tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QCOMPARE(server->tokenRequestCount(QStringLiteral("refresh_token")), 0);

    // Identity traffic is not Graph traffic.
    QCOMPARE(server->requestCount(), 0);
    QCOMPARE(graphGet(*server, access).status, 200);
    QCOMPARE(server->requestCount(), 1);

    // Without offline_access there is no refresh token; without openid no ID token.
    server->setSignedInUser(QStringLiteral("Lucie Moreau"), QStringLiteral("lucie.moreau@contoso.com"));
    const Reply bare = signIn(*server, QStringLiteral("DeviceManagementManagedDevices.Read.All"));
    QCOMPARE(bare.status, 200);
    QCOMPARE(bare.json.value(QStringLiteral("scope")).toString(), readScope);
    QVERIFY(!bare.json.contains(QStringLiteral("refresh_token")));
    QVERIFY(!bare.json.contains(QStringLiteral("id_token")));
    const Reply named = signIn(*server);
    QCOMPARE(jwtPayload(named.json.value(QStringLiteral("id_token")).toString())
                 .value(QStringLiteral("preferred_username"))
                 .toString(),
        QStringLiteral("lucie.moreau@contoso.com"));
}

void TestSimIdentity::codeIsSingleUse()
{
    auto server = startServer();
    QVERIFY(server);
    const Pkce pkce = newPkce();
    const Reply a = authorize(*server, authorizeParams(pkce));
    QCOMPARE(a.status, 302);
    const QString code = a.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QCOMPARE(redeem(*server, code, pkce.verifier).status, 200);
    const Reply again = redeem(*server, code, pkce.verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(again.errorCodes(), QList<int>({54005}));
    QVERIFY(again.description().startsWith(QLatin1String("AADSTS54005: ")));
    QVERIFY(again.description().contains(QLatin1String("\r\nTrace ID: ")));
    QVERIFY(again.description().contains(QLatin1String("\r\nCorrelation ID: ")));
    QVERIFY(again.description().contains(QLatin1String("\r\nTimestamp: ")));
    QCOMPARE(QUuid::fromString(again.json.value(QStringLiteral("trace_id")).toString()).isNull(), false);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"))
                .match(again.json.value(QStringLiteral("timestamp")).toString())
                .hasMatch());

    const Reply unknown = redeem(*server, QStringLiteral("not-a-code"), pkce.verifier);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(server->tokenRequestCount(QStringLiteral("authorization_code")), 3);
}

void TestSimIdentity::wrongVerifier()
{
    auto server = startServer();
    QVERIFY(server);
    const Pkce pkce = newPkce();
    const Reply a = authorize(*server, authorizeParams(pkce));
    QCOMPARE(a.status, 302);
    const QString code = a.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);

    const Reply wrong = redeem(*server, code, newPkce().verifier);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(wrong.errorCodes(), QList<int>({501481}));
    QVERIFY2(wrong.description().startsWith(QLatin1String("AADSTS501481: The Code_Verifier does not match the "
                                                          "code_challenge supplied in the authorization request")),
        qPrintable(wrong.description()));

    const Reply malformed = redeem(*server, code, QStringLiteral("too-short"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.error(), QStringLiteral("invalid_request"));

    const Reply missing = postForm(*server, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), redirectUri}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.error(), QStringLiteral("invalid_request"));
    QCOMPARE(missing.errorCodes(), QList<int>({900144}));

    const Reply otherRedirect = postForm(*server, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost/other")},
            {QStringLiteral("code_verifier"), pkce.verifier}});
    QCOMPARE(otherRedirect.status, 400);
    QCOMPARE(otherRedirect.error(), QStringLiteral("invalid_grant"));

    // Failed attempts do not use the code up.
    QCOMPARE(redeem(*server, code, pkce.verifier).status, 200);
}

void TestSimIdentity::codeExpires()
{
    auto server = startServer();
    QVERIFY(server);
    const Pkce pkce = newPkce();
    const Reply a = authorize(*server, authorizeParams(pkce));
    QCOMPARE(a.status, 302);
    server->clock().advance(10 * 60 * 1000 + 1000);
    const Reply late
        = redeem(*server, a.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), pkce.verifier);
    QCOMPARE(late.status, 400);
    QCOMPARE(late.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(late.errorCodes(), QList<int>({70008}));
}

void TestSimIdentity::badRedirectUri_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("https") << QStringLiteral("https://localhost:8400/cb");
    QTest::newRow("remote host") << QStringLiteral("http://evil.example.com/cb");
    QTest::newRow("userinfo trick") << QStringLiteral("http://localhost@evil.example.com/cb");
    QTest::newRow("suffix trick") << QStringLiteral("http://127.0.0.1.evil.example.com/cb");
    QTest::newRow("custom scheme") << QStringLiteral("ms-appx-web://passdesk");
    QTest::newRow("empty") << QString();
}

void TestSimIdentity::badRedirectUri()
{
    QFETCH(QString, redirect);
    auto server = startServer();
    QVERIFY(server);
    Params params = authorizeParams(newPkce());
    params[2].second = redirect;
    const Reply a = authorize(*server, params);
    QCOMPARE(a.status, 400);
    QVERIFY(!a.headers.contains("location"));
    QVERIFY(a.headers.value("content-type").startsWith("text/html"));
    QVERIFY(a.body.contains("AADSTS50011"));
}

void TestSimIdentity::loopbackRedirectUris_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("localhost") << QStringLiteral("http://localhost");
    QTest::newRow("localhost port") << QStringLiteral("http://localhost:1");
    QTest::newRow("ip port path") << QStringLiteral("http://127.0.0.1:65000/a/b");
}

void TestSimIdentity::loopbackRedirectUris()
{
    QFETCH(QString, redirect);
    auto server = startServer();
    QVERIFY(server);
    Params params = authorizeParams(newPkce());
    params[2].second = redirect;
    const Reply a = authorize(*server, params);
    QCOMPARE(a.status, 302);
    const QUrl expected(redirect);
    QCOMPARE(a.location().host(), expected.host());
    QCOMPARE(a.location().port(), expected.port());
    QVERIFY(a.locationQuery().hasQueryItem(QStringLiteral("code")));
}

void TestSimIdentity::authorizeProtocolErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // null: the parameter is left out
    QTest::newRow("no code_challenge") << QStringLiteral("code_challenge") << QString();
    QTest::newRow("plain") << QStringLiteral("code_challenge_method") << QStringLiteral("plain");
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString();
    QTest::newRow("no response_type") << QStringLiteral("response_type") << QString();
    QTest::newRow("token response_type") << QStringLiteral("response_type") << QStringLiteral("token");
    QTest::newRow("empty client_id") << QStringLiteral("client_id") << QStringLiteral("");
    QTest::newRow("bad prompt") << QStringLiteral("prompt") << QStringLiteral("always");
}

void TestSimIdentity::authorizeProtocolErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    auto server = startServer();
    QVERIFY(server);
    Params params = authorizeParams(newPkce());
    bool found = false;
    for (int i = 0; i < params.size(); ++i) {
        if (params[i].first == name) {
            found = true;
            if (value.isNull())
                params.removeAt(i);
            else
                params[i].second = value;
            break;
        }
    }
    if (!found)
        params.append({name, value});
    const Reply a = authorize(*server, params);
    QCOMPARE(a.status, 302);
    QCOMPARE(a.location().host(), QStringLiteral("localhost"));
    QCOMPARE(a.location().path(), QStringLiteral("/callback"));
    const QUrlQuery q = a.locationQuery();
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(
        q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).startsWith(QLatin1String("AADSTS")));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-1"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));
}

void TestSimIdentity::authorizeDeclines()
{
    auto server = startServer();
    QVERIFY(server);
    server->setAuthorizeDeclines(true);
    const Reply a = authorize(*server, authorizeParams(newPkce()));
    QCOMPARE(a.status, 302);
    const QUrlQuery q = a.locationQuery();
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(q.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("AADSTS65004: User declined to consent")));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-1"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));

    server->setAuthorizeDeclines(false);
    QVERIFY(authorize(*server, authorizeParams(newPkce())).locationQuery().hasQueryItem(QStringLiteral("code")));
}

void TestSimIdentity::tokenRequestErrors()
{
    auto server = startServer();
    QVERIFY(server);
    const QString path = QStringLiteral("/organizations/oauth2/v2.0/token");
    const Reply unsupported = postForm(*server, path,
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("password")}});
    QCOMPARE(unsupported.status, 400);
    QCOMPARE(unsupported.error(), QStringLiteral("unsupported_grant_type"));
    QCOMPARE(server->tokenRequestCount(QStringLiteral("password")), 1);

    const Reply secret = postForm(*server, path,
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("client_secret"), QStringLiteral("x")},
            {QStringLiteral("refresh_token"), QStringLiteral("y")}});
    QCOMPARE(secret.status, 401);
    QCOMPARE(secret.error(), QStringLiteral("invalid_client"));

    const Reply json = send("POST", url(*server, path), QByteArray(), QByteArrayLiteral("{\"grant_type\":\"x\"}"),
        QByteArrayLiteral("application/json"));
    QCOMPARE(json.status, 400);
    QCOMPARE(json.error(), QStringLiteral("invalid_request"));

    const Reply get = send("GET", url(*server, path));
    QCOMPARE(get.status, 400);
    QCOMPARE(get.error(), QStringLiteral("invalid_request"));
}

// ---------------------------------------------------------------- refresh

void TestSimIdentity::refreshKeepsAuthTime()
{
    auto server = startServer();
    QVERIFY(server);
    const Reply first = signIn(*server);
    QCOMPARE(first.status, 200);
    const QByteArray access1 = first.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refresh1 = first.json.value(QStringLiteral("refresh_token")).toString();
    const QDateTime signInTime = server->authTimeOf(access1);
    QVERIFY(signInTime.isValid());

    server->clock().advance(50 * 60 * 1000);
    const Reply second = refresh(*server, refresh1);
    QCOMPARE(second.status, 200);
    const QByteArray access2 = second.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refresh2 = second.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!access2.isEmpty() && access2 != access1);
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QCOMPARE(server->authTimeOf(access2), signInTime);
    QCOMPARE(qint64(jwtPayload(second.json.value(QStringLiteral("id_token")).toString())
                        .value(QStringLiteral("auth_time"))
                        .toDouble()),
        signInTime.toSecsSinceEpoch());
    QCOMPARE(second.json.value(QStringLiteral("scope")).toString(), readScope + QLatin1Char(' ') + privilegedScope);

    // The old refresh token stays valid, and so does the new one.
    QCOMPARE(refresh(*server, refresh1).status, 200);
    const Reply third = refresh(*server, refresh2);
    QCOMPARE(third.status, 200);
    QCOMPARE(server->authTimeOf(third.json.value(QStringLiteral("access_token")).toString().toLatin1()), signInTime);
    QCOMPARE(server->tokenRequestCount(QStringLiteral("refresh_token")), 3);

    // A narrower scope on refresh gives a narrower token.
    const Reply narrow = postForm(*server, QStringLiteral("/organizations/oauth2/v2.0/token"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refresh2},
            {QStringLiteral("scope"), QStringLiteral("DeviceManagementManagedDevices.Read.All offline_access")}});
    QCOMPARE(narrow.status, 200);
    QCOMPARE(narrow.json.value(QStringLiteral("scope")).toString(), readScope);
}

void TestSimIdentity::revokedRefreshToken()
{
    auto server = startServer();
    QVERIFY(server);
    const Reply first = signIn(*server);
    QCOMPARE(first.status, 200);
    const QString refresh1 = first.json.value(QStringLiteral("refresh_token")).toString();
    server->revokeRefreshTokens();
    const Reply revoked = refresh(*server, refresh1);
    QCOMPARE(revoked.status, 400);
    QCOMPARE(revoked.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(revoked.errorCodes(), QList<int>({70043}));
    QVERIFY(revoked.description().startsWith(QLatin1String("AADSTS70043: ")));

    const Reply unknown = refresh(*server, QStringLiteral("never-issued"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(unknown.errorCodes(), QList<int>({700082}));

    // The access token is not revoked, and a new sign-in gets a working refresh token.
    QCOMPARE(graphGet(*server, first.json.value(QStringLiteral("access_token")).toString().toLatin1()).status, 200);
    const Reply again = signIn(*server);
    QCOMPARE(refresh(*server, again.json.value(QStringLiteral("refresh_token")).toString()).status, 200);
}

// ---------------------------------------------------------------- Graph side

void TestSimIdentity::accessTokenOnGraph()
{
    auto server = startServer();
    QVERIFY(server);
    const Reply t = signIn(*server);
    QCOMPARE(t.status, 200);
    const QByteArray access = t.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const Reply list = graphGet(*server, access);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value(QStringLiteral("value")).toArray().size(), 1);
    const Reply reset = graphReset(*server, access);
    QCOMPARE(reset.status, 204);
    QCOMPARE(server->actionExecutedCount(resettableDevice(*server), QStringLiteral("resetPasscode")), 1);

    const Reply wrong = graphGet(*server, access + "x");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.graphError().value(QStringLiteral("message")).toString(),
        QStringLiteral("Access token validation failure."));
}

void TestSimIdentity::expiredAccessToken()
{
    auto server = startServer();
    QVERIFY(server);
    const Reply t = signIn(*server);
    const QByteArray access = t.json.value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(graphGet(*server, access).status, 200);

    server->clock().advance(3601 * 1000);
    const Reply expired = graphGet(*server, access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(
        expired.graphError().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(expired.graphError().value(QStringLiteral("message")).toString(),
        QStringLiteral("Lifetime validation failed, the token is expired."));
    const QByteArray challenge = expired.headers.value("www-authenticate");
    QVERIFY2(challenge.startsWith("Bearer ") && challenge.contains("error=\"invalid_token\"")
            && challenge.contains("error_description=\"The access token has expired\""),
        challenge.constData());
    QVERIFY(server->isIssuedAccessToken(access));
    // Tokens added by hand never expire.
    QCOMPARE(graphGet(*server, staticToken).status, 200);

    // A shorter lifetime, and expiry forced by hand.
    server->setAccessTokenLifetime(60);
    const Reply shortLived = signIn(*server);
    QCOMPARE(shortLived.json.value(QStringLiteral("expires_in")).toInt(), 60);
    const QByteArray access2 = shortLived.json.value(QStringLiteral("access_token")).toString().toLatin1();
    server->clock().advance(59 * 1000);
    QCOMPARE(graphGet(*server, access2).status, 200);
    server->expireAllAccessTokens();
    QCOMPARE(graphGet(*server, access2).status, 401);
    const Reply fresh = signIn(*server);
    QCOMPARE(graphGet(*server, fresh.json.value(QStringLiteral("access_token")).toString().toLatin1()).status, 200);
}

void TestSimIdentity::scopeWithheld()
{
    auto server = startServer();
    QVERIFY(server);
    server->setGrantableScopes({QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All")});
    const Reply t = signIn(*server);
    QCOMPARE(t.status, 200);
    QCOMPARE(t.json.value(QStringLiteral("scope")).toString(), readScope);
    const QByteArray access = t.json.value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(server->scopesOf(access), QStringList({readScope}));
    QCOMPARE(graphGet(*server, access).status, 200);

    const QString device = resettableDevice(*server);
    const Reply reset = graphReset(*server, access);
    QCOMPARE(reset.status, 403);
    QCOMPARE(reset.graphError().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    const QString message = reset.graphError().value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QLatin1String("{\r\n  \"_version\": 3,\r\n")), qPrintable(message));
    const QJsonObject nested = nestedIntuneError(reset);
    QVERIFY2(nested.value(QStringLiteral("Message"))
                 .toString()
                 .startsWith(QLatin1String("Application is not authorized to perform this operation. Application must "
                                           "have one of the following scopes: "
                                           "DeviceManagementManagedDevices.PrivilegedOperations.All - Operation ID")),
        qPrintable(message));
    QCOMPARE(nested.value(QStringLiteral("CustomApiErrorPhrase")).toString(), QString());
    QVERIFY(reset.graphError().value(QStringLiteral("innerError")).toObject().contains(QStringLiteral("request-id")));
    QCOMPARE(server->actionPostCount(device, QStringLiteral("resetPasscode")), 1);
    QCOMPARE(server->actionExecutedCount(device, QStringLiteral("resetPasscode")), 0);

    // Only the privileged scope: reads are allowed too. No scope at all: nothing is.
    server->setGrantableScopes({privilegedScope});
    const QByteArray privileged = signIn(*server).json.value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(graphGet(*server, privileged).status, 200);
    QCOMPARE(graphReset(*server, privileged).status, 204);
    server->setGrantableScopes({});
    const Reply none = signIn(*server);
    QCOMPARE(none.json.value(QStringLiteral("scope")).toString(), QString());
    QCOMPARE(graphGet(*server, none.json.value(QStringLiteral("access_token")).toString().toLatin1()).status, 403);
}

void TestSimIdentity::noIntuneRole()
{
    auto server = startServer();
    QVERIFY(server);
    server->setOperatorHasIntuneRole(false);
    const QByteArray access = signIn(*server).json.value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!access.isEmpty());
    const Reply list = graphGet(*server, access);
    QCOMPARE(list.status, 403);
    QCOMPARE(list.graphError().value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
    const QJsonObject nested = nestedIntuneError(list);
    QCOMPARE(nested.value(QStringLiteral("CustomApiErrorPhrase")).toString(), QStringLiteral("NoPermission"));
    QVERIFY(nested.value(QStringLiteral("Message")).toString().contains(QLatin1String("no Intune role")));
    QCOMPARE(graphReset(*server, access).status, 403);
    QCOMPARE(server->actionExecutedCount(resettableDevice(*server), QStringLiteral("resetPasscode")), 0);
    QCOMPARE(graphGet(*server, staticToken).status, 200);

    server->setOperatorHasIntuneRole(true);
    QCOMPARE(graphGet(*server, access).status, 200);
}

void TestSimIdentity::stepUp()
{
    auto server = startServer();
    QVERIFY(server);
    server->setRequireRecentSignIn(300);
    const QString device = resettableDevice(*server);
    const Reply t = signIn(*server);
    const QByteArray access = t.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QString refreshToken = t.json.value(QStringLiteral("refresh_token")).toString();

    server->clock().advance(301 * 1000);
    const Reply challenged = graphReset(*server, access);
    QCOMPARE(challenged.status, 401);
    QCOMPARE(
        challenged.graphError().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(challenged.graphError().value(QStringLiteral("message")).toString(),
        QStringLiteral("Continuous access evaluation resulted in claims challenge with result: InteractionRequired and "
                       "code: RecentSignInRequired"));
    const QByteArray header = challenged.headers.value("www-authenticate");
    QVERIFY2(
        header.startsWith("Bearer realm=\"\"") && header.contains("error=\"insufficient_claims\""), header.constData());
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("claims=\"([^\"]+)\"")).match(QString::fromLatin1(header));
    QVERIFY(m.hasMatch());
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(m.captured(1).toLatin1())).object();
    const QJsonObject maxAge
        = claims.value(QStringLiteral("access_token")).toObject().value(QStringLiteral("max_age")).toObject();
    QCOMPARE(maxAge.value(QStringLiteral("essential")).toBool(), true);
    QCOMPARE(maxAge.value(QStringLiteral("value")).toString(), QStringLiteral("300"));
    QCOMPARE(server->actionPostCount(device, QStringLiteral("resetPasscode")), 1);
    QCOMPARE(server->actionExecutedCount(device, QStringLiteral("resetPasscode")), 0);

    // Reads are not challenged, refreshing is no sign-in, hand-added tokens pass.
    QCOMPARE(graphGet(*server, access).status, 200);
    const Reply refreshed = refresh(*server, refreshToken);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(
        graphReset(*server, refreshed.json.value(QStringLiteral("access_token")).toString().toLatin1()).status, 401);
    QCOMPARE(server->actionExecutedCount(device, QStringLiteral("resetPasscode")), 0);

    // A fresh interactive sign-in passes.
    const Pkce pkce = newPkce();
    Params params = authorizeParams(pkce);
    params.append({QStringLiteral("max_age"), QStringLiteral("300")});
    params.append({QStringLiteral("prompt"), QStringLiteral("login")});
    const Reply a = authorize(*server, params);
    QCOMPARE(a.status, 302);
    const Reply fresh
        = redeem(*server, a.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), pkce.verifier);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(graphReset(*server, fresh.json.value(QStringLiteral("access_token")).toString().toLatin1()).status, 204);
    QCOMPARE(server->actionExecutedCount(device, QStringLiteral("resetPasscode")), 1);
    QCOMPARE(graphReset(*server, staticToken).status, 204);
    QCOMPARE(server->actionExecutedCount(device, QStringLiteral("resetPasscode")), 2);
}

// ---------------------------------------------------------------- device code

void TestSimIdentity::deviceCodeFlow()
{
    auto server = startServer();
    QVERIFY(server);
    server->setDeviceCodeApprovalDelay(-1);
    const Reply dc = requestDeviceCode(*server);
    QCOMPARE(dc.status, 200);
    const QString userCode = dc.json.value(QStringLiteral("user_code")).toString();
    const QString deviceCode = dc.json.value(QStringLiteral("device_code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{9}$")).match(userCode).hasMatch(), qPrintable(userCode));
    QVERIFY(deviceCode.size() >= 32);
    const QString verificationUri = dc.json.value(QStringLiteral("verification_uri")).toString();
    QCOMPARE(verificationUri, QStringLiteral("http://127.0.0.1:%1/devicelogin").arg(server->port()));
    QCOMPARE(dc.json.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(dc.json.value(QStringLiteral("interval")).toInt(), 5);
    QCOMPARE(dc.json.value(QStringLiteral("message")).toString(),
        QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
            .arg(verificationUri, userCode));

    const Reply pending = pollDeviceCode(*server, deviceCode);
    QCOMPARE(pending.status, 400);
    QCOMPARE(pending.error(), QStringLiteral("authorization_pending"));
    QCOMPARE(pending.errorCodes(), QList<int>({70016}));
    const Reply tooFast = pollDeviceCode(*server, deviceCode);
    QCOMPARE(tooFast.status, 400);
    QCOMPARE(tooFast.error(), QStringLiteral("slow_down"));
    server->clock().advance(6000);
    QCOMPARE(pollDeviceCode(*server, deviceCode).error(), QStringLiteral("authorization_pending"));

    // The user's side: the page, then the code entered.
    const Reply page = send("GET", QUrl(verificationUri));
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("user_code"));
    const Reply wrongCode = postForm(
        *server, QStringLiteral("/devicelogin"), {{QStringLiteral("user_code"), QStringLiteral("AAAAAAAAA")}});
    QCOMPARE(wrongCode.status, 400);
    const QDateTime approval = server->clock().now();
    const Reply approved = postForm(*server, QStringLiteral("/devicelogin"), {{QStringLiteral("user_code"), userCode}});
    QCOMPARE(approved.status, 200);

    server->clock().advance(6000);
    const Reply tokens = pollDeviceCode(*server, deviceCode);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json.value(QStringLiteral("scope")).toString(), readScope + QLatin1Char(' ') + privilegedScope);
    QVERIFY(tokens.json.contains(QStringLiteral("refresh_token")));
    const QByteArray access = tokens.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QDateTime authTime = server->authTimeOf(access);
    QVERIFY(qAbs(authTime.msecsTo(approval)) < 2000);
    QCOMPARE(graphGet(*server, access).status, 200);

    const Reply reused = pollDeviceCode(*server, deviceCode);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), QStringLiteral("invalid_grant"));
    QCOMPARE(server->tokenRequestCount(deviceCodeGrant), 5);
}

void TestSimIdentity::deviceCodeApprovedAfterDelay()
{
    auto server = startServer();
    QVERIFY(server);
    const Reply dc = requestDeviceCode(*server);
    const QString deviceCode = dc.json.value(QStringLiteral("device_code")).toString();
    const QDateTime issued = server->clock().now();
    QCOMPARE(pollDeviceCode(*server, deviceCode).error(), QStringLiteral("authorization_pending"));
    server->clock().advance(5000);
    const Reply tokens = pollDeviceCode(*server, deviceCode);
    QCOMPARE(tokens.status, 200);
    const QDateTime authTime
        = server->authTimeOf(tokens.json.value(QStringLiteral("access_token")).toString().toLatin1());
    // Approved 3 s (the default delay) after the code was issued.
    QVERIFY(qAbs(issued.addMSecs(3000).msecsTo(authTime)) < 1000);
}

void TestSimIdentity::deviceCodeExpires()
{
    auto server = startServer();
    QVERIFY(server);
    server->setDeviceCodeApprovalDelay(-1);
    server->setDeviceCodeLifetime(60);
    server->setDeviceCodeInterval(1);
    const Reply dc = requestDeviceCode(*server);
    QCOMPARE(dc.json.value(QStringLiteral("expires_in")).toInt(), 60);
    QCOMPARE(dc.json.value(QStringLiteral("interval")).toInt(), 1);
    const QString deviceCode = dc.json.value(QStringLiteral("device_code")).toString();
    QCOMPARE(pollDeviceCode(*server, deviceCode).error(), QStringLiteral("authorization_pending"));
    server->clock().advance(61 * 1000);
    const Reply expired = pollDeviceCode(*server, deviceCode);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.error(), QStringLiteral("expired_token"));
    // Too late for the user as well.
    QCOMPARE(postForm(*server, QStringLiteral("/devicelogin"),
                 {{QStringLiteral("user_code"), dc.json.value(QStringLiteral("user_code")).toString()}})
                 .status,
        400);
}

void TestSimIdentity::deviceCodeDeclined()
{
    auto server = startServer();
    QVERIFY(server);
    server->declineNextDeviceCode();
    const Reply declined = requestDeviceCode(*server);
    const Reply next = requestDeviceCode(*server);
    server->clock().advance(10 * 1000);
    const Reply answer = pollDeviceCode(*server, declined.json.value(QStringLiteral("device_code")).toString());
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error(), QStringLiteral("authorization_declined"));
    // Only the next code was declined.
    QCOMPARE(pollDeviceCode(*server, next.json.value(QStringLiteral("device_code")).toString()).status, 200);
}

QTEST_GUILESS_MAIN(TestSimIdentity)
#include "tst_simidentity.moc"
