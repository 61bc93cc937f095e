#pragma once

#include "device.h"
#include "grapherror.h"
#include "remoteaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>

namespace Passdesk {

class ActionJob;
struct ActionOutcome;
class Session;

// One command of passdesk-cli, run against a connected session. Prints the
// result to stdout (text or JSON), errors to stderr, and ends with exitCode().
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    enum Exit { Ok = 0, Error = 1, Usage = 2, ActionUnsuccessful = 3, TimedOut = 4 };

    CommandRunner(Session *session, bool json, QObject *parent = nullptr);

    void listDevices(const QString &search);
    void showDevice(const QString &id);
    // On one device or several (each read first, then one job for all).
    // force: send even when the same action is still pending on the device.
    // The exit code is the worst of the devices'; --json gives each its exitStatus.
    void runAction(const QStringList &ids, ActionKind kind, bool force);
    void listActions(const QString &id);
    void showPasscode(const QString &id);
    void showHistory(const QString &id);
    void showLapsPassword(const QString &id);
    // kind: RecoverySecretJob::Kind; keyIdPrefix for BitLocker.
    void showRecoverySecret(int kind, const QString &id, const QString &keyIdPrefix);
    void showUnlockPin(const QString &id);
    // consent: Graph scopes to ask for in this sign-in too (incremental consent).
    void login(bool browser, const QStringList &consent = {});
    void logout();
    // Signs in silently (stored sign-in; the demo approves by itself), then runs next.
    void signInThen(bool demo, const std::function<void()> &next);
    int exitCode() const { return m_exit; }
    // One deadline for the whole command: sign-in, reads, the POST and the follow-up.
    void setDeadline(int secs);

Q_SIGNALS:
    void done();

private:
    // The live passcode (or PIN) the secret store got from the device's action results.
    void showIssuedSecret(const QString &id, bool pinOnly);
    // Asks for the scopes a read needs first (incremental consent); says how to give them when only a browser can.
    void readLapsPassword(const QString &id);
    void readRecoverySecret(int kind, const QString &id, const QString &keyIdPrefix);
    void withScopes(const QStringList &scopes, const std::function<void()> &next);
    void fetchThen(
        const QString &id, const std::function<void(const Device &, const std::vector<ActionResult> &)> &next);
    void fail(const QString &message, Exit code = Error);
    void finish(Exit code = Ok);
    void out(const QString &text);
    void outJson(const QJsonDocument &doc);

    void onDeadline();
    // Why a device could not be read, for the operator.
    static QString unreadable(const QString &id, const GraphError &error);
    struct Fetched
    {
        QHash<QString, Device> devices;
        QHash<QString, QString> errors; // id -> why it could not be read
    };
    void fetchAllThen(
        const QStringList &ids, int index, const std::shared_ptr<Fetched> &fetched, const std::function<void()> &next);
    // Prints one device's outcome (or adds it to json) and returns its exit status.
    int reportOutcome(const QString &deviceId, const ActionOutcome &outcome, QJsonArray *json);

    Session *m_session;
    bool m_json;
    int m_exit = Ok;
    int m_deadlineSecs = 0;
    bool m_done = false;
    QPointer<ActionJob> m_job;
};

} // namespace Passdesk
