#include "actionjob.h"
#include "actionpolicy.h"
#include "actionpostjob.h"
#include "devicejson.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "faultserver.h"
#include "graphcall.h"
#include "graphclient.h"
#include "historyjob.h"
#include "pagedlistjob.h"
#include "runningactions.h"
#include "safetext.h"
#include "serverclock.h"
#include "session.h"
#include "writepacer.h"

#include "jobresult.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;
using Mode = FaultServer::Reply::Mode;

namespace {

const QByteArray kToken = "token-for-graph-only";
const QString kPhone = QStringLiteral("3f2a61c4-5a43-4f0e-9d8c-3a4f0b1d2e11");

QByteArray page(const QJsonArray &devices, const QString &nextLink = {})
{
    QJsonObject o{{QStringLiteral("value"), devices}};
    if (!nextLink.isEmpty())
        o.insert(QStringLiteral("@odata.nextLink"), nextLink);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject phone(const QString &id, const QString &name = QStringLiteral("Lucie's iPhone"))
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deviceName"), name},
        {QStringLiteral("operatingSystem"), QStringLiteral("iOS")},
        {QStringLiteral("osVersion"), QStringLiteral("17.1")},
        {QStringLiteral("managementAgent"), QStringLiteral("mdm")},
        {QStringLiteral("userDisplayName"), QStringLiteral("Lucie Moreau")}};
}

} // namespace

// A small Graph for one device, run by the fault server: the device, its
// deviceActionResults, and the faults a test asks for.
struct MiniGraph
{
    QJsonObject device = phone(kPhone);
    QJsonArray results;
    int executed = 0;
    Mode postFault = Mode::Normal; // after executing
    int postStatus = 204;
    qint64 resultsVisibleAfterMsecs = 0; // deviceActionResults lag behind
    int readDelayMsecs = 0; // a slow server: each read answers this late
    QString resultState = QStringLiteral("done"); // what the device reports after the POST
    QElapsedTimer sinceExecuted;
    QString readBackId; // answer with another id

    FaultServer::Reply handle(const FaultServer::Request &r)
    {
        const QByteArray base = "/beta/deviceManagement/managedDevices/" + kPhone.toLatin1();
        if (r.method == "POST" && r.path == base + "/remoteLock")
            return FaultServer::Reply::json({}, 204);
        if (r.method == "POST" && r.path == base + "/resetPasscode") {
            ++executed;
            sinceExecuted.start();
            results = QJsonArray{QJsonObject{{QStringLiteral("actionName"), QStringLiteral("resetPasscode")},
                {QStringLiteral("actionState"), resultState},
                {QStringLiteral("startDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("lastUpdatedDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}};
            if (postFault != Mode::Normal) {
                FaultServer::Reply reply = FaultServer::Reply::json(R"({"accepted":"yes, with a long body"})");
                reply.mode = postFault;
                return reply;
            }
            FaultServer::Reply reply;
            reply.status = postStatus;
            return reply;
        }
        if (r.method == "GET" && r.path == base) {
            QJsonObject d = device;
            if (!readBackId.isEmpty())
                d.insert(QStringLiteral("id"), readBackId);
            const bool visible = executed == 0 || sinceExecuted.elapsed() >= resultsVisibleAfterMsecs;
            d.insert(QStringLiteral("deviceActionResults"), visible ? results : QJsonArray());
            FaultServer::Reply reply = FaultServer::Reply::json(QJsonDocument(d).toJson(QJsonDocument::Compact));
            if (readDelayMsecs > 0 && executed > 0) {
                reply.mode = Mode::Late;
                reply.trickleMsecs = readDelayMsecs;
            }
            return reply;
        }
        return FaultServer::Reply::json(R"({"error":{"code":"ResourceNotFound","message":"no"}})", 404);
    }
};

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void historyFromALyingServerLeavesSourcesOut();

    // The token goes to Graph only.
    void nextLinkOutsideGraphIsNotFollowed_data();
    void nextLinkOutsideGraphIsNotFollowed();
    void redirectOnGet_data();
    void redirectOnGet();
    void requestOutsideGraphIsRefusedUnsent();

    // One decision, one POST.
    void postClosedAfterExecution_data();
    void postClosedAfterExecution();
    void postFollowsNoRedirect_data();
    void postFollowsNoRedirect();
    void postIsNotResentOn401();

    // Complete or an error.
    void malformedPageFailsTheList_data();
    void malformedPageFailsTheList();
    void nextLinkLoopIsDetected();
    void pagesAreCapped();
    void unreadableRecordsAreSkippedAndCounted();
    void hugeBodyIsCapped();
    void trickleMeetsTheDeadline();
    void endlessBodyIsCapped();

    // Ids.
    void idsStayOneSegment();

    // The action path, end to end.
    void laggingResultsAreFoundNotResent();
    void neverSeenIsUnknownNotFailed();
    void skewedServerClockStillFollows_data();
    void skewedServerClockStillFollows();
    void pendingActionIsNotSentAgain();
    void readBackOfAnotherDeviceSendsNothing();
    void pollsDoNotOverlap();
    void bulkActionsArePaced();
    void canceledBulkLeavesTheRestUnsent();

    // Text from the server.
    void controlAndBidiAreNeutralised();

    // The command line against the same faults.
    void cliEscapesServerText();
    void cliPrintsNoPartialList();
    void cliRefusesPathIds();
    void cliTimeoutCoversThePost();
    void cliRefusesTooFastPolling();
    void cliSaysWhenNoPasscodeCameBack();
    void cliActsOnSeveralDevices();

private:
    struct ListResult
    {
        int devices = 0;
        int skipped = 0;
        bool finished = false;
        bool failed = false;
        GraphError error;
    };
    ListResult list(int maxPages = DeviceListJob::kDefaultMaxPages);
    GraphError postExpectingFailure(const QUrl &url);
    QUrl base() const { return QUrl(QString::fromLatin1(m_graph->origin() + "/beta")); }
    QUrl devicesUrl() const { return m_client->devicesUrl({QStringLiteral("id")}); }
    // Runs passdesk-cli against the fault server.
    int cli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr, int waitMsecs = 30000);
    ActionOutcome runReset(Session &session, bool force = false);
    // A session on the fault server with that many iPhones, and a lock on all of them.
    ActionJob *bulkLock(Session &session, int devices);
    void connectSession(Session &session);

