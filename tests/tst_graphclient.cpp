#include "actionpostjob.h"
#include "devicejson.h"
#include "graphcall.h"
#include "graphclient.h"
#include "pagedlistjob.h"
#include "serverclock.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Passdesk;

// The Graph client against the simulator, over real loopback HTTP.
class TestGraphClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagingAcrossManyPages();
    void selectLimitsFields();
    void badSelectGivesGraphError();
    void unknownDeviceIs404();
    void missingTokenIs401();
    void intuneNestedErrorIsUnwrapped();
    void throttledReadWaitsRetryAfter_data();
    void throttledReadWaitsRetryAfter();
    void throttledReadGivesUpEventually();
    void throttledPostIsNotResentBlindly();
    void serverDateDrivesTheClock();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void refusesPlainHttpToOtherHosts();
    void httpDateParsing_data();
    void httpDateParsing();

private:
    struct ListResult
    {
        std::vector<Device> devices;
        int pages = 0;
        bool finished = false;
        GraphError error;
        bool failed = false;
    };
    ListResult list(const QUrl &url);
    GraphError callExpectingFailure(GraphCall *call);

    Sim::SimServer *m_sim = nullptr;
    ServerClock *m_clock = nullptr;
    GraphClient *m_client = nullptr;
};

void TestGraphClient::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(7, 2500);
    m_sim->setPageSize(100);
    m_sim->setCheckInDelay(50);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("test-token");
    m_clock = new ServerClock(this);
    m_client = new GraphClient(m_clock, this);
    QVERIFY(m_client->setBaseUrl(m_sim->baseUrl()));
    m_client->setAccessToken("test-token");
    GraphClient::RetryPolicy fast;
    fast.backoffBaseMsecs = 20;
    m_client->setRetryPolicy(fast);
}

void TestGraphClient::cleanup()
{
    delete m_client;
    delete m_clock;
    delete m_sim;
}

TestGraphClient::ListResult TestGraphClient::list(const QUrl &url)
{
    ListResult result;
    DeviceListJob job(m_client, url);
    connect(&job, &DeviceListJob::pageReceived, this, [&](std::vector<PreparedDevice> &page) {
        ++result.pages;
        for (PreparedDevice &p : page)
            result.devices.push_back(p.unpacked());
    });
    connect(&job, &DeviceListJob::finished, this, [&] { result.finished = true; });
    connect(&job, &DeviceListJob::failed, this, [&](const GraphError &e) {
        result.failed = true;
        result.error = e;
    });
    job.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.finished || result.failed, 30000); }();
    return result;
}

GraphError TestGraphClient::callExpectingFailure(GraphCall *call)
{
    GraphError error;
    bool failed = false;
    bool succeeded = false;
    connect(call, &GraphCall::failed, this, [&](const GraphError &e) {
        error = e;
        failed = true;
    });
    connect(call, &GraphCall::succeeded, this, [&] { succeeded = true; });
    call->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(failed || succeeded, 10000); }();
    [&] { QVERIFY(!succeeded); }();
    return error;
}

void TestGraphClient::pagingAcrossManyPages()
{
    const ListResult r = list(m_client->devicesUrl(deviceSelectFields()));
    QVERIFY(!r.failed);
    QCOMPARE(r.pages, 25);
    QCOMPARE(int(r.devices.size()), 2500);
    QSet<QString> ids;
    for (const Device &d : r.devices)
        ids.insert(d.id);
    QCOMPARE(ids.size(), 2500);
    // The client read the same devices the server holds.
    QCOMPARE(r.devices.front().id, m_sim->devices().front().id);
    QCOMPARE(r.devices.back().id, m_sim->devices().back().id);
    // $top sets the page size.
    const ListResult top = list(m_client->devicesUrl({QStringLiteral("id")}, QString(), 40));
    QCOMPARE(int(top.devices.size()), 2500);
    QCOMPARE(top.pages, 63);
}

