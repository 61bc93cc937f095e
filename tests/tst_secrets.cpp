#include "devicejson.h"
#include "directoryloadjob.h"
#include "lapsjob.h"
#include "localadmin.h"
#include "session.h"
#include "simserver.h"

#include "jobresult.h"

#include <QJsonArray>
#include <QTest>

using namespace Passdesk;

// Recovery secrets read on demand: decoding, strict reading, and the reads
// against the simulator over loopback HTTP.
class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lapsPasswordsAreUtf16le_data();
    void lapsPasswordsAreUtf16le();
    void lapsAnswerIsReadStrictly();
    void lapsPasswordOfAWindowsDevice();
    void lapsOnADeviceWithoutIt();
    void lapsWithoutThePermissionAsksNothing();

private:
    const Sim::SimDevice &simDevice(Sim::DeviceKind kind) const { return m_sim->devices()[size_t(kind)]; }

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
};

namespace {

QString utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

void TestSecrets::init()
{
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 30);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("token");
    m_session = new Session(this);
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "token", &error));
}

void TestSecrets::cleanup()
{
    delete m_session;
    delete m_sim;
}

void TestSecrets::lapsPasswordsAreUtf16le_data()
{
    QTest::addColumn<QString>("base64");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("password");
    const QString accents = QStringLiteral("Ölçü-7€Zq#ß2vR");
    QTest::newRow("non-ASCII") << utf16le(accents) << true << accents;
    const QString emoji = QStringLiteral("pw\U0001F511x"); // a surrogate pair
    QTest::newRow("surrogate pair") << utf16le(emoji) << true << emoji;
    QTest::newRow("trailing NUL") << utf16le(QStringLiteral("abc") + QChar(0)) << true << QStringLiteral("abc");
    // UTF-8 bytes read as UTF-16LE would be another password: odd length is refused.
    QTest::newRow("odd byte count") << QString::fromLatin1(QByteArray("abc").toBase64()) << false << QString();
    QTest::newRow("not base64") << QStringLiteral("****") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("lone surrogate") << utf16le(QString(QChar(0xD83D)) + QStringLiteral("a")) << false << QString();
    QTest::newRow("control character") << utf16le(QStringLiteral("ab\x1b[2J")) << false << QString();
    QTest::newRow("bidi override") << utf16le(QStringLiteral("ab") + QChar(0x202E) + QStringLiteral("cd")) << false
                                   << QString();
}

void TestSecrets::lapsPasswordsAreUtf16le()
{
    QFETCH(QString, base64);
    QFETCH(bool, ok);
    QFETCH(QString, password);
    QString decoded = QStringLiteral("untouched");
    QCOMPARE(decodeLapsPassword(base64, &decoded), ok);
    QCOMPARE(decoded, ok ? password : QStringLiteral("untouched"));
}

void TestSecrets::lapsAnswerIsReadStrictly()
{
    const QJsonObject newer{{QStringLiteral("accountName"), QStringLiteral("WinLAPSAdmin")},
        {QStringLiteral("backupDateTime"), QStringLiteral("2026-12-01T10:00:00.1234567Z")},
        {QStringLiteral("passwordBase64"), utf16le(QStringLiteral("new"))}};
    const QJsonObject older{{QStringLiteral("accountName"), QStringLiteral("WinLAPSAdmin")},
        {QStringLiteral("backupDateTime"), QStringLiteral("2026-11-01T10:00:00Z")},
        {QStringLiteral("passwordBase64"), utf16le(QStringLiteral("old"))}};
    const QJsonObject info{{QStringLiteral("id"), QStringLiteral("b465e4e8-e4e8-b465-e8e4-65b4e8e465b4")},
        {QStringLiteral("deviceName"), QStringLiteral("PC-1")},
        {QStringLiteral("credentials"), QJsonArray{older, newer}}};
    LocalAdminInfo read;
    QString why;
    QVERIFY2(localAdminInfoFromJson(QJsonObject{{QStringLiteral("value"), info}}, &read, &why), qPrintable(why));
    QCOMPARE(read.credentials.size(), size_t(2));
    QCOMPARE(read.credentials.front().password, QStringLiteral("new")); // newest first
    QVERIFY(localAdminInfoFromJson(info, &read, &why)); // unwrapped too

    QJsonObject broken = info;
    QJsonObject badPassword = newer;
    badPassword.insert(QStringLiteral("passwordBase64"), QStringLiteral("!!"));
    broken.insert(QStringLiteral("credentials"), QJsonArray{older, badPassword});
    QVERIFY(!localAdminInfoFromJson(QJsonObject{{QStringLiteral("value"), broken}}, &read, &why));
    QVERIFY(why.contains(QLatin1String("passwordBase64")));
    QVERIFY(!localAdminInfoFromJson(QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}, &read, &why));
}

void TestSecrets::lapsPasswordOfAWindowsDevice()
{
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    QVERIFY(pc.azureADDeviceId.compare(pc.id, Qt::CaseInsensitive) != 0); // Entra id, not the Intune one
    const LapsPasswordJob::Result result = runJob(m_session->readLapsPassword(pc.id));
    QVERIFY2(result.ok, qPrintable(result.error ? result.error() : QString()));
    QCOMPARE(result.info.entraDeviceId, pc.azureADDeviceId);
    const QStringList expected = m_sim->lapsPasswords(pc.azureADDeviceId);
    QCOMPARE(result.info.credentials.size(), size_t(expected.size()));
    for (size_t i = 0; i < result.info.credentials.size(); ++i)
        QCOMPARE(result.info.credentials[i].password, expected.at(int(i)));
    QVERIFY(result.info.refreshDateTime > result.info.lastBackupDateTime);
}

void TestSecrets::lapsOnADeviceWithoutIt()
{
    const LapsPasswordJob::Result result = runJob(m_session->readLapsPassword(simDevice(Sim::DeviceKind::IPhone).id));
    QVERIFY(!result.ok);
    QVERIFY2(result.error().contains(QLatin1String("no LAPS password")), qPrintable(result.error()));
}

void TestSecrets::lapsWithoutThePermissionAsksNothing()
{
    const int before = m_sim->requestCount();
    auto *job = new LapsPasswordJob(m_session->graph(), simDevice(Sim::DeviceKind::WindowsPc).id,
        {QStringLiteral("https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All")}, this);
    const LapsPasswordJob::Result result = runJob(job);
    QVERIFY(!result.ok);
    QVERIFY2(result.error().contains(LapsPasswordJob::scope()), qPrintable(result.error()));
    QCOMPARE(m_sim->requestCount(), before);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
