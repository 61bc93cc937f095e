#include "credentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Passdesk;

// The OS keychain for real: run inside tests/with_keyring.sh (a private
// Secret Service), and once without any, for the "no keychain" path.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteDelete();
    void missingEntry();
    void noKeychain();

private:
    CredentialStore::Result write(CredentialStore &store, const QString &key, const QByteArray &secret);
    QPair<CredentialStore::Result, QByteArray> read(CredentialStore &store, const QString &key);
    CredentialStore::Result remove(CredentialStore &store, const QString &key);
};

CredentialStore::Result TestCredentialStore::write(CredentialStore &store, const QString &key, const QByteArray &secret)
{
    CredentialStore::Result result;
    bool done = false;
    store.write(key, secret, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

QPair<CredentialStore::Result, QByteArray> TestCredentialStore::read(CredentialStore &store, const QString &key)
{
    QPair<CredentialStore::Result, QByteArray> result;
    bool done = false;
    store.read(key, [&](const CredentialStore::Result &r, const QByteArray &secret) {
        result = {r, secret};
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

CredentialStore::Result TestCredentialStore::remove(CredentialStore &store, const QString &key)
{
    CredentialStore::Result result;
    bool done = false;
    store.remove(key, [&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

void TestCredentialStore::writeReadOverwriteDelete()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a session bus with a Secret Service: run through tests/with_keyring.sh");
    CredentialStore store(QStringLiteral("Passdesk-tests"));
    const QString key = QStringLiteral("refresh-token/test-profile");
    QVERIFY2(write(store, key, "first-secret").ok, "write");
    auto [r1, s1] = read(store, key);
    QVERIFY(r1.ok);
    QCOMPARE(s1, QByteArray("first-secret"));
    QVERIFY(write(store, key, "second-secret").ok);
    auto [r2, s2] = read(store, key);
    QVERIFY(r2.ok);
    QCOMPARE(s2, QByteArray("second-secret"));
    // Another key is another entry.
    QVERIFY(write(store, QStringLiteral("refresh-token/other"), "other").ok);
    QCOMPARE(read(store, key).second, QByteArray("second-secret"));
    QVERIFY(remove(store, key).ok);
    auto [r3, s3] = read(store, key);
    QVERIFY(!r3.ok);
    QVERIFY(r3.notFound);
    QVERIFY(s3.isEmpty());
    QVERIFY(remove(store, key).ok); // removing what is gone is fine
    QCOMPARE(read(store, QStringLiteral("refresh-token/other")).second, QByteArray("other"));
}

void TestCredentialStore::missingEntry()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a session bus with a Secret Service: run through tests/with_keyring.sh");
    CredentialStore store(QStringLiteral("Passdesk-tests"));
    auto [r, s] = read(store, QStringLiteral("never-written"));
    QVERIFY(r.notFound);
    QVERIFY(r.message.isEmpty());
}

void TestCredentialStore::noKeychain()
{
    if (!qEnvironmentVariableIsSet("PASSDESK_TEST_NO_KEYCHAIN"))
        QSKIP("run with PASSDESK_TEST_NO_KEYCHAIN=1 and no reachable session bus");
    CredentialStore store(QStringLiteral("Passdesk-tests"));
    const CredentialStore::Result w = write(store, QStringLiteral("k"), "secret");
    QVERIFY(!w.ok);
    QVERIFY(!w.notFound);
    QVERIFY2(w.message.contains(QLatin1String("keychain")), qPrintable(w.message));
    const auto [r, s] = read(store, QStringLiteral("k"));
    QVERIFY(!r.ok);
    QVERIFY(s.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
