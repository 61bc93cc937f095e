#include "commandrunner.h"

#include "historyjob.h"
#include "lapsjob.h"
#include "recoverysecretjob.h"

#include "actionjob.h"
#include "authsession.h"
#include "devicefetchjob.h"
#include "devicestore.h"
#include "directoryloadjob.h"
#include "issuedsecret.h"
#include "safetext.h"
#include "secretformat.h"
#include "secretstore.h"
#include "serverclock.h"
#include "session.h"
#include "supportmatrix.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <memory>

namespace Passdesk {

namespace {

QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject deviceJson(const Device &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("deviceName"), d.deviceName},
        {QStringLiteral("userDisplayName"), d.userDisplayName},
        {QStringLiteral("userPrincipalName"), d.userPrincipalName},
        {QStringLiteral("operatingSystem"), d.operatingSystem}, {QStringLiteral("osVersion"), d.osVersion},
        {QStringLiteral("kind"), kindKey(d.kind)}, {QStringLiteral("serialNumber"), d.serialNumber},
        {QStringLiteral("imei"), d.imei}, {QStringLiteral("lastSyncDateTime"), iso(d.lastSyncDateTime)}};
}

QJsonObject supportJson(const Support &s)
{
    return QJsonObject{{QStringLiteral("supported"), s.supported}, {QStringLiteral("label"), s.label},
        {QStringLiteral("reason"), s.reason}, {QStringLiteral("sources"), QJsonArray::fromStringList(s.sources)}};
}

} // namespace

