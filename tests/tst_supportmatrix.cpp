#include "device.h"
#include "matrixtexts.h"
#include "supportmatrix.h"

#include <QTest>

using namespace Passdesk;

// Every row of the vendor documents (seeds 000-004) and of the current Intune
// pages, as a device Graph would return and the answer the console must give.
class TestSupportMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classification_data();
    void classification();
    void matrix_data();
    void matrix();
    void everyKindAnswersBothActions();
    void everyTextResolves();
    void rulesCiteSourcesNewestFirst();
    void outcomeExplanations();
    void oddServerValues();
    void recoverySecrets();
};

namespace {

struct Spec
{
    const char *os;
    const char *version;
    const char *type;
    const char *enrollment;
    const char *agent;
    const char *join;
};

Device makeDevice(const Spec &s, bool otherUserSignedIn = false)
{
    Device d;
    d.id = QStringLiteral("id");
    d.operatingSystem = QString::fromLatin1(s.os);
    d.osVersion = QString::fromLatin1(s.version);
    d.deviceType = QString::fromLatin1(s.type);
    d.deviceEnrollmentType = QString::fromLatin1(s.enrollment);
    d.managementAgent = QString::fromLatin1(s.agent);
    d.joinType = QString::fromLatin1(s.join);
    d.userId = QStringLiteral("enroller");
    d.currentUserId = otherUserSignedIn ? QStringLiteral("someone-else") : d.userId;
    d.kind = classify(d);
    return d;
}

const Spec kIPhone{"iOS", "17.5", "iPhone", "appleBulkWithUser", "mdm", ""};
const Spec kIPad{"iPadOS", "17.5", "iPad", "appleBulkWithUser", "mdm", ""};
const Spec kAndroidAdmin6{"Android", "6.0.1", "android", "userEnrollment", "mdm", ""};
const Spec kAndroidAdmin10{"Android", "10", "android", "userEnrollment", "mdm", ""};
const Spec kWorkProfile6{"Android", "6.0", "androidForWork", "userEnrollment", "mdm", ""};
const Spec kWorkProfile13{"Android", "13", "androidForWork", "userEnrollment", "mdm", ""};
const Spec kCope{"Android", "14", "androidEnterprise", "androidEnterpriseCorporateWorkProfile", "mdm", ""};
const Spec kCobo{"Android", "14", "androidEnterprise", "androidEnterpriseFullyManaged", "mdm", ""};
const Spec kCosu{"Android", "12", "androidEnterprise", "androidEnterpriseDedicatedDevice", "mdm", ""};
const Spec kAosp{"Android", "12", "androidnGMS", "androidAOSPUserOwnedDeviceEnrollment", "intuneAosp", ""};
const Spec kW10mCreators{"Windows", "10.0.15063.297", "windowsPhone", "windowsAzureADJoin", "mdm", "azureADJoined"};
const Spec kW10mAnniversary{"Windows", "10.0.14393.1593", "windowsPhone", "windowsAzureADJoin", "mdm", "azureADJoined"};
const Spec kW10mNotJoined{"Windows", "10.0.15254.1", "windowsPhone", "userEnrollment", "mdm", "azureADRegistered"};
const Spec kWp81{"WindowsPhone", "8.10.14219", "windowsPhone", "userEnrollment", "mdm", ""};
const Spec kWp80{"WindowsPhone", "8.0.10517", "windowsPhone", "userEnrollment", "mdm", ""};
const Spec kWinRt{"Windows", "6.3.9600", "windowsRT", "userEnrollment", "mdm", ""};
const Spec kWin81{"Windows", "6.3.9600", "desktop", "userEnrollment", "mdm", ""};
const Spec kWin10{"Windows", "10.0.19045.4529", "desktop", "windowsAzureADJoin", "mdm", "azureADJoined"};
const Spec kIntuneClient{"Windows", "10.0.19045.4529", "desktop", "unknown", "intuneClient", ""};
const Spec kMac{"macOS", "14.5", "macMDM", "appleBulkWithUser", "mdm", ""};
const Spec kEas{"Android", "9", "android", "unknown", "eas", ""};

const Spec *const kClassified[] = {&kIPhone, &kIPad, &kAndroidAdmin6, &kAndroidAdmin10, &kWorkProfile13, &kCope, &kCobo,
    &kCosu, &kAosp, &kW10mCreators, &kWp81, &kWp80, &kWinRt, &kWin81, &kWin10, &kIntuneClient, &kMac, &kEas};

} // namespace

