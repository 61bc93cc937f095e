#include "actionjob.h"
#include "actionlistmodel.h"
#include "devicefetchjob.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "graphclient.h"
#include "issuedsecret.h"
#include "secretstore.h"
#include "serverclock.h"
#include "session.h"
#include "simserver.h"
#include "writepacer.h"

#include "jobresult.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;

// The service layer end to end: a session over loopback HTTP to the simulator.
class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resetIssuesThePasscodeTheBackendIssued();
    void iosRemovesWithoutPasscode();
    void macLockKeepsTheUnlockPin();
    void outcomesAreExplained_data();
    void outcomesAreExplained();
    void unsupportedIsRefusedWithoutSending();
    void runningActionIsNotSentTwice();
    void severalDevicesAtOnce();
    void passcodeIsDroppedAfterSevenDays();
    void fetchPicksUpALivePasscode();
    void bulkIsPacedOnTheServersClock();
    void syncHurriesAPendingReset();
    void syncIsRefusedWhereIntuneHasNoSync();

private:
    QString idOf(Sim::DeviceKind kind) const { return m_sim->devices()[size_t(kind)].id; }
    // Runs the action and waits for each device's end; returns the records.
    QHash<QString, ActionRecord> run(
        const QStringList &ids, ActionKind kind, QHash<QString, QString> *explanations = nullptr);

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
};

void TestActions::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 60);
    m_sim->setCheckInDelay(300);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("token");
    m_session = new Session(this);
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "token", &error));
    m_session->setPollInterval(50);
    m_session->setActionTimeout(20000);
    QCOMPARE(runJob(m_session->loadDirectory()).status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(m_session->devices()->deviceCount(), 60);
}

void TestActions::cleanup()
{
    delete m_session;
    delete m_sim;
}

QHash<QString, ActionRecord> TestActions::run(
    const QStringList &ids, ActionKind kind, QHash<QString, QString> *explanations)
{
    QHash<QString, ActionRecord> records;
    ActionJob *job = m_session->runAction(m_session->planAction(ids, kind));
    QSignalSpy finished(job, &ActionJob::finished);
    connect(job, &ActionJob::deviceFinished, this, [&](const QString &id, const ActionOutcome &outcome) {
        records.insert(id, outcome.record);
        if (explanations)
            explanations->insert(id, outcome.explanation);
    });
    job->start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); }();
    return records;
}

void TestActions::resetIssuesThePasscodeTheBackendIssued()
{
    const QString id = idOf(Sim::DeviceKind::AndroidFullyManaged);
    const auto records = run({id}, ActionKind::ResetPasscode);
    QCOMPARE(records.value(id).state, ActionState::Done);
    const IssuedSecret *secret = m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode);
    QVERIFY(secret);
    QCOMPARE(secret->value(), m_sim->lastIssuedPasscode(id));
    QCOMPARE(secret->expiresAt(), secret->issuedAt().addDays(7));
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 1);
    // The device actions list has the record, done, with timestamps.
    const ActionRecord *logged = m_session->actions()->latest(id, ActionKind::ResetPasscode);
    QVERIFY(logged);
    QCOMPARE(logged->state, ActionState::Done);
    QVERIFY(logged->lastUpdated.isValid());
    QVERIFY(logged->detail.contains(QLatin1String("temporary passcode")));
}

