#include "authsession.h"
#include "credentialstore.h"
#include "deviceindex.h"
#include "devicekind.h"
#include "session.h"
#include "tenantprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Passdesk;

// The local device index for real: a private Secret Service (tests/with_keyring.sh)
// holds its key, the file is in this test's cache folder. Once more without any
// keychain, for the memory-only path.
class TestDeviceIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void unreadableWithoutTheKey();
    void damagedFileIsDiscarded_data();
    void damagedFileIsDiscarded();
    void foreignFileIsDiscarded();
    void deletedAtSignOut();
    void deletedWithTheProfile();
    void noKeychain();

private:
    static std::vector<Device> devices(int n);
    static bool save(DeviceIndex &index, const std::vector<Device> &list, const QDateTime &at = {});
    static DeviceIndex::Snapshot load(DeviceIndex &index);
    static QPair<CredentialStore::Result, QByteArray> readKey(const QString &profileId);

    CredentialStore m_keychain;
};

void TestDeviceIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("tst_deviceindex"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

void TestDeviceIndex::init()
{
    if (qEnvironmentVariableIsSet("PASSDESK_TEST_NO_KEYCHAIN")
        && QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("noKeychain"))
        QSKIP("no keychain in this run");
}

std::vector<Device> TestDeviceIndex::devices(int n)
{
    std::vector<Device> list;
    for (int i = 0; i < n; ++i) {
        Device d;
        d.id = QStringLiteral("dev-%1").arg(i, 5, 10, QLatin1Char('0'));
        d.deviceName = i % 3 == 0 ? QStringLiteral("iPhone de Zoé %1").arg(i) : QStringLiteral("PC-%1").arg(i);
        d.userId = QStringLiteral("user-%1").arg(i % 17);
        d.userDisplayName = QStringLiteral("Zoé Lefèvre 🙂 %1").arg(i % 17);
        d.userPrincipalName = QStringLiteral("zoe%1@contoso.com").arg(i % 17);
        d.operatingSystem = i % 3 == 0 ? QStringLiteral("iOS") : QStringLiteral("Windows");
        d.osVersion = i % 3 == 0 ? QStringLiteral("17.5.1") : QStringLiteral("10.0.22631.3737");
        d.deviceEnrollmentType = QStringLiteral("appleBulkWithUser");
        d.managementAgent = QStringLiteral("mdm");
        d.ownerType = QStringLiteral("company");
        d.complianceState = QStringLiteral("compliant");
        d.serialNumber = QStringLiteral("SN%1").arg(i * 7919);
        d.imei = i % 2 ? QString() : QStringLiteral("35%1").arg(i, 13, 10, QLatin1Char('0'));
        d.phoneNumber = i % 5 ? QString() : QStringLiteral("+33 6 12 34 %1").arg(i % 100, 2, 10, QLatin1Char('0'));
        d.model = QStringLiteral("Model ") + QString::number(i % 9);
        d.manufacturer = QStringLiteral("Apple");
        d.currentUserId = d.userId;
        d.lastSyncDateTime = QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc()).addSecs(i);
        if (i % 4)
            d.enrolledDateTime = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 123), QTimeZone::utc());
        d.isEncrypted = i % 2;
        d.isSupervised = i % 3 == 0;
        d.azureADRegistered = i % 7 == 0;
        d.kind = classify(d);
        list.push_back(d);
    }
    return list;
}

bool TestDeviceIndex::save(DeviceIndex &index, const std::vector<Device> &list, const QDateTime &at)
{
    QSignalSpy saved(&index, &DeviceIndex::saved);
    index.save(list, at.isValid() ? at : QDateTime::currentDateTimeUtc());
    if (!saved.wait(20000))
        return false;
    return saved.first().first().toBool();
}

