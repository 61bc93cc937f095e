#pragma once

#include "simaudit.h"
#include "simclock.h"
#include "simdevice.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Passdesk::Sim {

class SimIdentity;

// A Microsoft Graph lookalike for Intune managed devices, served on
// 127.0.0.1 under /beta and /v1.0. See app/sim/README.md for the contract.
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(QObject *parent = nullptr);
    ~SimServer() override;

    void setDevices(std::vector<SimDevice> devices);
    // TenantGenerator::generate(seed, count, clock().now()).
    void generate(quint64 seed, int count);
    const std::vector<SimDevice> &devices() const;

    // Binds 127.0.0.1 only; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT/beta (or /v1.0).
    QUrl baseUrl(const QString &version = QStringLiteral("beta")) const;

    void setPageSize(int pageSize); // default 1000
    int pageSize() const;
    void setCheckInDelay(qint64 msecs); // sim-clock time, default 4000
    qint64 checkInDelay() const;
    // After syncDevice, the device checks in this much later (sim-clock time,
    // default 1500), or at its regular check-in if that comes first; actions
    // pending on it complete then too.
    void setSyncCheckInDelay(qint64 msecs);
    SimClock &clock();
    const SimClock &clock() const;

    // A bearer token accepted on Graph forever, with every scope, whatever the
    // identity settings below (lifetime, scopes, Intune role, recent sign-in).
    void addAcceptedToken(const QByteArray &token);

    // ---- Microsoft identity platform (Entra ID v2.0), same host and port:
    // /{tenant}/oauth2/v2.0/{authorize,token,devicecode} and /devicelogin.
    // The demo operator is always signed in: authorize answers at once.
    // Access tokens issued there are accepted on Graph, subject to their
    // lifetime, their scopes, the operator's Intune role and the recent
    // sign-in rule. Identity requests are never throttled and are not counted
    // by requestCount() or lastRequestUrl().

    // The operator who signs in (ID token "name" and "preferred_username").
    // Default "Alex Martin", "alex.martin@contoso.com".
    void setSignedInUser(const QString &displayName, const QString &upn);
    // Lifetime (expires_in) of access tokens issued from now on; default 3600.
    void setAccessTokenLifetime(int secs);
    // Every access token issued so far is expired from now on (401 on Graph).
    void expireAllAccessTokens();
    // Every refresh token issued so far is revoked (invalid_grant, AADSTS70043).
    void revokeRefreshTokens();
    // Token endpoint requests with this grant_type, as sent (for example
    // "authorization_code", "refresh_token" or
    // "urn:ietf:params:oauth:grant-type:device_code"), whatever the answer.
    int tokenRequestCount(const QString &grantType) const;
    // Query of the latest authorize request, '+' already read as a space.
    QUrlQuery lastAuthorizeQuery() const;
    // When true, authorize redirects with error=access_denied (AADSTS65004).
    void setAuthorizeDeclines(bool declines);
    // Device codes issued from now on: the polling interval (default 5 s),
    // lifetime (default 900 s) and the sim-clock delay after which the user
    // has approved (default 3000 ms; -1 = only POST /devicelogin approves).
    void setDeviceCodeInterval(int secs);
    void setDeviceCodeLifetime(int secs);
    void setDeviceCodeApprovalDelay(qint64 msecs);
    // The user declines the next device code issued (authorization_declined).
    void declineNextDeviceCode();
    // Graph scopes the operator may consent to (with or without the
    // https://graph.microsoft.com/ prefix); default
    // DeviceManagementManagedDevices.Read.All,
    // DeviceManagementManagedDevices.PrivilegedOperations.All and
    // DeviceManagementApps.Read.All (Intune's audit log).
    void setGrantableScopes(const QStringList &scopes);
    // An administrator consented to every grantable scope for the tenant: a
    // refresh token may ask for any of them. Default false: a scope the user has
    // not consented interactively is refused on refresh (AADSTS65001).
    void setAdminConsent(bool on);
    // Every response arrives this much later, as from a distant server
    // (a relay in front of the server; set before listen()). Default 0.
    void setLatency(int msecs) { m_latencyMs = qMax(0, msecs); }
    // How the device list takes a $filter on a DateTimeOffset property
    // (enrolledDateTime ranges): as Graph documents it, refused with 400 as by
    // a server that does not support it, or silently ignored (every device).
    enum class DateFilter { Supported, Rejected, Ignored };
    void setDateFilter(DateFilter behaviour) { m_dateFilter = behaviour; }
    // Device list requests received, with a $filter or without (first pages and nextLinks).
    int deviceListRequests() const { return m_deviceListRequests; }
    // The nth device list request from now (1 is the next) answers 500
    // InternalServerError, which clients do not retry by themselves.
    void failDeviceListRequest(int nth) { m_failListAt.insert(m_deviceListRequests + nth); }
    // When false, Graph answers 403 (NoPermission) to issued tokens. Default true.
    void setOperatorHasIntuneRole(bool hasRole);
    // When > 0, resetPasscode with an issued token whose interactive sign-in
    // (auth_time) is older than this answers 401 with an insufficient_claims
    // challenge. 0 (default) turns it off.
    void setRequireRecentSignIn(qint64 maxAgeSecs);
    // When false, the operator's Intune role lacks "Audit data: Read": the audit
    // log (auditEvents) answers 403 to issued tokens. Default true.
    void setOperatorCanReadAuditLog(bool canRead);
    // When true, remoteActionAudits honours $filter=managedDeviceId eq '…';
    // by default it answers 400 to any $filter (the filter is not documented).
    void setAuditFilterSupported(bool supported);
    // Who the audits name for requests made with an accepted (fixed) token.
    void setAcceptedTokenUser(const QString &upn);
    // A remote action a colleague sent msecsAgo (sim-clock) through the Intune
    // admin center: recorded on the device, in remoteActionAudits and in
    // auditEvents; the device checks in checkInAfterMs after it was sent.
    void addColleagueAction(const QString &deviceId, const QString &action, const QString &upn, qint64 msecsAgo,
        qint64 checkInAfterMs, const QString &finalState = QStringLiteral("done"), const QString &bulkId = {});
    // Tenant readiness for Windows PIN reset: the two Microsoft PIN reset
    // enterprise applications (service principals) are in the tenant, and a
    // custom policy sets EnablePinRecovery. Both true by default.
    void setPinResetOnboarded(bool onboarded);
    void setPinRecoveryPolicy(bool present);
    // A server that ignores $filter on servicePrincipals and lists every one (others included).
    void setServicePrincipalFilterIgnored(bool ignored);
    // The signed-in operator's Entra role, for LAPS: "Cloud Device Administrator"
    // (default) reads passwords; "Helpdesk Administrator" only their metadata.
    void setOperatorEntraRole(const QString &role);
    // The LAPS passwords of a device (by its Entra device id), newest first.
    QStringList lapsPasswords(const QString &entraDeviceId) const;
    // BitLocker recovery keys of a device (Entra id): key id -> the 48-digit password.
    QList<QPair<QString, QString>> bitlockerKeys(const QString &entraDeviceId) const;
    // The FileVault personal recovery key Intune escrowed for a corporate-owned Mac; empty otherwise.
    QString fileVaultKey(const QString &deviceId) const;
    // These three follow rotations (rotateLocalAdminPassword, rotateBitLockerKeys,
    // rotateFileVaultKey): the device makes the new secret when it checks in.
    // The demo tenant's history: a few actions by colleagues on some devices.
    void seedColleagueHistory();
    int auditCount() const { return int(m_audits.size()); }

    // The interactive sign-in behind an issued access token; invalid if unknown.
    QDateTime authTimeOf(const QByteArray &accessToken) const;
    // Graph scopes granted to an issued access token, without the resource prefix.
    QStringList scopesOf(const QByteArray &accessToken) const;
    // True for any access token issued by the token endpoint, expired or not.
    bool isIssuedAccessToken(const QByteArray &accessToken) const;

    // The next `count` Graph requests (any path or method, before authentication)
    // answer `status` (429 or 503) with this Retry-After value, if not empty.
    // Throttled POSTs are not executed.
    void injectThrottling(int status, int count, const QByteArray &retryAfter = QByteArray());
    int pendingThrottledRequests() const;

    // Every POST received on a device's action URL, whatever the answer
    // (throttled, rejected, accepted): proves a client never resends.
    int actionPostCount(const QString &deviceId, const QString &action) const;
    // POSTs that were accepted (204) and recorded on the device.
    int actionExecutedCount(const QString &deviceId, const QString &action) const;
    // Graph requests received (identity requests are not counted).
    int requestCount() const;
    // URL (path and query, as received) of the latest Graph request.
    QUrl lastRequestUrl() const;

    // Passcode issued by the latest accepted reset that will succeed, even
    // before the device checks in; empty when none.
    QString lastIssuedPasscode(const QString &deviceId) const;
    // PIN issued by the latest successful macOS remote lock; empty when none.
    QString lastUnlockPin(const QString &deviceId) const;

