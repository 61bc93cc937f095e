#include "demotenant.h"
#include "languages.h"
#include "logfile.h"
#include "mainwindow.h"
#include "session.h"
#include "tenantprofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

using namespace Passdesk;

int main(int argc, char *argv[])
{
    // QApplication needs a display; answer these without one.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("passdesk %s\n", PASSDESK_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: passdesk [--demo | --profile NAME | --graph-url URL] [--language en|fr|it]\n\n"
                        "  --demo            run against the embedded demo tenant (the first-start default)\n"
                        "  --profile NAME    sign in to this tenant profile\n"
                        "  --graph-url URL   Microsoft Graph base URL, e.g. https://graph.microsoft.com/beta;\n"
                        "                    the access token is read from PASSDESK_ACCESS_TOKEN\n"
                        "  --devices N       size of the demo tenant (default 200)\n"
                        "  --language CODE   interface language (default: the system's)\n"
                        "  --version         print the version\n");
            return 0;
        }
    }

    // Quiet by default; QT_LOGGING_RULES still overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("passdesk.*.debug=false"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Passdesk"));
    QApplication::setApplicationName(QStringLiteral("Passdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));

    LogFile::install(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/logs"));

    QCommandLineParser parser;
    const QCommandLineOption demoOption(QStringLiteral("demo"));
    const QCommandLineOption urlOption(QStringLiteral("graph-url"), QString(), QStringLiteral("url"));
    const QCommandLineOption devicesOption(
        QStringLiteral("devices"), QString(), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QString(), QStringLiteral("code"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("name"));
    parser.addOptions({demoOption, urlOption, devicesOption, languageOption, profileOption});
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : QSettings().value(QStringLiteral("language")).toString();
    Languages::install(language);

    Session session;
    DemoTenant demo;
    QString error;
    DemoTenant::Options options;
    options.deviceCount = qMax(1, parser.value(devicesOption).toInt());
    if (!parser.isSet(urlOption) && !demo.start(options, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Passdesk"), error);
        return 1;
    }
    if (parser.isSet(urlOption)) {
        session.setTenantName(QUrl(parser.value(urlOption)).host());
        if (!session.connectTo(QUrl(parser.value(urlOption)), qgetenv("PASSDESK_ACCESS_TOKEN"), &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Passdesk"), error);
            return 1;
        }
    }

    MainWindow window(&session);
    window.setDemoHost(demo.host());
    window.show();
    if (parser.isSet(urlOption)) {
        window.loadDirectory();
    } else {
        ProfileStore profiles;
        QString profileId = profiles.currentId();
        if (parser.isSet(demoOption))
            profileId = ProfileStore::demoProfile().id;
        else if (parser.isSet(profileOption))
            profileId = profiles.findByName(parser.value(profileOption)).id;
        window.activateProfile(profileId);
    }
    return app.exec();
}
