#pragma once

#include "devicestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <vector>

namespace Passdesk {

class CredentialStore;

// The device list of one profile and tenant, kept on this computer so the
// next start shows it at once (then reads it again from Graph). The file is
// in the user's cache folder, encrypted and authenticated with
// XChaCha20-Poly1305 (libsodium) under a random key that only the OS keychain
// holds; the profile id and the tenant are bound to it, so another profile's
// or tenant's file does not open. It holds what the list shows, never a
// secret (no passcode, PIN, key or token). A file that is truncated, altered,
// foreign or unreadable without its key is discarded with a log line.
// Without a keychain there is no file: the list lives in memory only, and
// unavailable() says so once.
class DeviceIndex : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        QDateTime savedAt; // UTC; invalid when there was nothing to read
        DeviceSet devices; // in name order
    };

    explicit DeviceIndex(CredentialStore *keychain, QObject *parent = nullptr);
    ~DeviceIndex() override;

    // Which profile and tenant; an empty profile id turns the index off (a fixed token).
    void setIdentity(const QString &profileId, const QString &tenant);
    bool isEnabled() const { return !m_profileId.isEmpty(); }
    QString filePath() const { return filePath(m_profileId); }
    static QString filePath(const QString &profileId);

    // Reads the index on a worker thread; done() gets no devices when there
    // is none, when it was discarded, or when the identity changed meanwhile.
    void load(QObject *context, const std::function<void(Snapshot)> &done);
    // Writes the whole list (a complete load), replacing the file at once.
    void save(const DeviceSet &devices, const QDateTime &savedAt);
    // The file and its key go (sign-out).
    void forget();
    // The same for a profile that is being removed.
    static void forgetProfile(const QString &profileId);

    // The file format, for tests and benchmarks.
    static QByteArray newKey();
    static QByteArray seal(
        const QByteArray &key, const QByteArray &identity, const DeviceSet &devices, const QDateTime &savedAt);
    static bool open(
        const QByteArray &key, const QByteArray &identity, const QByteArray &file, Snapshot *out, QString *why);
    // The plain text inside the file (what the key protects).
    static QByteArray plainText(const DeviceSet &devices, const QDateTime &savedAt);
    static bool readPlainText(const QByteArray &plain, Snapshot *out, QString *why);
    QByteArray identity() const;

    static constexpr qint64 kMaxFileBytes = qint64(768) << 20;
    static constexpr quint32 kMaxDevices = 2000000;

Q_SIGNALS:
    // The keychain refused: nothing is written (translated; emitted once).
    void unavailable(const QString &message);
    // A save ended (tests wait for it).
    void saved(bool ok);
    void forgotten();

private:
    void withKey(bool create, const std::function<void(bool ok, const QByteArray &key)> &done);
    void tellUnavailable(const QString &why);
    static QString keychainKey(const QString &profileId);

    CredentialStore *m_keychain;
    QString m_profileId;
    QString m_tenant;
    QByteArray m_key; // read once from the keychain
    quint64 m_generation = 0; // changes with the identity: answers for an earlier one are dropped
    bool m_told = false;
};

} // namespace Passdesk
