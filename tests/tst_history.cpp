#include "actionjob.h"
#include "actionlistmodel.h"
#include "devicejson.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "history.h"
#include "historyjob.h"
#include "session.h"
#include "simserver.h"

#include "jobresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;

// One device's history: the merge on its own, Graph's records read strictly,
// and the whole job against the simulator over loopback HTTP.
class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeJoinsOneActionToldByEverySource();
    void mergeKeepsDistinctActionsApart();
    void graphDatesParse_data();
    void graphDatesParse();
    void auditRecordsAreReadStrictly();
    void historyMergesTheSourcesOfOneDevice();
    void deviceFilterHonouredOrNot_data();
    void deviceFilterHonouredOrNot();
    void missingPermissionIsSaidAndTheRestShown();
    void overlongSourceIsLeftOutNotShortened();

private:
    QString idOf(Sim::DeviceKind kind) const { return m_sim->devices()[size_t(kind)].id; }
    HistoryJob::Result history(const QString &id, const QStringList &scopes = {});

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
};

namespace {

HistoryEntry entry(int source, const char *when, const char *action, const char *who, ActionState state)
{
    HistoryEntry e;
    e.sources = source;
    e.when = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
    e.action = QString::fromLatin1(action);
    e.who = QString::fromLatin1(who);
    e.state = state;
    e.rawState = state == ActionState::None ? QString() : QStringLiteral("x");
    return e;
}

} // namespace

void TestHistory::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 30);
    m_sim->setCheckInDelay(200);
    m_sim->setPageSize(5); // the audits come in several pages
    m_sim->setAcceptedTokenUser(QStringLiteral("alex.martin@contoso.com"));
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("token");
    m_session = new Session(this);
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "token", &error));
    m_session->setPollInterval(50);
    QCOMPARE(runJob(m_session->loadDirectory()).status, DirectoryLoadJob::Result::Status::Loaded);
}

void TestHistory::cleanup()
{
    delete m_session;
    delete m_sim;
}

HistoryJob::Result TestHistory::history(const QString &id, const QStringList &scopes)
{
    auto *job = new HistoryJob(
        m_session->graph(), m_session->actions(), id, scopes, QStringLiteral("alex.martin@contoso.com"), m_session);
    return runJob(job);
}

void TestHistory::mergeJoinsOneActionToldByEverySource()
{
    // The same reset, seen by the four sources at slightly different times.
    std::vector<HistoryEntry> all{
        entry(HistoryEntry::AuditEvent, "2026-12-02T10:00:01Z", "resetPasscode", "jordan.lee@contoso.com",
            ActionState::None),
        entry(HistoryEntry::DeviceResult, "2026-12-02T10:00:02Z", "resetPasscode", "", ActionState::Done),
        entry(HistoryEntry::RemoteActionAudit, "2026-12-02T10:00:00Z", "resetPasscode", "jordan.lee@contoso.com",
            ActionState::Pending),
    };
    const std::vector<HistoryEntry> merged = mergeHistory(all);
    QCOMPARE(merged.size(), size_t(1));
    const HistoryEntry &m = merged.front();
    QCOMPARE(m.who, QStringLiteral("jordan.lee@contoso.com"));
    QCOMPARE(m.state, ActionState::Done); // the device's outcome is the most current
    QCOMPARE(m.when, QDateTime::fromString(QStringLiteral("2026-12-02T10:00:00Z"), Qt::ISODate));
    QCOMPARE(m.sources, int(HistoryEntry::AuditEvent | HistoryEntry::DeviceResult | HistoryEntry::RemoteActionAudit));
    QCOMPARE(historyActionText(m), QStringLiteral("Reset passcode"));
    QCOMPARE(historyOutcomeText(m), QStringLiteral("Complete"));
}

