#include "actionjob.h"
#include "authcodeflow.h"
#include "authsession.h"
#include "devicecodeflow.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "graphclient.h"
#include "historyjob.h"
#include "lapsjob.h"
#include "pkce.h"
#include "recoverysecretjob.h"
#include "secretstore.h"
#include "serverclock.h"
#include "session.h"
#include "simserver.h"
#include "tenantprofile.h"

#include "jobresult.h"
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Passdesk;

// Sign-in against the simulator's identity endpoints over loopback HTTP.
// The test plays the browser by following the authorize redirect itself.
class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pkceParameters();
    void authCodeFlowEndToEnd();
    void redirectWithWrongStateIsIgnored();
    void declinedSignInFails();
    void deviceCodeFlow();
    void deviceCodeExpires();
    void refreshOnExpiryBeforeTheCall();
    void refreshOn401MidPaging();
    void revokedRefreshTokenAsksToSignInWithoutLoop();
    void forbiddenNamesWhatIsMissing_data();
    void forbiddenNamesWhatIsMissing();
    void stepUpBeforePasscodeReset();
    void canceledStepUpSendsNothing();
    void silentRefreshDuringStepUpSendsNothing();
    void signOutDropsSecrets();
    void lapsWithAHelpdeskRoleIsExplained();
    void secretScopesAreAskedOnFirstUse();
    void consentInTheBrowserOnFirstUse();
    void scopeTheTenantDoesNotGiveIsExplained();
    void historyWithoutAuditPermission_data();
    void historyWithoutAuditPermission();

private:
    OAuthClient client() const;
    // Follows the authorize URL as a browser would; returns the redirect it got.
    QUrl playBrowser(const QUrl &authorizeUrl, bool deliver = true);
    void signIn(Session &session);
    void loadDevices(Session &session);
    AuthSession::ScopeOutcome requestScopes(Session &session, const QStringList &scopes);
    // Signs in, then starts a reset six minutes later: it waits for the browser.
    ActionJob *resetWaitingForStepUp(Session &session, const QString &id);

    Sim::SimServer *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ServerClock *m_clock = nullptr;
};

void TestAuth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuth::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 60);
    m_sim->setPageSize(10);
    m_sim->setCheckInDelay(200);
    QVERIFY(m_sim->listen() != 0);
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock = new ServerClock(this);
}

void TestAuth::cleanup()
{
    delete m_nam;
    delete m_clock;
    delete m_sim;
}

OAuthClient TestAuth::client() const
{
    QUrl host = m_sim->baseUrl();
    host.setPath(QString());
    const TenantProfile profile = ProfileStore::demoProfile();
    return OAuthClient{profile.authorityUrl(host), profile.clientId, profile.scopes()};
}

QUrl TestAuth::playBrowser(const QUrl &authorizeUrl, bool deliver)
{
    QNetworkReply *reply = m_nam->get(QNetworkRequest(authorizeUrl));
    QSignalSpy done(reply, &QNetworkReply::finished);
    [&] { QVERIFY(done.wait(5000)); }();
    reply->deleteLater();
    QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (deliver && location.isValid()) {
        QUrl loopback = location;
        loopback.setHost(QStringLiteral("127.0.0.1"));
        QNetworkReply *back = m_nam->get(QNetworkRequest(loopback));
        connect(back, &QNetworkReply::finished, back, &QObject::deleteLater);
    }
    return location;
}

void TestAuth::signIn(Session &session)
{
    QUrl host = m_sim->baseUrl();
    host.setPath(QString());
    QString error;
    QVERIFY(session.useProfile(ProfileStore::demoProfile(), host, &error));
    session.auth()->setFollowsRedirectItself(true);
    session.setPollInterval(50);
    QSignalSpy signedIn(session.auth(), &AuthSession::signedIn);
    session.auth()->signInWithBrowser();
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedIn);
}

void TestAuth::loadDevices(Session &session)
{
    const DirectoryLoadJob::Result result = runJob(session.loadDirectory());
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(session.devices()->deviceCount(), 60);
}

void TestAuth::pkceParameters()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QCOMPARE(a.verifier.size(), 43);
    QVERIFY(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(a.verifier)).hasMatch());
    QVERIFY(a.verifier != b.verifier);
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
}

