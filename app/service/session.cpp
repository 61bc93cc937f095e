#include "session.h"

#include "actionjob.h"
#include "actionlistmodel.h"
#include "authsession.h"
#include "credentialstore.h"
#include "devicefetchjob.h"
#include "deviceindex.h"
#include "devicestore.h"
#include "directoryloadjob.h"
#include "graphclient.h"
#include "historyjob.h"
#include "lapsjob.h"
#include "readinessjob.h"
#include "recoverysecretjob.h"
#include "reveallog.h"
#include "runningactions.h"
#include "secretstore.h"
#include "serverclock.h"
#include "supportmatrix.h"
#include "writepacer.h"

namespace Passdesk {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_clock(new ServerClock(this))
    , m_graph(new GraphClient(m_clock, this))
    , m_credentials(new CredentialStore(QStringLiteral("Passdesk"), this))
    , m_auth(new AuthSession(m_clock, m_credentials, this))
    , m_secrets(new SecretStore(m_clock, this))
    , m_devices(new DeviceStore(this))
    , m_index(new DeviceIndex(m_credentials, this))
    , m_actions(new ActionListModel(this))
    , m_running(new RunningActions(this))
    , m_pacer(new WritePacer(m_clock, this))
    , m_revealLog(std::make_unique<RevealLog>())
    , m_matrix(std::make_unique<SupportMatrix>(SupportMatrix::builtin()))
{
    connect(m_running, &RunningActions::changed, this, &Session::actionRunningChanged);
    // Passcodes and PINs go with the sign-in.
    connect(m_auth, &AuthSession::stateChanged, m_secrets, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedOut)
            m_secrets->clear();
    });
    // Signing out forgets this computer's copy of the tenant's devices too.
    connect(m_auth, &AuthSession::signedOut, m_index, &DeviceIndex::forget);
}

Session::~Session()
{
    // Jobs report back to the session as they go; end them while it is whole.
    const QList<ActionJob *> jobs = findChildren<ActionJob *>(Qt::FindDirectChildrenOnly);
    for (ActionJob *job : jobs)
        delete job;
}

bool Session::connectTo(const QUrl &graphBaseUrl, const QByteArray &accessToken, QString *error)
{
    if (!m_graph->setBaseUrl(graphBaseUrl, error))
        return false;
    m_graph->setAccessToken(accessToken);
    m_graph->setTokenSource(nullptr);
    m_index->setIdentity(QString(), QString());
    m_usesSignIn = false;
    return true;
}

bool Session::useProfile(const TenantProfile &profile, const QUrl &hostOverride, QString *error)
{
    // What was learnt of the previous tenant does not hold for this one.
    setTenantFactMissing(QStringLiteral("pinResetService"), false);
    const QUrl authority = profile.authorityUrl(hostOverride);
    if (!GraphClient::isAcceptableBaseUrl(authority, error)
        || !m_graph->setBaseUrl(profile.graphBaseUrl(hostOverride), error))
        return false;
    m_secrets->clear();
    m_devices->clear();
    m_auth->setProfile(profile, hostOverride);
    m_index->setIdentity(profile.id, profile.tenant);
    m_graph->setAccessToken(QByteArray());
    m_graph->setTokenSource(m_auth);
    m_usesSignIn = true;
    m_tenantName = profile.displayName;
    return true;
}

bool Session::stepUpNeeded() const
{
    return m_usesSignIn && m_stepUpSecs > 0 && m_auth->needsStepUp(m_stepUpSecs);
}

const SupportMatrix &Session::matrix() const
{
    return *m_matrix;
}

void Session::setTenantFactMissing(const QString &fact, bool missing)
{
    if (m_matrix->isTenantFactMissing(fact) == missing)
        return;
    m_matrix->setTenantFactMissing(fact, missing);
    Q_EMIT tenantFactsChanged();
}

DirectoryLoadJob *Session::loadDirectory()
{
    return new DirectoryLoadJob(m_graph, m_devices, this);
}

ActionPlan Session::planAction(const QStringList &deviceIds, ActionKind kind) const
{
    return ActionPlan::make(
        deviceIds, kind, [this](const QString &id) { return m_devices->deviceById(id); }, matrix(), m_running);
}

ActionContext Session::actionContext() const
{
    ActionContext ctx;
    ctx.graph = m_graph;
    ctx.log = m_actions;
    ctx.secrets = m_secrets;
    ctx.auth = m_usesSignIn ? m_auth : nullptr;
    ctx.clock = m_clock;
    ctx.matrix = &matrix();
    ctx.running = m_running;
    ctx.pacer = m_pacer;
    ctx.stepUpWindowSecs = m_usesSignIn ? m_stepUpSecs : 0;
    ctx.pollMsecs = m_pollMsecs;
    ctx.timeoutMsecs = m_timeoutMsecs;
    ctx.verifyMsecs = m_verifyMsecs;
    return ctx;
}

ActionJob *Session::runAction(const ActionPlan &plan)
{
    return new ActionJob(actionContext(), plan, this);
}

DeviceFetchJob *Session::fetchDevice(const QString &deviceId)
{
    return new DeviceFetchJob(m_graph, m_secrets, deviceId, this);
}

HistoryJob *Session::readHistory(const QString &deviceId)
{
    auto *job = new HistoryJob(m_graph, m_actions, deviceId, grantedScopes(), operatorUpn(), this);
    job->setRevealLog(m_revealLog.get());
    return job;
}

ReadinessJob *Session::checkReadiness()
{
    auto *job = new ReadinessJob(m_graph, grantedScopes(), !grantedScopes().isEmpty(), this);
    connect(job, &Job::finished, this, [this, job] {
        const ReadinessJob::Result &result = job->result();
        if (!result.complete)
            return;
        // Only a tenant known not to be ready takes the action away; "cannot tell" leaves it.
        setTenantFactMissing(
            QStringLiteral("pinResetService"), result.pinResetService() == ReadinessJob::State::NotReady);
    });
    return job;
}

LapsPasswordJob *Session::readLapsPassword(const QString &deviceId)
{
    return new LapsPasswordJob(m_graph, deviceId, grantedScopes(), this);
}

RecoverySecretJob *Session::readRecoverySecret(int kind, const QString &deviceId)
{
    return new RecoverySecretJob(m_graph, RecoverySecretJob::Kind(kind), deviceId, grantedScopes(), this);
}

void Session::requestScopes(
    const QStringList &scopes, QObject *context, const std::function<void(AuthSession::ScopeOutcome)> &done)
{
    if (!m_usesSignIn)
        done(AuthSession::ScopeOutcome::Granted);
    else
        m_auth->requestScopes(scopes, context, done);
}

QString Session::operatorUpn() const
{
    return m_usesSignIn && m_auth->state() == AuthSession::State::SignedIn ? m_auth->userPrincipalName() : QString();
}

QStringList Session::grantedScopes() const
{
    return m_usesSignIn && m_auth->state() == AuthSession::State::SignedIn ? m_auth->grantedScopes() : QStringList();
}

void Session::recordReveal(const QString &kind, const QString &deviceId, const QString &deviceName)
{
    m_revealLog->append({QDateTime::currentDateTimeUtc(), operatorUpn(), kind, deviceId, deviceName});
}

bool Session::isActionRunning(const QString &deviceId, ActionKind kind) const
{
    return m_running->isRunning(deviceId, kind);
}

} // namespace Passdesk
