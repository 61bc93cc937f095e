#include "deviceindex.h"

#include "credentialstore.h"
#include "devicekind.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimeZone>

#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcIndex, "passdesk.index")

namespace Passdesk {

namespace {

// "PDXIDX", format version, reserved.
constexpr char kMagic[8] = {'P', 'D', 'X', 'I', 'D', 'X', 3, 0};
constexpr size_t kHeaderBytes = sizeof(kMagic);
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kMacBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// One worker for the index: a load and a save never meet on the file.
QThreadPool *indexWorker()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

// work() on the index's worker, then(result) back on context's thread (not at all once context is gone).
template<typename T, typename Work, typename Then>
void onWorker(QObject *context, Work work, Then then)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, then] {
        watcher->deleteLater();
        QFuture<T> future = watcher->future();
        then(future.resultCount() > 0 ? future.takeResult() : T());
    });
    watcher->setFuture(promise->future());
    indexWorker()->start([promise, work] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    for (size_t i = 0; i < sizeof(T); ++i)
        bytes[i] = char((quint64(value) >> (8 * i)) & 0xff); // little-endian on every platform
    out.append(bytes, sizeof(T));
}

class Reader
{
public:
    Reader(const unsigned char *data, size_t size)
        : m_at(data)
        , m_end(data + size)
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    size_t left() const { return size_t(m_end - m_at); }
    template<typename T>
    T get()
    {
        const unsigned char *bytes = take(sizeof(T));
        if (!bytes)
            return T();
        quint64 v = 0;
        for (size_t i = 0; i < sizeof(T); ++i)
            v |= quint64(bytes[i]) << (8 * i);
        return T(v);
    }
    QString text()
    {
        const quint32 size = get<quint32>();
        const unsigned char *bytes = take(size);
        return bytes && size > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size))
                                 : QString();
    }

private:
    // The next n bytes, or null (and not ok) when fewer are left.
    const unsigned char *take(size_t n)
    {
        if (!m_ok || size_t(m_end - m_at) < n) {
            m_ok = false;
            return nullptr;
        }
        const unsigned char *bytes = m_at;
        m_at += n;
        return bytes;
    }
    const unsigned char *m_at;
    const unsigned char *m_end;
    bool m_ok = true;
};

// The plain text of the file: when it was saved, then the text that few
// values take, each once (read back already shared), then the devices in name
// order (read back already sorted): the id and their own text, indices into
// the table, times, flags.
QByteArray encode(const DeviceSet &devices, const QDateTime &savedAt)
{
    QHash<QString, quint32> table{{QString(), 0}};
    QStringList texts{QString()};
    QByteArray records;
    records.reserve(qsizetype(devices.deviceCount()) * 200);
    const auto putText = [](QByteArray &out, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        put<quint32>(out, quint32(utf8.size()));
        out.append(utf8);
    };
    for (const int i : devices.nameOrder()) {
        const Device d = devices.at(i);
        putText(records, d.id);
        for (QString Device::*field : kPackedTextFields)
            putText(records, d.*field);
        for (QString Device::*field : kTableTextFields) {
            auto it = table.constFind(d.*field);
            if (it == table.constEnd()) {
                it = table.insert(d.*field, quint32(texts.size()));
                texts.append(d.*field);
            }
            put<quint32>(records, *it);
        }
        put<qint64>(records, msecsOf(d.lastSyncDateTime));
        put<qint64>(records, msecsOf(d.enrolledDateTime));
        put<quint8>(records, flagsOf(d));
    }
    QByteArray out;
    out.reserve(records.size() + 4096);
    put<qint64>(out, savedAt.toMSecsSinceEpoch());
    put<quint32>(out, quint32(texts.size()));
    for (const QString &text : std::as_const(texts))
        putText(out, text);
    put<quint32>(out, quint32(devices.deviceCount()));
    out.append(records);
    return out;
}