void TestAuth::authCodeFlowEndToEnd()
{
    AuthCodeFlow flow(m_nam, m_clock, client());
    QSignalSpy browser(&flow, &AuthCodeFlow::browserRequested);
    QSignalSpy ok(&flow, &AuthCodeFlow::succeeded);
    QSignalSpy failed(&flow, &AuthCodeFlow::failed);
    flow.start(false);
    QCOMPARE(browser.count(), 1);
    const QUrl url = browser.first().first().toUrl();
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).toLatin1(),
        Pkce::challengeFor(flow.codeVerifierForTests()));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("http://localhost:")));
    QVERIFY(
        query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QLatin1String("offline_access")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("prompt")));
    const QString state = query.queryItemValue(QStringLiteral("state"));
    QVERIFY(state.size() >= 16);

    const QUrl redirect = playBrowser(url);
    QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("state")), state);
    QVERIFY(ok.wait(5000));
    QCOMPARE(failed.count(), 0);
    const TokenGrant grant = ok.first().first().value<TokenGrant>();
    QVERIFY(m_sim->isIssuedAccessToken(grant.accessToken));
    QVERIFY(!grant.refreshToken.isEmpty());
    QVERIFY(grant.authTime.isValid());
    QVERIFY(!grant.userName.isEmpty());
    QVERIFY(grant.scopes.contains(QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")));
    QVERIFY(flow.codeVerifierForTests().isEmpty()); // wiped once used
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), 1);

    // Forced re-authentication asks for the credentials again.
    AuthCodeFlow again(m_nam, m_clock, client());
    QSignalSpy againBrowser(&again, &AuthCodeFlow::browserRequested);
    again.start(true);
    QCOMPARE(QUrlQuery(againBrowser.first().first().toUrl()).queryItemValue(QStringLiteral("prompt")),
        QStringLiteral("login"));
}

void TestAuth::redirectWithWrongStateIsIgnored()
{
    AuthCodeFlow flow(m_nam, m_clock, client());
    QSignalSpy browser(&flow, &AuthCodeFlow::browserRequested);
    QSignalSpy ok(&flow, &AuthCodeFlow::succeeded);
    flow.start(false);
    const QUrl url = browser.first().first().toUrl();
    // A forged redirect to the loopback port with another state.
    QUrl forged = flow.redirectUri();
    forged.setHost(QStringLiteral("127.0.0.1"));
    forged.setQuery(QStringLiteral("code=forged&state=not-ours"));
    QNetworkReply *reply = m_nam->get(QNetworkRequest(forged));
    QSignalSpy forgedDone(reply, &QNetworkReply::finished);
    QVERIFY(forgedDone.wait(5000));
    reply->deleteLater();
    QTest::qWait(200);
    QCOMPARE(ok.count(), 0);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), 0);
    // The real answer still completes the sign-in.
    playBrowser(url);
    QVERIFY(ok.wait(5000));
}

void TestAuth::declinedSignInFails()
{
    m_sim->setAuthorizeDeclines(true);
    AuthCodeFlow flow(m_nam, m_clock, client());
    QSignalSpy browser(&flow, &AuthCodeFlow::browserRequested);
    QSignalSpy failed(&flow, &AuthCodeFlow::failed);
    flow.start(false);
    playBrowser(browser.first().first().toUrl());
    QVERIFY(failed.wait(5000));
    const OAuthError error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.error, QStringLiteral("access_denied"));
    QVERIFY(error.userMessage().contains(QLatin1String("declined")));
}

