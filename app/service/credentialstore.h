#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>

namespace Passdesk {

// The one way to the OS keychain (Keychain on macOS, Credential Manager on
// Windows, Secret Service on Linux) through QtKeychain. Never falls back to a
// file: when the keychain is missing or refuses, the caller is told.
//
// Windows Credential Manager refuses a secret above 2,560 bytes, and Entra
// refresh tokens can be longer: a secret larger than chunkSize() is kept in
// parts, "key#1", "key#2"…, with "key" holding a header, the part count and
// the first part. The header is written last, so a reader never follows it to
// parts not yet written; parts left from a longer secret are removed.
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

    // Bytes per entry; 0 keeps every secret whole. Windows: 2,048 by default.
    void setChunkSize(int bytes) { m_chunkSize = bytes; }
    int chunkSize() const { return m_chunkSize; }
    static constexpr int kMaxParts = 64;

private:
    void writeEntry(const QString &key, const QByteArray &data, const std::function<void(const Result &)> &done);
    void readEntry(const QString &key, const std::function<void(const Result &, const QByteArray &)> &done);
    void removeEntry(const QString &key, const std::function<void(const Result &)> &done);
    // Removes key#from, key#from+1… up to the first that is not there (at most kMaxParts).
    void removeParts(const QString &key, int from, const std::function<void(const Result &)> &done);
    void readParts(const QString &key, int index, int count, const QByteArray &sofar,
        const std::function<void(const Result &, const QByteArray &)> &done);
    void writeParts(
        const QString &key, const QList<QByteArray> &parts, int index, const std::function<void(const Result &)> &done);

    QString m_service;
    int m_chunkSize;
};

} // namespace Passdesk
