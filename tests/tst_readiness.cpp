#include "actionjob.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "readinessjob.h"
#include "session.h"
#include "simserver.h"

#include "jobresult.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;

// Tenant readiness against the simulator's ready and not-ready tenants.
class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readyTenant();
    void notReadyTenantTurnsWindowsPinResetOff();
    void withoutThePermissionsItCannotTell();
    void serverIgnoringTheFilterIsNotReadAsReady();

private:
    QString idOf(Sim::DeviceKind kind) const { return m_sim->devices()[size_t(kind)].id; }
    ReadinessJob::Result check();

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
};

void TestReadiness::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 30);
    m_sim->setCheckInDelay(200);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("token");
    m_session = new Session(this);
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "token", &error));
    m_session->setPollInterval(50);
    QCOMPARE(runJob(m_session->loadDirectory()).status, DirectoryLoadJob::Result::Status::Loaded);
}

void TestReadiness::cleanup()
{
    delete m_session;
    delete m_sim;
}

ReadinessJob::Result TestReadiness::check()
{
    return runJob(m_session->checkReadiness());
}

void TestReadiness::readyTenant()
{
    const ReadinessJob::Result result = check();
    QVERIFY(result.complete);
    QCOMPARE(result.check(QStringLiteral("pinResetService"))->state, ReadinessJob::State::Ready);
    QCOMPARE(result.check(QStringLiteral("pinResetClient"))->state, ReadinessJob::State::Ready);
    const ReadinessJob::Check *policy = result.check(QStringLiteral("pinRecoveryPolicy"));
    QCOMPARE(policy->state, ReadinessJob::State::Ready);
    QVERIFY2(policy->detail().contains(QLatin1String("Windows Hello for Business")), qPrintable(policy->detail()));
    QCOMPARE(result.pinResetService(), ReadinessJob::State::Ready);
    // A fixed token: its permissions cannot be known, and the role never can.
    QCOMPARE(result.check(QStringLiteral("permissionActions"))->state, ReadinessJob::State::CannotTell);
    QCOMPARE(result.check(QStringLiteral("intuneRole"))->state, ReadinessJob::State::CannotTell);
    Device d = *m_session->devices()->deviceById(idOf(Sim::DeviceKind::Windows10Mobile));
    QVERIFY(m_session->matrix().evaluate(d, ActionKind::ResetPasscode).supported);
}

void TestReadiness::notReadyTenantTurnsWindowsPinResetOff()
{
    m_sim->setPinResetOnboarded(false);
    m_sim->setPinRecoveryPolicy(false);
    QSignalSpy changed(m_session, &Session::tenantFactsChanged);
    const ReadinessJob::Result result = check();
    QCOMPARE(result.check(QStringLiteral("pinResetService"))->state, ReadinessJob::State::NotReady);
    QCOMPARE(result.check(QStringLiteral("pinResetClient"))->state, ReadinessJob::State::NotReady);
    const ReadinessJob::Check *service = result.check(QStringLiteral("pinResetService"));
    QVERIFY(service->fix().contains(QLatin1String("consent")));
    QVERIFY(service->links.first().toString().contains(QLatin1String("b8456c59-1230-44c7-a4a2-99b085333e84")));
    QVERIFY(result.check(QStringLiteral("pinResetClient"))
                ->links.first()
                .toString()
                .contains(QLatin1String("9115dd05-fad5-4f9c-acc7-305d08b1b04e")));
    // No custom policy: it may still come from the settings catalog.
    QCOMPARE(result.check(QStringLiteral("pinRecoveryPolicy"))->state, ReadinessJob::State::CannotTell);
    QCOMPARE(result.pinResetService(), ReadinessJob::State::NotReady);
    QCOMPARE(changed.count(), 1);

    // Windows 10 Mobile reset is off, with the reason; other platforms are untouched.
    const QString w10m = idOf(Sim::DeviceKind::Windows10Mobile);
    const Support support
        = m_session->matrix().evaluate(*m_session->devices()->deviceById(w10m), ActionKind::ResetPasscode);
    QVERIFY(!support.supported);
    QVERIFY2(support.reason.contains(QLatin1String("PIN reset service")), qPrintable(support.reason));
    QVERIFY(m_session->matrix()
                .evaluate(*m_session->devices()->deviceById(idOf(Sim::DeviceKind::AndroidFullyManaged)),
                    ActionKind::ResetPasscode)
                .supported);
    const ActionPlan plan = m_session->planAction({w10m}, ActionKind::ResetPasscode);
    QCOMPARE(plan.count(ActionPlan::Verdict::NotSupported), 1);
    ActionJob *job = m_session->runAction(plan);
    QSignalSpy finished(job, &ActionJob::finished);
    job->start();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(m_sim->actionPostCount(w10m, QStringLiteral("resetPasscode")), 0);

    // Onboarded since: checking again gives the action back.
    m_sim->setPinResetOnboarded(true);
    QCOMPARE(check().pinResetService(), ReadinessJob::State::Ready);
    QVERIFY(m_session->matrix().evaluate(*m_session->devices()->deviceById(w10m), ActionKind::ResetPasscode).supported);
}

void TestReadiness::withoutThePermissionsItCannotTell()
{
    const int before = m_sim->requestCount();
    auto *job = new ReadinessJob(m_session->graph(),
        {QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All"),
            QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.PrivilegedOperations.All")},
        true, m_session);
    const ReadinessJob::Result result = runJob(job);
    QVERIFY(result.complete);
    QCOMPARE(m_sim->requestCount(), before); // nothing asked that the sign-in may not read
    const ReadinessJob::Check *service = result.check(QStringLiteral("pinResetService"));
    QCOMPARE(service->state, ReadinessJob::State::CannotTell);
    QVERIFY2(service->detail().contains(QLatin1String("Application.Read.All")), qPrintable(service->detail()));
    QVERIFY(result.check(QStringLiteral("pinRecoveryPolicy"))
                ->detail()
                .contains(QLatin1String("DeviceManagementConfiguration.Read.All")));
    QCOMPARE(result.pinResetService(), ReadinessJob::State::CannotTell);
    QCOMPARE(result.check(QStringLiteral("permissionActions"))->state, ReadinessJob::State::Ready);
    QCOMPARE(result.check(QStringLiteral("permissionRead"))->state, ReadinessJob::State::Ready);
    const ReadinessJob::Check *audit = result.check(QStringLiteral("permissionAuditLog"));
    QCOMPARE(audit->state, ReadinessJob::State::NotReady);
    QVERIFY(audit->fix().contains(QLatin1String("DeviceManagementApps.Read.All")));
}

void TestReadiness::serverIgnoringTheFilterIsNotReadAsReady()
{
    // A server that ignores the filter answers with every service principal:
    // another application never counts for the one asked.
    m_sim->setServicePrincipalFilterIgnored(true);
    m_sim->setPinResetOnboarded(false);
    ReadinessJob::Result result = check();
    QCOMPARE(result.check(QStringLiteral("pinResetService"))->state, ReadinessJob::State::NotReady);
    QCOMPARE(result.check(QStringLiteral("pinResetClient"))->state, ReadinessJob::State::NotReady);
    m_sim->setPinResetOnboarded(true);
    result = check();
    QCOMPARE(result.pinResetService(), ReadinessJob::State::Ready);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