void TestSupportMatrix::initTestCase()
{
    QCOMPARE(SupportMatrix::builtin().ruleCount() > 30, true);
}

void TestSupportMatrix::classification_data()
{
    QTest::addColumn<int>("spec");
    QTest::addColumn<QString>("kind");
    const char *kinds[] = {"ios", "ipados", "androidDeviceAdmin", "androidDeviceAdmin", "androidWorkProfile",
        "androidCorporateWorkProfile", "androidFullyManaged", "androidDedicated", "androidAosp", "windows10Mobile",
        "windowsPhone81", "windowsPhone80", "windowsRT", "windows81", "windowsPC", "windowsIntuneClient", "macOS",
        "exchangeActiveSync"};
    for (int i = 0; i < int(std::size(kClassified)); ++i)
        QTest::addRow("%s", kinds[i]) << i << QString::fromLatin1(kinds[i]);
}

void TestSupportMatrix::classification()
{
    QFETCH(int, spec);
    QFETCH(QString, kind);
    QCOMPARE(kindKey(makeDevice(*kClassified[spec]).kind), kind);
}

void TestSupportMatrix::matrix_data()
{
    QTest::addColumn<Device>("device");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("secret");
    QTest::addColumn<QString>("source"); // one source the rule must cite
    QTest::addColumn<QString>("reasonHas"); // a word of the reason or of the advice

    const int reset = int(ActionKind::ResetPasscode);
    const int lock = int(ActionKind::RemoteLock);
    const int none = int(SecretShape::None);
    const int alnum = int(SecretShape::Alphanumeric);
    const int numeric = int(SecretShape::Numeric);
    const QString R = QStringLiteral("Reset passcode");
    const QString X = QStringLiteral("Remove passcode");
    const QString L = QStringLiteral("Remote lock");
    const auto S = [](const char *s) { return QString::fromLatin1(s); };

    // seed001 / seed002 / seed003: iOS passcode is removed, no temporary one; Touch ID set up again.
    QTest::newRow("iOS remove") << makeDevice(kIPhone) << reset << true << X << none << S("seed001") << S("Touch ID");
    QTest::newRow("iPadOS remove") << makeDevice(kIPad) << reset << true << X << none << S("intuneRemovePasscode")
                                   << S("Settings");
    QTest::newRow("iOS lock") << makeDevice(kIPhone) << lock << true << L << none << S("seed003") << S("locked");
    // seed001 / seed002: Android 6.x device administrator yes, 7.0+ no.
    QTest::newRow("Android admin 6 reset")
        << makeDevice(kAndroidAdmin6) << reset << true << R << alnum << S("seed001") << S("letters and digits");
    QTest::newRow("Android admin 7+ reset")
        << makeDevice(kAndroidAdmin10) << reset << false << R << none << S("seed002") << S("factory");
    QTest::newRow("Android admin lock") << makeDevice(kAndroidAdmin10) << lock << true << L << none << S("seed003")
                                        << S("locked");
    // seed001: work profile from 7.0; current Intune: all Android Enterprise modes.
    QTest::newRow("work profile 6 reset")
        << makeDevice(kWorkProfile6) << reset << false << R << none << S("seed001") << S("7.0");
    QTest::newRow("work profile reset") << makeDevice(kWorkProfile13) << reset << true << R << alnum
                                        << S("intuneResetPasscode") << S("work profile");
    QTest::newRow("work profile lock") << makeDevice(kWorkProfile13) << lock << false << L << none
                                       << S("intuneRemoteLock") << S("personally-owned");
    QTest::newRow("COPE reset") << makeDevice(kCope) << reset << true << R << alnum << S("intuneResetPasscode")
                                << S("work profile");
    QTest::newRow("COPE lock") << makeDevice(kCope) << lock << true << L << none << S("intuneRemoteLock")
                               << S("locked");
    QTest::newRow("fully managed reset") << makeDevice(kCobo) << reset << true << R << alnum << S("intuneResetPasscode")
                                         << S("letters");
    QTest::newRow("fully managed lock") << makeDevice(kCobo) << lock << true << L << none << S("intuneRemoteLock")
                                        << S("locked");
    QTest::newRow("dedicated reset") << makeDevice(kCosu) << reset << true << R << alnum << S("intuneResetPasscode")
                                     << S("letters");
    QTest::newRow("dedicated lock") << makeDevice(kCosu) << lock << true << L << none << S("intuneRemoteLock")
                                    << S("locked");
    QTest::newRow("AOSP reset") << makeDevice(kAosp) << reset << true << R << alnum << S("intuneResetPasscode")
                                << S("letters");
    // seed000 / seed004: Windows 10 Mobile, Creators Update or later, Azure AD joined; seed002: Windows Hello face
    // keeps working.
    QTest::newRow("W10M Creators reset") << makeDevice(kW10mCreators) << reset << true << R << alnum << S("seed004")
                                         << S("Windows Hello");
    QTest::newRow("W10M before Creators")
        << makeDevice(kW10mAnniversary) << reset << false << R << none << S("seed000") << S("Creators Update");
    QTest::newRow("W10M not Azure AD joined")
        << makeDevice(kW10mNotJoined) << reset << false << R << none << S("seed004") << S("Azure AD");
    QTest::newRow("W10M lock") << makeDevice(kW10mCreators) << lock << true << L << none << S("seed003") << S("locked");
    // seed003 + seed002: Windows Phone 8.1 gets a numeric code; 8.0 no longer (seed000 is newer than seed003).
    QTest::newRow("WP 8.1 reset") << makeDevice(kWp81) << reset << true << R << numeric << S("seed002")
                                  << S("digits only");
    QTest::newRow("WP 8.0 reset") << makeDevice(kWp80) << reset << false << R << none << S("seed000") << S("8.0");
    QTest::newRow("WP 8 lock") << makeDevice(kWp80) << lock << true << L << none << S("seed003") << S("locked");
    // seed003: Windows RT / 8.1 locked only when the current user enrolled the device; no reset.
    QTest::newRow("RT reset") << makeDevice(kWinRt) << reset << false << R << none << S("seed003") << S("Windows RT");
    QTest::newRow("RT lock, enroller signed in")
        << makeDevice(kWinRt) << lock << true << L << none << S("seed003") << S("locked");
    QTest::newRow("RT lock, someone else")
        << makeDevice(kWinRt, true) << lock << false << L << none << S("seed003") << S("enrolled");
    QTest::newRow("8.1 reset") << makeDevice(kWin81) << reset << false << R << none << S("seed003") << S("Windows 8.1");
    QTest::newRow("8.1 lock, enroller") << makeDevice(kWin81) << lock << true << L << none << S("seed003")
                                        << S("locked");
    QTest::newRow("8.1 lock, someone else")
        << makeDevice(kWin81, true) << lock << false << L << none << S("seed003") << S("enrolled");
    // seed001/seed004: no passcode reset on Windows PCs; current remote lock page has no Windows (newer than seed003).
    QTest::newRow("Windows 10 reset") << makeDevice(kWin10) << reset << false << R << none << S("seed004")
                                      << S("Windows PCs");
    QTest::newRow("Windows 10 lock") << makeDevice(kWin10) << lock << false << L << none << S("intuneRemoteLock")
                                     << S("Windows PCs");
    // seed003: nothing for PCs managed by the Intune client software.
    QTest::newRow("Intune client reset") << makeDevice(kIntuneClient) << reset << false << R << none << S("seed003")
                                         << S("client software");
    QTest::newRow("Intune client lock") << makeDevice(kIntuneClient) << lock << false << L << none << S("seed003")
                                        << S("client software");
    // seed000/001/004: no macOS reset; current remote lock: macOS with a six-digit PIN.
    QTest::newRow("macOS reset") << makeDevice(kMac) << reset << false << R << none << S("seed001") << S("macOS");
    QTest::newRow("macOS lock") << makeDevice(kMac) << lock << true << L << int(SecretShape::Pin6)
                                << S("intuneRemoteLock") << S("six-digit");
    // seed003 names Exchange ActiveSync devices; current Intune acts only on enrolled ones.
    QTest::newRow("EAS reset") << makeDevice(kEas) << reset << false << R << none << S("intuneResetPasscode")
                               << S("Exchange ActiveSync");
    QTest::newRow("EAS lock") << makeDevice(kEas) << lock << false << L << none << S("intuneRemoteLock")
                              << S("Exchange ActiveSync");

    // Sync: Android, iOS/iPadOS, macOS and Windows; the 2024 page's Android restriction is gone in the current one.
    const int sync = int(ActionKind::SyncDevice);
    const QString Y = QStringLiteral("Sync now");
    for (const auto &[name, spec] : {std::pair{"iOS", &kIPhone}, {"iPadOS", &kIPad}, {"macOS", &kMac},
             {"Windows 10", &kWin10}, {"Android admin", &kAndroidAdmin10}, {"work profile", &kWorkProfile13},
             {"COPE", &kCope}, {"COBO", &kCobo}, {"dedicated", &kCosu}, {"AOSP", &kAosp}}) {
        QTest::addRow("%s sync", name) << makeDevice(*spec) << sync << true << Y << none << S("intuneSync")
                                       << S("checked in");
    }
    for (const auto &[name, spec] :
        {std::pair{"Windows Phone 8.1", &kWp81}, {"Windows RT", &kWinRt}, {"Intune client", &kIntuneClient}}) {
        QTest::addRow("%s sync", name) << makeDevice(*spec) << sync << false << Y << none << S("intuneSync2024")
                                       << S("own schedule");
    }
    QTest::newRow("EAS sync") << makeDevice(kEas) << sync << false << Y << none << S("intuneSync")
                              << S("Exchange ActiveSync");
}