CommandRunner::CommandRunner(Session *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
{ }

void CommandRunner::setDeadline(int secs)
{
    m_deadlineSecs = secs;
    QTimer::singleShot(qint64(secs) * 1000, this, &CommandRunner::onDeadline);
}

void CommandRunner::onDeadline()
{
    if (m_done)
        return;
    if (m_job) {
        // Its devices end as "outcome unknown" (sent) or "not sent"; the handler prints them.
        m_job->cancel();
        return;
    }
    fail(tr("no answer within %n second(s).", nullptr, m_deadlineSecs), TimedOut);
}

void CommandRunner::out(const QString &text)
{
    // Server text never drives the terminal: controls and bidi characters are shown escaped.
    std::fputs(safeText(text, true).toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CommandRunner::outJson(const QJsonDocument &doc)
{
    std::fputs(safeJson(doc.toJson(QJsonDocument::Indented)).constData(), stdout);
    std::fflush(stdout);
}

void CommandRunner::fail(const QString &message, Exit code)
{
    std::fputs(safeText(tr("passdesk-cli: %1").arg(message)).toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    finish(code);
}

void CommandRunner::finish(Exit code)
{
    if (m_done)
        return;
    m_done = true;
    m_exit = code;
    Q_EMIT done();
}

void CommandRunner::signInThen(bool demo, const std::function<void()> &next)
{
    AuthSession *auth = m_session->auth();
    connect(
        auth, &AuthSession::signedIn, this, [next] { next(); }, Qt::SingleShotConnection);
    connect(auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
        const QString profile = m_session->auth()->profile().displayName;
        fail(
            tr("not signed in to “%1”. %2 Run: passdesk-cli --profile \"%1\" login").arg(profile, reason).simplified());
    });
    connect(auth, &AuthSession::signInFailed, this, [this](const QString &message) { fail(message); });
    connect(auth, &AuthSession::keychainProblem, this, [](const QString &message) {
        std::fputs(safeText(tr("passdesk-cli: %1").arg(message)).toUtf8().constData(), stderr);
        std::fputc('\n', stderr);
    });
    if (demo)
        auth->signInWithBrowser();
    else
        auth->restore();
}

void CommandRunner::login(bool browser, const QStringList &consent)
{
    AuthSession *auth = m_session->auth();
    auth->addScopesAwaitingConsent(consent);
    connect(auth, &AuthSession::signedIn, this, [this](const QString &name) {
        out(tr("Signed in as %1 (%2).").arg(name, m_session->auth()->userPrincipalName()));
        finish();
    });
    connect(auth, &AuthSession::signInFailed, this, [this](const QString &message) { fail(message); });
    connect(auth, &AuthSession::keychainProblem, this, [this](const QString &message) { out(message); });
    connect(auth, &AuthSession::browserRequested, this, [this](const QUrl &url) {
        out(tr("Open this address in a browser on this computer and sign in:"));
        out(url.toString(QUrl::FullyEncoded));
    });
    connect(auth, &AuthSession::deviceCodeReady, this, [this](const QString &code, const QUrl &uri, const QDateTime &) {
        out(tr("On any device, open %1 and enter the code %2").arg(uri.toString(), code));
        out(tr("Waiting for you to sign in… (Ctrl+C to cancel)"));
    });
    if (browser)
        auth->signInWithBrowser();
    else
        auth->signInWithDeviceCode();
}

void CommandRunner::logout()
{
    connect(m_session->auth(), &AuthSession::signedOut, this, [this] {
        out(tr("Signed out of “%1”; the stored sign-in is removed.").arg(m_session->auth()->profile().displayName));
        finish();
    });
    connect(m_session->auth(), &AuthSession::keychainProblem, this, [this](const QString &message) { fail(message); });
    m_session->auth()->signOut();
}

void CommandRunner::listDevices(const QString &search)
{
    DirectoryLoadJob *job = m_session->loadDirectory();
    connect(job, &DirectoryLoadJob::finished, this, [this, search, job] {
        const DirectoryLoadJob::Result &result = job->result();
        if (result.status != DirectoryLoadJob::Result::Status::Loaded) {
            fail(result.error.userMessage()); // a list is complete or nothing is printed
            return;
        }
        if (result.skipped > 0) {
            std::fputs(safeText(tr("passdesk-cli: warning: %n device record(s) could not be read and are not listed "
                                   "(%1).",
                                    nullptr, result.skipped)
                                    .arg(result.skipReason))
                           .toUtf8()
                           .constData(),
                stderr);
            std::fputc('\n', stderr);
        }
        // Complete, then written out one device at a time: the list is never built twice in memory.
        const DeviceStore *store = m_session->devices();
        const std::vector<int> shown = store->match(foldForSearch(search).split(QChar(u' '), Qt::SkipEmptyParts));
        if (m_json)
            std::fputs("[\n", stdout);
        for (size_t n = 0; n < shown.size(); ++n) {
            const Device &d = store->at(shown[n]);
            if (m_json) {
                QByteArray line = safeJson(QJsonDocument(deviceJson(d)).toJson(QJsonDocument::Compact));
                line.prepend("  ");
                line.append(n + 1 < shown.size() ? ",\n" : "\n");
                std::fputs(line.constData(), stdout);
            } else {
                out(QStringLiteral("%1  %2  %3  %4 %5")
                        .arg(safeText(d.id), safeText(d.deviceName).leftJustified(24),
                            safeText(d.userDisplayName).leftJustified(22), safeText(d.operatingSystem),
                            safeText(d.osVersion)));
            }
        }
        if (m_json) {
            std::fputs("]\n", stdout);
            std::fflush(stdout);
        } else {
            out(tr("%n device(s)", nullptr, int(shown.size())));
        }
        finish();
    });
    job->start();
}

QString CommandRunner::unreadable(const QString &id, const GraphError &error)
{
    return error.isNotFound() ? tr("No device with id %1.").arg(safeText(id)) : error.userMessage();
}

void CommandRunner::fetchThen(
    const QString &id, const std::function<void(const Device &, const std::vector<ActionResult> &)> &next)
{
    if (!isValidDeviceId(id)) {
        fail(tr("“%1” is not a device id.").arg(id), Usage);
        return;
    }
    DeviceFetchJob *job = m_session->fetchDevice(id);
    connect(job, &DeviceFetchJob::finished, this, [this, id, job, next] {
        const DeviceFetchJob::Result &result = job->result();
        if (!result.ok) {
            fail(unreadable(id, result.error));
            return;
        }
        next(result.device, result.actions);
    });
    job->start();
}

void CommandRunner::showDevice(const QString &id)
{
    fetchThen(id, [this](const Device &d, const std::vector<ActionResult> &) {
        const Support reset = m_session->matrix().evaluate(d, ActionKind::ResetPasscode);
        const Support lock = m_session->matrix().evaluate(d, ActionKind::RemoteLock);
        const Support sync = m_session->matrix().evaluate(d, ActionKind::SyncDevice);
        if (m_json) {
            QJsonObject o = deviceJson(d);
            o.insert(QStringLiteral("resetPasscode"), supportJson(reset));
            o.insert(QStringLiteral("remoteLock"), supportJson(lock));
            o.insert(QStringLiteral("syncDevice"), supportJson(sync));
            outJson(QJsonDocument(o));
        } else {
            out(tr("%1 (%2)").arg(safeText(d.deviceName), safeText(d.id)));
            out(tr("User: %1 <%2>").arg(safeText(d.userDisplayName), safeText(d.userPrincipalName)));
            out(tr("Platform: %1 %2 (%3)")
                    .arg(safeText(d.operatingSystem), safeText(d.osVersion), kindDisplayName(d.kind)));
            out(tr("Serial number: %1  IMEI: %2").arg(d.serialNumber, d.imei));
            for (const Support &s : {reset, lock, sync})
                out(tr("%1: %2").arg(s.label, s.supported ? tr("supported") : tr("not supported. %1").arg(s.reason)));
        }
        finish();
    });
}

void CommandRunner::fetchAllThen(
    const QStringList &ids, int index, const std::shared_ptr<Fetched> &fetched, const std::function<void()> &next)
{
    if (index >= ids.size()) {
        next();
        return;
    }
    const QString id = ids.at(index);
    const auto again = [this, ids, index, fetched, next] { fetchAllThen(ids, index + 1, fetched, next); };
    if (!isValidDeviceId(id)) {
        fetched->errors.insert(id, tr("“%1” is not a device id.").arg(safeText(id)));
        again();
        return;
    }
    DeviceFetchJob *job = m_session->fetchDevice(id);
    connect(job, &DeviceFetchJob::finished, this, [this, id, job, fetched, again] {
        const DeviceFetchJob::Result &result = job->result();
        if (result.ok)
            fetched->devices.insert(id, result.device);
        else
            fetched->errors.insert(id, unreadable(id, result.error));
        again();
    });
    job->start();
}

void CommandRunner::runAction(const QStringList &ids, ActionKind kind, bool force)
{
    auto fetched = std::make_shared<Fetched>();
    fetchAllThen(ids, 0, fetched, [this, ids, kind, force, fetched] {
        auto results = std::make_shared<QJsonArray>();
        auto worst = std::make_shared<int>(Ok);
        const auto settle = [this, ids, results, worst] {
            if (m_json)
                outJson(ids.size() == 1 && results->size() == 1 ? QJsonDocument(results->first().toObject())
                                                                : QJsonDocument(*results));
            finish(Exit(*worst));
        };
        // Devices that could not be read are not sent anything; each says why.
        QStringList readable;
        for (const QString &id : ids) {
            if (!fetched->errors.contains(id)) {
                readable << id;
                continue;
            }
            *worst = qMax(*worst, int(Error));
            if (m_json)
                results->append(QJsonObject{{QStringLiteral("deviceId"), id},
                    {QStringLiteral("error"), fetched->errors.value(id)}, {QStringLiteral("exitStatus"), int(Error)}});
            else
                std::fputs(
                    safeText(tr("passdesk-cli: %1").arg(fetched->errors.value(id))).toUtf8().append('\n').constData(),
                    stderr);
        }
        if (readable.isEmpty()) {
            settle();
            return;
        }
        // The same rules as the console's, on the devices just read.
        const ActionPlan plan = ActionPlan::make(
            readable, kind,
            [fetched](const QString &deviceId) -> std::optional<Device> {
                const auto it = fetched->devices.constFind(deviceId);
                if (it == fetched->devices.cend())
                    return std::nullopt;
                return *it;
            },
            m_session->matrix(), m_session->running());
        ActionJob *job = m_session->runAction(plan);
        job->setForce(force);
        m_job = job;
        connect(job, &ActionJob::deviceFinished, this,
            [this, results, worst](const QString &deviceId, const ActionOutcome &o) {
                const int status = reportOutcome(deviceId, o, results.get());
                *worst = qMax(*worst, status);
            });
        connect(job, &Job::finished, this, settle);
        job->start();
    });
}

int CommandRunner::reportOutcome(const QString &deviceId, const ActionOutcome &o, QJsonArray *json)
{
    const ActionRecord &record = o.record;
    const IssuedSecret *passcode = m_session->secrets()->secret(deviceId, IssuedSecret::Kind::Passcode);
    const IssuedSecret *pin = m_session->secrets()->secret(deviceId, IssuedSecret::Kind::UnlockPin);
    const bool done = o.kind == ActionOutcome::Kind::Completed && record.state == ActionState::Done;
    const IssuedSecret *secret = done ? (passcode ? passcode : pin) : nullptr;
    QString explanation = o.explanation;
    if (o.kind == ActionOutcome::Kind::AlreadyPending)
        explanation += QLatin1Char(' ')
            + (record.kind == ActionKind::SyncDevice
                    ? tr("Asking again does not make the device answer sooner. To send it anyway, add --force.")
                    : tr("A second one replaces the first (a new temporary passcode, if any). To send it anyway, "
                         "add --force."));
    int status = Ok;
    switch (o.kind) {
    case ActionOutcome::Kind::Completed:
        status = done ? Ok : ActionUnsuccessful;
        break;
    case ActionOutcome::Kind::NotSent:
    case ActionOutcome::Kind::AlreadyPending:
        status = ActionUnsuccessful;
        break;
    case ActionOutcome::Kind::Unknown:
    case ActionOutcome::Kind::StillPending:
    case ActionOutcome::Kind::StoppedFollowing:
        status = TimedOut;
        break;
    }
    if (m_json) {
        QJsonObject obj{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("action"), actionName(record.kind)},
            {QStringLiteral("state"),
                record.rawState.isEmpty() ? actionStateDisplayName(record.state) : record.rawState},
            {QStringLiteral("explanation"), explanation},
            {QStringLiteral("tellUser"), done ? o.support.tellUser : QString()},
            {QStringLiteral("exitStatus"), status}};
        if (secret) {
            obj.insert(passcode ? QStringLiteral("passcode") : QStringLiteral("unlockPin"), secret->value());
            obj.insert(QStringLiteral("issued"), iso(secret->issuedAt()));
            obj.insert(QStringLiteral("expires"), iso(secret->expiresAt()));
        }
        json->append(obj);
        return status;
    }
    out(tr("%1 on %2: %3")
            .arg(record.label, safeText(record.deviceName),
                safeText(actionStateDisplayName(record.state, record.rawState))));
    if (secret) {
        out((passcode ? tr("Temporary passcode: %1") : tr("Recovery PIN: %1"))
                .arg(groupSecret(secret->value()).join(QLatin1Char(' '))));
        out(tr("Expires: %1 (%2)")
                .arg(QLocale().toString(secret->expiresAt().toLocalTime(), QLocale::LongFormat),
                    formatRemaining(secret->remainingSecs(m_session->clock()->now()))));
    }
    if (!explanation.isEmpty())
        out(explanation);
    else if (done && (secret || o.support.secret == SecretShape::None))
        out(o.support.tellUser); // never "read the passcode" when none came back
    else if (done)
        out(tr("Intune reports the reset done but returned no temporary passcode; check Device actions."));
    return status;
}

void CommandRunner::listActions(const QString &id)
{
    fetchThen(id, [this](const Device &d, const std::vector<ActionResult> &actions) {
        QJsonArray array;
        for (const ActionResult &r : actions) {
            if (m_json) {
                array.append(QJsonObject{{QStringLiteral("action"), r.actionName},
                    {QStringLiteral("state"), r.rawState}, {QStringLiteral("started"), iso(r.startDateTime)},
                    {QStringLiteral("lastUpdated"), iso(r.lastUpdatedDateTime)}});
            } else {
                out(QStringLiteral("%1  %2  %3  %4")
                        .arg(safeText(r.actionName).leftJustified(16),
                            safeText(actionStateDisplayName(r.state, r.rawState)).leftJustified(14),
                            QLocale().toString(r.startDateTime.toLocalTime(), QLocale::ShortFormat),
                            QLocale().toString(r.lastUpdatedDateTime.toLocalTime(), QLocale::ShortFormat)));
            }
        }
        if (m_json)
            outJson(QJsonDocument(array));
        else if (actions.empty())
            out(tr("No remote action on %1.").arg(safeText(d.deviceName)));
        finish();
    });
}

void CommandRunner::showHistory(const QString &id)
{
    if (!isValidDeviceId(id)) {
        fail(tr("“%1” is not a device id.").arg(safeText(id)), Usage);
        return;
    }
    HistoryJob *job = m_session->readHistory(id);
    connect(job, &Job::finished, this, [this, job, id] {
        const HistoryJob::Result &result = job->result();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Every source unreadable is an error; some of them is a history with warnings.
        const bool nothing = result.missing.size() >= 3;
        for (const HistoryJob::Missing &m : result.missing)
            std::fputs(safeText(tr("passdesk-cli: %1").arg(m.reason())).toUtf8().append('\n').constData(), stderr);
        if (m_json) {
            QJsonArray entries;
            for (const HistoryEntry &e : result.entries) {
                QJsonArray sources;
                for (const auto &[bit, name] : {std::pair{int(HistoryEntry::ThisSession), "passdesk"},
                         {int(HistoryEntry::DeviceResult), "deviceActionResults"},
                         {int(HistoryEntry::RemoteActionAudit), "remoteActionAudits"},
                         {int(HistoryEntry::AuditEvent), "auditEvents"}}) {
                    if (e.sources & bit)
                        sources.append(QLatin1String(name));
                }
                entries.append(QJsonObject{{QStringLiteral("when"), iso(e.when)}, {QStringLiteral("action"), e.action},
                    {QStringLiteral("label"), historyActionText(e)}, {QStringLiteral("by"), e.who},
                    {QStringLiteral("state"), e.rawState}, {QStringLiteral("outcome"), historyOutcomeText(e)},
                    {QStringLiteral("bulk"), e.bulk}, {QStringLiteral("sources"), sources}});
            }
            QJsonArray notShown;
            for (const HistoryJob::Missing &m : result.missing)
                notShown.append(QJsonObject{
                    {QStringLiteral("source"), historySourcesText(m.source)}, {QStringLiteral("reason"), m.reason()}});
            outJson(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), id}, {QStringLiteral("entries"), entries},
                {QStringLiteral("notShown"), notShown}}));
        } else {
            for (const HistoryEntry &e : result.entries) {
                QString what = historyActionText(e);
                if (e.bulk)
                    what = tr("%1 (bulk)").arg(what);
                out(QStringLiteral("%1  %2  %3  %4")
                        .arg(QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat).leftJustified(18),
                            safeText(what).leftJustified(18),
                            safeText(e.who.isEmpty() ? tr("unknown") : e.who).leftJustified(30),
                            tr("%1 (%2 ago)").arg(historyOutcomeText(e), historyAgo(e.when.secsTo(now)))));
            }
            if (result.entries.empty() && !nothing)
                out(tr("No remote action on this device in Intune's records."));
        }
        finish(nothing ? Error : Ok);
    });
    job->start();
}