DeviceIndex::Snapshot TestDeviceIndex::load(DeviceIndex &index)
{
    DeviceIndex::Snapshot result;
    bool done = false;
    QObject context;
    index.load(&context, [&](DeviceIndex::Snapshot s) {
        result = std::move(s);
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

QPair<CredentialStore::Result, QByteArray> TestDeviceIndex::readKey(const QString &profileId)
{
    CredentialStore keychain;
    QPair<CredentialStore::Result, QByteArray> result;
    bool done = false;
    keychain.read(QStringLiteral("device-index/") + profileId, [&](const CredentialStore::Result &r, QByteArray k) {
        result = {r, k};
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

void TestDeviceIndex::roundTrip()
{
    const std::vector<Device> list = devices(2000);
    const QDateTime at(QDate(2026, 12, 1), QTime(9, 41, 7), QTimeZone::utc());
    {
        DeviceIndex index(&m_keychain);
        index.setIdentity(QStringLiteral("round-trip"), QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(save(index, list, at));
    }
    const QString path = DeviceIndex::filePath(QStringLiteral("round-trip"));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QByteArray bytes = file.readAll();
    // Encrypted at rest: no name, user, serial number or id in the clear.
    for (const QString &clear : {list[3].deviceName, list[3].userPrincipalName, list[3].serialNumber, list[3].id})
        QVERIFY2(!bytes.contains(clear.toUtf8()), qPrintable(clear));
    QVERIFY(!bytes.contains(QByteArrayLiteral("contoso")));

    // Another instance: the key comes from the keychain.
    DeviceIndex reader(&m_keychain);
    reader.setIdentity(QStringLiteral("round-trip"), QStringLiteral("Contoso.onmicrosoft.com"));
    const DeviceIndex::Snapshot snapshot = load(reader);
    QCOMPARE(snapshot.savedAt, at);
    QCOMPARE(snapshot.devices.size(), list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        const Device &a = list[i];
        const Device &b = snapshot.devices[i].device;
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.deviceName, a.deviceName);
        QCOMPARE(b.userDisplayName, a.userDisplayName);
        QCOMPARE(b.userPrincipalName, a.userPrincipalName);
        QCOMPARE(b.operatingSystem, a.operatingSystem);
        QCOMPARE(b.osVersion, a.osVersion);
        QCOMPARE(b.deviceEnrollmentType, a.deviceEnrollmentType);
        QCOMPARE(b.serialNumber, a.serialNumber);
        QCOMPARE(b.imei, a.imei);
        QCOMPARE(b.phoneNumber, a.phoneNumber);
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.currentUserId, a.currentUserId);
        QCOMPARE(b.lastSyncDateTime, a.lastSyncDateTime);
        QCOMPARE(b.enrolledDateTime.isValid(), a.enrolledDateTime.isValid());
        QCOMPARE(b.enrolledDateTime, a.enrolledDateTime);
        QCOMPARE(b.isEncrypted, a.isEncrypted);
        QCOMPARE(b.isSupervised, a.isSupervised);
        QCOMPARE(b.azureADRegistered, a.azureADRegistered);
        QCOMPARE(b.kind, a.kind);
        // Ready for the store: the search text is there.
        QVERIFY(snapshot.devices[i].searchText.contains(foldForSearch(a.serialNumber)));
    }
}

void TestDeviceIndex::unreadableWithoutTheKey()
{
    const QString id = QStringLiteral("without-key");
    {
        DeviceIndex index(&m_keychain);
        index.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(save(index, devices(50)));
    }
    QFile file(DeviceIndex::filePath(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    // Another key does not open it, whatever the identity.
    DeviceIndex::Snapshot out;
    QString why;
    QVERIFY(!DeviceIndex::open(DeviceIndex::newKey(), id.toUtf8() + "\ncontoso.onmicrosoft.com", bytes, &out, &why));
    QVERIFY(out.devices.empty());
    QVERIFY(!why.isEmpty());

    // The key leaves the keychain: the file no longer opens, and goes.
    bool removed = false;
    m_keychain.remove(QStringLiteral("device-index/") + id, [&](const CredentialStore::Result &r) { removed = r.ok; });
    QTRY_VERIFY(removed);
    DeviceIndex reader(&m_keychain);
    reader.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded.*keychain")));
    QVERIFY(load(reader).devices.empty());
    QVERIFY(!QFileInfo::exists(DeviceIndex::filePath(id)));
}

void TestDeviceIndex::damagedFileIsDiscarded_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated by one byte") << QStringLiteral("cut1");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("header only") << QStringLiteral("header");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("one bit flipped in the data") << QStringLiteral("flip");
    QTest::newRow("one bit flipped in the nonce") << QStringLiteral("nonce");
    QTest::newRow("another format version") << QStringLiteral("version");
    QTest::newRow("bytes appended") << QStringLiteral("append");
}

void TestDeviceIndex::damagedFileIsDiscarded()
{
    QFETCH(QString, damage);
    const QString id = QStringLiteral("damaged");
    DeviceIndex index(&m_keychain);
    index.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(save(index, devices(300)));
    QFile file(index.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (damage == QLatin1String("cut1"))
        bytes.chop(1);
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("header"))
        bytes.truncate(8);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("flip"))
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    else if (damage == QLatin1String("nonce"))
        bytes[10] = char(bytes[10] ^ 0x80);
    else if (damage == QLatin1String("version"))
        bytes[6] = 2;
    else if (damage == QLatin1String("append"))
        bytes.append("more");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    DeviceIndex reader(&m_keychain);
    reader.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded")));
    QVERIFY(load(reader).devices.empty());
    QVERIFY(!QFileInfo::exists(reader.filePath()));
    // The next complete load writes a good one again.
    QVERIFY(save(reader, devices(3)));
    QCOMPARE(load(reader).devices.size(), size_t(3));
}

void TestDeviceIndex::foreignFileIsDiscarded()
{
    DeviceIndex a(&m_keychain);
    a.setIdentity(QStringLiteral("profile-a"), QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(save(a, devices(20)));
    DeviceIndex b(&m_keychain);
    b.setIdentity(QStringLiteral("profile-b"), QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(save(b, devices(5)));

    // A's file in B's place: B's key does not open it.
    QVERIFY(QFile::remove(b.filePath()));
    QVERIFY(QFile::copy(a.filePath(), b.filePath()));
    DeviceIndex reader(&m_keychain);
    reader.setIdentity(QStringLiteral("profile-b"), QStringLiteral("contoso.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded")));
    QVERIFY(load(reader).devices.empty());
    QVERIFY(!QFileInfo::exists(b.filePath()));

    // The same profile pointed at another tenant: A's list is not that tenant's.
    DeviceIndex moved(&m_keychain);
    moved.setIdentity(QStringLiteral("profile-a"), QStringLiteral("fabrikam.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded")));
    QVERIFY(load(moved).devices.empty());
    QVERIFY(!QFileInfo::exists(a.filePath()));
}

void TestDeviceIndex::deletedAtSignOut()
{
    Session session;
    TenantProfile profile;
    profile.id = QStringLiteral("signs-out");
    profile.displayName = QStringLiteral("Contoso");
    profile.tenant = QStringLiteral("contoso.onmicrosoft.com");
    profile.clientId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    QString error;
    QVERIFY2(session.useProfile(profile, QUrl(QStringLiteral("http://127.0.0.1:9")), &error), qPrintable(error));
    QVERIFY(session.index()->isEnabled());
    QVERIFY(save(*session.index(), devices(10)));
    QVERIFY(QFileInfo::exists(session.index()->filePath()));
    QVERIFY(readKey(profile.id).first.ok);

    QSignalSpy forgotten(session.index(), &DeviceIndex::forgotten);
    session.auth()->signOut();
    QVERIFY(forgotten.wait(20000));
    QVERIFY(!QFileInfo::exists(session.index()->filePath()));
    QVERIFY(readKey(profile.id).first.notFound);

    // A fixed token has no index.
    QVERIFY(session.connectTo(QUrl(QStringLiteral("http://127.0.0.1:9/beta")), "token", &error));
    QVERIFY(!session.index()->isEnabled());
}

void TestDeviceIndex::deletedWithTheProfile()
{
    const QString id = QStringLiteral("removed-profile");
    {
        DeviceIndex index(&m_keychain);
        index.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(save(index, devices(10)));
    }
    QVERIFY(QFileInfo::exists(DeviceIndex::filePath(id)));
    DeviceIndex::forgetProfile(id);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(DeviceIndex::filePath(id)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(readKey(id).first.notFound, 20000);
}

void TestDeviceIndex::noKeychain()
{
    if (!qEnvironmentVariableIsSet("PASSDESK_TEST_NO_KEYCHAIN"))
        QSKIP("run with PASSDESK_TEST_NO_KEYCHAIN=1 and no reachable session bus");
    DeviceIndex index(&m_keychain);
    index.setIdentity(QStringLiteral("no-keychain"), QStringLiteral("contoso.onmicrosoft.com"));
    QSignalSpy told(&index, &DeviceIndex::unavailable);
    QVERIFY(!save(index, devices(10)));
    QVERIFY(!save(index, devices(10)));
    QCOMPARE(told.size(), 1); // said once
    QVERIFY(told.first().first().toString().contains(QLatin1String("memory only")));
    QVERIFY(!QFileInfo::exists(index.filePath()));
    QVERIFY(load(index).devices.empty());
}

QTEST_GUILESS_MAIN(TestDeviceIndex)
#include "tst_deviceindex.moc"
