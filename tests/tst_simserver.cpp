// End-to-end tests of the tenant simulator: a real loopback server driven by
// QNetworkAccessManager, so the HTTP framing is exercised as a client sees it.
#include "devicejson.h"
#include "httpprobe.h"
#include "simserver.h"
#include "tenantgenerator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QTimeZone>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

using namespace Passdesk::Sim;

namespace {

const QByteArray token = QByteArrayLiteral("test-token-1");
const qint64 delayMs = 4000;
const qint64 dayMs = 24LL * 3600 * 1000;

struct Reply : HttpReply
{
    QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
    QJsonArray value() const { return json.value(QStringLiteral("value")).toArray(); }
};

bool luhnValid(const QString &digits)
{
    int sum = 0;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        int d = digits.at(n - 1 - i).digitValue();
        if (d < 0)
            return false;
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QDateTime local
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return QDateTime();
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void unauthorized_data();
    void unauthorized();
    void headers();
    void dateHeaderFollowsClock();
    void versions_data();
    void versions();
    void paging();
    void pagingKeepsOptions();
    void largeTenantPaging();
    void selectLimitsProperties();
    void badSelect();
    void filter_data();
    void filter();
    void filterQuotedValue();
    void badQuery_data();
    void badQuery();
    void notFound_data();
    void notFound();
    void wrongMethod();

    void generatorDeterminism();
    void generatorKinds_data();
    void generatorKinds();
    void generatorUsers();
    void generatorSpeed();

    void actionLifecycle_data();
    void actionLifecycle();
    void unsupportedAction_data();
    void unsupportedAction();
    void windows10MobileNotJoined();
    void successiveResetsDiffer();
    void passcodeExpires();
    void macSecondLockFails();
    void syncHurriesPendingActions();
    void throttling_data();
    void throttling();
    void throttledPostNotExecuted();

private:
    std::unique_ptr<SimServer> startServer(int count, quint64 seed = 42);
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    Reply get(SimServer &server, const QString &path, const QList<QPair<QString, QString>> &query = {});
    Reply post(SimServer &server, const QString &deviceId, const QString &action);
    QJsonObject actionEntry(SimServer &server, const QString &deviceId, const QString &action);
    static const SimDevice &deviceOfKind(const SimServer &server, DeviceKind kind);

    QNetworkAccessManager m_nam;
};

void TestSimServer::initTestCase()
{
    // Loopback only: never go through a proxy from the environment.
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

std::unique_ptr<SimServer> TestSimServer::startServer(int count, quint64 seed)
{
    auto server = std::make_unique<SimServer>();
    server->generate(seed, count);
    server->addAcceptedToken(token);
    server->setCheckInDelay(delayMs);
    if (server->listen() == 0)
        return nullptr;
    return server;
}

Reply TestSimServer::send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    for (const auto &h : extraHeaders)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam.post(request, QByteArray());
    } else if (verb == "GET") {
        reply = m_nam.get(request);
    } else {
        reply = m_nam.sendCustomRequest(request, verb);
    }

    Reply r;
    static_cast<HttpReply &>(r) = waitForReply(reply);
    return r;
}

Reply TestSimServer::get(SimServer &server, const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl url = server.baseUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query) {
            QString value = item.second;
            // QUrlQuery leaves these as-is; encode them as a real client would.
            value.replace(QLatin1Char('%'), QLatin1String("%25"))
                .replace(QLatin1Char('&'), QLatin1String("%26"))
                .replace(QLatin1Char('+'), QLatin1String("%2B"));
            q.addQueryItem(item.first, value);
        }
        url.setQuery(q);
    }
    return send("GET", url, "Bearer " + token);
}

Reply TestSimServer::post(SimServer &server, const QString &deviceId, const QString &action)
{
    QUrl url = server.baseUrl();
    url.setPath(
        url.path() + QStringLiteral("/deviceManagement/managedDevices/") + deviceId + QLatin1Char('/') + action);
    return send("POST", url, "Bearer " + token);
}

QJsonObject TestSimServer::actionEntry(SimServer &server, const QString &deviceId, const QString &action)
{
    const Reply r = get(server, QStringLiteral("/deviceManagement/managedDevices/") + deviceId,
        {{QStringLiteral("$select"), QStringLiteral("deviceActionResults")}});
    const QJsonArray results = r.json.value(QStringLiteral("deviceActionResults")).toArray();
    QJsonObject found;
    int matches = 0;
    for (const QJsonValue &v : results) {
        if (v.toObject().value(QStringLiteral("actionName")).toString() == action) {
            found = v.toObject();
            ++matches;
        }
    }
    return matches == 1 ? found : QJsonObject();
}

const SimDevice &TestSimServer::deviceOfKind(const SimServer &server, DeviceKind kind)
{
    for (const SimDevice &d : server.devices()) {
        if (d.kind == kind)
            return d;
    }
    qFatal("no device of the requested kind");
}

// ---------------------------------------------------------------- protocol

void TestSimServer::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << QByteArray() << QStringLiteral("Access token is empty.");
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ") << QStringLiteral("Access token is empty.");
    QTest::newRow("wrong token") << QByteArrayLiteral("Bearer nope")
                                 << QStringLiteral("Access token validation failure.");
    QTest::newRow("token case differs") << QByteArray("Bearer " + token.toUpper())
                                        << QStringLiteral("Access token validation failure.");
}

void TestSimServer::unauthorized()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, message);
    auto server = startServer(5);
    QVERIFY(server);
    QUrl url = server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/deviceManagement/managedDevices"));
    const Reply r = send("GET", url, authorization);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(r.error().value(QStringLiteral("message")).toString(), message);
    QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));

    // The right token is accepted, case-insensitive scheme.
    const Reply ok = send("GET", url, "bearer " + token);
    QCOMPARE(ok.status, 200);
}

void TestSimServer::headers()
{
    auto server = startServer(5);
    QVERIFY(server);
    QUrl url = server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/deviceManagement/managedDevices"));
    const Reply echoed
        = send("GET", url, "Bearer " + token, {{"client-request-id", "6f1c2b7e-1111-4c1d-9f00-0123456789ab"}});
    QCOMPARE(echoed.status, 200);
    QCOMPARE(echoed.headers.value("client-request-id"), QByteArrayLiteral("6f1c2b7e-1111-4c1d-9f00-0123456789ab"));
    QCOMPARE(echoed.headers.value("request-id").size(), 36);
    QCOMPARE(echoed.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const Reply generated = send("GET", url, "Bearer " + token);
    QCOMPARE(generated.headers.value("client-request-id").size(), 36);
    QVERIFY(generated.headers.value("request-id") != echoed.headers.value("request-id"));
    QCOMPARE(server->requestCount(), 2);
    QCOMPARE(server->lastRequestUrl().path(), QStringLiteral("/beta/deviceManagement/managedDevices"));
}

void TestSimServer::dateHeaderFollowsClock()
{
    auto server = startServer(5);
    QVERIFY(server);
    const Reply before = get(*server, QStringLiteral("/deviceManagement/managedDevices"));
    const QDateTime first = parseHttpDate(before.headers.value("date"));
    QVERIFY2(first.isValid(), before.headers.value("date").constData());
    QVERIFY(qAbs(first.secsTo(QDateTime::currentDateTimeUtc())) <= 5);

    server->clock().advance(3 * dayMs);
    const Reply after = get(*server, QStringLiteral("/deviceManagement/managedDevices"));
    const QDateTime second = parseHttpDate(after.headers.value("date"));
    QVERIFY(second.isValid());
    QVERIFY(qAbs(second.secsTo(QDateTime::currentDateTimeUtc().addDays(3))) <= 5);
    QCOMPARE(server->clock().offset(), 3 * dayMs);
    QVERIFY(qAbs(server->clock().now().secsTo(second)) <= 5);
}

void TestSimServer::versions_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("beta") << QStringLiteral("beta");
    QTest::newRow("v1.0") << QStringLiteral("v1.0");
}