void TestSupportMatrix::matrix()
{
    QFETCH(Device, device);
    QFETCH(int, action);
    QFETCH(bool, supported);
    QFETCH(QString, label);
    QFETCH(int, secret);
    QFETCH(QString, source);
    QFETCH(QString, reasonHas);

    const Support s = SupportMatrix::builtin().evaluate(device, ActionKind(action));
    QCOMPARE(s.supported, supported);
    QCOMPARE(s.label, label);
    QCOMPARE(int(s.secret), secret);
    QVERIFY2(s.sources.contains(source), qPrintable(s.sources.join(QLatin1Char(','))));
    if (supported) {
        QVERIFY(s.reason.isEmpty());
        QVERIFY2(s.tellUser.contains(reasonHas), qPrintable(s.tellUser));
    } else {
        QVERIFY2(s.reason.contains(reasonHas), qPrintable(s.reason));
        QVERIFY(s.moreInfo.isValid());
    }
}

void TestSupportMatrix::everyKindAnswersBothActions()
{
    for (int k = int(DeviceKind::Unknown); k <= int(DeviceKind::ExchangeActiveSync); ++k) {
        Device d;
        d.kind = DeviceKind(k);
        d.osVersion = QStringLiteral("10.0.19045");
        for (const ActionKind a : kToolbarActionKinds) {
            const Support s = SupportMatrix::builtin().evaluate(d, a);
            QVERIFY2(s.supported || !s.reason.isEmpty(), qPrintable(kindKey(d.kind)));
            QVERIFY(!s.label.isEmpty());
        }
    }
}

