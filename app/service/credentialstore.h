#pragma once

#include <QObject>

#include <functional>

namespace Passdesk {

// The one way to the OS keychain (Keychain on macOS, Credential Manager on
// Windows, Secret Service on Linux) through QtKeychain. Never falls back to a
// file: when the keychain is missing or refuses, the caller is told.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool notFound = false; // reading an entry that is not there is not a failure of the keychain
        QString message; // translated, when not ok
    };

    explicit CredentialStore(const QString &service = QStringLiteral("Passdesk"), QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &secret, const std::function<void(const Result &)> &done);
    void read(const QString &key, const std::function<void(const Result &, const QByteArray &)> &done);
    void remove(const QString &key, const std::function<void(const Result &)> &done);

private:
    QString m_service;
};

} // namespace Passdesk
