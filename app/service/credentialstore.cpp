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

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void CredentialStore::write(
    const QString &key, const QByteArray &secret, const std::function<void(const Result &)> &done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void CredentialStore::read(const QString &key, const std::function<void(const Result &, const QByteArray &)> &done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const Result r = resultOf(j);
        done(r, r.ok ? static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData() : QByteArray());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, const std::function<void(const Result &)> &done)
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

} // namespace Passdesk