void TestSupportMatrix::everyTextResolves()
{
    const QStringList ids = SupportMatrix::builtin().textIds();
    QVERIFY(ids.size() > 20);
    for (const QString &id : ids)
        QVERIFY2(hasMatrixText(id), qPrintable(id));
    QVERIFY(!hasMatrixText(QStringLiteral("noSuchText")));
}

void TestSupportMatrix::rulesCiteSourcesNewestFirst()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    const Support s = m.evaluate(makeDevice(kW10mCreators), ActionKind::ResetPasscode);
    QCOMPARE(s.sources.first(), QStringLiteral("seed004")); // 2020, newest of the four
    QVERIFY(m.source(QStringLiteral("seed000")).date < m.source(QStringLiteral("seed004")).date);
    // The more-information link of a Windows reset failure is the PIN reset page.
    QVERIFY(s.moreInfo.toString().contains(QLatin1String("pin-reset")));
    const Support wp = m.evaluate(makeDevice(kWp80), ActionKind::ResetPasscode);
    QVERIFY(!wp.resolution.isEmpty());
    // Sync on a fully managed Android device: the current page (2025) over the 2024 one, and it says so.
    const Support sync = m.evaluate(makeDevice(kCobo), ActionKind::SyncDevice);
    QCOMPARE(sync.sources, (QStringList{QStringLiteral("intuneSync"), QStringLiteral("intuneSync2024")}));
    QVERIFY(sync.resolution.contains(QLatin1String("newer wins")));
}