    FaultServer *m_graph = nullptr;
    FaultServer *m_foreign = nullptr;
    ServerClock *m_clock = nullptr;
    GraphClient *m_client = nullptr;
    MiniGraph m_mini;
};

void TestFaults::init()
{
    m_graph = new FaultServer(this);
    QVERIFY(m_graph->start(QHostAddress::LocalHost));
    m_foreign = new FaultServer(this);
    // Another host on loopback: 127.0.0.2 is this machine too, but another origin.
    QVERIFY(m_foreign->start(QHostAddress(QStringLiteral("127.0.0.2"))));
    m_foreign->setHandler([](const FaultServer::Request &) { return FaultServer::Reply::json(page({})); });
    m_clock = new ServerClock(this);
    m_client = new GraphClient(m_clock, this);
    QVERIFY(m_client->setBaseUrl(base()));
    m_client->setAccessToken(kToken);
    GraphClient::Limits limits;
    limits.maxResponseBytes = 1024 * 1024;
    limits.deadlineMsecs = 2000;
    limits.idleTimeoutMsecs = 1000;
    m_client->setLimits(limits);
    m_mini = MiniGraph();
}

void TestFaults::cleanup()
{
    delete m_client;
    delete m_clock;
    delete m_graph;
    delete m_foreign;
}

TestFaults::ListResult TestFaults::list(int maxPages)
{
    ListResult result;
    auto *job = new DeviceListJob(m_client, devicesUrl(), this);
    job->setMaxPages(maxPages);
    connect(job, &DeviceListJob::pageReceived, this,
        [&](std::vector<PreparedDevice> &devices) { result.devices += int(devices.size()); });
    connect(job, &DeviceListJob::finished, this, [&] { result.finished = true; });
    connect(job, &DeviceListJob::failed, this, [&](const GraphError &e) {
        result.failed = true;
        result.error = e;
    });
    job->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.finished || result.failed, 15000); }();
    result.skipped = job->skipped();
    delete job;
    return result;
}

GraphError TestFaults::postExpectingFailure(const QUrl &url)
{
    GraphError error;
    bool failed = false;
    bool succeeded = false;
    GraphCall *call = m_client->post(url);
    connect(call, &GraphCall::failed, this, [&](const GraphError &e) {
        error = e;
        failed = true;
    });
    connect(call, &GraphCall::succeeded, this, [&] { succeeded = true; });
    call->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(failed || succeeded, 15000); }();
    QTest::qWait(200); // anything the stack would resend by itself arrives by now
    return error;
}

void TestFaults::nextLinkOutsideGraphIsNotFollowed_data()
{
    QTest::addColumn<QString>("nextLink");
    QTest::newRow("another loopback host") << QStringLiteral("FOREIGN/beta/deviceManagement/managedDevices?p=2");
    QTest::newRow("plain http off loopback") << QStringLiteral("http://graph.example.invalid/beta/x?p=2");
    QTest::newRow("https elsewhere") << QStringLiteral("https://graph.example.invalid/beta/x?p=2");
    QTest::newRow("same host, another port") << QStringLiteral("http://127.0.0.1:1/beta/x?p=2");
    QTest::newRow("https, same host") << QStringLiteral("https://127.0.0.1/beta/x");
    QTest::newRow("user info") << QStringLiteral("GRAPH@127.0.0.2/beta/x");
}

void TestFaults::nextLinkOutsideGraphIsNotFollowed()
{
    QFETCH(QString, nextLink);
    nextLink.replace(QLatin1String("FOREIGN"), QString::fromLatin1(m_foreign->origin()));
    nextLink.replace(QLatin1String("GRAPH"), QString::fromLatin1(m_graph->origin()));
    m_graph->setHandler(
        [nextLink](const FaultServer::Request &) { return FaultServer::Reply::json(page({phone(kPhone)}, nextLink)); });
    const ListResult r = list();
    QVERIFY(r.failed);
    QVERIFY(!r.finished);
    QCOMPARE(r.error.kind, GraphError::Kind::Refused);
    QCOMPARE(m_graph->count("GET"), 1);
    QCOMPARE(m_foreign->requests().size(), 0);
}