void TestHistory::mergeKeepsDistinctActionsApart()
{
    std::vector<HistoryEntry> all{
        // Two resets an hour apart, by two people.
        entry(HistoryEntry::RemoteActionAudit, "2026-12-02T09:00:00Z", "resetPasscode", "a@contoso.com",
            ActionState::Done),
        entry(HistoryEntry::RemoteActionAudit, "2026-12-02T10:00:00Z", "resetPasscode", "b@contoso.com",
            ActionState::Pending),
        // Within the window but by someone else: not the same action.
        entry(HistoryEntry::AuditEvent, "2026-12-02T10:00:30Z", "resetPasscode", "c@contoso.com", ActionState::None),
        // Another action at the same time.
        entry(
            HistoryEntry::RemoteActionAudit, "2026-12-02T10:00:10Z", "remoteLock", "b@contoso.com", ActionState::Done),
        // Something Passdesk does not send, kept as Intune wrote it.
        entry(
            HistoryEntry::AuditEvent, "2026-12-01T08:00:00Z", "Wipe ManagedDevice", "d@contoso.com", ActionState::None),
    };
    const std::vector<HistoryEntry> merged = mergeHistory(all);
    QCOMPARE(merged.size(), size_t(5));
    // Newest first.
    for (size_t i = 1; i < merged.size(); ++i)
        QVERIFY(merged[i - 1].when >= merged[i].when);
    QCOMPARE(merged.back().action, QStringLiteral("Wipe ManagedDevice"));
    QCOMPARE(historyActionText(merged.back()), QStringLiteral("Wipe ManagedDevice"));
    QCOMPARE(historyOutcomeText(merged.back()), QStringLiteral("Requested"));
}

void TestHistory::graphDatesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("seven digits, Z") << QStringLiteral("2026-12-02T15:04:05.1234567Z")
                                     << QStringLiteral("2026-12-02T15:04:05.123Z");
    QTest::newRow("seven digits, -08:00")
        << QStringLiteral("2026-12-02T07:04:05.1234567-08:00") << QStringLiteral("2026-12-02T15:04:05.123Z");
    QTest::newRow("+05:30") << QStringLiteral("2026-12-02T20:34:05+05:30")
                            << QStringLiteral("2026-12-02T15:04:05.000Z");
    QTest::newRow("no fraction") << QStringLiteral("2026-12-02T15:04:05Z")
                                 << QStringLiteral("2026-12-02T15:04:05.000Z");
    QTest::newRow("rounds up") << QStringLiteral("2026-12-02T15:04:05.9999999Z")
                               << QStringLiteral("2026-12-02T15:04:06.000Z");
}

void TestHistory::graphDatesParse()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QJsonObject audit{{QStringLiteral("action"), QStringLiteral("resetPasscode")},
        {QStringLiteral("requestDateTime"), text}, {QStringLiteral("managedDeviceId"), QStringLiteral("d1")},
        {QStringLiteral("actionState"), QStringLiteral("done")}};
    HistoryEntry e;
    QString why;
    QVERIFY2(remoteActionAuditFromJson(audit, &e, &why), qPrintable(why));
    QCOMPARE(e.when.toUTC().toString(Qt::ISODateWithMs), utc);

    const QJsonObject event{{QStringLiteral("activityType"), QStringLiteral("ResetPasscode ManagedDevice")},
        {QStringLiteral("activityDateTime"), text}, {QStringLiteral("activityResult"), QStringLiteral("Success")},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("userPrincipalName"), QStringLiteral("a@b.c")}}},
        {QStringLiteral("resources"), QJsonArray{QJsonObject{{QStringLiteral("resourceId"), QStringLiteral("d1")}}}}};
    QStringList resources;
    QVERIFY2(auditEventFromJson(event, &e, &resources, &why), qPrintable(why));
    QCOMPARE(e.when.toUTC().toString(Qt::ISODateWithMs), utc);
    QCOMPARE(e.action, QStringLiteral("resetPasscode"));
    QCOMPARE(e.who, QStringLiteral("a@b.c"));
    QCOMPARE(resources, QStringList{QStringLiteral("d1")});
}

