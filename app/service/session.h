#pragma once

#include "actionjob.h"
#include "actionpolicy.h"
#include "authsession.h"
#include "remoteaction.h"
#include "tenantprofile.h"

#include <QObject>

#include <memory>
#include <QSet>
#include <QUrl>

namespace Passdesk {

class ActionListModel;
class CredentialStore;
class DeviceFetchJob;
class DeviceIndex;
class HistoryJob;
class LapsPasswordJob;
class ReadinessJob;
class RecoverySecretJob;
class RevealLog;
class DeviceStore;
class DirectoryLoadJob;
class GraphClient;
class RunningActions;
class WritePacer;
class SecretStore;
class ServerClock;
class SupportMatrix;

// What the console and the command line call: one connection to a tenant,
// its devices, the actions of this session and the secrets they issued.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // A fixed access token (PASSDESK_ACCESS_TOKEN, tests): no sign-in, no refresh.
    bool connectTo(const QUrl &graphBaseUrl, const QByteArray &accessToken, QString *error);
    // A tenant profile: the operator signs in through auth(). hostOverride
    // replaces both the sign-in and the Graph host (the demo tenant).
    bool useProfile(const TenantProfile &profile, const QUrl &hostOverride, QString *error);
    bool usesSignIn() const { return m_usesSignIn; }
    // Re-authentication before a passcode reset when the last interactive
    // sign-in is older than this (seconds; 0 turns it off).
    void setStepUpWindow(qint64 secs) { m_stepUpSecs = secs; }
    qint64 stepUpWindow() const { return m_stepUpSecs; }
    bool stepUpNeeded() const;
    void setTenantName(const QString &name) { m_tenantName = name; }
    QString tenantName() const { return m_tenantName; }

    // How often a running action is checked (at least ActionJob::kMinPollMsecs),
    // for how long, and how long an action whose POST got no answer is looked for.
    void setPollInterval(int msecs) { m_pollMsecs = qMax(ActionJob::kMinPollMsecs, msecs); }
    int pollInterval() const { return m_pollMsecs; }
    void setActionTimeout(int msecs) { m_timeoutMsecs = msecs; }
    int actionTimeout() const { return m_timeoutMsecs; }
    void setVerifyWindow(int msecs) { m_verifyMsecs = msecs; }

    DirectoryLoadJob *loadDirectory();
    // The rules of what may be sent on these loaded devices.
    ActionPlan planAction(const QStringList &deviceIds, ActionKind kind) const;
    // A job for the plan; the caller connects to it, then starts it.
    ActionJob *runAction(const ActionPlan &plan);
    // What an action job uses from this session.
    ActionContext actionContext() const;
    DeviceFetchJob *fetchDevice(const QString &deviceId);
    HistoryJob *readHistory(const QString &deviceId);
    // Checks the tenant; when it ends, what it found applies to the matrix
    // (a tenant not onboarded to the PIN reset service: no Windows PIN reset).
    ReadinessJob *checkReadiness();
    // The device's Windows LAPS passwords, read now (Entra ID audits the read).
    LapsPasswordJob *readLapsPassword(const QString &deviceId);
    // A BitLocker key, FileVault key or bypass code, read now.
    RecoverySecretJob *readRecoverySecret(int kind, const QString &deviceId);
    // Incremental consent before a read that needs more than the sign-in asked
    // for (AuthSession::requestScopes). A fixed token: Granted, the read says.
    void requestScopes(
        const QStringList &scopes, QObject *context, const std::function<void(AuthSession::ScopeOutcome)> &done);
    // Every reveal goes to this computer's reveal log (never the secret).
    void recordReveal(const QString &kind, const QString &deviceId, const QString &deviceName);
    // The signed-in operator's user principal name, and the token's granted scopes; empty with
    // a fixed token (unknown) or before sign-in.
    QString operatorUpn() const;
    QStringList grantedScopes() const;
    RevealLog *revealLog() const { return m_revealLog.get(); }
    bool isActionRunning(const QString &deviceId, ActionKind kind) const;
    RunningActions *running() const { return m_running; }
    WritePacer *pacer() const { return m_pacer; }

    GraphClient *graph() const { return m_graph; }
    AuthSession *auth() const { return m_auth; }
    CredentialStore *credentials() const { return m_credentials; }
    ServerClock *clock() const { return m_clock; }
    SecretStore *secrets() const { return m_secrets; }
    // The loaded devices; views adapt them (DeviceTreeModel).
    DeviceStore *devices() const { return m_devices; }
    // The devices as saved on this computer for the current profile (off with a fixed token);
    // sign-out deletes it.
    DeviceIndex *index() const { return m_index; }
    ActionListModel *actions() const { return m_actions; }
    const SupportMatrix &matrix() const;
    // What the tenant readiness found changes what the matrix offers (SupportMatrix::setTenantFactMissing).
    void setTenantFactMissing(const QString &fact, bool missing);

Q_SIGNALS:
    void actionRunningChanged(const QString &deviceId);
    void tenantFactsChanged();

private:
    ServerClock *m_clock;
    GraphClient *m_graph;
    CredentialStore *m_credentials;
    AuthSession *m_auth;
    bool m_usesSignIn = false;
    qint64 m_stepUpSecs = 300;
    SecretStore *m_secrets;
    DeviceStore *m_devices;
    DeviceIndex *m_index;
    ActionListModel *m_actions;
    RunningActions *m_running;
    WritePacer *m_pacer;
    QString m_tenantName;
    int m_pollMsecs = 3000;
    int m_timeoutMsecs = 15 * 60 * 1000;
    int m_verifyMsecs = 30000;
    std::unique_ptr<RevealLog> m_revealLog;
    std::unique_ptr<SupportMatrix> m_matrix;
};

} // namespace Passdesk
