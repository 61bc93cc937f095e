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

#include <limits>
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
    void malformedContentIsRefused();
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
    DeviceStore store;
    store.reset(list);
    index.save(store.contents(), at.isValid() ? at : QDateTime::currentDateTimeUtc());
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
    const DeviceSet &set = snapshot.devices;
    QCOMPARE(set.deviceCount(), int(list.size()));
    // Kept in name order: read back sorted, in the order the tree shows.
    DeviceStore sorted;
    sorted.reset(list);
    for (int i = 0; i < set.deviceCount(); ++i) {
        QCOMPARE(set.nameOrder()[size_t(i)], i);
        QCOMPARE(set.at(i).id, sorted.at(sorted.nameOrder()[size_t(i)]).id);
    }
    for (size_t n = 0; n < list.size(); ++n) {
        const Device &a = list[n];
        const int i = set.indexOf(a.id);
        QVERIFY(i >= 0);
        const Device &b = set.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.deviceName, a.deviceName);
        QCOMPARE(b.userId, a.userId);
        QCOMPARE(b.userDisplayName, a.userDisplayName);
        QCOMPARE(b.userPrincipalName, a.userPrincipalName);
        QCOMPARE(b.emailAddress, a.emailAddress);
        QCOMPARE(b.operatingSystem, a.operatingSystem);
        QCOMPARE(b.osVersion, a.osVersion);
        QCOMPARE(b.deviceEnrollmentType, a.deviceEnrollmentType);
        QCOMPARE(b.managementAgent, a.managementAgent);
        QCOMPARE(b.ownerType, a.ownerType);
        QCOMPARE(b.complianceState, a.complianceState);
        QCOMPARE(b.serialNumber, a.serialNumber);
        QCOMPARE(b.imei, a.imei);
        QCOMPARE(b.phoneNumber, a.phoneNumber);
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.manufacturer, a.manufacturer);
        QCOMPARE(b.currentUserId, a.currentUserId);
        QCOMPARE(b.lastSyncDateTime, a.lastSyncDateTime);
        QCOMPARE(b.enrolledDateTime.isValid(), a.enrolledDateTime.isValid());
        QCOMPARE(b.enrolledDateTime, a.enrolledDateTime);
        QCOMPARE(b.isEncrypted, a.isEncrypted);
        QCOMPARE(b.isSupervised, a.isSupervised);
        QCOMPARE(b.azureADRegistered, a.azureADRegistered);
        QCOMPARE(b.kind, a.kind);
        // Ready for search, accents and case aside.
        if (n % 97 == 0) {
            const std::vector<int> found = set.match({foldForSearch(a.serialNumber), QStringLiteral("lefevre")});
            QVERIFY(std::find(found.cbegin(), found.cend(), i) != found.cend());
        }
    }
    // Repeated text is read back once, shared by every device that has it.
    QCOMPARE(set.at(0).manufacturer.constData(), set.at(set.deviceCount() - 1).manufacturer.constData());
    QCOMPARE(set.at(0).ownerType.constData(), set.at(set.deviceCount() - 1).ownerType.constData());
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
    QVERIFY(out.devices.deviceCount() == 0);
    QVERIFY(!why.isEmpty());

    // The key leaves the keychain: the file no longer opens, and goes.
    bool removed = false;
    m_keychain.remove(QStringLiteral("device-index/") + id, [&](const CredentialStore::Result &r) { removed = r.ok; });
    QTRY_VERIFY(removed);
    DeviceIndex reader(&m_keychain);
    reader.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded.*keychain")));
    QVERIFY(load(reader).devices.deviceCount() == 0);
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
        bytes[6] = 1;
    else if (damage == QLatin1String("append"))
        bytes.append("more");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    DeviceIndex reader(&m_keychain);
    reader.setIdentity(id, QStringLiteral("contoso.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded")));
    QVERIFY(load(reader).devices.deviceCount() == 0);
    QVERIFY(!QFileInfo::exists(reader.filePath()));
    // The next complete load writes a good one again.
    QVERIFY(save(reader, devices(3)));
    QCOMPARE(load(reader).devices.deviceCount(), 3);
}