void TestActions::iosRemovesWithoutPasscode()
{
    const QString id = idOf(Sim::DeviceKind::IPhone);
    const auto records = run({id}, ActionKind::ResetPasscode);
    QCOMPARE(records.value(id).state, ActionState::Done);
    QCOMPARE(records.value(id).label, QStringLiteral("Remove passcode"));
    QVERIFY(!m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
}

void TestActions::macLockKeepsTheUnlockPin()
{
    const QString id = idOf(Sim::DeviceKind::MacOs);
    const auto records = run({id}, ActionKind::RemoteLock);
    QCOMPARE(records.value(id).state, ActionState::Done);
    const IssuedSecret *pin = m_session->secrets()->secret(id, IssuedSecret::Kind::UnlockPin);
    QVERIFY(pin);
    QCOMPARE(pin->value(), m_sim->lastUnlockPin(id));
    QCOMPARE(pin->value().size(), 6);
}

void TestActions::outcomesAreExplained_data()
{
    QTest::addColumn<int>("simKind");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("explanationHas");
    QTest::newRow("work profile, token never activated")
        << int(Sim::DeviceKind::AndroidWorkProfileNoToken) << int(ActionKind::ResetPasscode)
        << int(ActionState::NotSupported) << QStringLiteral("reset token");
    QTest::newRow("Windows 10 Mobile without PIN recovery")
        << int(Sim::DeviceKind::Windows10MobileNoPinRecovery) << int(ActionKind::ResetPasscode)
        << int(ActionState::Failed) << QStringLiteral("EnablePinRecovery");
}

void TestActions::outcomesAreExplained()
{
    QFETCH(int, simKind);
    QFETCH(int, action);
    QFETCH(int, state);
    QFETCH(QString, explanationHas);
    const QString id = idOf(Sim::DeviceKind(simKind));
    QHash<QString, QString> explanations;
    const auto records = run({id}, ActionKind(action), &explanations);
    QCOMPARE(int(records.value(id).state), state);
    QVERIFY2(explanations.value(id).contains(explanationHas), qPrintable(explanations.value(id)));
    QVERIFY(!m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
}

void TestActions::unsupportedIsRefusedWithoutSending()
{
    const QString id = idOf(Sim::DeviceKind::WindowsPc);
    QHash<QString, QString> explanations;
    const auto records = run({id}, ActionKind::ResetPasscode, &explanations);
    QCOMPARE(records.value(id).state, ActionState::NotSupported);
    QVERIFY(explanations.value(id).contains(QLatin1String("Windows")));
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 0);
}

void TestActions::runningActionIsNotSentTwice()
{
    const QString id = idOf(Sim::DeviceKind::AndroidDedicated);
    m_sim->setCheckInDelay(1000);
    ActionJob *first = m_session->runAction(m_session->planAction({id}, ActionKind::ResetPasscode));
    QSignalSpy firstDone(first, &ActionJob::finished);
    first->start();
    QTRY_VERIFY(m_session->isActionRunning(id, ActionKind::ResetPasscode));
    const auto second = run({id}, ActionKind::ResetPasscode);
    QVERIFY(second.value(id).detail.contains(QLatin1String("already running")));
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.count(), 1, 20000);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 1);
    QVERIFY(!m_session->isActionRunning(id, ActionKind::ResetPasscode));
}

void TestActions::severalDevicesAtOnce()
{
    const QStringList ids{idOf(Sim::DeviceKind::AndroidAdmin), idOf(Sim::DeviceKind::IPad),
        idOf(Sim::DeviceKind::WindowsPhone80), idOf(Sim::DeviceKind::WindowsRtOtherUser)};
    const auto records = run(ids, ActionKind::RemoteLock);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.value(ids[0]).state, ActionState::Done);
    QCOMPARE(records.value(ids[1]).state, ActionState::Done);
    QCOMPARE(records.value(ids[2]).state, ActionState::Done);
    // Someone other than the enroller is signed in: refused before sending.
    QCOMPARE(records.value(ids[3]).state, ActionState::NotSupported);
    QCOMPARE(m_sim->actionPostCount(ids[3], QStringLiteral("remoteLock")), 0);
}