void TestAuth::deviceCodeFlow()
{
    m_sim->setDeviceCodeInterval(1);
    m_sim->setDeviceCodeApprovalDelay(2500);
    DeviceCodeFlow flow(m_nam, m_clock, client());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy ok(&flow, &DeviceCodeFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QVERIFY(code.wait(5000));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{9}$")).match(code.first().at(0).toString()).hasMatch());
    QVERIFY(code.first().at(1).toUrl().path().endsWith(QLatin1String("/devicelogin")));
    QVERIFY(ok.wait(10000));
    QCOMPARE(failed.count(), 0);
    // It was pending first: several polls, one every interval.
    QVERIFY(m_sim->tokenRequestCount(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")) >= 2);
    QVERIFY(m_sim->isIssuedAccessToken(ok.first().first().value<TokenGrant>().accessToken));
}

void TestAuth::deviceCodeExpires()
{
    m_sim->setDeviceCodeInterval(1);
    m_sim->setDeviceCodeLifetime(2);
    m_sim->setDeviceCodeApprovalDelay(-1); // the user never enters it
    DeviceCodeFlow flow(m_nam, m_clock, client());
    QSignalSpy failed(&flow, &DeviceCodeFlow::failed);
    flow.start();
    QVERIFY(failed.wait(10000));
    const OAuthError error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.error, QStringLiteral("expired_token"));
    QVERIFY(error.userMessage().contains(QLatin1String("expired")));
}

void TestAuth::refreshOnExpiryBeforeTheCall()
{
    Session session;
    signIn(session);
    const int before = m_sim->tokenRequestCount(QStringLiteral("refresh_token"));
    // The access token is about to expire (sim clock): refreshed before the call, no 401.
    m_sim->clock().advance(3600 * 1000LL - 60 * 1000);
    session.clock()->observeServerDate(m_sim->clock().now());
    loadDevices(session); // checks that all 60 devices arrived
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), before + 1);
}

void TestAuth::refreshOn401MidPaging()
{
    Session session;
    signIn(session);
    DirectoryLoadJob *load = session.loadDirectory();
    int pages = 0;
    connect(load, &DirectoryLoadJob::progress, this, [&] {
        if (++pages == 2)
            m_sim->expireAllAccessTokens(); // the token dies between page 2 and 3
    });
    const DirectoryLoadJob::Result result = runJob(load);
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Loaded);
    QCOMPARE(result.count, 60);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(session.devices()->deviceCount(), 60);
}

void TestAuth::revokedRefreshTokenAsksToSignInWithoutLoop()
{
    Session session;
    signIn(session);
    QSignalSpy required(session.auth(), &AuthSession::signInRequired);
    m_sim->revokeRefreshTokens();
    m_sim->expireAllAccessTokens();
    const DirectoryLoadJob::Result result = runJob(session.loadDirectory());
    QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Failed);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(required.count(), 1);
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedOut);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    // Trying again does not hammer the token endpoint.
    QCOMPARE(runJob(session.loadDirectory()).status, DirectoryLoadJob::Result::Status::Failed);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(required.count(), 1);
}

void TestAuth::forbiddenNamesWhatIsMissing_data()
{
    QTest::addColumn<bool>("withoutPrivileged");
    QTest::addColumn<QString>("messageHas");
    QTest::newRow("consent missing") << true
                                     << QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
    QTest::newRow("no Intune role") << false << QStringLiteral("Help Desk Operator");
}

void TestAuth::forbiddenNamesWhatIsMissing()
{
    QFETCH(bool, withoutPrivileged);
    QFETCH(QString, messageHas);
    if (withoutPrivileged)
        m_sim->setGrantableScopes({QStringLiteral("DeviceManagementManagedDevices.Read.All")});
    else
        m_sim->setOperatorHasIntuneRole(false);
    Session session;
    signIn(session);
    session.setStepUpWindow(0);
    if (withoutPrivileged) {
        loadDevices(session); // reading is allowed
        const QString id = m_sim->devices()[size_t(Sim::DeviceKind::AndroidFullyManaged)].id;
        ActionJob *job = session.runAction(session.planAction({id}, ActionKind::ResetPasscode));
        QSignalSpy finished(job, &ActionJob::deviceFinished);
        job->start();
        QVERIFY(finished.wait(10000));
        const QString explanation = finished.first().at(1).value<ActionOutcome>().explanation;
        QVERIFY2(explanation.contains(messageHas), qPrintable(explanation));
        QCOMPARE(m_sim->actionExecutedCount(id, QStringLiteral("resetPasscode")), 0);
    } else {
        const DirectoryLoadJob::Result result = runJob(session.loadDirectory());
        QCOMPARE(result.status, DirectoryLoadJob::Result::Status::Failed);
        const GraphError error = result.error;
        QCOMPARE(error.httpStatus, 403);
        QVERIFY2(error.userMessage().contains(messageHas), qPrintable(error.userMessage()));
    }
}