void TestSimServer::versions()
{
    QFETCH(QString, version);
    auto server = startServer(30);
    QVERIFY(server);
    QUrl url = server->baseUrl(version);
    QCOMPARE(url.toString(), QStringLiteral("http://127.0.0.1:%1/%2").arg(server->port()).arg(version));
    url.setPath(url.path() + QStringLiteral("/deviceManagement/managedDevices"));
    url.setQuery(QStringLiteral("$top=10"));
    const Reply r = send("GET", url, "Bearer " + token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().size(), 10);
    QVERIFY(r.json.value(QStringLiteral("@odata.context"))
                .toString()
                .contains(QLatin1Char('/') + version + QStringLiteral("/$metadata#")));
    QVERIFY(r.json.value(QStringLiteral("@odata.nextLink"))
                .toString()
                .startsWith(server->baseUrl(version).toString() + QLatin1Char('/')));
}

void TestSimServer::paging()
{
    auto server = startServer(2500);
    QVERIFY(server);
    QCOMPARE(server->pageSize(), 1000);

    QSet<QString> ids;
    QList<int> pageSizes;
    QUrl url = server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/deviceManagement/managedDevices"));
    for (int page = 0; page < 10 && url.isValid(); ++page) {
        const Reply r = send("GET", url, "Bearer " + token);
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.value();
        pageSizes.append(int(value.size()));
        for (const QJsonValue &v : value) {
            const QJsonObject o = v.toObject();
            ids.insert(o.value(QStringLiteral("id")).toString());
            QVERIFY(!o.contains(QStringLiteral("deviceActionResults")));
        }
        const QString next = r.json.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        QVERIFY2(next.startsWith(server->baseUrl().toString() + QStringLiteral("/deviceManagement/managedDevices?")),
            qPrintable(next));
        QVERIFY(next.contains(QStringLiteral("$skiptoken=")));
        url = QUrl(next, QUrl::StrictMode);
    }
    QCOMPARE(pageSizes, (QList<int>{1000, 1000, 500}));
    QCOMPARE(ids.size(), 2500);
    QVERIFY(!ids.contains(QString()));
}

void TestSimServer::pagingKeepsOptions()
{
    auto server = startServer(400);
    QVERIFY(server);
    int expected = 0;
    for (const SimDevice &d : server->devices())
        expected += d.operatingSystem == QLatin1String("iOS") ? 1 : 0;
    QVERIFY(expected > 60);

    Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$filter"), QStringLiteral("operatingSystem eq 'iOS'")},
            {QStringLiteral("$select"), QStringLiteral("deviceName,operatingSystem")},
            {QStringLiteral("$top"), QStringLiteral("25")}});
    int total = 0;
    int pages = 0;
    QSet<QString> ids;
    for (;;) {
        QCOMPARE(r.status, 200);
        ++pages;
        const QJsonArray value = r.value();
        QVERIFY(value.size() <= 25);
        for (const QJsonValue &v : value) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(),
                (QStringList{QStringLiteral("deviceName"), QStringLiteral("id"), QStringLiteral("operatingSystem")}));
            QCOMPARE(o.value(QStringLiteral("operatingSystem")).toString(), QStringLiteral("iOS"));
            ids.insert(o.value(QStringLiteral("id")).toString());
        }
        total += int(value.size());
        const QString next = r.json.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        QVERIFY(value.size() == 25);
        r = send("GET", QUrl(next), "Bearer " + token);
    }
    QCOMPARE(total, expected);
    QCOMPARE(ids.size(), expected);
    QCOMPARE(pages, (expected + 24) / 25);
}

void TestSimServer::largeTenantPaging()
{
    // 100 pages of 1000 from a 100,000-device tenant: the skiptoken resumes
    // at an offset, so the walk stays linear.
    auto server = startServer(100000, 3);
    QVERIFY(server);
    QElapsedTimer timer;
    timer.start();
    QSet<QString> ids;
    ids.reserve(100000);
    int pages = 0;
    Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$select"), QStringLiteral("deviceName")}});
    for (;;) {
        QCOMPARE(r.status, 200);
        ++pages;
        for (const QJsonValue &v : r.value())
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        const QString next = r.json.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty() || pages > 200)
            break;
        r = send("GET", QUrl(next), "Bearer " + token);
    }
    qInfo("100 pages served in %lld ms", timer.elapsed());
    QCOMPARE(pages, 100);
    QCOMPARE(ids.size(), 100000);
}

void TestSimServer::selectLimitsProperties()
{
    auto server = startServer(30);
    QVERIFY(server);
    const Reply list = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$select"), QStringLiteral("deviceName, operatingSystem")}});
    QCOMPARE(list.status, 200);
    QCOMPARE(list.value().size(), 30);
    for (const QJsonValue &v : list.value())
        QCOMPARE(v.toObject().keys(),
            (QStringList{QStringLiteral("deviceName"), QStringLiteral("id"), QStringLiteral("operatingSystem")}));
    QVERIFY(list.json.value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QStringLiteral("managedDevices(deviceName,operatingSystem)")));

    // Case-insensitive names come back in canonical spelling.
    const Reply ci = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$select"), QStringLiteral("SERIALNUMBER")}});
    QCOMPARE(ci.status, 200);
    QCOMPARE(ci.value().at(0).toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("serialNumber")}));

    // Without $select the list omits deviceActionResults; the entity has it.
    const Reply all = get(*server, QStringLiteral("/deviceManagement/managedDevices"));
    const QJsonObject first = all.value().at(0).toObject();
    QVERIFY(first.size() >= 29);
    QVERIFY(!first.contains(QStringLiteral("deviceActionResults")));
    const QString id = first.value(QStringLiteral("id")).toString();
    const Reply entity = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + id);
    QCOMPARE(entity.status, 200);
    QVERIFY(entity.json.value(QStringLiteral("deviceActionResults")).isArray());
    QCOMPARE(entity.json.value(QStringLiteral("deviceName")), first.value(QStringLiteral("deviceName")));
    QVERIFY(entity.json.value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("/$entity")));

    const Reply only = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + id,
        {{QStringLiteral("$select"), QStringLiteral("deviceActionResults")}});
    QCOMPARE(only.status, 200);
    QVERIFY(only.json.contains(QStringLiteral("deviceActionResults")));
    QVERIFY(only.json.contains(QStringLiteral("id")));
    QVERIFY(!only.json.contains(QStringLiteral("deviceName")));

    // OData key syntax reaches the same entity.
    const Reply keyed = get(*server, QStringLiteral("/deviceManagement/managedDevices('%1')").arg(id));
    QCOMPARE(keyed.status, 200);
    QCOMPARE(keyed.json.value(QStringLiteral("id")).toString(), id);
}