bool decode(const unsigned char *data, size_t size, DeviceIndex::Snapshot *out, QString *why)
{
    Reader in(data, size);
    const qint64 savedAt = in.get<qint64>();
    const quint32 tableSize = in.get<quint32>();
    // Each text takes 4 bytes at least: a size that the file cannot hold is refused before any allocation.
    if (!in.ok() || tableSize == 0 || tableSize > in.left() / 4) {
        *why = QStringLiteral("bad header");
        return false;
    }
    QStringList table;
    table.reserve(tableSize);
    for (quint32 n = 0; n < tableSize; ++n)
        table.append(in.text());
    const quint32 count = in.get<quint32>();
    if (!in.ok() || !table.first().isEmpty() || count > DeviceIndex::kMaxDevices) {
        *why = QStringLiteral("bad text table");
        return false;
    }
    std::vector<PreparedDevice> devices;
    devices.reserve(count);
    for (quint32 n = 0; n < count; ++n) {
        Device d;
        d.id = in.text();
        for (QString Device::*field : kPackedTextFields)
            d.*field = in.text();
        bool known = true;
        for (QString Device::*field : kTableTextFields) {
            const quint32 text = in.get<quint32>();
            known = known && text < tableSize;
            if (known)
                d.*field = table.at(text);
        }
        d.lastSyncDateTime = utcFromMSecs(in.get<qint64>());
        d.enrolledDateTime = utcFromMSecs(in.get<qint64>());
        setFlags(&d, in.get<quint8>());
        if (!in.ok() || !known || !isValidDeviceId(d.id)) {
            *why = QStringLiteral("bad record %1").arg(n);
            return false;
        }
        d.kind = classify(d);
        devices.push_back(prepareDevice(std::move(d)));
    }
    if (!in.atEnd()) {
        *why = QStringLiteral("bytes after the last record");
        return false;
    }
    out->savedAt = utcFromMSecs(savedAt);
    out->devices.clear();
    out->devices.reserve(devices.size());
    std::vector<int> added, replaced;
    out->devices.append(std::move(devices), &added, &replaced);
    out->devices.squeeze();
    return true;
}

void discardFile(const QString &path, const QString &why)
{
    qCWarning(lcIndex) << "local device index discarded:" << why;
    QFile::remove(path);
}

} // namespace

DeviceIndex::DeviceIndex(CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{ }

DeviceIndex::~DeviceIndex()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

void DeviceIndex::setIdentity(const QString &profileId, const QString &tenant)
{
    if (profileId == m_profileId && tenant == m_tenant)
        return;
    ++m_generation;
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    m_key.clear();
    m_profileId = profileId;
    m_tenant = tenant;
}

QString DeviceIndex::filePath(const QString &profileId)
{
    // One file per profile, named by a digest of its id (any text can be an id).
    const QByteArray name = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/device-index/")
        + QString::fromLatin1(name) + QStringLiteral(".pdx");
}

QString DeviceIndex::keychainKey(const QString &profileId)
{
    return QStringLiteral("device-index/") + profileId;
}

QByteArray DeviceIndex::identity() const
{
    // The tenant as typed may differ in case only: the same tenant.
    return m_profileId.toUtf8() + '\n' + m_tenant.toLower().toUtf8();
}

QByteArray DeviceIndex::newKey()
{
    if (!sodiumReady())
        return QByteArray();
    QByteArray key(qsizetype(kKeyBytes), Qt::Uninitialized);
    randombytes_buf(key.data(), kKeyBytes);
    return key;
}

QByteArray DeviceIndex::seal(
    const QByteArray &key, const QByteArray &identity, const DeviceSet &devices, const QDateTime &savedAt)
{
    if (!sodiumReady() || size_t(key.size()) != kKeyBytes)
        return QByteArray();
    const QByteArray plain = encode(devices, savedAt);
    const QByteArray ad = QByteArray(kMagic, kHeaderBytes) + identity;
    QByteArray file(qsizetype(kHeaderBytes + kNonceBytes) + plain.size() + qsizetype(kMacBytes), Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(file.data());
    std::memcpy(bytes, kMagic, kHeaderBytes);
    unsigned char *nonce = bytes + kHeaderBytes;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &sealedSize,
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr, nonce,
        reinterpret_cast<const unsigned char *>(key.constData()));
    file.truncate(qsizetype(kHeaderBytes + kNonceBytes + sealedSize));
    return file;
}

bool DeviceIndex::open(
    const QByteArray &key, const QByteArray &identity, const QByteArray &file, Snapshot *out, QString *why)
{
    if (!sodiumReady() || size_t(key.size()) != kKeyBytes) {
        *why = QStringLiteral("no usable key");
        return false;
    }
    if (size_t(file.size()) < kHeaderBytes + kNonceBytes + kMacBytes || file.size() > kMaxFileBytes
        || std::memcmp(file.constData(), kMagic, kHeaderBytes) != 0) {
        *why = QStringLiteral("not an index of this version (%1 bytes)").arg(file.size());
        return false;
    }
    const QByteArray ad = QByteArray(kMagic, kHeaderBytes) + identity;
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.constData());
    const unsigned char *nonce = bytes + kHeaderBytes;
    const size_t sealedSize = size_t(file.size()) - kHeaderBytes - kNonceBytes;
    std::vector<unsigned char> plain(sealedSize - kMacBytes);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plainSize, nullptr, nonce + kNonceBytes, sealedSize,
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nonce,
            reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        *why = QStringLiteral("it does not open with this profile's key (altered, truncated or foreign)");
        return false;
    }
    return decode(plain.data(), size_t(plainSize), out, why);
}

