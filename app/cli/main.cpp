#include "commandrunner.h"
#include "demotenant.h"
#include "languages.h"
#include "recoverysecretjob.h"
#include "session.h"
#include "tenantprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

using namespace Passdesk;

int main(int argc, char *argv[])
{
    // Quiet by default; QT_LOGGING_RULES still overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("passdesk.*.debug=false\npassdesk.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Passdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("passdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
    Languages::install(qEnvironmentVariable("PASSDESK_LANGUAGE"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Scripting companion of Passdesk.\n\n"
        "Commands:\n"
        "  devices [--search S]        list managed devices\n"
        "  device ID                   show one device and what it supports\n"
        "  reset-passcode ID… --yes    reset (or on iOS remove) the passcode and wait for the result\n"
        "  remote-lock ID… --yes       lock the device(s) and wait for the result\n"
        "  sync ID… --yes              ask the device(s) to check in now and wait for it\n"
        "  actions ID                  list the device's remote actions\n"
        "  history ID                  who did what to the device, from Intune's audits\n"
        "  passcode ID                 show the live temporary passcode, if any\n"
        "  laps-password ID            read the Windows LAPS password (Entra ID logs the read)\n"
        "  bitlocker-key ID            read a BitLocker recovery key (--key-id PREFIX; Entra ID logs it)\n"
        "  filevault-key ID            read the FileVault recovery key of a corporate-owned Mac\n"
        "  bypass-code ID              read the Activation Lock bypass code of a supervised iPhone/iPad\n"
        "  unlock-pin ID               show the live recovery PIN of a locked Mac\n"
        "  login [--browser]           sign in to the profile (device code, or the browser)\n"
        "  logout                      sign out and forget the stored sign-in\n\n"
        "Choose the tenant with --demo, --profile NAME (profiles are shared with the console),\n"
        "or --graph-url URL with an access token in PASSDESK_ACCESS_TOKEN."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("cli", "Use the embedded demo tenant."));
    const QCommandLineOption url(QStringLiteral("graph-url"),
        QCoreApplication::translate("cli", "Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta."),
        QStringLiteral("url"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption yes(QStringLiteral("yes"), QCoreApplication::translate("cli", "Confirm a remote action."));
    const QCommandLineOption search(
        QStringLiteral("search"), QCoreApplication::translate("cli", "Filter devices."), QStringLiteral("text"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "Seconds the whole command may take (default 900)."),
        QStringLiteral("seconds"), QStringLiteral("900"));
    const QCommandLineOption poll(QStringLiteral("poll"),
        QCoreApplication::translate("cli", "Seconds between checks (default 3, at least 1)."),
        QStringLiteral("seconds"), QStringLiteral("3"));
    const QCommandLineOption demoDelay(QStringLiteral("demo-check-in-ms"),
        QCoreApplication::translate("cli", "Demo tenant: how long devices take to check in."), QStringLiteral("msecs"),
        QStringLiteral("4000"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("cli", "Tenant profile to use."), QStringLiteral("name"));
    const QCommandLineOption force(QStringLiteral("force"),
        QCoreApplication::translate("cli", "Send the action even if the same one is still pending on the device."));
    const QCommandLineOption browser(QStringLiteral("browser"),
        QCoreApplication::translate("cli", "login: sign in through a browser instead of a code."));
    const QCommandLineOption keyId(QStringLiteral("key-id"),
        QCoreApplication::translate("cli", "bitlocker-key: the first characters of the key ID on the recovery screen."),
        QStringLiteral("prefix"));
    const QCommandLineOption consent(QStringLiteral("consent"),
        QCoreApplication::translate("cli",
            "login: also ask for this Graph permission (comma-separated), such as DeviceLocalCredential.Read.All."),
        QStringLiteral("permissions"));
    parser.addOptions(
        {demo, url, profile, json, yes, force, search, timeout, poll, demoDelay, browser, keyId, consent});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do."));
    parser.process(app);

    const auto usage = [](const QString &message) {
        std::fprintf(stderr, "passdesk-cli: %s\n", qPrintable(message));
        return int(CommandRunner::Usage);
    };
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(QCoreApplication::translate("cli", "no command given; see --help."));
    const QString command = args.first();
    const QString id = args.value(1);
    const QStringList needsId{QStringLiteral("device"), QStringLiteral("reset-passcode"), QStringLiteral("remote-lock"),
        QStringLiteral("sync"), QStringLiteral("actions"), QStringLiteral("history"), QStringLiteral("passcode"),
        QStringLiteral("laps-password"), QStringLiteral("bitlocker-key"), QStringLiteral("filevault-key"),
        QStringLiteral("bypass-code"), QStringLiteral("unlock-pin")};
    const QStringList accountCommands{QStringLiteral("login"), QStringLiteral("logout")};
    if (command != QLatin1String("devices") && !needsId.contains(command) && !accountCommands.contains(command))
        return usage(QCoreApplication::translate("cli", "unknown command “%1”; see --help.").arg(command));
    if (needsId.contains(command) && id.isEmpty())
        return usage(QCoreApplication::translate("cli", "“%1” needs a device id.").arg(command));
    const bool isAction = command == QLatin1String("reset-passcode") || command == QLatin1String("remote-lock")
        || command == QLatin1String("sync");
    if (isAction && !parser.isSet(yes))
        return usage(
            QCoreApplication::translate("cli", "“%1” acts on a real device: add --yes to confirm.").arg(command));
    if (int(parser.isSet(demo)) + int(parser.isSet(url)) + int(parser.isSet(profile)) != 1)
        return usage(QCoreApplication::translate("cli", "give one of --demo, --profile NAME or --graph-url URL."));
    if (parser.isSet(url) && accountCommands.contains(command))
        return usage(QCoreApplication::translate("cli", "“%1” needs --profile or --demo.").arg(command));

    bool numberOk = false;
    const double pollSecs = parser.value(poll).toDouble(&numberOk);
    if (!numberOk || !(pollSecs >= 1 && pollSecs <= 600))
        return usage(QCoreApplication::translate("cli", "--poll takes 1 to 600 seconds."));
    const int timeoutSecs = parser.value(timeout).toInt(&numberOk);
    if (!numberOk || timeoutSecs < 1 || timeoutSecs > 7 * 24 * 3600)
        return usage(QCoreApplication::translate("cli", "--timeout takes a number of seconds, at least 1."));

    Session session;
    session.setPollInterval(int(pollSecs * 1000));
    session.setActionTimeout(timeoutSecs * 1000);
    session.setStepUpWindow(0); // --yes is the confirmation; the token's sign-in is the operator's
    DemoTenant demoTenant;
    QString error;
    bool connected = false;
    if (parser.isSet(demo)) {
        DemoTenant::Options options;
        options.checkInDelayMsecs = parser.value(demoDelay).toLongLong();
        connected = demoTenant.start(options, &error) && demoTenant.connectSession(&session, &error);
    } else if (parser.isSet(profile)) {
        const TenantProfile p = ProfileStore().findByName(parser.value(profile));
        if (p.id.isEmpty())
            return usage(QCoreApplication::translate("cli", "no profile named “%1”.").arg(parser.value(profile)));
        if (p.demo)
            return usage(QCoreApplication::translate("cli", "use --demo for the demo tenant."));
        connected = session.useProfile(p, QUrl(), &error);
    } else {
        const QByteArray token = qgetenv("PASSDESK_ACCESS_TOKEN");
        if (token.isEmpty())
            return usage(QCoreApplication::translate(
                "cli", "set PASSDESK_ACCESS_TOKEN to an access token for Microsoft Graph."));
        connected = session.connectTo(QUrl(parser.value(url)), token, &error);
    }
    if (!connected) {
        std::fprintf(stderr, "passdesk-cli: %s\n", qPrintable(error));
        return CommandRunner::Error;
    }

    CommandRunner runner(&session, parser.isSet(json));
    QObject::connect(
        &runner, &CommandRunner::done, &app, [&] { app.exit(runner.exitCode()); }, Qt::QueuedConnection);
    const auto runCommand = [&] {
        if (command == QLatin1String("devices"))
            runner.listDevices(parser.value(search));
        else if (command == QLatin1String("device"))
            runner.showDevice(id);
        else if (command == QLatin1String("reset-passcode"))
            runner.runAction(args.mid(1), ActionKind::ResetPasscode, parser.isSet(force));
        else if (command == QLatin1String("remote-lock"))
            runner.runAction(args.mid(1), ActionKind::RemoteLock, parser.isSet(force));
        else if (command == QLatin1String("sync"))
            runner.runAction(args.mid(1), ActionKind::SyncDevice, parser.isSet(force));
        else if (command == QLatin1String("actions"))
            runner.listActions(id);
        else if (command == QLatin1String("history"))
            runner.showHistory(id);
        else if (command == QLatin1String("laps-password"))
            runner.showLapsPassword(id);
        else if (command == QLatin1String("bitlocker-key"))
            runner.showRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), id, parser.value(keyId));
        else if (command == QLatin1String("filevault-key"))
            runner.showRecoverySecret(int(RecoverySecretJob::Kind::FileVaultKey), id, QString());
        else if (command == QLatin1String("bypass-code"))
            runner.showRecoverySecret(int(RecoverySecretJob::Kind::BypassCode), id, QString());
        else if (command == QLatin1String("unlock-pin"))
            runner.showUnlockPin(id);
        else
            runner.showPasscode(id);
    };
    runner.setDeadline(timeoutSecs);
    QTimer::singleShot(0, &runner, [&] {
        if (command == QLatin1String("login"))
            runner.login(parser.isSet(browser) || parser.isSet(demo),
                parser.value(consent).split(QLatin1Char(','), Qt::SkipEmptyParts));
        else if (command == QLatin1String("logout"))
            runner.logout();
        else if (!session.usesSignIn())
            runCommand();
        else
            runner.signInThen(parser.isSet(demo), runCommand);
    });
    return app.exec();
}