void TestAuth::lapsWithAHelpdeskRoleIsExplained()
{
    // The permission is granted, but Helpdesk Administrator reads only LAPS metadata:
    // Graph answers 403, and the operator is told which roles read passwords.
    m_sim->setOperatorEntraRole(QStringLiteral("Helpdesk Administrator"));
    m_sim->setAdminConsent(true);
    Session session;
    signIn(session);
    QCOMPARE(requestScopes(session, {LapsPasswordJob::scope(), RecoverySecretJob::bitlockerScope()}),
        AuthSession::ScopeOutcome::Granted);
    const QString pc = m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].id;
    const LapsPasswordJob::Result result = runJob(session.readLapsPassword(pc));
    QVERIFY(!result.ok);
    QCOMPARE(result.graphError.httpStatus, 403);
    const QString why = result.error();
    QVERIFY2(why.contains(QLatin1String("Helpdesk Administrator"))
            && why.contains(QLatin1String("Cloud Device Administrator")),
        qPrintable(why));
    // The same operator reads BitLocker keys: that role may.
    auto *bitlocker = session.readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc);
    bitlocker->setKeyIdPrefix(m_sim->bitlockerKeys(m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].azureADDeviceId)
                                  .first()
                                  .first.left(8));
    const RecoverySecretJob::Result key = runJob(bitlocker);
    QVERIFY2(key.ok, qPrintable(key.error ? key.error() : QString()));
}

AuthSession::ScopeOutcome TestAuth::requestScopes(Session &session, const QStringList &scopes)
{
    std::optional<AuthSession::ScopeOutcome> outcome;
    session.requestScopes(scopes, this, [&outcome](AuthSession::ScopeOutcome o) { outcome = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
    return outcome.value_or(AuthSession::ScopeOutcome::Failed);
}

void TestAuth::secretScopesAreAskedOnFirstUse()
{
    // An administrator consented the app's permissions for the tenant: the LAPS
    // permission is not in the first sign-in, and comes silently when first used.
    m_sim->setAdminConsent(true);
    Session session;
    signIn(session);
    const QString asked = m_sim->lastAuthorizeQuery().queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    QVERIFY2(!asked.contains(LapsPasswordJob::scope()) && !asked.contains(RecoverySecretJob::bitlockerScope()),
        qPrintable(asked));
    QVERIFY(!session.auth()->grantedScopes().contains(LapsPasswordJob::scope()));
    const QString pc = m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].id;
    const int refreshes = m_sim->tokenRequestCount(QStringLiteral("refresh_token"));
    QCOMPARE(requestScopes(session, {LapsPasswordJob::scope()}), AuthSession::ScopeOutcome::Granted);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), refreshes + 1);
    QCOMPARE(m_sim->lastAuthorizeQuery().queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), asked);
    QVERIFY(session.auth()->grantedScopes().contains(LapsPasswordJob::scope()));
    QVERIFY(!session.auth()->grantedScopes().contains(RecoverySecretJob::bitlockerScope()));
    const LapsPasswordJob::Result laps = runJob(session.readLapsPassword(pc));
    QVERIFY2(laps.ok, qPrintable(laps.error ? laps.error() : QString()));
    // Asked again: already there, nothing sent.
    QCOMPARE(requestScopes(session, {LapsPasswordJob::scope()}), AuthSession::ScopeOutcome::Granted);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("refresh_token")), refreshes + 1);
    // The next refresh keeps it.
    m_sim->expireAllAccessTokens();
    loadDevices(session);
    QVERIFY(session.auth()->grantedScopes().contains(LapsPasswordJob::scope()));
}