void TestGraphClient::selectLimitsFields()
{
    const ListResult r = list(m_client->devicesUrl(
        {QStringLiteral("id"), QStringLiteral("deviceName")}, QStringLiteral("operatingSystem eq 'macOS'")));
    QVERIFY(!r.failed);
    QVERIFY(!r.devices.empty());
    for (const Device &d : r.devices) {
        QVERIFY(!d.deviceName.isEmpty());
        QVERIFY(d.operatingSystem.isEmpty()); // not selected
    }
    // The filter ran on the server: exactly its macOS devices came back.
    const auto macs = std::count_if(m_sim->devices().begin(), m_sim->devices().end(),
        [](const auto &d) { return d.operatingSystem == QLatin1String("macOS"); });
    QCOMPARE(qsizetype(r.devices.size()), qsizetype(macs));
}

void TestGraphClient::badSelectGivesGraphError()
{
    const ListResult r = list(m_client->devicesUrl({QStringLiteral("noSuchProperty")}));
    QVERIFY(r.failed);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("BadRequest"));
    QVERIFY(r.error.message.contains(QLatin1String("noSuchProperty")));
    const ListResult f = list(m_client->devicesUrl({QStringLiteral("id")}, QStringLiteral("osVersion gt '10'")));
    QVERIFY(f.failed);
    QCOMPARE(f.error.httpStatus, 400);
}

void TestGraphClient::unknownDeviceIs404()
{
    const GraphError e = callExpectingFailure(
        m_client->get(m_client->deviceUrl(QStringLiteral("00000000-0000-0000-0000-000000000000"))));
    QVERIFY(e.isNotFound());
    QCOMPARE(e.code, QStringLiteral("ResourceNotFound"));
    QVERIFY(e.userMessage().contains(QLatin1String("no longer in Intune")));
}

void TestGraphClient::missingTokenIs401()
{
    m_client->setAccessToken(QByteArray());
    GraphError e = callExpectingFailure(m_client->get(m_client->devicesUrl({QStringLiteral("id")})));
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.code, QStringLiteral("InvalidAuthenticationToken"));
    m_client->setAccessToken("wrong");
    e = callExpectingFailure(m_client->get(m_client->devicesUrl({QStringLiteral("id")})));
    QCOMPARE(e.httpStatus, 401);
    QVERIFY(e.userMessage().contains(QLatin1String("Sign in again")));
}

void TestGraphClient::intuneNestedErrorIsUnwrapped()
{
    // A Windows 10 PC cannot have its passcode reset: Intune answers 400 with JSON inside the message.
    QString pc;
    for (const auto &d : m_sim->devices()) {
        Device parsed;
        QVERIFY(deviceFromJson(
            QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("operatingSystem"), d.operatingSystem},
                {QStringLiteral("osVersion"), d.osVersion}, {QStringLiteral("deviceType"), d.deviceType},
                {QStringLiteral("managementAgent"), d.managementAgent}},
            &parsed));
        if (parsed.kind == DeviceKind::WindowsPC) {
            pc = d.id;
            break;
        }
    }
    QVERIFY(!pc.isEmpty());
    const GraphError e = callExpectingFailure(m_client->post(m_client->actionUrl(pc, ActionKind::ResetPasscode)));
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, QStringLiteral("BadRequest"));
    QCOMPARE(e.customPhrase, QStringLiteral("ResetPasscodeNotSupportedForPlatform"));
    QVERIFY(e.message.startsWith(QLatin1String("An error has occurred")));
    QVERIFY(!e.message.contains(QLatin1Char('{')));
    QVERIFY(!e.requestId.isEmpty());
    QVERIFY(e.userMessage().contains(QLatin1String("does not support")));
}

void TestGraphClient::throttledReadWaitsRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minMsecs");
    QTest::newRow("429 fractional") << 429 << QByteArray("0.25") << 250;
    QTest::newRow("503 whole seconds") << 503 << QByteArray("1") << 1000;
    QTest::newRow("429 without Retry-After: backoff") << 429 << QByteArray() << 20 + 40;
}

void TestGraphClient::throttledReadWaitsRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minMsecs);
    m_sim->injectThrottling(status, 2, retryAfter);
    GraphCall *call = m_client->get(m_client->devicesUrl({QStringLiteral("id")}, QString(), 5));
    QSignalSpy throttled(call, &GraphCall::throttled);
    bool ok = false;
    connect(call, &GraphCall::succeeded, this, [&] { ok = true; });
    QElapsedTimer timer;
    timer.start();
    call->start();
    QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
    QVERIFY2(timer.elapsed() >= minMsecs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(throttled.count(), 2);
    QCOMPARE(m_sim->pendingThrottledRequests(), 0);
}