void TestHistory::auditRecordsAreReadStrictly()
{
    const QJsonObject good{{QStringLiteral("action"), QStringLiteral("remoteLock")},
        {QStringLiteral("requestDateTime"), QStringLiteral("2026-12-02T15:04:05Z")},
        {QStringLiteral("managedDeviceId"), QStringLiteral("d1")}};
    HistoryEntry e;
    QVERIFY(remoteActionAuditFromJson(good, &e));
    QCOMPARE(e.state, ActionState::None);
    for (const auto &[key, value] : {std::pair{"requestDateTime", QJsonValue(QStringLiteral("yesterday"))},
             {"requestDateTime", QJsonValue(12)}, {"initiatedByUserPrincipalName", QJsonValue(true)},
             {"action", QJsonValue(QJsonValue::Null)}, {"managedDeviceId", QJsonValue(QJsonArray())}}) {
        QJsonObject bad = good;
        bad.insert(QLatin1String(key), value);
        QString why;
        QVERIFY2(!remoteActionAuditFromJson(bad, &e, &why), key);
        QVERIFY(!why.isEmpty());
    }
    QStringList resources;
    const QJsonObject badEvent{{QStringLiteral("activityType"), QStringLiteral("RemoteLock ManagedDevice")},
        {QStringLiteral("activityDateTime"), QStringLiteral("2026-12-02T15:04:05Z")},
        {QStringLiteral("resources"), QJsonArray{QStringLiteral("d1")}}};
    QVERIFY(!auditEventFromJson(badEvent, &e, &resources));
}

void TestHistory::historyMergesTheSourcesOfOneDevice()
{
    const QString id = idOf(Sim::DeviceKind::AndroidFullyManaged);
    const QString other = idOf(Sim::DeviceKind::IPhone);
    const qint64 hour = 3600 * 1000;
    m_sim->addColleagueAction(
        id, QStringLiteral("resetPasscode"), QStringLiteral("jordan.lee@contoso.com"), 2 * hour, 5 * 60 * 1000);
    m_sim->addColleagueAction(id, QStringLiteral("syncDevice"), QStringLiteral("sofia.ricci@contoso.com"), 30 * hour,
        60 * 1000, QStringLiteral("done"), QStringLiteral("bulk-1"));
    m_sim->addColleagueAction(
        other, QStringLiteral("remoteLock"), QStringLiteral("sofia.ricci@contoso.com"), hour, 60 * 1000);

    // This operator locks the device now.
    ActionJob *lock = m_session->runAction(m_session->planAction({id}, ActionKind::RemoteLock));
    QSignalSpy locked(lock, &ActionJob::finished);
    lock->start();
    QVERIFY(locked.wait(10000));

    const HistoryJob::Result result = history(id);
    QVERIFY(result.missing.empty());
    QCOMPARE(result.entries.size(), size_t(3));
    const HistoryEntry &newest = result.entries[0];
    QCOMPARE(newest.action, QStringLiteral("remoteLock"));
    QCOMPARE(newest.who, QStringLiteral("alex.martin@contoso.com"));
    QCOMPARE(newest.state, ActionState::Done);
    QCOMPARE(newest.sources,
        int(HistoryEntry::ThisSession | HistoryEntry::DeviceResult | HistoryEntry::RemoteActionAudit
            | HistoryEntry::AuditEvent));
    const HistoryEntry &reset = result.entries[1];
    QCOMPARE(reset.action, QStringLiteral("resetPasscode"));
    QCOMPARE(reset.who, QStringLiteral("jordan.lee@contoso.com"));
    QCOMPARE(reset.state, ActionState::Done);
    QVERIFY(reset.sources & HistoryEntry::DeviceResult);
    const HistoryEntry &sync = result.entries[2];
    QCOMPARE(sync.action, QStringLiteral("syncDevice"));
    QVERIFY(sync.bulk);
    QCOMPARE(sync.who, QStringLiteral("sofia.ricci@contoso.com"));
    // Nothing of the other device.
    for (const HistoryEntry &e : result.entries)
        QVERIFY(e.deviceId.isEmpty() || e.deviceId == id);
}