QByteArray DeviceIndex::plainText(const DeviceSet &devices, const QDateTime &savedAt)
{
    return encode(devices, savedAt);
}

bool DeviceIndex::readPlainText(const QByteArray &plain, Snapshot *out, QString *why)
{
    return decode(reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()), out, why);
}

void DeviceIndex::tellUnavailable(const QString &why)
{
    qCWarning(lcIndex) << "no local device index:" << why;
    if (m_told)
        return;
    m_told = true;
    Q_EMIT unavailable(tr("The system keychain is not available: the device list is kept in memory only, "
                          "and is read again from Intune at the next start."));
}

void DeviceIndex::withKey(bool create, const std::function<void(bool ok, const QByteArray &key)> &done)
{
    if (!m_key.isEmpty()) {
        done(true, m_key);
        return;
    }
    if (!sodiumReady()) {
        tellUnavailable(QStringLiteral("libsodium did not start"));
        done(false, QByteArray());
        return;
    }
    const quint64 generation = m_generation;
    const QString entry = keychainKey(m_profileId);
    QPointer<DeviceIndex> self(this);
    m_keychain->read(entry, [self, generation, entry, create, done](const CredentialStore::Result &r, QByteArray key) {
        if (!self || self->m_generation != generation) {
            done(false, QByteArray());
            return;
        }
        if (r.ok && size_t(key.size()) == kKeyBytes) {
            self->m_key = key;
            done(true, key);
            return;
        }
        if (!r.ok && !r.notFound) {
            self->tellUnavailable(r.message);
            done(false, QByteArray());
            return;
        }
        if (!create) {
            done(true, QByteArray()); // no key: no index can be read
            return;
        }
        key = newKey();
        self->m_keychain->write(entry, key, [self, generation, key, done](const CredentialStore::Result &w) {
            if (!self || self->m_generation != generation) {
                done(false, QByteArray());
                return;
            }
            if (!w.ok) {
                self->tellUnavailable(w.message);
                done(false, QByteArray());
                return;
            }
            self->m_key = key;
            done(true, key);
        });
    });
}