void TestSimServer::badSelect()
{
    auto server = startServer(5);
    QVERIFY(server);
    const Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$select"), QStringLiteral("deviceName,bogusProp")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(r.error().value(QStringLiteral("message")).toString(),
        QStringLiteral("Could not find a property named 'bogusProp' on type 'microsoft.graph.managedDevice'."));
    QVERIFY(r.error().value(QStringLiteral("innerError")).toObject().contains(QStringLiteral("request-id")));

    const Reply entity
        = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + server->devices().front().id,
            {{QStringLiteral("$select"), QStringLiteral("nope")}});
    QCOMPARE(entity.status, 400);
}

void TestSimServer::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("prefix");
    QTest::newRow("eq enum") << QStringLiteral("operatingSystem eq 'macOS'") << QStringLiteral("operatingSystem")
                             << QStringLiteral("macOS") << false;
    QTest::newRow("eq case-insensitive") << QStringLiteral("operatingSystem eq 'MACOS'")
                                         << QStringLiteral("operatingSystem") << QStringLiteral("macOS") << false;
    QTest::newRow("eq agent") << QStringLiteral("managementAgent eq 'eas'") << QStringLiteral("managementAgent")
                              << QStringLiteral("eas") << false;
    QTest::newRow("startswith") << QStringLiteral("startswith(deviceName,'DESKTOP-')") << QStringLiteral("deviceName")
                                << QStringLiteral("DESKTOP-") << true;
    QTest::newRow("startswith spaced") << QStringLiteral("startswith( osVersion , '10.0.226' )")
                                       << QStringLiteral("osVersion") << QStringLiteral("10.0.226") << true;
}

void TestSimServer::filter()
{
    QFETCH(QString, filter);
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(bool, prefix);
    auto server = startServer(600);
    QVERIFY(server);
    QSet<QString> expected;
    for (const SimDevice &d : server->devices()) {
        const QString v = DeviceJson::stringValue(d, property);
        if (prefix ? v.startsWith(value, Qt::CaseInsensitive) : v.compare(value, Qt::CaseInsensitive) == 0)
            expected.insert(d.id);
    }
    QVERIFY2(expected.size() >= 2, "the tenant should hold several matches");
    QVERIFY(expected.size() < 600);

    const Reply r
        = get(*server, QStringLiteral("/deviceManagement/managedDevices"), {{QStringLiteral("$filter"), filter}});
    QCOMPARE(r.status, 200);
    QSet<QString> got;
    for (const QJsonValue &v : r.value())
        got.insert(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(got, expected);

    // Combined with "and".
    const Reply both = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$filter"), filter + QStringLiteral(" and complianceState eq 'compliant'")}});
    QCOMPARE(both.status, 200);
    int compliant = 0;
    for (const SimDevice &d : server->devices())
        compliant += expected.contains(d.id) && d.complianceState == QLatin1String("compliant") ? 1 : 0;
    QCOMPARE(int(both.value().size()), compliant);
}

void TestSimServer::filterQuotedValue()
{
    auto server = startServer(200);
    QVERIFY(server);
    const SimDevice &iphone = server->devices().front();
    QVERIFY(iphone.deviceName.contains(QLatin1Char(' ')));
    std::vector<SimDevice> devices = server->devices();
    devices[0].deviceName = QStringLiteral("Lucie's iPhone & co+1");
    server->setDevices(devices);
    const Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"),
        {{QStringLiteral("$filter"), QStringLiteral("deviceName eq 'Lucie''s iPhone & co+1'")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().size(), 1);
    QCOMPARE(r.value().at(0).toObject().value(QStringLiteral("id")).toString(), devices[0].id);
}

void TestSimServer::badQuery_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: any message
    const QString invalid = QStringLiteral("Invalid filter clause");
    QTest::newRow("ne") << QStringLiteral("$filter") << QStringLiteral("operatingSystem ne 'iOS'") << invalid;
    QTest::newRow("or") << QStringLiteral("$filter")
                        << QStringLiteral("operatingSystem eq 'iOS' or operatingSystem eq 'macOS'") << invalid;
    QTest::newRow("contains") << QStringLiteral("$filter") << QStringLiteral("contains(deviceName,'a')") << invalid;
    QTest::newRow("bool property") << QStringLiteral("$filter") << QStringLiteral("isEncrypted eq true") << invalid;
    QTest::newRow("bool quoted") << QStringLiteral("$filter") << QStringLiteral("isEncrypted eq 'true'") << invalid;
    QTest::newRow("date property") << QStringLiteral("$filter")
                                   << QStringLiteral("lastSyncDateTime eq '2024-01-01T00:00:00Z'") << invalid;
    QTest::newRow("parentheses") << QStringLiteral("$filter") << QStringLiteral("(deviceName eq 'a')") << invalid;
    QTest::newRow("unterminated") << QStringLiteral("$filter") << QStringLiteral("deviceName eq 'a") << invalid;
    QTest::newRow("trailing and") << QStringLiteral("$filter") << QStringLiteral("deviceName eq 'a' and") << invalid;
    QTest::newRow("unknown property")
        << QStringLiteral("$filter") << QStringLiteral("bogus eq 'x'")
        << QStringLiteral("Could not find a property named 'bogus' on type 'microsoft.graph.managedDevice'.");
    QTest::newRow("$orderby") << QStringLiteral("$orderby") << QStringLiteral("deviceName") << QString();
    QTest::newRow("$expand") << QStringLiteral("$expand") << QStringLiteral("users") << QString();
    QTest::newRow("$count") << QStringLiteral("$count") << QStringLiteral("true") << QString();
    QTest::newRow("$search") << QStringLiteral("$search") << QStringLiteral("\"iPhone\"") << QString();
    QTest::newRow("$skip") << QStringLiteral("$skip") << QStringLiteral("5") << QString();
    QTest::newRow("$top zero") << QStringLiteral("$top") << QStringLiteral("0") << QString();
    QTest::newRow("$top text") << QStringLiteral("$top") << QStringLiteral("ten") << QString();
    QTest::newRow("bad skiptoken") << QStringLiteral("$skiptoken") << QStringLiteral("!!notatoken") << QString();
}

void TestSimServer::badQuery()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    auto server = startServer(20);
    QVERIFY(server);
    const Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"), {{option, value}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    if (!message.isEmpty())
        QCOMPARE(r.error().value(QStringLiteral("message")).toString(), message);
    QVERIFY(!r.error().value(QStringLiteral("message")).toString().isEmpty());
}

