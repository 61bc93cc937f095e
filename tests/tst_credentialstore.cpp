#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

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
    void longSecretIsKeptInParts();
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

namespace {
// One keychain entry as it is, through QtKeychain itself.
template<typename J>
J *runRaw(J &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return &job;
}

QPair<QKeychain::Error, QByteArray> rawRead(const QString &key)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("Passdesk-tests"));
    runRaw(job, key);
    return {job.error(), job.binaryData()};
}

bool rawRemove(const QString &key)
{
    QKeychain::DeletePasswordJob job(QStringLiteral("Passdesk-tests"));
    return runRaw(job, key)->error() == QKeychain::NoError;
}
} // namespace

void TestCredentialStore::longSecretIsKeptInParts()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a session bus with a Secret Service: run through tests/with_keyring.sh");
    // Windows Credential Manager's limit, made small here: a 5,000-byte token in 512-byte parts.
    CredentialStore store(QStringLiteral("Passdesk-tests"));
    store.setChunkSize(512);
    const QString key = QStringLiteral("refresh-token/long");
    QByteArray token;
    for (int i = 0; token.size() < 5000; ++i)
        token += "0.AXoA" + QByteArray::number(i * 7919, 36) + '.';
    token.truncate(5000);
    QVERIFY(write(store, key, token).ok);
    QCOMPARE(read(store, key).second, token);
    const QByteArray header = rawRead(key).second;
    QVERIFY(header.startsWith("passdesk-parts:"));
    QVERIFY(header.size() <= 512);
    QCOMPARE(rawRead(key + QStringLiteral("#9")).first, QKeychain::NoError);
    QVERIFY(rawRead(key + QStringLiteral("#10")).first == QKeychain::EntryNotFound);

    // A shorter one replaces it, and the parts it no longer needs are gone.
    const QByteArray shorter = token.left(1200);
    QVERIFY(write(store, key, shorter).ok);
    QCOMPARE(read(store, key).second, shorter);
    QVERIFY(rawRead(key + QStringLiteral("#3")).first == QKeychain::EntryNotFound);
    // A short one is stored whole.
    QVERIFY(write(store, key, "short").ok);
    QCOMPARE(rawRead(key).second, QByteArray("short"));
    QVERIFY(rawRead(key + QStringLiteral("#1")).first == QKeychain::EntryNotFound);

    // A part that went missing is an incomplete sign-in, not a shorter token.
    QVERIFY(write(store, key, token).ok);
    QVERIFY(rawRemove(key + QStringLiteral("#4")));
    const auto [broken, value] = read(store, key);
    QVERIFY(!broken.ok);
    QVERIFY(value.isEmpty());
    QVERIFY(broken.message.contains(QLatin1String("incomplete")));

    QVERIFY(remove(store, key).ok);
    QVERIFY(rawRead(key).first == QKeychain::EntryNotFound);
    for (int i = 1; i < 10; ++i)
        QVERIFY(rawRead(key + QLatin1Char('#') + QString::number(i)).first == QKeychain::EntryNotFound);
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
