#include "actionjob.h"
#include "devicejson.h"
#include "directoryloadjob.h"
#include "lapsjob.h"
#include "localadmin.h"
#include "recoverysecretjob.h"
#include "reveallog.h"
#include "session.h"
#include "simserver.h"

#include "jobresult.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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
    void bitlockerKeyPickedByKeyIdPrefix();
    void bitlockerWithoutAPrefixReadsNoKey();
    void fileVaultKeyOfACorporateMac();
    void bypassCodeOfASupervisedIPhone();
    void secretsAreNotOfferedWhereTheyDoNotExist_data();
    void secretsAreNotOfferedWhereTheyDoNotExist();
    void revealLogSurvivesARestartWithoutTheSecret();
    void rotationsMakeNewSecrets();
    void rotationGoesWhereTheSecretIs();
    void scriptedSessionLeavesNoSecretOnDisk();

private:
    ActionRecord rotate(const QString &id, ActionKind kind);
    const Sim::SimDevice *corporateMac() const;
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

ActionRecord TestSecrets::rotate(const QString &id, ActionKind kind)
{
    ActionRecord record;
    ActionJob *job = m_session->runAction(m_session->planAction({id}, kind));
    bool finished = false;
    connect(job, &ActionJob::deviceFinished, this,
        [&record](const QString &, const ActionOutcome &outcome) { record = outcome.record; });
    connect(job, &Job::finished, this, [&finished] { finished = true; });
    job->start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finished, 20000); }();
    return record;
}

const Sim::SimDevice *TestSecrets::corporateMac() const
{
    for (const Sim::SimDevice &d : m_sim->devices()) {
        if (d.kind == Sim::DeviceKind::MacOs && d.managedDeviceOwnerType == QLatin1String("company"))
            return &d;
    }
    return nullptr;
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

void TestSecrets::bitlockerKeyPickedByKeyIdPrefix()
{
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    const auto keys = m_sim->bitlockerKeys(pc.azureADDeviceId);
    QCOMPARE(keys.size(), 2); // the OS volume and a data volume
    const QString wanted = keys.at(1).first;
    auto *job = m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc.id);
    job->setKeyIdPrefix(wanted.left(8).toLower()); // as the user reads it, any case
    const RecoverySecretJob::Result result = runJob(job);
    QVERIFY2(result.ok, qPrintable(result.error ? result.error() : QString()));
    QCOMPARE(result.secret.id, wanted);
    QCOMPARE(result.secret.value, keys.at(1).second);
    QCOMPARE(result.secret.value.split(QLatin1Char('-')).size(), 8);
    QCOMPARE(result.secret.volumeType, QStringLiteral("fixedDataVolume"));
}

void TestSecrets::bitlockerWithoutAPrefixReadsNoKey()
{
    // Two keys and no key id: Passdesk lists them and reads none (each read is audited).
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    const RecoverySecretJob::Result result
        = runJob(m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc.id));
    QVERIFY(!result.ok);
    QCOMPARE(result.choices.size(), size_t(2));
    QVERIFY(result.error().contains(m_sim->bitlockerKeys(pc.azureADDeviceId).at(0).first.left(8).toUpper()));
    QVERIFY(!m_sim->lastRequestUrl().query().contains(QLatin1String("key")));
    auto *wrong = m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc.id);
    wrong->setKeyIdPrefix(QStringLiteral("ZZZZ"));
    QVERIFY(runJob(wrong).error().contains(QLatin1String("ZZZZ")));
}

