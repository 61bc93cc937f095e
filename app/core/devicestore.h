#pragma once

#include "device.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <array>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace Passdesk {

// The devices of one tenant, apart from any view: the devices, the id index,
// the folded search text and the natural name order. Storage is compact: no
// object per device, a device's own text packed in one UTF-8 block, and text
// that few values take (operating system, model, enrollment type...) kept
// once in a table. Views (the device tree), jobs and the command line read
// it; only loads and re-reads change it.

// The text fields packed, in UTF-8, in one block per device (all but the id and the table's).
inline constexpr std::array<QString Device::*, 9> kPackedTextFields
    = {&Device::deviceName, &Device::serialNumber, &Device::imei, &Device::phoneNumber, &Device::userId,
        &Device::userDisplayName, &Device::userPrincipalName, &Device::emailAddress, &Device::currentUserId};
// The text fields that few values take, kept once in the store's table.
inline constexpr std::array<QString Device::*, 10> kTableTextFields = {&Device::operatingSystem, &Device::osVersion,
    &Device::deviceType, &Device::deviceEnrollmentType, &Device::managementAgent, &Device::ownerType, &Device::joinType,
    &Device::complianceState, &Device::model, &Device::manufacturer};

// A device as the store takes it, made on any thread (a page is read on a
// worker; the UI thread only inserts it): its packed text and its folded
// search text ready, the packed fields of `device` emptied.
struct PreparedDevice
{
    Device device; // the id, the table's text, the times and flags
    QByteArray packed; // kPackedTextFields in UTF-8, one after the other
    std::array<quint32, kPackedTextFields.size()> packedEnd{}; // where each ends in `packed`
    QByteArray searchText; // folded, in UTF-8: name, user, UPN, serial, IMEI, phone

    // The device as it was read, put together again.
    Device unpacked() const;
};
PreparedDevice prepareDevice(Device device);

// Text that repeats from device to device, kept once while the pages of one
// load are read, on any thread: the devices reach the store with their
// repeated text already shared, and the UI thread frees none of it.
class TextPool
{
public:
    // The table's text of the device, shared with the pool's.
    void share(Device &device);

private:
    QMutex m_lock;
    QSet<QString> m_text;
};

// The devices and their indexes, as a value: built on any thread (the local
// index builds one on a worker), then handed to a DeviceStore in one move.
class DeviceSet
{
public:
    // A new id goes at the end, a known one is replaced where it is, so a
    // device is never there twice. "added" gets the indices of the new ones,
    // "replaced" those of the known ones.
    void append(std::vector<PreparedDevice> devices, std::vector<int> *added, std::vector<int> *replaced);
    // One device read again; its index, or -1 when the set does not have it.
    int update(const Device &device);
    // Only the devices whose id is in `ids` stay; false when all of them did.
    bool keepOnly(const QSet<QString> &ids);
    void clear();
    void reserve(size_t devices);
    // Spare capacity goes back (the search buffer grows by doubling while pages arrive).
    void squeeze();

    int deviceCount() const { return int(m_devices.size()); }
    // The device as it was added, put together from what the set keeps.
    Device at(int index) const;
    QString idAt(int index) const { return m_devices[size_t(index)].id; }
    DeviceKind kindAt(int index) const { return m_devices[size_t(index)].kind; }
    // One text field of a device, without putting the whole device together.
    QString textAt(int index, QString Device::*field) const;
    int indexOf(const QString &id) const { return m_byId.value(id, -1); }
    const std::vector<int> &nameOrder() const { return m_nameOrder; }
    std::vector<int> match(const QStringList &foldedTerms, const std::vector<int> *within = nullptr) const;

private:
    // A device as the set keeps it: its id (shared with the id index), its
    // own text packed in UTF-8, the text that few values take (platform,
    // version, model...) as indices into the set's table, the times as
    // milliseconds. About 450 bytes with its text, where a Device takes 1,000.
    struct Stored
    {
        QString id;
        QByteArray packed;
        std::array<quint32, kPackedTextFields.size()> packedEnd{};
        std::array<quint32, kTableTextFields.size()> table{}; // indices into m_table
        qint64 lastSync = 0;
        qint64 enrolled = 0;
        quint8 flags = 0;
        DeviceKind kind = DeviceKind::Unknown;
        QByteArrayView packedText(size_t field) const;
    };
    Stored stored(PreparedDevice &&prepared);
    quint32 tableIndex(const QString &text);
    void indexDevice(int index, PreparedDevice &prepared, std::vector<std::pair<int, QByteArray>> *replaced);
    void replaceSearchText(std::vector<std::pair<int, QByteArray>> replaced);
    QByteArrayView searchText(int index) const;
    QByteArrayView nameText(int index) const;
    bool nameBefore(int a, int b) const;
    void placeNames(std::vector<int> unplaced);