void TestSimServer::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("segment"); // empty: nested Intune envelope for a device
    QTest::newRow("unknown device") << QStringLiteral(
        "/beta/deviceManagement/managedDevices/00000000-1111-2222-3333-444444444444")
                                    << QString();
    QTest::newRow("unknown top segment") << QStringLiteral("/beta/users") << QStringLiteral("users");
    QTest::newRow("unknown collection") << QStringLiteral("/beta/deviceManagement/windowsAutopilotDeviceIdentities")
                                        << QStringLiteral("windowsAutopilotDeviceIdentities");
    QTest::newRow("unknown version") << QStringLiteral("/v2.0/deviceManagement/managedDevices")
                                     << QStringLiteral("v2.0");
    QTest::newRow("unknown action") << QStringLiteral("/beta/deviceManagement/managedDevices/%1/rebootNow")
                                    << QStringLiteral("rebootNow");
}

void TestSimServer::notFound()
{
    QFETCH(QString, path);
    QFETCH(QString, segment);
    auto server = startServer(5);
    QVERIFY(server);
    QUrl url = server->baseUrl();
    url.setPath(path.contains(QLatin1String("%1")) ? path.arg(server->devices().front().id) : path);
    const Reply r = send("GET", url, "Bearer " + token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("ResourceNotFound"));
    const QString message = r.error().value(QStringLiteral("message")).toString();
    if (segment.isEmpty()) {
        const QJsonObject nested = QJsonDocument::fromJson(message.toUtf8()).object();
        QCOMPARE(nested.value(QStringLiteral("_version")).toInt(), 3);
        QVERIFY(nested.value(QStringLiteral("Message"))
                    .toString()
                    .contains(QStringLiteral("00000000-1111-2222-3333-444444444444")));
    } else {
        QCOMPARE(message, QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
    }
}

void TestSimServer::wrongMethod()
{
    auto server = startServer(5);
    QVERIFY(server);
    const QString id = server->devices().front().id;
    QUrl action = server->baseUrl();
    action.setPath(
        action.path() + QStringLiteral("/deviceManagement/managedDevices/") + id + QStringLiteral("/resetPasscode"));
    const Reply getAction = send("GET", action, "Bearer " + token);
    QCOMPARE(getAction.status, 405);
    QCOMPARE(getAction.error().value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    QCOMPARE(getAction.headers.value("allow"), QByteArrayLiteral("POST"));

    QUrl collection = server->baseUrl();
    collection.setPath(collection.path() + QStringLiteral("/deviceManagement/managedDevices"));
    QCOMPARE(send("POST", collection, "Bearer " + token).status, 405);
    QUrl entity = server->baseUrl();
    entity.setPath(entity.path() + QStringLiteral("/deviceManagement/managedDevices/") + id);
    QCOMPARE(send("DELETE", entity, "Bearer " + token).status, 405);
    QCOMPARE(send("PATCH", entity, "Bearer " + token).status, 405);
    QCOMPARE(server->actionPostCount(id, QStringLiteral("resetPasscode")), 0);
}

// ---------------------------------------------------------------- generator

void TestSimServer::generatorDeterminism()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 30, 15), QTimeZone::utc());
    auto serialize = [&now](const std::vector<SimDevice> &devices) {
        QJsonArray array;
        for (const SimDevice &d : devices)
            array.append(DeviceJson::toJson(d, now, {}, true));
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    };
    const QByteArray a = serialize(TenantGenerator::generate(20261123, 300, now));
    const QByteArray b = serialize(TenantGenerator::generate(20261123, 300, now));
    const QByteArray c = serialize(TenantGenerator::generate(20261124, 300, now));
    QVERIFY(a.size() > 100000);
    QCOMPARE(a, b);
    QVERIFY(a != c);

    // Pinned values: the algorithm is fixed, so these must never drift
    // between platforms or standard libraries.
    const std::vector<SimDevice> devices = TenantGenerator::generate(20261123, 3, now);
    const std::vector<SimDevice> again = TenantGenerator::generate(20261123, 25, now);
    for (std::size_t i = 0; i < devices.size(); ++i)
        QCOMPARE(devices[i].id, again[i].id);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(devices[0].id)
                .hasMatch());

    // Datetimes are relative to "now", in the past, whole seconds.
    for (const SimDevice &d : again) {
        QVERIFY(d.lastSyncDateTime <= now);
        QVERIFY(d.lastSyncDateTime > now.addDays(-7));
        QVERIFY(d.enrolledDateTime < now.addDays(-30));
        QVERIFY(DeviceJson::isoDate(d.lastSyncDateTime).endsWith(QLatin1Char('Z')));
        QCOMPARE(d.lastSyncDateTime.time().msec(), 0);
    }
}

void TestSimServer::generatorKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("deviceType");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("enrollment"); // empty: not checked
    QTest::addColumn<QString>("osPattern");
    QTest::addColumn<int>("imei"); // 1 present, 0 empty, -1 either

    auto row = [](DeviceKind k, const char *os, const char *type, const char *agent, const char *enrollment,
                   const char *osPattern, int imei) {
        QTest::newRow(qPrintable(deviceKindName(k)))
            << int(k) << QString::fromLatin1(os) << QString::fromLatin1(type) << QString::fromLatin1(agent)
            << QString::fromLatin1(enrollment) << QString::fromLatin1(osPattern) << imei;
    };
    row(DeviceKind::IPhone, "iOS", "iPhone", "mdm", "", "^1[78]\\.", 1);
    row(DeviceKind::IPad, "iPadOS", "iPad", "mdm", "appleBulkWithUser", "^1[78]\\.", 0);
    row(DeviceKind::AndroidAdminLegacy, "Android", "android", "mdm", "userEnrollment", "^6\\.0\\.1$", 1);
    row(DeviceKind::AndroidAdmin, "Android", "android", "mdm", "userEnrollment", "^10$", 1);
    row(DeviceKind::AndroidWorkProfile, "Android", "androidForWork", "mdm", "userEnrollment", "^1[345]$", 1);
    row(DeviceKind::AndroidWorkProfileNoToken, "Android", "androidForWork", "mdm", "userEnrollment", "^1[345]$", 1);
    row(DeviceKind::AndroidCorporateWorkProfile, "Android", "androidEnterprise", "mdm",
        "androidEnterpriseCorporateWorkProfile", "^1[345]$", 1);
    row(DeviceKind::AndroidFullyManaged, "Android", "androidEnterprise", "mdm", "androidEnterpriseFullyManaged",
        "^1[345]$", 1);
    row(DeviceKind::AndroidDedicated, "Android", "androidEnterprise", "mdm", "androidEnterpriseDedicatedDevice",
        "^1[345]$", -1);
    row(DeviceKind::Aosp, "Android", "androidnGMS", "intuneAosp", "androidAOSPUserOwnedDeviceEnrollment", "^1[02]$", 0);
    row(DeviceKind::Windows10Mobile, "Windows", "windowsPhone", "mdm", "windowsAzureADJoin",
        "^10\\.0\\.(15063|15254)\\.\\d+$", 1);
    row(DeviceKind::Windows10MobileNoPinRecovery, "Windows", "windowsPhone", "mdm", "windowsAzureADJoin",
        "^10\\.0\\.(15063|15254)\\.\\d+$", 1);
    row(DeviceKind::Windows10MobileLegacy, "Windows", "windowsPhone", "mdm", "windowsAzureADJoin",
        "^10\\.0\\.14393\\.\\d+$", 1);
    row(DeviceKind::WindowsPhone81, "WindowsPhone", "windowsPhone", "mdm", "userEnrollment", "^8\\.10\\.\\d+\\.\\d+$",
        1);
    row(DeviceKind::WindowsPhone80, "WindowsPhone", "windowsPhone", "mdm", "userEnrollment", "^8\\.0\\.\\d+\\.\\d+$",
        1);
    row(DeviceKind::WindowsRt, "Windows", "windowsRT", "mdm", "userEnrollment", "^6\\.3\\.9600\\.\\d+$", 0);
    row(DeviceKind::WindowsRtOtherUser, "Windows", "windowsRT", "mdm", "userEnrollment", "^6\\.3\\.9600\\.\\d+$", 0);
    row(DeviceKind::Windows81Pc, "Windows", "desktop", "mdm", "userEnrollment", "^6\\.3\\.9600\\.\\d+$", 0);
    row(DeviceKind::WindowsPc, "Windows", "desktop", "", "", "^10\\.0\\.(19045|22631|26100)\\.\\d+$", 0);
    row(DeviceKind::IntuneClientPc, "Windows", "desktop", "intuneClient", "unknown", "^10\\.0\\.\\d+\\.\\d+$", 0);
    row(DeviceKind::MacOs, "macOS", "macMDM", "mdm", "", "^1[45]\\.", 0);
    row(DeviceKind::EasOnly, "iOS", "iPhone", "eas", "unknown", "", 0);
}