void TestGraphClient::throttledReadGivesUpEventually()
{
    m_sim->injectThrottling(429, 100, "0.01");
    const GraphError e = callExpectingFailure(m_client->get(m_client->devicesUrl({QStringLiteral("id")})));
    QCOMPARE(e.httpStatus, 429);
    QCOMPARE(m_sim->pendingThrottledRequests(), 100 - 1 - m_client->retryPolicy().maxRetries);
    QVERIFY(e.userMessage().contains(QLatin1String("busy")));
}

void TestGraphClient::throttledPostIsNotResentBlindly()
{
    const QString id = m_sim->devices().front().id; // an iPhone: supported
    // The POST is throttled: Graph did not execute it, and Passdesk does not send it again.
    // The operator decides again.
    m_sim->injectThrottling(429, 1, "0.05");
    ActionPostJob job(m_client, id, ActionKind::ResetPasscode, {});
    QSignalSpy accepted(&job, &ActionPostJob::accepted);
    QSignalSpy failed(&job, &ActionPostJob::failed);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 1);
    QCOMPARE(m_sim->actionExecutedCount(id, QStringLiteral("resetPasscode")), 0);
    QVERIFY(failed.first().first().value<GraphError>().userMessage().contains(QLatin1String("busy")));

    // An accepted POST is sent exactly once.
    ActionPostJob lock(m_client, id, ActionKind::RemoteLock, {});
    QSignalSpy lockAccepted(&lock, &ActionPostJob::accepted);
    lock.start();
    QTRY_COMPARE_WITH_TIMEOUT(lockAccepted.count(), 1, 10000);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("remoteLock")), 1);
}

void TestGraphClient::serverDateDrivesTheClock()
{
    m_sim->clock().advance(3 * 24 * 3600 * 1000LL);
    bool ok = false;
    GraphCall *call = m_client->get(m_client->devicesUrl({QStringLiteral("id")}, QString(), 1));
    connect(call, &GraphCall::succeeded, this, [&] { ok = true; });
    call->start();
    QTRY_VERIFY(ok);
    QVERIFY(qAbs(m_clock->skewMsecs() - 3 * 24 * 3600 * 1000LL) < 2000);
    QVERIFY(qAbs(m_clock->now().secsTo(m_sim->clock().now())) <= 2);
}

void TestGraphClient::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<double>("secs");
    QTest::newRow("whole") << QByteArray("2") << 2.0;
    QTest::newRow("fractional") << QByteArray("2.128") << 2.128;
    QTest::newRow("spaces") << QByteArray(" 0.5 ") << 0.5;
    QTest::newRow("empty") << QByteArray() << -1.0;
    QTest::newRow("garbage") << QByteArray("soon") << -1.0;
    QTest::newRow("negative") << QByteArray("-3") << -1.0;
    QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0.0;
}

void TestGraphClient::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(double, secs);
    QCOMPARE(GraphCall::parseRetryAfter(value), secs);
}

void TestGraphClient::refusesPlainHttpToOtherHosts()
{
    QString why;
    QVERIFY(!GraphClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://graph.example.com/beta")), &why));
    QVERIFY(why.contains(QLatin1String("https")));
    QVERIFY(GraphClient::isAcceptableBaseUrl(QUrl(QStringLiteral("https://graph.microsoft.com/beta")), &why));
    QVERIFY(GraphClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/beta")), &why));
    QVERIFY(GraphClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://localhost:8080/beta")), &why));
    QVERIFY(!GraphClient::isAcceptableBaseUrl(QUrl(QStringLiteral("ftp://graph.microsoft.com")), &why));
}

void TestGraphClient::httpDateParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
    };
    QTest::newRow("RFC example") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("Sunday") << QByteArray("Sun, 29 Nov 2026 16:53:54 GMT") << utc(2026, 11, 29, 16, 53, 54);
    QTest::newRow("Monday") << QByteArray("Mon, 30 Nov 2026 16:53:54 GMT") << utc(2026, 11, 30, 16, 53, 54);
    QTest::newRow("Tuesday, new month") << QByteArray("Tue, 01 Dec 2026 00:00:00 GMT") << utc(2026, 12, 1, 0, 0, 0);
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
}

void TestGraphClient::httpDateParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(ServerClock::parseHttpDate(value), expected);
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