void TestSecrets::fileVaultKeyOfACorporateMac()
{
    // A tenant large enough to hold both a corporate-owned and a personal Mac.
    m_sim->generate(20261123, 2000);
    const Sim::SimDevice *corporate = nullptr;
    const Sim::SimDevice *personal = nullptr;
    for (const Sim::SimDevice &d : m_sim->devices()) {
        if (d.kind != Sim::DeviceKind::MacOs)
            continue;
        (d.managedDeviceOwnerType == QLatin1String("company") ? corporate : personal) = &d;
    }
    QVERIFY(corporate && personal);
    RecoverySecretJob::Result result
        = runJob(m_session->readRecoverySecret(int(RecoverySecretJob::Kind::FileVaultKey), corporate->id));
    QVERIFY2(result.ok, qPrintable(result.error ? result.error() : QString()));
    QCOMPARE(result.secret.value, m_sim->fileVaultKey(corporate->id));
    result = runJob(m_session->readRecoverySecret(int(RecoverySecretJob::Kind::FileVaultKey), personal->id));
    QVERIFY(!result.ok);
    QVERIFY(result.error().contains(QLatin1String("corporate-owned")));
}

void TestSecrets::bypassCodeOfASupervisedIPhone()
{
    // A list never carries the code: only one device, asked for it.
    for (const Sim::SimDevice &d : m_sim->devices()) {
        if (d.kind != Sim::DeviceKind::IPad || !d.isSupervised)
            continue;
        const RecoverySecretJob::Result result
            = runJob(m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BypassCode), d.id));
        QVERIFY2(result.ok, qPrintable(result.error ? result.error() : QString()));
        QCOMPARE(result.secret.value, d.activationLockBypassCode);
        QCOMPARE(result.secret.value.split(QLatin1Char('-')).size(), 6);
        return;
    }
    QFAIL("no supervised iPad in the tenant");
}

void TestSecrets::secretsAreNotOfferedWhereTheyDoNotExist_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("device");
    QTest::addColumn<QString>("says");
    QTest::newRow("BitLocker on an iPhone")
        << int(RecoverySecretJob::Kind::BitLockerKey) << int(Sim::DeviceKind::IPhone) << QStringLiteral("Windows");
    QTest::newRow("FileVault on a PC") << int(RecoverySecretJob::Kind::FileVaultKey) << int(Sim::DeviceKind::WindowsPc)
                                       << QStringLiteral("Macs");
    QTest::newRow("bypass code on a Mac") << int(RecoverySecretJob::Kind::BypassCode) << int(Sim::DeviceKind::MacOs)
                                          << QStringLiteral("iPhones and iPads");
}

void TestSecrets::secretsAreNotOfferedWhereTheyDoNotExist()
{
    QFETCH(int, kind);
    QFETCH(int, device);
    QFETCH(QString, says);
    const RecoverySecretJob::Result result
        = runJob(m_session->readRecoverySecret(kind, simDevice(Sim::DeviceKind(device)).id));
    QVERIFY(!result.ok);
    QVERIFY2(result.error().contains(says), qPrintable(result.error()));
}