void CommandRunner::showLapsPassword(const QString &id)
{
    if (!isValidDeviceId(id)) {
        fail(tr("“%1” is not a device id.").arg(safeText(id)), Usage);
        return;
    }
    withScopes({LapsPasswordJob::scope()}, [this, id] { readLapsPassword(id); });
}

void CommandRunner::withScopes(const QStringList &scopes, const std::function<void()> &next)
{
    m_session->requestScopes(scopes, this, [this, scopes, next](AuthSession::ScopeOutcome outcome) {
        if (outcome != AuthSession::ScopeOutcome::ConsentRequired) {
            next(); // without them, the read says what is missing
            return;
        }
        const QString list = scopes.join(QLatin1Char(','));
        fail(tr("this needs the permission %1, which has not been given to Passdesk yet. Give it once with: "
                "passdesk-cli --profile \"%2\" login --browser --consent %1 (your tenant's administrator may "
                "have to approve it)")
                 .arg(list, m_session->auth()->profile().displayName));
    });
}

void CommandRunner::readLapsPassword(const QString &id)
{
    LapsPasswordJob *job = m_session->readLapsPassword(id);
    connect(job, &Job::finished, this, [this, job] {
        const LapsPasswordJob::Result &r = job->result();
        if (!r.ok) {
            fail(r.error ? r.error() : tr("no answer"));
            return;
        }
        m_session->recordReveal(QStringLiteral("lapsPassword"), job->deviceId(), r.deviceName);
        const LocalAdminCredential &current = r.info.credentials.front();
        if (m_json) {
            QJsonArray older;
            for (size_t i = 1; i < r.info.credentials.size(); ++i)
                older.append(QJsonObject{{QStringLiteral("password"), r.info.credentials[i].password},
                    {QStringLiteral("backedUp"), iso(r.info.credentials[i].backupDateTime)}});
            outJson(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), job->deviceId()},
                {QStringLiteral("entraDeviceId"), r.info.entraDeviceId},
                {QStringLiteral("account"), current.accountName}, {QStringLiteral("password"), current.password},
                {QStringLiteral("backedUp"), iso(current.backupDateTime)},
                {QStringLiteral("nextRotation"), iso(r.info.refreshDateTime)}, {QStringLiteral("older"), older}}));
        } else {
            out(tr("Account: %1").arg(safeText(current.accountName)));
            out(tr("Password: %1").arg(current.password));
            out(tr("Backed up: %1").arg(QLocale().toString(current.backupDateTime.toLocalTime(), QLocale::LongFormat)));
            out(tr("Next rotation: %1")
                    .arg(QLocale().toString(r.info.refreshDateTime.toLocalTime(), QLocale::LongFormat)));
            if (r.info.credentials.size() > 1)
                out(tr("%n older password(s) kept by Entra ID; --json lists them.", nullptr,
                    int(r.info.credentials.size() - 1)));
        }
        finish();
    });
    job->start();
}

