#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeychain, "passdesk.keychain")

namespace Passdesk {

namespace {

CredentialStore::Result resultOf(const QKeychain::Job *job)
{
    CredentialStore::Result r;
    r.ok = job->error() == QKeychain::NoError;
    r.notFound = job->error() == QKeychain::EntryNotFound;
    if (!r.ok && !r.notFound) {
        qCWarning(lcKeychain) << "keychain error" << int(job->error()) << job->errorString();
        r.message = QCoreApplication::translate("CredentialStore",
            "The system keychain is not available (%1). "
            "You stay signed in until Passdesk quits, then "
            "you will have to sign in again.")
                        .arg(job->errorString());
    }
    return r;
}

// No parent: a job must outlive a store that goes away while the keychain
// is still answering (libsecret calls back into the job); it deletes itself.
template<typename J>
J *makeJob(const QString &service, const QString &key)
{
    auto *job = new J(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

namespace {

const QByteArray kHeader = "passdesk-parts:";

QString partKey(const QString &key, int index)
{
    return key + QLatin1Char('#') + QString::number(index);
}

// The part count in a header entry ("passdesk-parts:N\n" then the first part), or 0 for a whole secret.
int partCount(const QByteArray &entry, QByteArray *first)
{
    if (!entry.startsWith(kHeader))
        return 0;
    const int newline = int(entry.indexOf('\n'));
    bool ok = false;
    const int count = newline > 0 ? entry.mid(kHeader.size(), newline - kHeader.size()).toInt(&ok) : 0;
    if (!ok || count < 2 || count > CredentialStore::kMaxParts)
        return -1;
    *first = entry.mid(newline + 1);
    return count;
}

CredentialStore::Result brokenEntry()
{
    CredentialStore::Result r;
    r.message = QCoreApplication::translate(
        "CredentialStore", "The stored sign-in in the system keychain is incomplete; sign in again.");
    return r;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
#ifdef Q_OS_WIN
    , m_chunkSize(2048) // below Credential Manager's 2,560-byte limit
#else
    , m_chunkSize(0)
#endif
{ }

void CredentialStore::writeEntry(
    const QString &key, const QByteArray &data, const std::function<void(const Result &)> &done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void CredentialStore::readEntry(const QString &key, const std::function<void(const Result &, const QByteArray &)> &done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const Result r = resultOf(j);
        done(r, r.ok ? static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData() : QByteArray());
    });
    job->start();
}

void CredentialStore::removeEntry(const QString &key, const std::function<void(const Result &)> &done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        Result r = resultOf(j);
        if (r.notFound)
            r.ok = true; // already gone
        done(r);
    });
    job->start();
}

void CredentialStore::removeParts(const QString &key, int from, const std::function<void(const Result &)> &done)
{
    if (from >= kMaxParts) {
        done(Result{true, false, {}});
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, partKey(key, from));
    connect(job, &QKeychain::Job::finished, this, [this, key, from, done](QKeychain::Job *j) {
        const Result r = resultOf(j);
        if (r.notFound) {
            done(Result{true, false, {}}); // no more parts
            return;
        }
        if (!r.ok) {
            done(r);
            return;
        }
        removeParts(key, from + 1, done);
    });
    job->start();
}

void CredentialStore::writeParts(
    const QString &key, const QList<QByteArray> &parts, int index, const std::function<void(const Result &)> &done)
{
    if (index >= parts.size()) {
        // Every other part is in place: now the header, then what a longer secret left.
        const QByteArray header = kHeader + QByteArray::number(parts.size()) + '\n' + parts.first();
        writeEntry(key, header, [this, key, count = int(parts.size()), done](const Result &r) {
            if (!r.ok) {
                done(r);
                return;
            }
            removeParts(key, count, done);
        });
        return;
    }
    writeEntry(partKey(key, index), parts.at(index), [this, key, parts, index, done](const Result &r) {
        if (!r.ok) {
            done(r);
            return;
        }
        writeParts(key, parts, index + 1, done);
    });
}

void CredentialStore::write(
    const QString &key, const QByteArray &secret, const std::function<void(const Result &)> &done)
{
    const int headerRoom = int(kHeader.size()) + 4;
    if (m_chunkSize <= headerRoom || secret.size() + headerRoom <= m_chunkSize) {
        // Whole: and parts a longer secret left behind go.
        writeEntry(key, secret, [this, key, done](const Result &r) {
            if (!r.ok) {
                done(r);
                return;
            }
            removeParts(key, 1, done);
        });
        return;
    }
    QList<QByteArray> parts;
    const int firstSize = m_chunkSize - headerRoom;
    parts << secret.left(firstSize);
    for (qsizetype at = firstSize; at < secret.size(); at += m_chunkSize)
        parts << secret.mid(at, m_chunkSize);
    if (parts.size() > kMaxParts) {
        Result r;
        r.message = QCoreApplication::translate("CredentialStore", "The secret is too large for the system keychain.");
        done(r);
        return;
    }
    writeParts(key, parts, 1, done);
}

void CredentialStore::readParts(const QString &key, int index, int count, const QByteArray &sofar,
    const std::function<void(const Result &, const QByteArray &)> &done)
{
    if (index >= count) {
        done(Result{true, false, {}}, sofar);
        return;
    }
    readEntry(partKey(key, index), [this, key, index, count, sofar, done](const Result &r, const QByteArray &part) {
        if (!r.ok) {
            qCWarning(lcKeychain) << "a part of a stored secret is missing";
            done(r.notFound ? brokenEntry() : r, QByteArray());
            return;
        }
        readParts(key, index + 1, count, sofar + part, done);
    });
}

void CredentialStore::read(const QString &key, const std::function<void(const Result &, const QByteArray &)> &done)
{
    readEntry(key, [this, key, done](const Result &r, const QByteArray &entry) {
        if (!r.ok) {
            done(r, QByteArray());
            return;
        }
        QByteArray first;
        const int count = partCount(entry, &first);
        if (count == 0)
            done(r, entry);
        else if (count < 0)
            done(brokenEntry(), QByteArray());
        else
            readParts(key, 1, count, first, done);
    });
}

void CredentialStore::remove(const QString &key, const std::function<void(const Result &)> &done)
{
    // The header first: once it is gone, no reader follows it to half-removed parts.
    removeEntry(key, [this, key, done](const Result &r) {
        if (!r.ok) {
            done(r);
            return;
        }
        removeParts(key, 1, done);
    });
}

} // namespace Passdesk
