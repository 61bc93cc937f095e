// passdesk-sim: the tenant simulator as a standalone loopback server, for
// demos and for pointing the console (or curl) at a fake Graph endpoint.
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

bool parseNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        QTextStream(stderr) << QStringLiteral("passdesk-sim: invalid value for --%1: %2 (expected %3 to %4)\n")
                                   .arg(name, parser.value(name))
                                   .arg(min)
                                   .arg(max);
        return false;
    }
    *out = v;
    return true;
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("passdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Microsoft Graph tenant (Intune managed devices) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString port = QStringLiteral("port");
    const QString devices = QStringLiteral("devices");
    const QString seed = QStringLiteral("seed");
    const QString pageSize = QStringLiteral("page-size");
    const QString delay = QStringLiteral("check-in-delay-ms");
    const QString token = QStringLiteral("token");
    const QString notReady = QStringLiteral("tenant-not-ready");
    const QString history = QStringLiteral("colleague-history");
    const QString adminConsent = QStringLiteral("admin-consent");
    const QString latency = QStringLiteral("latency-ms");
    parser.addOptions({
        {notReady,
            QStringLiteral("The tenant is not onboarded to the Microsoft PIN reset service and no policy sets "
                           "EnablePinRecovery.")},
        {history, QStringLiteral("Colleagues' earlier remote actions on some devices (audits, device results).")},
        {adminConsent,
            QStringLiteral("An administrator consented every permission for the tenant: a refresh token may ask for "
                           "any of them (without it, a permission first asked on refresh needs the browser).")},
        {port, QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one (default 0)."), QStringLiteral("N"),
            QStringLiteral("0")},
        {devices, QStringLiteral("Number of managed devices (default 200)."), QStringLiteral("N"),
            QStringLiteral("200")},
        {seed, QStringLiteral("Seed of the generated tenant (default 20261123)."), QStringLiteral("S"),
            QStringLiteral("20261123")},
        {pageSize, QStringLiteral("Maximum devices per page (default 1000)."), QStringLiteral("N"),
            QStringLiteral("1000")},
        {delay, QStringLiteral("Milliseconds until a device checks in and reports an action result (default 4000)."),
            QStringLiteral("N"), QStringLiteral("4000")},
        {token, QStringLiteral("Accepted bearer token; a random one is generated if omitted."), QStringLiteral("T")},
        {latency, QStringLiteral("Milliseconds every response takes to arrive, like a distant server (default 0)."),
            QStringLiteral("N"), QStringLiteral("0")},
    });
    parser.process(app);

    qint64 portValue = 0, deviceCount = 0, pageSizeValue = 0, delayMs = 0, latencyMs = 0;
    if (!parseNumber(parser, port, 0, 65535, &portValue) || !parseNumber(parser, devices, 0, 10000000, &deviceCount)
        || !parseNumber(parser, latency, 0, 60000, &latencyMs)
        || !parseNumber(parser, pageSize, 1, 100000, &pageSizeValue)
        || !parseNumber(parser, delay, 0, 365LL * 24 * 3600 * 1000, &delayMs)) {
        return 2;
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        QTextStream(stderr) << QStringLiteral("passdesk-sim: invalid value for --seed: %1\n").arg(parser.value(seed));
        return 2;
    }
    const QByteArray tokenValue = parser.isSet(token) ? parser.value(token).toUtf8() : randomToken();
    if (tokenValue.isEmpty()) {
        QTextStream(stderr) << QStringLiteral("passdesk-sim: the token must not be empty\n");
        return 2;
    }

    Passdesk::Sim::SimServer server;
    server.generate(seedValue, int(deviceCount));
    server.setPageSize(int(pageSizeValue));
    server.setCheckInDelay(delayMs);
    server.addAcceptedToken(tokenValue);
    if (parser.isSet(notReady)) {
        server.setPinResetOnboarded(false);
        server.setPinRecoveryPolicy(false);
    }
    if (parser.isSet(history))
        server.seedColleagueHistory();
    server.setAdminConsent(parser.isSet(adminConsent));
    server.setLatency(int(latencyMs));
    if (server.listen(quint16(portValue)) == 0) {
        QTextStream(stderr) << QStringLiteral("passdesk-sim: cannot listen on 127.0.0.1:%1\n").arg(portValue);
        return 1;
    }

    QTextStream out(stdout);
    out << QStringLiteral("Passdesk tenant simulator %1\n").arg(QCoreApplication::applicationVersion())
        << QStringLiteral("  Graph beta: %1\n").arg(server.baseUrl(QStringLiteral("beta")).toString())
        << QStringLiteral("  Graph v1.0: %1\n").arg(server.baseUrl(QStringLiteral("v1.0")).toString())
        << QStringLiteral("  Sign-in:    %1/organizations/oauth2/v2.0/{authorize,token,devicecode}\n")
               .arg(server.baseUrl().adjusted(QUrl::RemovePath).toString())
        << QStringLiteral("  Token:      %1\n").arg(QString::fromUtf8(tokenValue))
        << QStringLiteral("  Devices:    %1 (seed %2), page size %3, check-in delay %4 ms\n")
               .arg(deviceCount)
               .arg(seedValue)
               .arg(pageSizeValue)
               .arg(delayMs)
        << QStringLiteral("Serving until stopped (Ctrl+C).\n");
    out.flush();

    return app.exec();
}