void TestSimServer::generatorKinds()
{
    QFETCH(int, kind);
    QFETCH(QString, os);
    QFETCH(QString, deviceType);
    QFETCH(QString, agent);
    QFETCH(QString, enrollment);
    QFETCH(QString, osPattern);
    QFETCH(int, imei);

    // A tenant of exactly deviceKindCount devices holds every kind, in order.
    auto server = startServer(deviceKindCount, 20261123);
    QVERIFY(server);
    QCOMPARE(int(server->devices().size()), 22);
    const SimDevice &device = server->devices()[std::size_t(kind)];
    QCOMPARE(int(device.kind), kind);

    const Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + device.id);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json;
    auto str = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    QCOMPARE(str("operatingSystem"), os);
    QCOMPARE(str("deviceType"), deviceType);
    if (!agent.isEmpty())
        QCOMPARE(str("managementAgent"), agent);
    if (!enrollment.isEmpty())
        QCOMPARE(str("deviceEnrollmentType"), enrollment);
    if (!osPattern.isEmpty())
        QVERIFY2(QRegularExpression(osPattern).match(str("osVersion")).hasMatch(), qPrintable(str("osVersion")));
    QCOMPARE(str("managementState"), QStringLiteral("managed"));
    QVERIFY(!str("deviceName").isEmpty());
    QVERIFY(!str("model").isEmpty());
    QVERIFY(!str("manufacturer").isEmpty());
    QVERIFY(o.value(QStringLiteral("isEncrypted")).isBool());
    QVERIFY(o.value(QStringLiteral("usersLoggedOn")).isArray());
    QVERIFY(!o.contains(QStringLiteral("resetTokenActivated")));
    QVERIFY(!o.contains(QStringLiteral("pinRecoveryEnabled")));
    QVERIFY(!o.contains(QStringLiteral("currentUserIsEnroller")));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(str("lastSyncDateTime"))
                .hasMatch());

    const QString imeiValue = str("imei");
    if (imei == 1 || (imei == -1 && !imeiValue.isEmpty())) {
        QCOMPARE(imeiValue.size(), 15);
        QVERIFY2(luhnValid(imeiValue), qPrintable(imeiValue));
    } else if (imei == 0) {
        QCOMPARE(imeiValue, QString());
    }

    const DeviceKind k = DeviceKind(kind);
    if (k == DeviceKind::AndroidDedicated) {
        QCOMPARE(str("userPrincipalName"), QString());
        QCOMPARE(str("userId"), QString());
    } else {
        QVERIFY(str("userPrincipalName").endsWith(QStringLiteral("@contoso.com")));
        QCOMPARE(str("emailAddress"), str("userPrincipalName"));
        QCOMPARE(str("userId").size(), 36);
    }
    if (k == DeviceKind::WindowsRt || k == DeviceKind::WindowsRtOtherUser || k == DeviceKind::Windows81Pc) {
        // The latest sign-in is the current user.
        const QJsonArray logons = o.value(QStringLiteral("usersLoggedOn")).toArray();
        QVERIFY(logons.size() >= 1);
        QJsonObject latest;
        for (const QJsonValue &v : logons) {
            const QJsonObject l = v.toObject();
            if (latest.isEmpty()
                || l.value(QStringLiteral("lastLogOnDateTime")).toString()
                    > latest.value(QStringLiteral("lastLogOnDateTime")).toString())
                latest = l;
        }
        const bool enrollerSignedIn = latest.value(QStringLiteral("userId")).toString() == str("userId");
        QCOMPARE(enrollerSignedIn, k != DeviceKind::WindowsRtOtherUser);
    }
    if (k == DeviceKind::Windows10Mobile || k == DeviceKind::Windows10MobileNoPinRecovery)
        QCOMPARE(str("joinType"), QStringLiteral("azureADJoined"));
    QCOMPARE(device.resetTokenActivated, k != DeviceKind::AndroidWorkProfileNoToken);
    QCOMPARE(device.pinRecoveryEnabled,
        k != DeviceKind::Windows10MobileNoPinRecovery && k != DeviceKind::Windows10MobileLegacy);
}

void TestSimServer::generatorUsers()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    const std::vector<SimDevice> devices = TenantGenerator::generate(7, 3000, now);
    const QRegularExpression upn(QStringLiteral("^[a-z]+(-[a-z]+)?\\.[a-z]+(-[a-z]+)?[0-9]*@contoso\\.com$"));
    QHash<QString, int> devicesPerUser;
    QHash<QString, QString> upnOfUser;
    QHash<int, int> kinds;
    bool accented = false;
    bool french = false, italian = false, english = false;
    for (const SimDevice &d : devices) {
        ++kinds[int(d.kind)];
        if (d.userId.isEmpty())
            continue;
        QVERIFY2(upn.match(d.userPrincipalName).hasMatch(), qPrintable(d.userPrincipalName));
        ++devicesPerUser[d.userId];
        if (upnOfUser.contains(d.userId))
            QCOMPARE(upnOfUser.value(d.userId), d.userPrincipalName);
        upnOfUser.insert(d.userId, d.userPrincipalName);
        accented = accented || d.userDisplayName != TenantGenerator::asciiFold(d.userDisplayName);
        french
            = french || d.deviceName.contains(QStringLiteral(" de ")) || d.deviceName.contains(QStringLiteral(" d'"));
        italian = italian || d.deviceName.contains(QStringLiteral(" di "));
        english = english || d.deviceName.contains(QStringLiteral("'s "));
    }
    QVERIFY(accented);
    QVERIFY(french && italian && english);
    int shared = 0;
    for (int n : std::as_const(devicesPerUser)) {
        QVERIFY(n >= 1 && n <= 3);
        shared += n > 1 ? 1 : 0;
    }
    QVERIFY(shared > 100);
    // UPNs are unique per user.
    QCOMPARE(QSet<QString>(upnOfUser.cbegin(), upnOfUser.cend()).size(), upnOfUser.size());
    // Realistic mix: mobile and Windows dominate, legacy is rare.
    QVERIFY(kinds.value(int(DeviceKind::IPhone)) > 450);
    QVERIFY(kinds.value(int(DeviceKind::WindowsPc)) > 700);
    QVERIFY(kinds.value(int(DeviceKind::WindowsPhone80)) < 30);
    QCOMPARE(kinds.size(), deviceKindCount);

    QCOMPARE(TenantGenerator::asciiFold(QStringLiteral("Émilie Lefèvre Niccolò Œuvre")),
        QStringLiteral("Emilie Lefevre Niccolo OEuvre"));
}