void TestSecrets::revealLogSurvivesARestartWithoutTheSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reveal-log.jsonl"));
    const QDateTime when = QDateTime::currentDateTimeUtc();
    {
        RevealLog log(path);
        QVERIFY(log.append({when.addSecs(-60), QStringLiteral("alex.martin@contoso.com"),
            QStringLiteral("lapsPassword"), QStringLiteral("d1"), QStringLiteral("PC-1")}));
        QVERIFY(log.append({when, QStringLiteral("alex.martin@contoso.com"), QStringLiteral("bitlockerKey"),
            QStringLiteral("d1"), QStringLiteral("PC-1")}));
        QVERIFY(
            log.append({when, QString(), QStringLiteral("bypassCode"), QStringLiteral("d2"), QStringLiteral("iPad")}));
    }
    // Another process, later: a new log on the same file.
    const RevealLog again(path);
    const std::vector<RevealLog::Entry> d1 = again.entries(QStringLiteral("d1"));
    QCOMPARE(d1.size(), size_t(2));
    QCOMPARE(d1.front().kind, QStringLiteral("bitlockerKey")); // newest first
    QCOMPARE(d1.back().who, QStringLiteral("alex.martin@contoso.com"));
    QCOMPARE(again.entries(QStringLiteral("d2")).size(), size_t(1));
    // A damaged line is passed over, not a crash nor a lost log.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{not json\n");
    file.close();
    QCOMPARE(RevealLog(path).entries(QStringLiteral("d1")).size(), size_t(2));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestSecrets::rotationsMakeNewSecrets()
{
    // Each rotation is one POST, followed to done; the device makes the new
    // secret when it checks in, and the next read gets it.
    m_sim->setCheckInDelay(300);
    m_session->setPollInterval(ActionJob::kMinPollMsecs);
    QCOMPARE(runJob(m_session->loadDirectory()).status, DirectoryLoadJob::Result::Status::Loaded);
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);

    const QString password = m_sim->lapsPasswords(pc.azureADDeviceId).first();
    QCOMPARE(rotate(pc.id, ActionKind::RotateLocalAdminPassword).state, ActionState::Done);
    QCOMPARE(m_sim->actionPostCount(pc.id, QStringLiteral("rotateLocalAdminPassword")), 1);
    const LapsPasswordJob::Result laps = runJob(m_session->readLapsPassword(pc.id));
    QVERIFY2(laps.ok, qPrintable(laps.error ? laps.error() : QString()));
    QVERIFY(laps.info.credentials.front().password != password);
    QCOMPARE(laps.info.credentials.front().password, m_sim->lapsPasswords(pc.azureADDeviceId).first());
    QCOMPARE(laps.info.credentials.at(1).password, password); // the one read before is now the older one

    const auto keys = m_sim->bitlockerKeys(pc.azureADDeviceId);
    QCOMPARE(rotate(pc.id, ActionKind::RotateBitLockerKeys).state, ActionState::Done);
    QCOMPARE(m_sim->actionPostCount(pc.id, QStringLiteral("rotateBitLockerKeys")), 1);
    const auto newKeys = m_sim->bitlockerKeys(pc.azureADDeviceId);
    QCOMPARE(newKeys.size(), keys.size());
    QVERIFY(newKeys.first().first != keys.first().first && newKeys.first().second != keys.first().second);
    auto *old = m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc.id);
    old->setKeyIdPrefix(keys.first().first.left(8));
    QVERIFY(!runJob(old).ok); // the user's screen now shows the new key id
    auto *fresh = m_session->readRecoverySecret(int(RecoverySecretJob::Kind::BitLockerKey), pc.id);
    fresh->setKeyIdPrefix(newKeys.first().first.left(8));
    const RecoverySecretJob::Result key = runJob(fresh);
    QVERIFY2(key.ok, qPrintable(key.error ? key.error() : QString()));
    QCOMPARE(key.secret.value, newKeys.first().second);

    const Sim::SimDevice *mac = corporateMac();
    QVERIFY(mac);
    const QString fileVault = m_sim->fileVaultKey(mac->id);
    QCOMPARE(rotate(mac->id, ActionKind::RotateFileVaultKey).state, ActionState::Done);
    const RecoverySecretJob::Result vault
        = runJob(m_session->readRecoverySecret(int(RecoverySecretJob::Kind::FileVaultKey), mac->id));
    QVERIFY(vault.ok);
    QVERIFY(vault.secret.value != fileVault);
    QCOMPARE(vault.secret.value, m_sim->fileVaultKey(mac->id));
    QCOMPARE(m_sim->actionPostCount(mac->id, QStringLiteral("rotateFileVaultKey")), 1);
}