void TestHistory::deviceFilterHonouredOrNot_data()
{
    QTest::addColumn<bool>("supported");
    QTest::newRow("server filters") << true;
    QTest::newRow("server refuses the filter") << false;
}

void TestHistory::deviceFilterHonouredOrNot()
{
    QFETCH(bool, supported);
    m_sim->setAuditFilterSupported(supported);
    const QString id = idOf(Sim::DeviceKind::MacOs);
    // Many audits of other devices, a few of this one.
    for (const Sim::SimDevice &d : m_sim->devices())
        m_sim->addColleagueAction(d.id, QStringLiteral("syncDevice"), QStringLiteral("bulk@contoso.com"),
            48 * 3600 * 1000, 1000, QStringLiteral("done"), QStringLiteral("bulk-2"));
    m_sim->addColleagueAction(
        id, QStringLiteral("remoteLock"), QStringLiteral("jordan.lee@contoso.com"), 3600 * 1000, 1000);
    const HistoryJob::Result result = history(id);
    QVERIFY(result.missing.empty());
    QCOMPARE(result.entries.size(), size_t(2));
    QCOMPARE(result.entries[0].action, QStringLiteral("remoteLock"));
    QCOMPARE(result.entries[1].action, QStringLiteral("syncDevice"));
}

void TestHistory::missingPermissionIsSaidAndTheRestShown()
{
    const QString id = idOf(Sim::DeviceKind::IPad);
    m_sim->addColleagueAction(
        id, QStringLiteral("resetPasscode"), QStringLiteral("jordan.lee@contoso.com"), 3600 * 1000, 1000);
    const int before = m_sim->requestCount();
    // The sign-in carries the two device scopes, not the audit log's.
    const HistoryJob::Result result = history(id,
        {QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All"),
            QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.PrivilegedOperations.All")});
    QCOMPARE(result.missing.size(), size_t(1));
    QCOMPARE(result.missing.front().source, int(HistoryEntry::AuditEvent));
    const QString reason = result.missing.front().reason();
    QVERIFY2(reason.contains(QLatin1String("DeviceManagementApps.Read.All")), qPrintable(reason));
    // The audit log was not asked: the device, then the audit (refused filter, then unfiltered).
    QCOMPARE(m_sim->requestCount() - before, 3);
    QCOMPARE(result.entries.size(), size_t(1));
    QCOMPARE(result.entries[0].who, QStringLiteral("jordan.lee@contoso.com"));
}

void TestHistory::overlongSourceIsLeftOutNotShortened()
{
    // An audit longer than Passdesk reads is left out whole, and said so; the
    // device's own results still show.
    const QString id = idOf(Sim::DeviceKind::AndroidDedicated);
    m_sim->addColleagueAction(
        id, QStringLiteral("remoteLock"), QStringLiteral("jordan.lee@contoso.com"), 3600 * 1000, 1000);
    auto *job = new HistoryJob(m_session->graph(), m_session->actions(), id, {}, QString(), m_session);
    job->setMaxPages(1);
    for (int i = 0; i < 12; ++i) // more than one page of five
        m_sim->addColleagueAction(
            id, QStringLiteral("syncDevice"), QStringLiteral("bulk@contoso.com"), (50 + i) * 3600 * 1000LL, 1000);
    const HistoryJob::Result result = runJob(job);
    QCOMPARE(result.missing.size(), size_t(2)); // audit and audit log, each over one page
    for (const HistoryJob::Missing &m : result.missing)
        QVERIFY2(m.reason().contains(QLatin1String("page")), qPrintable(m.reason()));
    QCOMPARE(result.entries.size(), size_t(2)); // the device's latest lock and sync
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