void DeviceIndex::load(QObject *context, const std::function<void(Snapshot)> &done)
{
    const QString path = filePath();
    if (!isEnabled() || !QFileInfo::exists(path)) {
        done(Snapshot());
        return;
    }
    const quint64 generation = m_generation;
    const QByteArray identity = this->identity();
    QPointer<QObject> guard(context);
    withKey(false, [this, guard, generation, path, identity, done](bool ok, const QByteArray &key) {
        if (!guard)
            return;
        if (!ok || generation != m_generation) {
            done(Snapshot());
            return;
        }
        if (key.isEmpty()) {
            discardFile(path, QStringLiteral("its key is not in the keychain"));
            done(Snapshot());
            return;
        }
        onWorker<Snapshot>(
            this,
            [key, identity, path] {
                Snapshot snapshot;
                QFile file(path);
                QString why;
                if (!file.open(QIODevice::ReadOnly))
                    why = QStringLiteral("cannot be read: %1").arg(file.errorString());
                else if (file.size() > kMaxFileBytes)
                    why = QStringLiteral("too large (%1 bytes)").arg(file.size());
                else if (!open(key, identity, file.readAll(), &snapshot, &why))
                    snapshot = Snapshot();
                file.close();
                if (!why.isEmpty())
                    discardFile(path, why);
                return snapshot;
            },
            [this, guard, generation, done](Snapshot snapshot) {
                if (guard)
                    done(generation == m_generation ? std::move(snapshot) : Snapshot());
            });
    });
}

void DeviceIndex::save(const DeviceSet &devices, const QDateTime &savedAt)
{
    if (!isEnabled())
        return;
    const quint64 generation = m_generation;
    const QString path = filePath();
    const QByteArray identity = this->identity();
    // A copy (shared text): the store goes on changing while the worker writes.
    auto copy = std::make_shared<const DeviceSet>(devices);
    withKey(true, [this, generation, path, identity, copy, savedAt](bool ok, const QByteArray &key) {
        if (generation != m_generation) {
            Q_EMIT saved(false); // forgotten meanwhile, or another profile
            return;
        }
        if (!ok) {
            QFile::remove(path); // without a keychain, no index
            Q_EMIT saved(false);
            return;
        }
        onWorker<bool>(
            this,
            [key, identity, path, copy, savedAt] {
                const QByteArray sealed = seal(key, identity, *copy, savedAt);
                QDir().mkpath(QFileInfo(path).absolutePath());
                QSaveFile file(path);
                const bool written = !sealed.isEmpty() && file.open(QIODevice::WriteOnly)
                    && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                    && file.write(sealed) == sealed.size() && file.commit();
                if (!written)
                    qCWarning(lcIndex) << "local device index not written:" << file.errorString();
                DeviceStore::releaseFreeMemory();
                return written;
            },
            [this](bool written) { Q_EMIT saved(written); });
    });
}

void DeviceIndex::forget()
{
    if (!isEnabled())
        return;
    const QString path = filePath();
    const QString entry = keychainKey(m_profileId);
    ++m_generation; // a save not yet on the worker does not happen
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    m_key.clear();
    // On the worker, after a save already there: nothing writes the file again.
    onWorker<bool>(
        this, [path] { return QFile::remove(path) || !QFileInfo::exists(path); },
        [this, entry](bool removed) {
            if (!removed)
                qCWarning(lcIndex) << "the local device index could not be deleted";
            QPointer<DeviceIndex> self(this);
            m_keychain->remove(entry, [self](const CredentialStore::Result &r) {
                if (!r.ok)
                    qCWarning(lcIndex) << "the local device index key stays in the keychain:" << r.message;
                if (self)
                    Q_EMIT self->forgotten();
            });
        });
}

void DeviceIndex::forgetProfile(const QString &profileId)
{
    if (profileId.isEmpty())
        return;
    auto *keychain = new CredentialStore(QStringLiteral("Passdesk"), qApp);
    auto *index = new DeviceIndex(keychain, keychain);
    index->setIdentity(profileId, QString());
    connect(index, &DeviceIndex::forgotten, keychain, &QObject::deleteLater);
    index->forget();
}

} // namespace Passdesk