void TestActions::passcodeIsDroppedAfterSevenDays()
{
    const QString id = idOf(Sim::DeviceKind::AndroidAdminLegacy);
    run({id}, ActionKind::ResetPasscode);
    QVERIFY(m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
    QSignalSpy expired(m_session->secrets(), &SecretStore::secretExpired);

    m_sim->clock().advance(7 * 24 * 3600 * 1000LL - 60 * 1000); // one minute before
    QVERIFY(runJob(m_session->fetchDevice(id)).ok);
    m_session->secrets()->expireDue();
    QVERIFY(m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));

    m_sim->clock().advance(61 * 1000);
    const DeviceFetchJob::Result again = runJob(m_session->fetchDevice(id));
    QVERIFY(again.ok);
    // The backend no longer returns it either.
    const auto &actions = again.actions;
    QVERIFY(!actions.empty());
    QVERIFY(actions.front().passcode.isEmpty());
    QTRY_COMPARE(expired.count(), 1);
    QVERIFY(!m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
    QVERIFY(m_session->secrets()->expiredAt(id, IssuedSecret::Kind::Passcode).isValid());
}

void TestActions::fetchPicksUpALivePasscode()
{
    // Another operator's session reset it; this one reads it from deviceActionResults.
    const QString id = idOf(Sim::DeviceKind::Aosp);
    run({id}, ActionKind::ResetPasscode);
    const QString issued = m_sim->lastIssuedPasscode(id);
    m_session->secrets()->clear();
    QVERIFY(!m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
    QVERIFY(runJob(m_session->fetchDevice(id)).ok);
    const IssuedSecret *secret = m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode);
    QVERIFY(secret);
    QCOMPARE(secret->value(), issued);
}

void TestActions::bulkIsPacedOnTheServersClock()
{
    // Intune counts writes on its own clock: 2 per 20 s here, 4 locks asked at once.
    m_session->pacer()->setLimit(2, 20000);
    m_sim->setCheckInDelay(10 * 60 * 1000); // the devices stay pending: polls go on
    const QStringList ids{idOf(Sim::DeviceKind::AndroidAdmin), idOf(Sim::DeviceKind::IPad),
        idOf(Sim::DeviceKind::AndroidFullyManaged), idOf(Sim::DeviceKind::AndroidDedicated)};
    const auto posts = [&] {
        int n = 0;
        for (const QString &id : ids)
            n += m_sim->actionPostCount(id, QStringLiteral("remoteLock"));
        return n;
    };
    ActionJob *job = m_session->runAction(m_session->planAction(ids, ActionKind::RemoteLock));
    job->start();
    QTRY_COMPARE(posts(), 2);
    QTest::qWait(1500);
    QCOMPARE(posts(), 2); // the window is not over on the server's clock
    // Twenty seconds later on the server: the next answer's Date opens the window again.
    m_sim->clock().advance(21 * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(posts(), 4, 5000);
    job->cancel();
}

void TestActions::syncHurriesAPendingReset()
{
    // The device is asleep: left alone it would check in an hour from now.
    m_sim->setCheckInDelay(3600 * 1000);
    m_sim->setSyncCheckInDelay(300);
    const QString id = idOf(Sim::DeviceKind::AndroidFullyManaged);
    ActionJob *reset = m_session->runAction(m_session->planAction({id}, ActionKind::ResetPasscode));
    QSignalSpy accepted(reset, &ActionJob::deviceAccepted);
    QSignalSpy resetFinished(reset, &ActionJob::finished);
    ActionOutcome resetOutcome;
    connect(
        reset, &ActionJob::deviceFinished, this, [&](const QString &, const ActionOutcome &o) { resetOutcome = o; });
    reset->start();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(resetFinished.count(), 0);

    QHash<QString, QString> explanations;
    const auto records = run({id}, ActionKind::SyncDevice, &explanations);
    QCOMPARE(records.value(id).state, ActionState::Done);
    QCOMPARE(records.value(id).label, QStringLiteral("Sync now"));
    QVERIFY(records.value(id).detail.contains(QLatin1String("checked in")));
    // The reset completes with the check-in the sync asked for, not an hour later.
    QTRY_COMPARE_WITH_TIMEOUT(resetFinished.count(), 1, 5000);
    QCOMPARE(resetOutcome.record.state, ActionState::Done);
    QVERIFY(m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode));
    // Each left this computer once.
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("syncDevice")), 1);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 1);
    const ActionRecord *logged = m_session->actions()->latest(id, ActionKind::SyncDevice);
    QVERIFY(logged);
    QCOMPARE(logged->state, ActionState::Done);

    // A sync the device does not answer stays pending; another is not sent without a second decision.
    m_sim->setSyncCheckInDelay(3600 * 1000);
    m_session->setActionTimeout(500);
    QCOMPARE(run({id}, ActionKind::SyncDevice).value(id).state, ActionState::Pending);
    explanations.clear();
    QCOMPARE(run({id}, ActionKind::SyncDevice, &explanations).value(id).state, ActionState::NotSent);
    QVERIFY(explanations.value(id).contains(QLatin1String("still pending")));
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("syncDevice")), 2);
}

void TestActions::syncIsRefusedWhereIntuneHasNoSync()
{
    const QString id = idOf(Sim::DeviceKind::WindowsPhone81);
    QHash<QString, QString> explanations;
    const auto records = run({id}, ActionKind::SyncDevice, &explanations);
    QCOMPARE(records.value(id).state, ActionState::NotSupported);
    QVERIFY(explanations.value(id).contains(QLatin1String("Intune offers Sync")));
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("syncDevice")), 0);
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