void TestSecrets::rotationGoesWhereTheSecretIs()
{
    // Not offered, with the reason of the secret it would rotate; nothing is sent.
    QCOMPARE(runJob(m_session->loadDirectory()).status, DirectoryLoadJob::Result::Status::Loaded);
    Device personalMac;
    personalMac.kind = DeviceKind::MacOS;
    personalMac.ownerType = QStringLiteral("personal");
    const Support mac = m_session->matrix().evaluate(personalMac, ActionKind::RotateFileVaultKey);
    QVERIFY(!mac.supported);
    QCOMPARE(mac.reasonId, QStringLiteral("reasonFileVaultPersonal"));
    personalMac.ownerType = QStringLiteral("company");
    QVERIFY(m_session->matrix().evaluate(personalMac, ActionKind::RotateFileVaultKey).supported);
    const QString phone = simDevice(Sim::DeviceKind::IPhone).id;
    const ActionPlan laps = m_session->planAction({phone}, ActionKind::RotateLocalAdminPassword);
    QVERIFY(laps.toSend().isEmpty());
    QCOMPARE(laps.items.first().support.reasonId, QStringLiteral("reasonRotateNoSecret"));
    QVERIFY(!laps.items.first().support.reasonText().isEmpty());
    const QString pc = simDevice(Sim::DeviceKind::WindowsPc).id;
    const ActionPlan bitlocker = m_session->planAction({pc}, ActionKind::RotateBitLockerKeys);
    QCOMPARE(bitlocker.toSend(), QStringList{pc});
    QCOMPARE(bitlocker.items.first().support.sources.first(), QStringLiteral("intuneRotateBitLocker"));
    QCOMPARE(m_sim->actionPostCount(phone, QStringLiteral("rotateLocalAdminPassword")), 0);
}

void TestSecrets::scriptedSessionLeavesNoSecretOnDisk()
{
    // The command line reads every kind of secret on the demo tenant, in a home of its own;
    // afterwards no file there holds one, and the reveal log names each read.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PASSDESK_LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    QByteArray errors;
    const auto run = [&](const QStringList &args) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PASSDESK_CLI), QStringList{QStringLiteral("--demo")} + args);
        [&] { QVERIFY(process.waitForFinished(60000)); }();
        // What it says on stderr is its log: it must not hold the secret either.
        errors += process.readAllStandardError();
        return QPair<int, QByteArray>(process.exitCode(), process.readAllStandardOutput());
    };
    const auto devices = run({QStringLiteral("devices"), QStringLiteral("--json")});
    QVERIFY2(devices.first == 0, devices.second.constData());
    QString pc, mac, ipad;
    for (const QJsonValue &v : QJsonDocument::fromJson(devices.second).array()) {
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (kind == QLatin1String("windowsPC") && pc.isEmpty())
            pc = id;
        if (kind == QLatin1String("macOS") && mac.isEmpty())
            mac = id;
    }
    QVERIFY(!pc.isEmpty() && !mac.isEmpty());
    QStringList secrets;
    const auto read = [&](const QStringList &args, const QString &key) {
        const auto r = run(args + QStringList{QStringLiteral("--json")});
        if (r.first != 0)
            return;
        const QString value = QJsonDocument::fromJson(r.second).object().value(key).toString();
        if (!value.isEmpty())
            secrets << value;
    };
    read({QStringLiteral("laps-password"), pc}, QStringLiteral("password"));
    const auto keys = run({QStringLiteral("bitlocker-key"), pc, QStringLiteral("--json")});
    const QJsonArray keyList = QJsonDocument::fromJson(keys.second).object().value(QStringLiteral("keys")).toArray();
    const QString keyId
        = keyList.isEmpty() ? QString() : keyList.at(0).toObject().value(QStringLiteral("keyId")).toString();
    QVERIFY2(!keyId.isEmpty(), keys.second.constData());
    read({QStringLiteral("bitlocker-key"), pc, QStringLiteral("--key-id"), keyId.left(8)}, QStringLiteral("secret"));
    read({QStringLiteral("filevault-key"), mac}, QStringLiteral("secret"));
    QVERIFY2(secrets.size() >= 2, qPrintable(secrets.join(QLatin1Char(' '))));

    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QString revealLog;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
        if (f.fileName().endsWith(QLatin1String("reveal-log.jsonl")))
            revealLog = QString::fromUtf8(content);
    }
    QVERIFY(files > 0); // settings and the reveal log were written
    for (const QString &secret : std::as_const(secrets))
        QVERIFY(!errors.contains(secret.toUtf8()));
    QVERIFY2(revealLog.contains(QLatin1String("lapsPassword")) && revealLog.contains(QLatin1String("bitlockerKey")),
        qPrintable(revealLog));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