void TestAuth::consentInTheBrowserOnFirstUse()
{
    // No administrator consent: the refresh asking for the new permission is
    // refused (AADSTS65001); the sign-in stays good, and the browser asks.
    Session session;
    signIn(session);
    const QString pc = m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].id;
    QSignalSpy signedOut(session.auth(), &AuthSession::signInRequired);
    QCOMPARE(requestScopes(session, {RecoverySecretJob::bitlockerScope()}), AuthSession::ScopeOutcome::ConsentRequired);
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedIn);
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(session.auth()->scopesAwaitingConsent(), QStringList{RecoverySecretJob::bitlockerScope()});
    // The sign-in still works, and its next refresh does not ask for the refused scope.
    m_sim->expireAllAccessTokens();
    loadDevices(session);
    QCOMPARE(signedOut.size(), 0);
    // Before consent, the read says what is missing and sends nothing for the key.
    const RecoverySecretJob::Result before
        = runJob(session.readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc));
    QVERIFY(!before.ok);
    QVERIFY2(before.error().contains(RecoverySecretJob::bitlockerScope()), qPrintable(before.error()));

    QSignalSpy interactive(session.auth(), &AuthSession::interactiveSignInCompleted);
    session.auth()->signInWithBrowser();
    QVERIFY(interactive.wait(10000));
    QVERIFY(m_sim->lastAuthorizeQuery()
                .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                .contains(RecoverySecretJob::bitlockerScope()));
    QVERIFY(session.auth()->scopesAwaitingConsent().isEmpty());
    QCOMPARE(requestScopes(session, {RecoverySecretJob::bitlockerScope()}), AuthSession::ScopeOutcome::Granted);
    auto *job = session.readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc);
    job->setKeyIdPrefix(m_sim->bitlockerKeys(m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].azureADDeviceId)
                            .first()
                            .first.left(8));
    const RecoverySecretJob::Result key = runJob(job);
    QVERIFY2(key.ok, qPrintable(key.error ? key.error() : QString()));
    // Consented now: a later session gets it silently with its refresh token.
    m_sim->expireAllAccessTokens();
    loadDevices(session);
    QVERIFY(session.auth()->grantedScopes().contains(RecoverySecretJob::bitlockerScope()));
}

void TestAuth::scopeTheTenantDoesNotGiveIsExplained()
{
    // The app registration lacks the LAPS permission: the token comes without
    // it, the read names what is missing, and the sign-in goes on as before.
    m_sim->setAdminConsent(true);
    m_sim->setGrantableScopes({QStringLiteral("DeviceManagementManagedDevices.Read.All"),
        QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")});
    Session session;
    signIn(session);
    QCOMPARE(requestScopes(session, {LapsPasswordJob::scope()}), AuthSession::ScopeOutcome::NotGranted);
    const QString pc = m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)].id;
    const LapsPasswordJob::Result laps = runJob(session.readLapsPassword(pc));
    QVERIFY(!laps.ok);
    QVERIFY2(laps.error().contains(LapsPasswordJob::scope()), qPrintable(laps.error()));
    m_sim->expireAllAccessTokens();
    loadDevices(session);
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedIn);
}

void TestAuth::historyWithoutAuditPermission_data()
{
    QTest::addColumn<bool>("consented");
    QTest::addColumn<QString>("reasonHas");
    // The app registration lacks the audit log's permission: known from the token, not asked.
    QTest::newRow("permission not granted") << false << QStringLiteral("DeviceManagementApps.Read.All");
    // Granted, but the operator's Intune role cannot read audit data: Graph says 403.
    QTest::newRow("no audit role") << true << QStringLiteral("Audit data: Read");
}

void TestAuth::historyWithoutAuditPermission()
{
    QFETCH(bool, consented);
    QFETCH(QString, reasonHas);
    if (consented)
        m_sim->setOperatorCanReadAuditLog(false);
    else
        m_sim->setGrantableScopes({QStringLiteral("DeviceManagementManagedDevices.Read.All"),
            QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All")});
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::IPhone)].id;
    m_sim->addColleagueAction(
        id, QStringLiteral("remoteLock"), QStringLiteral("jordan.lee@contoso.com"), 3600 * 1000, 1000);
    Session session;
    signIn(session);
    QCOMPARE(session.auth()->grantedScopes().join(QLatin1Char(' ')).contains(QLatin1String("DeviceManagementApps")),
        consented);
    const HistoryJob::Result result = runJob(session.readHistory(id));
    QCOMPARE(result.missing.size(), size_t(1));
    QCOMPARE(result.missing.front().source, int(HistoryEntry::AuditEvent));
    const QString reason = result.missing.front().reason();
    QVERIFY2(reason.contains(reasonHas), qPrintable(reason));
    // The rest of the history is there.
    QCOMPARE(result.entries.size(), size_t(1));
    QCOMPARE(result.entries.front().who, QStringLiteral("jordan.lee@contoso.com"));
}