void TestSimServer::generatorSpeed()
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<SimDevice> devices = TenantGenerator::generate(1, 100000, QDateTime::currentDateTimeUtc());
    const qint64 elapsed = timer.elapsed();
    qInfo("100000 devices generated in %lld ms", elapsed);
    QCOMPARE(int(devices.size()), 100000);
    // Generous bound: this also runs unoptimized and under sanitizers.
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
    QSet<QString> ids;
    for (const SimDevice &d : devices)
        ids.insert(d.id);
    QCOMPARE(ids.size(), 100000);
}

// ---------------------------------------------------------------- actions

void TestSimServer::actionLifecycle_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("finalState");
    QTest::addColumn<QString>("secret"); // regex, "absent" (no field) or "null"

    const QString reset = QStringLiteral("resetPasscode");
    const QString lock = QStringLiteral("remoteLock");
    const QString alnum = QStringLiteral("^[A-Z0-9]{8}$");
    const QString done = QStringLiteral("done");
    auto row = [](DeviceKind k, const QString &action, const QString &state, const QString &secret) {
        QTest::newRow(qPrintable(deviceKindName(k) + QLatin1Char(' ') + action)) << int(k) << action << state << secret;
    };
    row(DeviceKind::IPhone, reset, done, QStringLiteral("absent"));
    row(DeviceKind::IPad, reset, done, QStringLiteral("absent"));
    row(DeviceKind::AndroidAdminLegacy, reset, done, alnum);
    row(DeviceKind::AndroidWorkProfile, reset, done, alnum);
    row(DeviceKind::AndroidWorkProfileNoToken, reset, QStringLiteral("notSupported"), QStringLiteral("null"));
    row(DeviceKind::AndroidCorporateWorkProfile, reset, done, alnum);
    row(DeviceKind::AndroidFullyManaged, reset, done, alnum);
    row(DeviceKind::AndroidDedicated, reset, done, alnum);
    row(DeviceKind::Aosp, reset, done, alnum);
    row(DeviceKind::Windows10Mobile, reset, done, alnum);
    row(DeviceKind::Windows10MobileNoPinRecovery, reset, QStringLiteral("failed"), QStringLiteral("null"));
    row(DeviceKind::WindowsPhone81, reset, done, QStringLiteral("^[0-9]{8}$"));
    row(DeviceKind::IPhone, lock, done, QStringLiteral("null"));
    row(DeviceKind::AndroidAdmin, lock, done, QStringLiteral("null"));
    row(DeviceKind::AndroidDedicated, lock, done, QStringLiteral("null"));
    row(DeviceKind::WindowsPhone80, lock, done, QStringLiteral("null"));
    row(DeviceKind::Windows10MobileLegacy, lock, done, QStringLiteral("null"));
    row(DeviceKind::WindowsRt, lock, done, QStringLiteral("null"));
    row(DeviceKind::WindowsRtOtherUser, lock, QStringLiteral("failed"), QStringLiteral("null"));
    row(DeviceKind::Windows81Pc, lock, done, QStringLiteral("null"));
    row(DeviceKind::MacOs, lock, done, QStringLiteral("^[0-9]{6}$"));
}

void TestSimServer::actionLifecycle()
{
    QFETCH(int, kind);
    QFETCH(QString, action);
    QFETCH(QString, finalState);
    QFETCH(QString, secret);

    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const SimDevice &device = deviceOfKind(*server, DeviceKind(kind));
    const QString id = device.id;
    const QString secretField
        = action == QLatin1String("resetPasscode") ? QStringLiteral("passcode") : QStringLiteral("unlockPin");

    const Reply posted = post(*server, id, action);
    QCOMPARE(posted.status, 204);
    QVERIFY(posted.body.isEmpty());
    QVERIFY(!posted.headers.value("date").isEmpty());
    QCOMPARE(server->actionPostCount(id, action), 1);
    QCOMPARE(server->actionExecutedCount(id, action), 1);

    QJsonObject entry = actionEntry(*server, id, action);
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), QStringLiteral("pending"));
    QCOMPARE(entry.value(QStringLiteral("lastUpdatedDateTime")), entry.value(QStringLiteral("startDateTime")));
    QCOMPARE(entry.value(QStringLiteral("@odata.type")).toString(),
        QStringLiteral("#microsoft.graph.%1ActionResult").arg(action));
    if (secret != QLatin1String("absent"))
        QVERIFY(entry.value(secretField).isNull());
    const QDateTime start = QDateTime::fromString(entry.value(QStringLiteral("startDateTime")).toString(), Qt::ISODate);
    QVERIFY(start.isValid());

    server->clock().advance(delayMs);
    entry = actionEntry(*server, id, action);
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), finalState);
    QCOMPARE(entry.value(QStringLiteral("startDateTime")).toString(), DeviceJson::isoDate(start));
    QCOMPARE(
        entry.value(QStringLiteral("lastUpdatedDateTime")).toString(), DeviceJson::isoDate(start.addMSecs(delayMs)));
    if (action == QLatin1String("resetPasscode")) {
        const int errorCode = entry.value(QStringLiteral("errorCode")).toInt(-1);
        QVERIFY(finalState == QLatin1String("done") ? errorCode == 0 : errorCode != 0);
    }

    if (secret == QLatin1String("absent")) {
        QVERIFY(!entry.contains(secretField));
    } else if (secret == QLatin1String("null")) {
        QVERIFY(entry.contains(secretField));
        QVERIFY(entry.value(secretField).isNull());
    } else {
        const QString value = entry.value(secretField).toString();
        QVERIFY2(QRegularExpression(secret).match(value).hasMatch(), qPrintable(value));
        const QString issued
            = secretField == QLatin1String("passcode") ? server->lastIssuedPasscode(id) : server->lastUnlockPin(id);
        QCOMPARE(value, issued);
    }
    // The POST was received exactly once whatever the polling did.
    QCOMPARE(server->actionPostCount(id, action), 1);
}

