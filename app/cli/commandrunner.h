#pragma once

#include "device.h"
#include "grapherror.h"
#include "remoteaction.h"

#include <QObject>
#include <QStringList>

#include <cstdio>
#include <functional>

namespace Passdesk {

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
    void runAction(const QString &id, ActionKind kind, int timeoutSecs);
    void listActions(const QString &id);
    void showPasscode(const QString &id);
    void login(bool browser);
    void logout();
    // Signs in silently (stored sign-in; the demo approves by itself), then runs next.
    void signInThen(bool demo, const std::function<void()> &next);
    int exitCode() const { return m_exit; }

Q_SIGNALS:
    void done();

private:
    void fetchThen(
        const QString &id, const std::function<void(const Device &, const std::vector<ActionResult> &)> &next);
    void fail(const QString &message, Exit code = Error);
    void finish(Exit code = Ok);
    void out(const QString &text);

    Session *m_session;
    bool m_json;
    int m_exit = Ok;
};

} // namespace Passdesk