void TestFaults::redirectOnGet_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameOrigin");
    QTest::addColumn<bool>("followed");
    QTest::newRow("302 elsewhere") << 302 << false << false;
    QTest::newRow("307 elsewhere") << 307 << false << false;
    QTest::newRow("301 elsewhere") << 301 << false << false;
    QTest::newRow("307 within Graph") << 307 << true << true;
}

void TestFaults::redirectOnGet()
{
    QFETCH(int, status);
    QFETCH(bool, sameOrigin);
    QFETCH(bool, followed);
    const QByteArray target = (sameOrigin ? m_graph->origin() : m_foreign->origin()) + "/beta/moved";
    m_graph->setHandler([=](const FaultServer::Request &r) {
        if (r.path == "/beta/moved")
            return FaultServer::Reply::json(page({phone(kPhone)}));
        FaultServer::Reply reply;
        reply.status = status;
        reply.headers << qMakePair(QByteArray("Location"), target);
        return reply;
    });
    const ListResult r = list();
    QCOMPARE(r.finished, followed);
    QCOMPARE(r.devices, followed ? 1 : 0);
    QCOMPARE(m_foreign->requests().size(), 0);
    QCOMPARE(m_graph->countWithToken(), m_graph->requests().size());
}

void TestFaults::requestOutsideGraphIsRefusedUnsent()
{
    GraphCall *call = m_client->get(QUrl(QString::fromLatin1(m_foreign->origin() + "/beta/me")));
    QSignalSpy failed(call, &GraphCall::failed);
    call->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<GraphError>().kind, GraphError::Kind::Refused);
    QTest::qWait(100);
    QCOMPARE(m_foreign->requests().size(), 0);
}

void TestFaults::postClosedAfterExecution_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("reused");
    QTest::newRow("FIN, fresh connection") << int(Mode::Close) << false;
    QTest::newRow("RST, fresh connection") << int(Mode::Reset) << false;
    QTest::newRow("FIN, reused connection") << int(Mode::Close) << true;
    QTest::newRow("RST, reused connection") << int(Mode::Reset) << true;
    QTest::newRow("no answer at all") << int(Mode::NoAnswer) << false;
    QTest::newRow("answer cut short") << int(Mode::Truncate) << true;
}

void TestFaults::postClosedAfterExecution()
{
    QFETCH(int, mode);
    QFETCH(bool, reused);
    m_mini.postFault = Mode(mode);
    m_graph->setHandler([this](const FaultServer::Request &r) { return m_mini.handle(r); });
    if (reused) {
        // A keep-alive connection first carries another action; the reset then goes on it.
        GraphCall *lock = m_client->post(m_client->actionUrl(kPhone, ActionKind::RemoteLock));
        QSignalSpy ok(lock, &GraphCall::succeeded);
        lock->start();
        QTRY_COMPARE(ok.count(), 1);
    }
    const GraphError e = postExpectingFailure(m_client->actionUrl(kPhone, ActionKind::ResetPasscode));
    QCOMPARE(m_graph->count("POST"), reused ? 2 : 1);
    QCOMPARE(m_mini.executed, 1);
    QVERIFY2(e.fateUnknown(), qPrintable(e.userMessage()));
    if (reused)
        QCOMPARE(m_graph->requests().last().connection, m_graph->requests().first().connection);
}

void TestFaults::postFollowsNoRedirect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameOrigin");
    QTest::newRow("307 within Graph") << 307 << true;
    QTest::newRow("307 elsewhere") << 307 << false;
    QTest::newRow("308 elsewhere") << 308 << false;
    QTest::newRow("302 within Graph") << 302 << true;
}

void TestFaults::postFollowsNoRedirect()
{
    QFETCH(int, status);
    QFETCH(bool, sameOrigin);
    const QByteArray target = (sameOrigin ? m_graph->origin() : m_foreign->origin()) + "/beta/again";
    m_graph->setHandler([=](const FaultServer::Request &) {
        FaultServer::Reply reply;
        reply.status = status;
        reply.headers << qMakePair(QByteArray("Location"), target);
        return reply;
    });
    const GraphError e = postExpectingFailure(m_client->actionUrl(kPhone, ActionKind::ResetPasscode));
    QCOMPARE(m_graph->count("POST"), 1);
    QCOMPARE(m_foreign->requests().size(), 0);
    QVERIFY2(e.httpStatus == status, qPrintable(e.userMessage()));
    QVERIFY(e.fateUnknown()); // a redirect is not Graph's answer
}