void TestSupportMatrix::outcomeExplanations()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    QVERIFY(m.evaluate(makeDevice(kWorkProfile13), ActionKind::ResetPasscode)
                .explainOutcome(ActionState::NotSupported)
                .contains(QLatin1String("reset token")));
    QVERIFY(m.evaluate(makeDevice(kW10mCreators), ActionKind::ResetPasscode)
                .explainOutcome(ActionState::Failed)
                .contains(QLatin1String("EnablePinRecovery")));
    QVERIFY(m.evaluate(makeDevice(kWinRt), ActionKind::RemoteLock)
                .explainOutcome(ActionState::Failed)
                .contains(QLatin1String("enrolled")));
    QVERIFY(m.evaluate(makeDevice(kMac), ActionKind::RemoteLock)
                .explainOutcome(ActionState::Failed)
                .contains(QLatin1String("recovery PIN")));
    QVERIFY(m.evaluate(makeDevice(kIPhone), ActionKind::ResetPasscode).explainOutcome(ActionState::Done).isEmpty());
}

void TestSupportMatrix::oddServerValues()
{
    // Values this build has never heard of: unknown kind, a reason, no crash.
    const Spec weird{"PlayStation", "¯\\_(ツ)_/¯", "console", "futureEnrollment", "newAgent", "quantumJoined"};
    const Device d = makeDevice(weird);
    QCOMPARE(d.kind, DeviceKind::Unknown);
    const Support s = SupportMatrix::builtin().evaluate(d, ActionKind::ResetPasscode);
    QVERIFY(!s.supported);
    QVERIFY(!s.reason.isEmpty());
    const Spec empty{"", "", "", "", "", ""};
    QCOMPARE(makeDevice(empty).kind, DeviceKind::Unknown);
    const Spec androidNoVersion{"Android", "", "android", "", "mdm", ""};
    const Support unknownVersion
        = SupportMatrix::builtin().evaluate(makeDevice(androidNoVersion), ActionKind::ResetPasscode);
    QVERIFY(!unknownVersion.supported); // 7.0+ cannot be ruled out
    QVERIFY(unknownVersion.reason.contains(QLatin1String("7.0")));
}

void TestSupportMatrix::recoverySecrets()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    // A Windows 10/11 PC: LAPS and BitLocker, nothing of Apple's.
    const Device pc = makeDevice(kWin10);
    QVERIFY(m.evaluateSecret(pc, SecretKind::LapsPassword).supported);
    QVERIFY(m.evaluateSecret(pc, SecretKind::BitLockerKey).supported);
    QVERIFY(m.evaluateSecret(pc, SecretKind::BitLockerKey).sources.contains(QStringLiteral("graphBitLocker")));
    QVERIFY(!m.evaluateSecret(pc, SecretKind::FileVaultKey).listed);
    // Windows 8.1: listed, not offered, and why.
    const SecretSupport old = m.evaluateSecret(makeDevice(kWin81), SecretKind::LapsPassword);
    QVERIFY(old.listed && !old.supported);
    QVERIFY(old.reasonText().contains(QLatin1String("Windows 10")));
    // A Mac: FileVault only when corporate-owned.
    Device mac = makeDevice(kMac);
    mac.ownerType = QStringLiteral("company");
    QVERIFY(m.evaluateSecret(mac, SecretKind::FileVaultKey).supported);
    mac.ownerType = QStringLiteral("personal");
    const SecretSupport personal = m.evaluateSecret(mac, SecretKind::FileVaultKey);
    QVERIFY(personal.listed && !personal.supported);
    QVERIFY(personal.reasonText().contains(QLatin1String("corporate-owned")));
    QVERIFY(personal.moreInfo.isValid());
    // An iPhone: the bypass code only when supervised.
    Device phone = makeDevice(kIPhone);
    QVERIFY(!m.evaluateSecret(phone, SecretKind::BypassCode).supported);
    QVERIFY(m.evaluateSecret(phone, SecretKind::BypassCode).reasonText().contains(QLatin1String("supervised")));
    phone.isSupervised = true;
    QVERIFY(m.evaluateSecret(phone, SecretKind::BypassCode).supported);
    // Android: none of them.
    for (const SecretKind k :
        {SecretKind::LapsPassword, SecretKind::BitLockerKey, SecretKind::FileVaultKey, SecretKind::BypassCode})
        QVERIFY(!m.evaluateSecret(makeDevice(kCobo), k).listed);
}

QTEST_GUILESS_MAIN(TestSupportMatrix)
#include "tst_supportmatrix.moc"