    // A deque: a device never moves once in, and a growing tenant is never copied whole.
    std::deque<Stored> m_devices;
    std::vector<QString> m_table{QString()}; // 0: no text
    QHash<QString, quint32> m_tableIndex;
    QHash<QString, int> m_byId;
    // The folded search text of every device, one after the other in store
    // order, each followed by a line feed (which no search term holds): one
    // buffer to scan, not 100,000 strings. UTF-8: half the size of UTF-16 for
    // the ASCII most of it is. Device i is m_text[m_start[i], m_start[i + 1] - 1).
    QByteArray m_text;
    std::vector<qsizetype> m_start{0};
    std::vector<int> m_nameOrder;
};

class DeviceStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Replaces every device.
    void reset(std::vector<Device> devices);
    // Replaces every device with a set built elsewhere (on a worker): a move, not a copy.
    void adopt(DeviceSet set);
    // Adds devices as they arrive (a page): a new id goes at the end, a known
    // one is replaced where it is, so a device is never there twice. Returns
    // the indices of the devices that were new.
    std::vector<int> add(std::vector<Device> devices);
    std::vector<int> add(std::vector<PreparedDevice> devices);
    // After a complete load: the devices whose id is not in `ids` leave.
    // Indices change (wasReset) when one does.
    void keepOnly(const QSet<QString> &ids);
    // A load is over: spare capacity goes back.
    void squeeze() { m_set.squeeze(); }
    // What the heap keeps from freed blocks goes back to the system (glibc keeps it otherwise).
    static void releaseFreeMemory();
    // One device read again; its index, or -1 when the store does not have it.
    int update(const Device &device);
    void clear();

    const DeviceSet &contents() const { return m_set; }
    int deviceCount() const { return m_set.deviceCount(); }
    Device at(int index) const { return m_set.at(index); }
    DeviceKind kindAt(int index) const { return m_set.kindAt(index); }
    QString textAt(int index, QString Device::*field) const { return m_set.textAt(index, field); }
    int indexOf(const QString &id) const { return m_set.indexOf(id); }
    std::optional<Device> deviceById(const QString &id) const;

    // Device indices in natural name order ("PC-2" before "PC-10"), case and accents aside.
    const std::vector<int> &nameOrder() const { return m_set.nameOrder(); }
    // Devices whose name, user, UPN, serial number, IMEI or phone number holds
    // every term (folded with foldForSearch), in name order. "within", in name
    // order too, limits the scan to an earlier answer: typing more letters only
    // narrows.
    std::vector<int> match(const QStringList &foldedTerms, const std::vector<int> *within = nullptr) const
    {
        return m_set.match(foldedTerms, within);
    }

Q_SIGNALS:
    // After the change. Indices stay valid as long as the store is not reset.
    void wasReset();
    // added: new devices; replaced: known ones that came again.
    void devicesAdded(const std::vector<int> &added, const std::vector<int> &replaced);
    void deviceUpdated(int index);

private:
    DeviceSet m_set;
};

// A device's times kept as milliseconds since the epoch (kNoTime: none), and
// back as UTC times; its yes/no fields kept as bits, and back.
inline constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
qint64 msecsOf(const QDateTime &time);
QDateTime utcFromMSecs(qint64 msecs);
quint8 flagsOf(const Device &device);
void setFlags(Device *device, quint8 flags);

// Case- and accent-insensitive form of a text, for searching: "Lefèvre" -> "lefevre".
QString foldForSearch(const QString &text);

} // namespace Passdesk