void TestFaults::postIsNotResentOn401()
{
    m_graph->setHandler([](const FaultServer::Request &) {
        return FaultServer::Reply::json(R"({"error":{"code":"InvalidAuthenticationToken","message":"x"}})", 401);
    });
    const GraphError e = postExpectingFailure(m_client->actionUrl(kPhone, ActionKind::RemoteLock));
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::malformedPageFailsTheList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("mode");
    const QByteArray good = page({phone(kPhone), phone(QStringLiteral("b")), phone(QStringLiteral("c"))});
    QTest::newRow("connection closed mid-body") << good << int(Mode::Truncate);
    QTest::newRow("truncated JSON") << good.left(good.size() - 20) << int(Mode::Normal);
    QTest::newRow("value is an object") << QByteArray(R"({"value":{"id":"a"}})") << int(Mode::Normal);
    QTest::newRow("value is a string") << QByteArray(R"({"value":"[]"})") << int(Mode::Normal);
    QTest::newRow("200 without value") << QByteArray(R"({"@odata.context":"x"})") << int(Mode::Normal);
    QTest::newRow("not an object") << QByteArray(R"([{"id":"a"}])") << int(Mode::Normal);
    QTest::newRow("empty body") << QByteArray() << int(Mode::Normal);
    QTest::newRow("invalid UTF-8") << QByteArray("{\"value\":[{\"id\":\"a\",\"deviceName\":\"\xff\xfe\"}]}")
                                   << int(Mode::Normal);
    QTest::newRow("nextLink is a number") << QByteArray(R"({"value":[],"@odata.nextLink":12})") << int(Mode::Normal);
}

void TestFaults::malformedPageFailsTheList()
{
    QFETCH(QByteArray, body);
    QFETCH(int, mode);
    m_graph->setHandler([=](const FaultServer::Request &) {
        FaultServer::Reply reply = FaultServer::Reply::json(body);
        reply.mode = Mode(mode);
        return reply;
    });
    const ListResult r = list();
    QVERIFY(r.failed);
    QVERIFY(!r.finished);
    QVERIFY(r.error.kind == GraphError::Kind::Malformed || r.error.kind == GraphError::Kind::Network);
}

void TestFaults::nextLinkLoopIsDetected()
{
    m_graph->setHandler([this](const FaultServer::Request &r) {
        return FaultServer::Reply::json(page({phone(kPhone)}, QString::fromLatin1(m_graph->origin() + r.target)));
    });
    const ListResult r = list();
    QVERIFY(r.failed);
    QCOMPARE(m_graph->count("GET"), 1);
}

void TestFaults::pagesAreCapped()
{
    int n = 0;
    m_graph->setHandler([&](const FaultServer::Request &) {
        return FaultServer::Reply::json(page({phone(QString::number(n))},
            QString::fromLatin1(m_graph->origin() + "/beta/x?p=" + QByteArray::number(++n))));
    });
    const ListResult r = list(5);
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, GraphError::Kind::Refused);
    QCOMPARE(m_graph->count("GET"), 5);
}

void TestFaults::unreadableRecordsAreSkippedAndCounted()
{
    QJsonObject numericId = phone(kPhone);
    numericId.insert(QStringLiteral("id"), 12345678901234567890.0);
    QJsonObject numericImei = phone(QStringLiteral("imei-number"));
    numericImei.insert(QStringLiteral("imei"), 356938035643809.0);
    QJsonObject numericVersion = phone(QStringLiteral("version-number"));
    numericVersion.insert(QStringLiteral("osVersion"), 14.10);
    QJsonObject nullId = phone(QStringLiteral("x"));
    nullId.insert(QStringLiteral("id"), QJsonValue());
    QJsonObject badDate = phone(QStringLiteral("bad-date"));
    badDate.insert(QStringLiteral("lastSyncDateTime"), QStringLiteral("yesterday"));
    QJsonObject dotdot = phone(QStringLiteral(".."));
    QJsonObject good = phone(QStringLiteral("good"));
    good.insert(QStringLiteral("imei"), QStringLiteral("356938035643809"));
    good.insert(QStringLiteral("osVersion"), QStringLiteral("14.10"));
    const QJsonArray records{
        numericId, numericImei, numericVersion, nullId, badDate, dotdot, QStringLiteral("x"), good};
    m_graph->setHandler([=](const FaultServer::Request &) { return FaultServer::Reply::json(page(records)); });
    Device parsed;
    QVERIFY(deviceFromJson(good, &parsed));
    QCOMPARE(parsed.imei, QStringLiteral("356938035643809")); // exact, never 3.56938e+14
    QCOMPARE(parsed.osVersion, QStringLiteral("14.10"));
    const ListResult r = list();
    QVERIFY(r.finished);
    QCOMPARE(r.devices, 1);
    QCOMPARE(r.skipped, 7);
}

void TestFaults::hugeBodyIsCapped()
{
    const QByteArray huge = "{\"value\":[],\"pad\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    m_graph->setHandler([=](const FaultServer::Request &) { return FaultServer::Reply::json(huge); });
    const ListResult r = list();
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, GraphError::Kind::Refused);
    QVERIFY(r.error.userMessage().contains(QLatin1String("larger than")));
}