void CommandRunner::showRecoverySecret(int kind, const QString &id, const QString &keyIdPrefix)
{
    if (!isValidDeviceId(id)) {
        fail(tr("“%1” is not a device id.").arg(safeText(id)), Usage);
        return;
    }
    if (RecoverySecretJob::Kind(kind) == RecoverySecretJob::Kind::BitLockerKey) {
        withScopes({RecoverySecretJob::bitlockerScope()},
            [this, kind, id, keyIdPrefix] { readRecoverySecret(kind, id, keyIdPrefix); });
    } else {
        readRecoverySecret(kind, id, keyIdPrefix);
    }
}

void CommandRunner::readRecoverySecret(int kind, const QString &id, const QString &keyIdPrefix)
{
    RecoverySecretJob *job = m_session->readRecoverySecret(kind, id);
    job->setKeyIdPrefix(keyIdPrefix);
    connect(job, &Job::finished, this, [this, job, kind] {
        const RecoverySecretJob::Result &r = job->result();
        if (!r.ok) {
            if (m_json && !r.choices.empty()) {
                QJsonArray keys;
                for (const RecoverySecretJob::Secret &k : r.choices)
                    keys.append(
                        QJsonObject{{QStringLiteral("keyId"), k.id}, {QStringLiteral("volumeType"), k.volumeType}});
                outJson(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), job->deviceId()},
                    {QStringLiteral("error"), r.error()}, {QStringLiteral("keys"), keys}}));
            }
            fail(r.error ? r.error() : tr("no answer"));
            return;
        }
        const auto k = RecoverySecretJob::Kind(kind);
        m_session->recordReveal(k == RecoverySecretJob::Kind::BitLockerKey ? QStringLiteral("bitlockerKey")
                : k == RecoverySecretJob::Kind::FileVaultKey               ? QStringLiteral("fileVaultKey")
                                                                           : QStringLiteral("bypassCode"),
            job->deviceId(), r.deviceName);
        if (m_json) {
            QJsonObject o{{QStringLiteral("deviceId"), job->deviceId()}, {QStringLiteral("secret"), r.secret.value}};
            if (k == RecoverySecretJob::Kind::BitLockerKey) {
                o.insert(QStringLiteral("keyId"), r.secret.id);
                o.insert(QStringLiteral("volumeType"), r.secret.volumeType);
                o.insert(QStringLiteral("created"), iso(r.secret.created));
            }
            outJson(QJsonDocument(o));
        } else if (k == RecoverySecretJob::Kind::BitLockerKey) {
            out(tr("Key ID: %1").arg(bitlockerKeyChoice(r.secret)));
            // Read in eight numbered groups of six, as the recovery screen asks for them.
            const QStringList groups = r.secret.value.split(QLatin1Char('-'));
            QStringList numbered;
            for (int i = 0; i < groups.size(); ++i)
                numbered << QStringLiteral("%1: %2").arg(i + 1).arg(groups.at(i));
            out(tr("Recovery key: %1").arg(r.secret.value));
            out(numbered.join(QStringLiteral("   ")));
        } else if (k == RecoverySecretJob::Kind::FileVaultKey) {
            out(tr("FileVault recovery key: %1").arg(r.secret.value));
        } else {
            out(tr("Activation Lock bypass code: %1").arg(r.secret.value));
        }
        finish();
    });
    job->start();
}