void TestSimServer::syncHurriesPendingActions()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    server->setCheckInDelay(8 * 3600 * 1000); // asleep: its next check-in is hours away
    server->setSyncCheckInDelay(1500);
    const QString id = deviceOfKind(*server, DeviceKind::AndroidFullyManaged).id;
    const QString reset = QStringLiteral("resetPasscode");
    const QString sync = QStringLiteral("syncDevice");
    const QString lastSync = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + id)
                                 .json.value(QStringLiteral("lastSyncDateTime"))
                                 .toString();

    QCOMPARE(post(*server, id, reset).status, 204);
    server->clock().advance(60 * 1000);
    QCOMPARE(
        actionEntry(*server, id, reset).value(QStringLiteral("actionState")).toString(), QStringLiteral("pending"));

    QCOMPARE(post(*server, id, sync).status, 204);
    QJsonObject entry = actionEntry(*server, id, sync);
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), QStringLiteral("pending"));
    QCOMPARE(
        entry.value(QStringLiteral("@odata.type")).toString(), QStringLiteral("#microsoft.graph.deviceActionResult"));
    const QDateTime syncStart
        = QDateTime::fromString(entry.value(QStringLiteral("startDateTime")).toString(), Qt::ISODate);

    // The device checks in 1.5 s after the sync: the sync and the reset are done then, not hours later.
    server->clock().advance(1000);
    QCOMPARE(
        actionEntry(*server, id, reset).value(QStringLiteral("actionState")).toString(), QStringLiteral("pending"));
    server->clock().advance(600);
    const QJsonObject device = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + id).json;
    const QJsonObject syncEntry = actionEntry(*server, id, sync);
    const QJsonObject resetEntry = actionEntry(*server, id, reset);
    QCOMPARE(syncEntry.value(QStringLiteral("actionState")).toString(), QStringLiteral("done"));
    QCOMPARE(resetEntry.value(QStringLiteral("actionState")).toString(), QStringLiteral("done"));
    const QString checkIn = syncEntry.value(QStringLiteral("lastUpdatedDateTime")).toString();
    const qint64 took = syncStart.secsTo(QDateTime::fromString(checkIn, Qt::ISODate));
    QVERIFY2(took >= 1 && took <= 2, qPrintable(checkIn));
    QCOMPARE(resetEntry.value(QStringLiteral("lastUpdatedDateTime")).toString(), checkIn);
    QVERIFY(!resetEntry.value(QStringLiteral("passcode")).toString().isEmpty());
    // The check-in is the device's last sync now.
    QCOMPARE(device.value(QStringLiteral("lastSyncDateTime")).toString(), checkIn);
    QVERIFY(checkIn != lastSync);
    QCOMPARE(server->actionPostCount(id, sync), 1);
    QCOMPARE(server->actionExecutedCount(id, reset), 1);

    // A device whose regular check-in comes first is not slowed down by a sync.
    server->setCheckInDelay(500);
    const QString other = deviceOfKind(*server, DeviceKind::IPhone).id;
    QCOMPARE(post(*server, other, sync).status, 204);
    server->clock().advance(500);
    QCOMPARE(actionEntry(*server, other, sync).value(QStringLiteral("actionState")).toString(), QStringLiteral("done"));
}

void TestSimServer::unsupportedAction_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("phrase");
    const QString reset = QStringLiteral("resetPasscode");
    const QString lock = QStringLiteral("remoteLock");
    const QString resetPhrase = QStringLiteral("ResetPasscodeNotSupportedForPlatform");
    const QString lockPhrase = QStringLiteral("RemoteLockNotSupportedForPlatform");
    auto row = [](DeviceKind k, const QString &action, const QString &phrase) {
        QTest::newRow(qPrintable(deviceKindName(k) + QLatin1Char(' ') + action)) << int(k) << action << phrase;
    };
    row(DeviceKind::AndroidAdmin, reset, resetPhrase);
    row(DeviceKind::Windows10MobileLegacy, reset, resetPhrase);
    row(DeviceKind::WindowsPhone80, reset, resetPhrase);
    row(DeviceKind::WindowsRt, reset, resetPhrase);
    row(DeviceKind::Windows81Pc, reset, resetPhrase);
    row(DeviceKind::WindowsPc, reset, resetPhrase);
    row(DeviceKind::IntuneClientPc, reset, resetPhrase);
    row(DeviceKind::MacOs, reset, resetPhrase);
    row(DeviceKind::EasOnly, reset, resetPhrase);
    row(DeviceKind::WindowsPc, lock, lockPhrase);
    row(DeviceKind::IntuneClientPc, lock, lockPhrase);
    row(DeviceKind::EasOnly, lock, lockPhrase);
    row(DeviceKind::AndroidWorkProfile, lock, lockPhrase);
    row(DeviceKind::AndroidWorkProfileNoToken, lock, lockPhrase);
    const QString sync = QStringLiteral("syncDevice");
    const QString syncPhrase = QStringLiteral("SyncDeviceNotSupportedForPlatform");
    row(DeviceKind::WindowsPhone81, sync, syncPhrase);
    row(DeviceKind::WindowsRt, sync, syncPhrase);
    row(DeviceKind::IntuneClientPc, sync, syncPhrase);
    row(DeviceKind::EasOnly, sync, syncPhrase);
}