private:
    struct Request;
    struct ListQuery;

    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse handleIdentity(
        const QHttpServerRequest &request, const QString &endpoint, const QString &tenant);
    std::optional<QHttpServerResponse> checkIssuedToken(const Request &r) const;
    QHttpServerResponse dispatch(Request &r);
    QHttpServerResponse listDevices(Request &r);
    QHttpServerResponse getDevice(Request &r, int deviceIndex);
    QHttpServerResponse postAction(Request &r, int deviceIndex, const QString &action);
    QHttpServerResponse listAudits(Request &r, bool events);
    QHttpServerResponse listServicePrincipals(Request &r);
    QHttpServerResponse listDeviceConfigurations(Request &r);
    QHttpServerResponse getLocalCredentials(Request &r);
    QHttpServerResponse getFileVaultKey(Request &r, int deviceIndex);
    int rotationsByEntraId(const QString &entraDeviceId, const QString &action) const;
    QHttpServerResponse bitlocker(Request &r);
    void recordAudit(const SimDevice &device, const QString &action, const QString &upn, const QString &application,
        const QDateTime &requested, qint64 checkInDelayMs, const QString &finalState, const QString &bulkId);

    QHttpServerResponse reply(const Request &r, int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    QHttpServerResponse error(const Request &r, int status, const QString &code, const QString &message,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    // Intune's nested error document. Without a headline the Message is
    // "An error has occurred ... - CustomApiErrorPhrase: <phrase>".
    QHttpServerResponse intuneError(const Request &r, int status, const QString &code, const QString &deviceId,
        const QString &action, const QString &phrase, const QString &headline = QString()) const;

    bool parseSelect(const QString &text, QStringList *select, QString *badName) const;
    int findDevice(const QString &id) const;
    QString nextSecret(int length, bool digitsOnly);

    QHttpServer *m_http = nullptr;
    SimClock m_clock;
    std::vector<SimDevice> m_devices;
    QHash<QString, int> m_indexById;
    QSet<QByteArray> m_tokens;
    std::unique_ptr<SimIdentity> m_identity;
    bool m_operatorHasIntuneRole = true;
    bool m_operatorCanReadAudit = true;
    bool m_auditFilterSupported = false;
    bool m_pinResetOnboarded = true;
    bool m_pinRecoveryPolicy = true;
    bool m_spFilterIgnored = false;
    QString m_entraRole = QStringLiteral("Cloud Device Administrator");
    QString m_acceptedTokenUser = QStringLiteral("automation@contoso.com");
    std::vector<SimAudit> m_audits;
    qint64 m_requireRecentSignIn = 0;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    DateFilter m_dateFilter = DateFilter::Supported;
    int m_deviceListRequests = 0;
    QHash<QString, std::vector<QByteArray>> m_listJson; // by $select: each device's list entry
    QSet<int> m_failListAt;
    int m_pageSize = 1000;
    qint64 m_checkInDelay = 4000;
    qint64 m_syncCheckInDelay = 1500;
    quint64 m_seed = 20261123;
    quint64 m_secretCounter = 0;

    int m_throttleStatus = 0;
    int m_throttleRemaining = 0;
    QByteArray m_throttleRetryAfter;

    int m_requestCount = 0;
    QUrl m_lastRequestUrl;
    QHash<QString, int> m_postCounts; // "deviceId/action"
    QHash<QString, int> m_executedCounts; // "deviceId/action"
    QHash<QString, QString> m_lastPasscode;
    QHash<QString, QString> m_lastUnlockPin;
};

} // namespace Passdesk::Sim