void TestFaults::trickleMeetsTheDeadline()
{
    m_graph->setHandler([](const FaultServer::Request &) {
        FaultServer::Reply reply = FaultServer::Reply::json(page({phone(kPhone)}));
        reply.mode = Mode::Trickle;
        reply.trickleMsecs = 100; // never idle for long, never done
        return reply;
    });
    QElapsedTimer timer;
    timer.start();
    const ListResult r = list();
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, GraphError::Kind::Network);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestFaults::endlessBodyIsCapped()
{
    m_graph->setHandler([](const FaultServer::Request &) { return FaultServer::Reply::fault(Mode::Endless); });
    QElapsedTimer timer;
    timer.start();
    const ListResult r = list();
    QVERIFY(r.failed);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestFaults::idsStayOneSegment()
{
    QVERIFY(m_client->deviceUrl(QStringLiteral("..")).isEmpty());
    QVERIFY(m_client->deviceUrl(QStringLiteral(".")).isEmpty());
    QVERIFY(m_client->deviceUrl(QString()).isEmpty());
    QVERIFY(m_client->actionUrl(QStringLiteral("a\u202Eb"), ActionKind::RemoteLock).isEmpty());
    m_graph->setHandler([](const FaultServer::Request &) { return FaultServer::Reply::json("{}", 404); });
    for (const QString &id : {QStringLiteral("a/b"), QStringLiteral("../../../me"), QStringLiteral("a?b#c"),
             QStringLiteral("../../../../users/victim")}) {
        postExpectingFailure(m_client->actionUrl(id, ActionKind::ResetPasscode));
        const QByteArray path = m_graph->requests().last().path;
        const QByteArray expected
            = "/beta/deviceManagement/managedDevices/" + QUrl::toPercentEncoding(id) + "/resetPasscode";
        QCOMPARE(path, expected);
    }
    // An empty URL is refused before anything is sent.
    const int before = int(m_graph->requests().size());
    const GraphError e = postExpectingFailure(m_client->actionUrl(QStringLiteral(".."), ActionKind::ResetPasscode));
    QCOMPARE(e.kind, GraphError::Kind::Refused);
    QCOMPARE(int(m_graph->requests().size()), before);
}

void TestFaults::connectSession(Session &session)
{
    QString error;
    QVERIFY(session.connectTo(base(), kToken, &error));
    session.setPollInterval(ActionJob::kMinPollMsecs);
    session.setActionTimeout(10000);
    session.setVerifyWindow(3000);
    Device d;
    QVERIFY(deviceFromJson(m_mini.device, &d));
    session.devices()->reset({d});
    m_graph->setHandler([this](const FaultServer::Request &r) { return m_mini.handle(r); });
}

ActionOutcome TestFaults::runReset(Session &session, bool force)
{
    const ActionPlan plan = session.planAction({kPhone}, ActionKind::ResetPasscode);
    [&] { QCOMPARE(plan.toSend(), QStringList{kPhone}); }();
    ActionJob *job = session.runAction(plan);
    job->setForce(force);
    ActionOutcome outcome;
    bool done = false;
    connect(job, &ActionJob::deviceFinished, this, [&](const QString &, const ActionOutcome &o) {
        outcome = o;
        done = true;
    });
    job->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    QTest::qWait(300);
    return outcome;
}

void TestFaults::laggingResultsAreFoundNotResent()
{
    Session session;
    connectSession(session);
    m_mini.postStatus = 504; // executed, then a gateway timeout
    m_mini.resultsVisibleAfterMsecs = 1200;
    const ActionOutcome o = runReset(session);
    QCOMPARE(o.kind, ActionOutcome::Kind::Completed);
    QCOMPARE(o.record.state, ActionState::Done);
    QCOMPARE(m_graph->count("POST"), 1);
    QCOMPARE(m_mini.executed, 1);
}

void TestFaults::neverSeenIsUnknownNotFailed()
{
    Session session;
    connectSession(session);
    m_mini.postFault = Mode::Reset;
    m_mini.resultsVisibleAfterMsecs = 60000; // longer than Passdesk looks
    const ActionOutcome o = runReset(session);
    QCOMPARE(o.kind, ActionOutcome::Kind::Unknown);
    QCOMPARE(o.record.state, ActionState::OutcomeUnknown);
    QVERIFY(o.explanation.contains(QLatin1String("Check Device actions")));
    QVERIFY(!o.explanation.contains(QLatin1String("failed"), Qt::CaseInsensitive));
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::skewedServerClockStillFollows_data()
{
    QTest::addColumn<int>("skewSecs");
    QTest::newRow("server 10 s ahead") << 10;
    QTest::newRow("server 10 s behind") << -10;
    QTest::newRow("server an hour ahead") << 3600;
}

void TestFaults::skewedServerClockStillFollows()
{
    QFETCH(int, skewSecs);
    m_graph->setClockSkewSecs(skewSecs);
    Session session;
    connectSession(session);
    m_mini.postFault = Mode::Close; // the outcome has to be found by reading
    const ActionOutcome o = runReset(session);
    QCOMPARE(o.kind, ActionOutcome::Kind::Completed);
    QCOMPARE(o.record.state, ActionState::Done);
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::pendingActionIsNotSentAgain()
{
    Session session;
    connectSession(session);
    m_mini.results = QJsonArray{QJsonObject{{QStringLiteral("actionName"), QStringLiteral("resetPasscode")},
        {QStringLiteral("actionState"), QStringLiteral("pending")},
        {QStringLiteral("startDateTime"), QStringLiteral("2026-12-01T09:00:00Z")},
        {QStringLiteral("lastUpdatedDateTime"), QStringLiteral("2026-12-01T09:00:00Z")}}};
    ActionOutcome o = runReset(session);
    QCOMPARE(o.kind, ActionOutcome::Kind::AlreadyPending);
    QCOMPARE(o.pending.state, ActionState::Pending);
    QVERIFY(o.explanation.contains(QLatin1String("still pending")));
    QCOMPARE(m_graph->count("POST"), 0);
    // The operator insists: one POST.
    o = runReset(session, true);
    QCOMPARE(o.kind, ActionOutcome::Kind::Completed);
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::readBackOfAnotherDeviceSendsNothing()
{
    Session session;
    connectSession(session);
    m_mini.readBackId = QStringLiteral("another-device");
    const ActionOutcome o = runReset(session);
    QCOMPARE(o.kind, ActionOutcome::Kind::NotSent);
    QCOMPARE(m_graph->count("POST"), 0);
}

void TestFaults::pollsDoNotOverlap()
{
    Session session;
    connectSession(session);
    session.setPollInterval(0); // raised to the minimum
    session.setActionTimeout(3000);
    m_mini.resultState = QStringLiteral("pending"); // the device never checks in
    m_mini.readDelayMsecs = 1000; // and each read takes a second
    const ActionOutcome o = runReset(session);
    QVERIFY2(o.kind == ActionOutcome::Kind::StillPending, qPrintable(o.explanation + o.record.rawState));
    QCOMPARE(m_graph->count("POST"), 1);
    // One read in flight at a time: at most one every second (plus the read before sending).
    const int reads = m_graph->count("GET");
    QVERIFY2(reads >= 2 && reads <= 6, qPrintable(QString::number(reads)));
}

namespace {
// Any device id: an iPhone by that id; POSTs answered 204, results never shown.
FaultServer::Reply anyPhone(const FaultServer::Request &r)
{
    const QByteArray prefix = "/beta/deviceManagement/managedDevices/";
    if (r.method == "POST")
        return FaultServer::Reply::json({}, 204);
    const QString id = QString::fromLatin1(r.path.mid(prefix.size()));
    QJsonObject d = phone(id);
    d.insert(QStringLiteral("deviceActionResults"), QJsonArray());
    return FaultServer::Reply::json(QJsonDocument(d).toJson(QJsonDocument::Compact));
}
} // namespace

ActionJob *TestFaults::bulkLock(Session &session, int devices)
{
    QString error;
    if (!session.connectTo(base(), kToken, &error))
        return nullptr;
    session.setPollInterval(ActionJob::kMinPollMsecs);
    session.setActionTimeout(300);
    session.pacer()->setLimit(2, 1000);
    std::vector<Device> list;
    QStringList ids;
    for (int i = 0; i < devices; ++i) {
        Device d;
        deviceFromJson(phone(QStringLiteral("bulk-%1").arg(i)), &d);
        ids << d.id;
        list.push_back(d);
    }
    session.devices()->reset(std::move(list));
    m_graph->setHandler(anyPhone);
    return session.runAction(session.planAction(ids, ActionKind::RemoteLock));
}

void TestFaults::bulkActionsArePaced()
{
    Session session;
    ActionJob *job = bulkLock(session, 5);
    QVERIFY(job);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_graph->count("POST"), 5, 10000);
    // Never more than 2 in any second, as the server saw them.
    QList<qint64> at;
    for (const FaultServer::Request &r : m_graph->requests()) {
        if (r.method == "POST")
            at << r.atMsecs;
    }
    for (int i = 2; i < at.size(); ++i)
        QVERIFY2(at[i] - at[i - 2] >= 950, qPrintable(QStringLiteral("POSTs %1 and %2 too close").arg(i - 2).arg(i)));
    QVERIFY(at.last() - at.first() >= 1900);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
}

void TestFaults::canceledBulkLeavesTheRestUnsent()
{
    Session session;
    ActionJob *job = bulkLock(session, 5);
    QVERIFY(job);
    QHash<QString, ActionOutcome> outcomes;
    connect(job, &ActionJob::deviceFinished, this,
        [&](const QString &id, const ActionOutcome &o) { outcomes.insert(id, o); });
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_graph->count("POST"), 2, 5000);
    job->cancel();
    QTest::qWait(2500); // past the moment the next ones would have left
    QCOMPARE(m_graph->count("POST"), 2);
    QCOMPARE(outcomes.size(), 5);
    int unsent = 0;
    for (const ActionOutcome &o : std::as_const(outcomes))
        unsent += o.kind == ActionOutcome::Kind::NotSent ? 1 : 0;
    QCOMPARE(unsent, 3);
}

void TestFaults::controlAndBidiAreNeutralised()
{
    const QString hostile = QStringLiteral("Pixel\x1b]0;owned\x07\x1b[2J \u202Egnp.exe\u2066x\u2069\r\nnext\u200b");
    const QString shown = safeText(hostile);
    for (const QChar c : shown) {
        QVERIFY2(
            c.unicode() >= 0x20 && c.category() != QChar::Other_Format, qPrintable(QString::number(c.unicode(), 16)));
    }
    QVERIFY(shown.contains(QLatin1String("\\u001B]0;owned")));
    QVERIFY(shown.contains(QLatin1String("\\u202E")));
    QCOMPARE(safeText(QStringLiteral("Lucie Moreau — iPhone 15 “pro” ✓ 😀")),
        QStringLiteral("Lucie Moreau — iPhone 15 “pro” ✓ 😀"));
    QCOMPARE(safeText(QStringLiteral("a\nb"), true), QStringLiteral("a\nb"));
    // In JSON the strings stay exact for a reader, and inert for a terminal.
    const QByteArray json = safeJson(QJsonDocument(QJsonObject{{QStringLiteral("n"), hostile}}).toJson());
    QVERIFY(!json.contains('\x1b'));
    QVERIFY(!json.contains("\u202E"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("n")).toString(), hostile);
}

int TestFaults::cli(const QStringList &args, QByteArray *out, QByteArray *err, int waitMsecs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSDESK_ACCESS_TOKEN"), QString::fromLatin1(kToken));
    env.insert(QStringLiteral("PASSDESK_LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSDESK_CLI), QStringList{QStringLiteral("--graph-url"), base().toString()} + args);
    if (!process.waitForStarted())
        return -1;
    // The fault server lives in this thread: keep its loop running while the CLI works.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < waitMsecs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

void TestFaults::cliEscapesServerText()
{
    const QJsonArray devices{phone(kPhone, QStringLiteral("evil\x1b]0;pwned\x07\x1b[2J\u202Ecod.exe")),
        phone(QStringLiteral("b"), QStringLiteral("<img src=x onerror=alert(1)>"))};
    m_graph->setHandler([=](const FaultServer::Request &) { return FaultServer::Reply::json(page(devices)); });
    for (const QStringList &args :
        {QStringList{QStringLiteral("devices")}, QStringList{QStringLiteral("devices"), QStringLiteral("--json")}}) {
        QByteArray out;
        QCOMPARE(cli(args, &out), 0);
        QVERIFY2(!out.contains('\x1b'), out.constData());
        QVERIFY(!out.contains('\x07'));
        QVERIFY(!out.contains("\u202E"));
        QVERIFY(out.contains("<img src=x onerror=alert(1)>"));
    }
}

void TestFaults::cliPrintsNoPartialList()
{
    int n = 0;
    m_graph->setHandler([&](const FaultServer::Request &) {
        if (++n == 1)
            return FaultServer::Reply::json(
                page({phone(kPhone)}, QString::fromLatin1(m_graph->origin() + "/beta/x?p=2")));
        FaultServer::Reply reply = FaultServer::Reply::json(page({phone(QStringLiteral("b"))}));
        reply.mode = Mode::Truncate;
        return reply;
    });
    QByteArray out;
    QByteArray err;
    const int exit = cli({QStringLiteral("devices")}, &out, &err);
    QCOMPARE(exit, 1);
    QCOMPARE(out, QByteArray());
    QVERIFY(!err.isEmpty());
}

void TestFaults::cliRefusesPathIds()
{
    m_graph->setHandler([](const FaultServer::Request &) { return FaultServer::Reply::json("{}", 404); });
    QByteArray out;
    QCOMPARE(cli({QStringLiteral("device"), QStringLiteral("..")}, &out), 2);
    QCOMPARE(m_graph->requests().size(), 0);
    cli({QStringLiteral("device"), QStringLiteral("../../../me")}, &out);
    QCOMPARE(m_graph->requests().size(), 1);
    QCOMPARE(m_graph->requests().first().path, QByteArray("/beta/deviceManagement/managedDevices/..%2F..%2F..%2Fme"));
}

void TestFaults::cliTimeoutCoversThePost()
{
    m_mini.postFault = Mode::NoAnswer;
    m_graph->setHandler([this](const FaultServer::Request &r) { return m_mini.handle(r); });
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    const int exit = cli({QStringLiteral("reset-passcode"), kPhone, QStringLiteral("--yes"),
                             QStringLiteral("--timeout"), QStringLiteral("3")},
        &out);
    QCOMPARE(exit, 4);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(out.contains("Outcome unknown"), out.constData());
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::cliRefusesTooFastPolling()
{
    m_graph->setHandler([this](const FaultServer::Request &r) { return m_mini.handle(r); });
    QByteArray out;
    for (const QString &poll : {QStringLiteral("0"), QStringLiteral("0.1"), QStringLiteral("-1"), QStringLiteral("x")})
        QCOMPARE(
            cli({QStringLiteral("reset-passcode"), kPhone, QStringLiteral("--yes"), QStringLiteral("--poll"), poll},
                &out),
            2);
    QCOMPARE(m_graph->requests().size(), 0);
}

void TestFaults::cliSaysWhenNoPasscodeCameBack()
{
    // An Android Enterprise device: Intune should return a temporary passcode; this one returns none.
    m_mini.device = phone(kPhone, QStringLiteral("Pixel 8"));
    m_mini.device.insert(QStringLiteral("operatingSystem"), QStringLiteral("Android"));
    m_mini.device.insert(QStringLiteral("osVersion"), QStringLiteral("14"));
    m_mini.device.insert(QStringLiteral("deviceType"), QStringLiteral("androidEnterprise"));
    m_mini.device.insert(QStringLiteral("deviceEnrollmentType"), QStringLiteral("androidEnterpriseFullyManaged"));
    m_graph->setHandler([this](const FaultServer::Request &r) { return m_mini.handle(r); });
    QByteArray out;
    const int exit = cli({QStringLiteral("reset-passcode"), kPhone, QStringLiteral("--yes"), QStringLiteral("--poll"),
                             QStringLiteral("1")},
        &out);
    QCOMPARE(exit, 0);
    QVERIFY2(out.contains("Complete"), out.constData());
    QVERIFY2(!out.contains("Read the temporary passcode"), out.constData());
    QVERIFY(out.contains("returned no temporary passcode"));
    QCOMPARE(m_graph->count("POST"), 1);
}

void TestFaults::cliActsOnSeveralDevices()
{
    // A small fleet: any id is an iPhone, but "missing"; a lock is done at once.
    QHash<QString, QJsonArray> results;
    m_graph->setHandler([&](const FaultServer::Request &r) {
        const QByteArray prefix = "/beta/deviceManagement/managedDevices/";
        const QList<QByteArray> parts = r.path.mid(prefix.size()).split('/');
        const QString id = QString::fromLatin1(parts.first());
        if (id == QLatin1String("missing"))
            return FaultServer::Reply::json(R"({"error":{"code":"ResourceNotFound","message":"gone"}})", 404);
        if (r.method == "POST") {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            results[id] = QJsonArray{QJsonObject{{QStringLiteral("actionName"), QStringLiteral("remoteLock")},
                {QStringLiteral("actionState"), QStringLiteral("done")}, {QStringLiteral("startDateTime"), now},
                {QStringLiteral("lastUpdatedDateTime"), now}}};
            return FaultServer::Reply::json({}, 204);
        }
        QJsonObject d = phone(id);
        d.insert(QStringLiteral("deviceActionResults"), results.value(id));
        return FaultServer::Reply::json(QJsonDocument(d).toJson(QJsonDocument::Compact));
    });
    QByteArray out;
    QByteArray err;
    const int exit = cli(
        {QStringLiteral("remote-lock"), QStringLiteral("fleet-1"), QStringLiteral("missing"), QStringLiteral("fleet-2"),
            QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--poll"), QStringLiteral("1")},
        &out, &err);
    QCOMPARE(exit, 1); // the worst of the three: one could not be read
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QCOMPARE(array.size(), 3);
    QHash<QString, int> status;
    for (const QJsonValue &v : array)
        status.insert(v[QStringLiteral("deviceId")].toString(), v[QStringLiteral("exitStatus")].toInt(-1));
    QCOMPARE(status.value(QStringLiteral("fleet-1")), 0);
    QCOMPARE(status.value(QStringLiteral("fleet-2")), 0);
    QCOMPARE(status.value(QStringLiteral("missing")), 1);
    QCOMPARE(m_graph->count("POST"), 2);
}

QTEST_GUILESS_MAIN(TestFaults)
void TestFaults::historyFromALyingServerLeavesSourcesOut()
{
    // The audit lies about a type on its second record; the audit log points its
    // next page to another host. Each source is left out whole and said why; the
    // token never leaves Graph.
    const QString id = kPhone;
    const QJsonObject good{{QStringLiteral("action"), QStringLiteral("resetPasscode")},
        {QStringLiteral("managedDeviceId"), id},
        {QStringLiteral("requestDateTime"), QStringLiteral("2026-12-02T10:00:00Z")},
        {QStringLiteral("initiatedByUserPrincipalName"), QStringLiteral("jordan.lee@contoso.com")}};
    QJsonObject lying = good;
    lying.insert(QStringLiteral("requestDateTime"), 1764669600);
    const QString foreign
        = QString::fromLatin1(m_foreign->origin()) + QStringLiteral("/beta/deviceManagement/auditEvents");
    m_graph->setHandler([=](const FaultServer::Request &r) {
        if (r.path.contains("remoteActionAudits"))
            return FaultServer::Reply::json(page({good, lying}));
        if (r.path.contains("auditEvents"))
            return FaultServer::Reply::json(page({}, foreign));
        return FaultServer::Reply::json(QJsonDocument(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deviceActionResults"), QJsonArray()}})
                                            .toJson(QJsonDocument::Compact));
    });
    auto *job = new HistoryJob(m_client, nullptr, id, {}, QString(), this);
    const HistoryJob::Result result = runJob(job);
    QVERIFY(result.complete);
    QCOMPARE(result.missing.size(), size_t(2));
    QStringList reasons;
    for (const HistoryJob::Missing &m : result.missing)
        reasons << m.reason();
    const QString all = reasons.join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QLatin1String("remote action audit not shown")) && all.contains(QLatin1String("requestDateTime")),
        qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("audit log not shown")), qPrintable(all));
    QVERIFY(result.entries.empty()); // never the one good record alone
    QCOMPARE(m_foreign->countWithToken(), 0);
    QCOMPARE(m_foreign->requests().size(), 0);
}

#include "tst_faults.moc"