void TestAuth::stepUpBeforePasscodeReset()
{
    m_sim->setRequireRecentSignIn(300);
    Session session;
    signIn(session);
    session.setStepUpWindow(300);
    loadDevices(session);
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::AndroidDedicated)].id;

    // Within five minutes of the sign-in: no re-authentication.
    QVERIFY(!session.stepUpNeeded());
    // Six minutes later (the server's clock), a reset asks for it first.
    m_sim->clock().advance(6 * 60 * 1000);
    session.clock()->observeServerDate(m_sim->clock().now());
    QVERIFY(session.stepUpNeeded());
    const int authorizeBefore = m_sim->tokenRequestCount(QStringLiteral("authorization_code"));
    ActionJob *job = session.runAction(session.planAction({id}, ActionKind::ResetPasscode));
    QSignalSpy stepUp(job, &ActionJob::stepUpRequired);
    QSignalSpy finished(job, &ActionJob::deviceFinished);
    job->start();
    QCOMPARE(stepUp.count(), 1);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 0); // not before the sign-in
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<ActionOutcome>().record.state, ActionState::Done);
    QCOMPARE(m_sim->lastAuthorizeQuery().queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), authorizeBefore + 1);
    QCOMPARE(m_sim->actionExecutedCount(id, QStringLiteral("resetPasscode")), 1);
}

ActionJob *TestAuth::resetWaitingForStepUp(Session &session, const QString &id)
{
    signIn(session);
    session.setStepUpWindow(300);
    loadDevices(session);
    m_sim->clock().advance(6 * 60 * 1000);
    session.clock()->observeServerDate(m_sim->clock().now());
    // A real browser this time: nobody answers until the test says so.
    session.auth()->setFollowsRedirectItself(false);
    QSignalSpy browser(session.auth(), &AuthSession::browserRequested);
    ActionJob *job = session.runAction(session.planAction({id}, ActionKind::ResetPasscode));
    job->start();
    return browser.wait(5000) ? job : nullptr;
}

void TestAuth::canceledStepUpSendsNothing()
{
    Session session;
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::AndroidFullyManaged)].id;
    ActionJob *job = resetWaitingForStepUp(session, id);
    QVERIFY(job);
    QSignalSpy finished(job, &ActionJob::deviceFinished);
    // The operator cancels the sign-in.
    session.auth()->cancelSignIn();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const ActionRecord record = finished.first().at(1).value<ActionOutcome>().record;
    QCOMPARE(record.state, ActionState::NotSent);
    QVERIFY2(record.detail.contains(QLatin1String("Not sent")), qPrintable(record.detail));
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 0);
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedIn); // still signed in as before
}

void TestAuth::silentRefreshDuringStepUpSendsNothing()
{
    Session session;
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::AndroidFullyManaged)].id;
    ActionJob *job = resetWaitingForStepUp(session, id);
    QVERIFY(job);
    QSignalSpy finished(job, &ActionJob::deviceFinished);
    QVERIFY(session.isActionRunning(id, ActionKind::ResetPasscode)); // busy from the click
    // While the operator is in the browser, the access token is refreshed silently,
    // and a restore announces "signed in": neither is the operator proving who they are.
    bool refreshed = false;
    session.auth()->refreshAccessToken(this, [&](bool ok) { refreshed = ok; });
    QTRY_VERIFY(refreshed);
    Q_EMIT session.auth()->signedIn(session.auth()->userName());
    QTest::qWait(500);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 0);
    // A second click while waiting makes no second job.
    const ActionPlan again = session.planAction({id}, ActionKind::ResetPasscode);
    QVERIFY(again.toSend().isEmpty());
    QCOMPARE(again.count(ActionPlan::Verdict::Running), 1);
    session.auth()->cancelSignIn();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<ActionOutcome>().kind, ActionOutcome::Kind::NotSent);
    QCOMPARE(m_sim->actionPostCount(id, QStringLiteral("resetPasscode")), 0);
    QVERIFY(!session.isActionRunning(id, ActionKind::ResetPasscode));
}

void TestAuth::signOutDropsSecrets()
{
    Session session;
    signIn(session);
    session.setStepUpWindow(0);
    loadDevices(session);
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::Aosp)].id;
    ActionJob *job = session.runAction(session.planAction({id}, ActionKind::ResetPasscode));
    QSignalSpy finished(job, &ActionJob::deviceFinished);
    job->start();
    QVERIFY(finished.wait(10000));
    QVERIFY(session.secrets()->secret(id, IssuedSecret::Kind::Passcode));
    session.auth()->signOut();
    QVERIFY(!session.secrets()->secret(id, IssuedSecret::Kind::Passcode));
    QVERIFY(session.auth()->accessToken().isEmpty());
    QCOMPARE(session.auth()->state(), AuthSession::State::SignedOut);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