void TestSimServer::unsupportedAction()
{
    QFETCH(int, kind);
    QFETCH(QString, action);
    QFETCH(QString, phrase);
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const QString id = deviceOfKind(*server, DeviceKind(kind)).id;

    QUrl url = server->baseUrl();
    url.setPath(url.path() + QStringLiteral("/deviceManagement/managedDevices/") + id + QLatin1Char('/') + action);
    const Reply r
        = send("POST", url, "Bearer " + token, {{"client-request-id", "0b9f3a8c-5d0e-4c44-9d6e-2f7d3e1a0c11"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("BadRequest"));
    const QString message = r.error().value(QStringLiteral("message")).toString();
    QVERIFY(message.startsWith(QStringLiteral("{\r\n  \"_version\": 3,\r\n")));
    QJsonParseError parseError;
    const QJsonObject nested = QJsonDocument::fromJson(message.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(nested.value(QStringLiteral("_version")).toInt(), 3);
    QCOMPARE(nested.value(QStringLiteral("CustomApiErrorPhrase")).toString(), phrase);
    QVERIFY(nested.value(QStringLiteral("RetryAfter")).isNull());
    QCOMPARE(nested.value(QStringLiteral("HttpHeaders")).toString(), QStringLiteral("{}"));
    const QString inner = nested.value(QStringLiteral("Message")).toString();
    QVERIFY(inner.contains(
        QStringLiteral("managedDevices('%1')/microsoft.management.services.api.%2?api-version=").arg(id, action)));
    QVERIFY(inner.endsWith(QStringLiteral("CustomApiErrorPhrase: ") + phrase));
    const QJsonObject innerError = r.error().value(QStringLiteral("innerError")).toObject();
    QCOMPARE(innerError.value(QStringLiteral("client-request-id")).toString(),
        QStringLiteral("0b9f3a8c-5d0e-4c44-9d6e-2f7d3e1a0c11"));
    QVERIFY(!innerError.value(QStringLiteral("request-id")).toString().isEmpty());
    QVERIFY(!innerError.value(QStringLiteral("date")).toString().isEmpty());

    QCOMPARE(server->actionPostCount(id, action), 1);
    QCOMPARE(server->actionExecutedCount(id, action), 0);
    const Reply entity = get(*server, QStringLiteral("/deviceManagement/managedDevices/") + id);
    QCOMPARE(entity.json.value(QStringLiteral("deviceActionResults")).toArray().size(), 0);
}

void TestSimServer::windows10MobileNotJoined()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    std::vector<SimDevice> devices = server->devices();
    SimDevice &phone = devices[std::size_t(DeviceKind::Windows10Mobile)];
    phone.joinType = QStringLiteral("azureADRegistered");
    const QString id = phone.id;
    server->setDevices(devices);
    const Reply r = post(*server, id, QStringLiteral("resetPasscode"));
    QCOMPARE(r.status, 400);
    const QJsonObject nested
        = QJsonDocument::fromJson(r.error().value(QStringLiteral("message")).toString().toUtf8()).object();
    QCOMPARE(nested.value(QStringLiteral("CustomApiErrorPhrase")).toString(),
        QStringLiteral("ResetPasscodeNotSupportedForPlatform"));
}

void TestSimServer::successiveResetsDiffer()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const QString id = deviceOfKind(*server, DeviceKind::AndroidFullyManaged).id;
    QCOMPARE(post(*server, id, QStringLiteral("resetPasscode")).status, 204);
    server->clock().advance(delayMs);
    const QString first
        = actionEntry(*server, id, QStringLiteral("resetPasscode")).value(QStringLiteral("passcode")).toString();
    QCOMPARE(first.size(), 8);

    QCOMPARE(post(*server, id, QStringLiteral("resetPasscode")).status, 204);
    // The entry is replaced, not duplicated (actionEntry requires exactly one).
    const QJsonObject pending = actionEntry(*server, id, QStringLiteral("resetPasscode"));
    QCOMPARE(pending.value(QStringLiteral("actionState")).toString(), QStringLiteral("pending"));
    server->clock().advance(delayMs);
    const QString second
        = actionEntry(*server, id, QStringLiteral("resetPasscode")).value(QStringLiteral("passcode")).toString();
    QCOMPARE(second.size(), 8);
    QVERIFY(first != second);
    QCOMPARE(server->actionPostCount(id, QStringLiteral("resetPasscode")), 2);
}

void TestSimServer::passcodeExpires()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const QString id = deviceOfKind(*server, DeviceKind::AndroidWorkProfile).id;
    QCOMPARE(post(*server, id, QStringLiteral("resetPasscode")).status, 204);
    server->clock().advance(delayMs);
    QJsonObject entry = actionEntry(*server, id, QStringLiteral("resetPasscode"));
    QCOMPARE(entry.value(QStringLiteral("passcode")).toString(), server->lastIssuedPasscode(id));
    QVERIFY(!server->lastIssuedPasscode(id).isEmpty());

    // Still there a minute before seven days,
    server->clock().advance(7 * dayMs - delayMs - 60 * 1000);
    entry = actionEntry(*server, id, QStringLiteral("resetPasscode"));
    QCOMPARE(entry.value(QStringLiteral("passcode")).toString(), server->lastIssuedPasscode(id));
    // gone one second after.
    server->clock().advance(60 * 1000 + 1000);
    entry = actionEntry(*server, id, QStringLiteral("resetPasscode"));
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), QStringLiteral("done"));
    QVERIFY(entry.contains(QStringLiteral("passcode")));
    QVERIFY(entry.value(QStringLiteral("passcode")).isNull());
}

void TestSimServer::macSecondLockFails()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const QString id = deviceOfKind(*server, DeviceKind::MacOs).id;
    const QString lock = QStringLiteral("remoteLock");
    QCOMPARE(post(*server, id, lock).status, 204);
    server->clock().advance(delayMs);
    const QString pin = actionEntry(*server, id, lock).value(QStringLiteral("unlockPin")).toString();
    QCOMPARE(pin.size(), 6);

    server->clock().advance(dayMs);
    QCOMPARE(post(*server, id, lock).status, 204);
    server->clock().advance(delayMs);
    QJsonObject entry = actionEntry(*server, id, lock);
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), QStringLiteral("failed"));
    QVERIFY(entry.value(QStringLiteral("unlockPin")).isNull());
    QCOMPARE(server->lastUnlockPin(id), pin);

    // Thirty days after the first PIN a new lock works again.
    server->clock().advance(30 * dayMs);
    QCOMPARE(post(*server, id, lock).status, 204);
    server->clock().advance(delayMs);
    entry = actionEntry(*server, id, lock);
    QCOMPARE(entry.value(QStringLiteral("actionState")).toString(), QStringLiteral("done"));
    const QString newPin = entry.value(QStringLiteral("unlockPin")).toString();
    QCOMPARE(newPin.size(), 6);
    QCOMPARE(server->lastUnlockPin(id), newPin);

    // The PIN is only shown for 30 days.
    server->clock().advance(30 * dayMs + 1000);
    QVERIFY(actionEntry(*server, id, lock).value(QStringLiteral("unlockPin")).isNull());
}

void TestSimServer::throttling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("429 twice") << 429 << 2 << QByteArrayLiteral("2") << QStringLiteral("TooManyRequests");
    QTest::newRow("503 fractional") << 503 << 1 << QByteArrayLiteral("0.05") << QStringLiteral("ServiceUnavailable");
    QTest::newRow("429 no retry-after") << 429 << 1 << QByteArray() << QStringLiteral("TooManyRequests");
}

void TestSimServer::throttling()
{
    QFETCH(int, status);
    QFETCH(int, count);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, code);
    auto server = startServer(10);
    QVERIFY(server);
    server->injectThrottling(status, count, retryAfter);
    QCOMPARE(server->pendingThrottledRequests(), count);
    for (int i = 0; i < count; ++i) {
        const Reply r = get(*server, QStringLiteral("/deviceManagement/managedDevices"));
        QCOMPARE(r.status, status);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(r.headers.contains("retry-after"), !retryAfter.isEmpty());
        QCOMPARE(r.headers.value("retry-after"), retryAfter);
        QVERIFY(!r.headers.value("date").isEmpty());
    }
    const Reply ok = get(*server, QStringLiteral("/deviceManagement/managedDevices"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.value().size(), 10);
    QCOMPARE(server->pendingThrottledRequests(), 0);
}

void TestSimServer::throttledPostNotExecuted()
{
    auto server = startServer(deviceKindCount);
    QVERIFY(server);
    const QString id = deviceOfKind(*server, DeviceKind::IPhone).id;
    server->injectThrottling(429, 1, QByteArrayLiteral("1"));
    const Reply throttled = post(*server, id, QStringLiteral("remoteLock"));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(server->actionPostCount(id, QStringLiteral("remoteLock")), 1);
    QCOMPARE(server->actionExecutedCount(id, QStringLiteral("remoteLock")), 0);
    QVERIFY(server->devices()[0].actionResults.empty());

    QCOMPARE(post(*server, id, QStringLiteral("remoteLock")).status, 204);
    QCOMPARE(server->actionPostCount(id, QStringLiteral("remoteLock")), 2);
    QCOMPARE(server->actionExecutedCount(id, QStringLiteral("remoteLock")), 1);
    QCOMPARE(actionEntry(*server, id, QStringLiteral("remoteLock")).value(QStringLiteral("actionState")).toString(),
        QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