namespace {

// The index's plain text, written by hand: little-endian sizes, UTF-8 text.
struct PlainWriter
{
    QByteArray out;
    void u32(quint32 v)
    {
        for (int i = 0; i < 4; ++i)
            out.append(char((v >> (8 * i)) & 0xff));
    }
    void i64(qint64 v)
    {
        for (int i = 0; i < 8; ++i)
            out.append(char((quint64(v) >> (8 * i)) & 0xff));
    }
    void text(const QString &t)
    {
        const QByteArray utf8 = t.toUtf8();
        u32(quint32(utf8.size()));
        out.append(utf8);
    }
};

// One device: its id and 9 texts of its own, 10 indices into the table, 2 times, the flags.
QByteArray plainWith(const QStringList &table, quint32 count, const QString &id, quint32 sharedText)
{
    PlainWriter w;
    w.i64(1764576000000);
    w.u32(quint32(table.size()));
    for (const QString &t : table)
        w.text(t);
    w.u32(count);
    w.text(id);
    for (const char *own : {"iPhone de Zoé", "SN1", "", "", "", "", "", "", ""})
        w.text(QString::fromUtf8(own));
    for (int i = 0; i < 10; ++i)
        w.u32(i == 0 ? sharedText : 0); // the first is the operating system
    w.i64(std::numeric_limits<qint64>::min());
    w.i64(1764576000000);
    w.out.append(char(1));
    return w.out;
}

} // namespace

void TestDeviceIndex::malformedContentIsRefused()
{
    // What only the key's holder could write, and still wrong: refused, never a crash or a shorter list.
    const QStringList table{QString(), QStringLiteral("iOS")};
    DeviceIndex::Snapshot out;
    QString why;
    QVERIFY2(DeviceIndex::readPlainText(plainWith(table, 1, QStringLiteral("dev-1"), 1), &out, &why), qPrintable(why));
    QCOMPARE(out.devices.deviceCount(), 1);
    QCOMPARE(out.devices.at(0).operatingSystem, QStringLiteral("iOS"));
    QCOMPARE(out.devices.at(0).deviceName, QStringLiteral("iPhone de Zoé"));
    QVERIFY(!out.devices.at(0).lastSyncDateTime.isValid());
    QVERIFY(out.devices.at(0).isEncrypted);

    const auto refused = [](const QByteArray &plain) {
        DeviceIndex::Snapshot snapshot;
        QString reason;
        const bool ok = DeviceIndex::readPlainText(plain, &snapshot, &reason);
        return !ok && !reason.isEmpty() && snapshot.devices.deviceCount() == 0;
    };
    QVERIFY(refused(plainWith(table, 1, QStringLiteral("dev-1"), 2))); // a text the table does not have
    QVERIFY(refused(plainWith({QStringLiteral("x"), QStringLiteral("iOS")}, 1, QStringLiteral("dev-1"), 1)));
    QVERIFY(refused(plainWith(table, 1, QStringLiteral(".."), 1))); // not a device id
    QVERIFY(refused(plainWith(table, 2, QStringLiteral("dev-1"), 1))); // fewer devices than announced
    QVERIFY(refused(plainWith(table, DeviceIndex::kMaxDevices + 1, QStringLiteral("dev-1"), 1)));
    QVERIFY(refused(plainWith(table, 0, QStringLiteral("dev-1"), 1))); // bytes after the last one
    QByteArray hugeTable = plainWith(table, 1, QStringLiteral("dev-1"), 1);
    hugeTable.replace(8, 4, QByteArray(4, char(0xff)));
    QVERIFY(refused(hugeTable));
    // Cut anywhere, a real index is refused.
    DeviceStore store;
    store.reset(devices(7));
    const QByteArray plain = DeviceIndex::plainText(store.contents(), QDateTime::currentDateTimeUtc());
    QVERIFY(DeviceIndex::readPlainText(plain, &out, &why));
    for (qsizetype size = 0; size < plain.size(); ++size)
        QVERIFY2(refused(plain.left(size)), qPrintable(QString::number(size)));
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
    QVERIFY(load(reader).devices.deviceCount() == 0);
    QVERIFY(!QFileInfo::exists(b.filePath()));

    // The same profile pointed at another tenant: A's list is not that tenant's.
    DeviceIndex moved(&m_keychain);
    moved.setIdentity(QStringLiteral("profile-a"), QStringLiteral("fabrikam.onmicrosoft.com"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("local device index discarded")));
    QVERIFY(load(moved).devices.deviceCount() == 0);
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
    QVERIFY(load(index).devices.deviceCount() == 0);
}

QTEST_GUILESS_MAIN(TestDeviceIndex)
#include "tst_deviceindex.moc"