void CommandRunner::showUnlockPin(const QString &id)
{
    showIssuedSecret(id, true);
}

void CommandRunner::showPasscode(const QString &id)
{
    showIssuedSecret(id, false);
}

void CommandRunner::showIssuedSecret(const QString &id, bool pinOnly)
{
    // A passcode or a Mac's PIN comes with its action's result; read the device again for it.
    fetchThen(id, [this, pinOnly](const Device &d, const std::vector<ActionResult> &) {
        const IssuedSecret *s = pinOnly ? nullptr : m_session->secrets()->secret(d.id, IssuedSecret::Kind::Passcode);
        if (!s)
            s = m_session->secrets()->secret(d.id, IssuedSecret::Kind::UnlockPin);
        if (!s) {
            fail(pinOnly ? tr("No live unlock PIN for %1: none was issued by a remote lock in the last 30 days, or it "
                              "expired.")
                               .arg(safeText(d.deviceName))
                         : tr("No live temporary passcode for %1.").arg(safeText(d.deviceName)));
            return;
        }
        const qint64 remaining = s->remainingSecs(m_session->clock()->now());
        if (m_json) {
            outJson(QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), d.id},
                {pinOnly ? QStringLiteral("unlockPin") : QStringLiteral("passcode"), s->value()},
                {QStringLiteral("issued"), iso(s->issuedAt())}, {QStringLiteral("expires"), iso(s->expiresAt())},
                {QStringLiteral("remainingSeconds"), remaining}}));
        } else {
            out((pinOnly ? tr("Recovery PIN: %1") : tr("Passcode: %1"))
                    .arg(groupSecret(s->value()).join(QLatin1Char(' '))));
            out(tr("Issued: %1").arg(QLocale().toString(s->issuedAt().toLocalTime(), QLocale::LongFormat)));
            out(tr("Expires: %1 (%2)")
                    .arg(QLocale().toString(s->expiresAt().toLocalTime(), QLocale::LongFormat),
                        formatRemaining(remaining)));
        }
        finish();
    });
}

} // namespace Passdesk
