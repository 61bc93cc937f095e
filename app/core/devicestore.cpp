#include "devicestore.h"

#include <QByteArrayMatcher>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Passdesk {

QString foldForSearch(const QString &text)
{
    // Case- and accent-insensitive: "Lefèvre" is found by "lefevre". ASCII
    // (most names, UPNs and serial numbers) only needs lower case; each run of
    // other characters is decomposed, loses its accents and is case-folded.
    const char16_t *chars = QStringView(text).utf16();
    const qsizetype size = text.size();
    QVarLengthArray<char16_t, 256> out;
    for (qsizetype i = 0; i < size;) {
        if (chars[i] < 0x80) {
            out.append(chars[i] >= u'A' && chars[i] <= u'Z' ? char16_t(chars[i] + 32) : chars[i]);
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && chars[end] >= 0x80)
            ++end;
        const QString decomposed = QStringView(chars + i, end - i).toString().normalized(QString::NormalizationForm_D);
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c.toCaseFolded().unicode());
        }
        i = end;
    }
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

namespace {

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Natural order of two folded names: runs of digits compare by their value
// ("pc-2" before "pc-10"), the rest character by character.
int compareNatural(QByteArrayView a, QByteArrayView b)
{
    // UTF-8 bytes compare in the order of the characters they encode.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const uchar ca = uchar(a[i]), cb = uchar(b[j]);
        if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
            // Leading zeros aside, the longer run is the larger number; runs as long compare digit by digit.
            while (i < a.size() && a[i] == u'0')
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            qsizetype ea = i, eb = j;
            while (ea < a.size() && isAsciiDigit(char16_t(a[ea])))
                ++ea;
            while (eb < b.size() && isAsciiDigit(char16_t(b[eb])))
                ++eb;
            if (ea - i != eb - j)
                return ea - i < eb - j ? -1 : 1;
            const int c = std::memcmp(a.data() + i, b.data() + j, size_t(ea - i));
            if (c != 0)
                return c < 0 ? -1 : 1;
            i = ea;
            j = eb;
            continue;
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return i < a.size() ? 1 : j < b.size() ? -1 : 0;
}

} // namespace

void TextPool::share(Device &device)
{
    const QMutexLocker lock(&m_lock);
    for (QString Device::*field : kTableTextFields) {
        QString &text = device.*field;
        if (text.isEmpty()) {
            text = QString();
            continue;
        }
        const auto it = m_text.constFind(text);
        if (it != m_text.constEnd())
            text = *it;
        else
            m_text.insert(text);
    }
}

namespace {

constexpr std::array<bool Device::*, 3> kFlagFields
    = {&Device::isEncrypted, &Device::isSupervised, &Device::azureADRegistered};

} // namespace

qint64 msecsOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
}

quint8 flagsOf(const Device &device)
{
    quint8 flags = 0;
    for (size_t f = 0; f < kFlagFields.size(); ++f)
        flags |= (device.*kFlagFields[f]) ? quint8(1u << f) : 0;
    return flags;
}

void setFlags(Device *device, quint8 flags)
{
    for (size_t f = 0; f < kFlagFields.size(); ++f)
        device->*kFlagFields[f] = (flags >> f) & 1u;
}

QDateTime utcFromMSecs(qint64 msecs)
{
    if (msecs == kNoTime)
        return QDateTime();
        // Qt before 6.5 keeps a QTimeZone-based time on the heap, a Qt::UTC one inline.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

quint32 DeviceSet::tableIndex(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_tableIndex.constFind(text);
    if (it != m_tableIndex.constEnd())
        return *it;
    const auto index = quint32(m_table.size());
    m_table.push_back(text);
    m_tableIndex.insert(text, index);
    return index;
}

namespace {

void unpack(const QByteArray &packed, const std::array<quint32, kPackedTextFields.size()> &ends, Device *device)
{
    quint32 from = 0;
    for (size_t f = 0; f < kPackedTextFields.size(); ++f) {
        if (ends[f] > from)
            device->*kPackedTextFields[f] = QString::fromUtf8(packed.constData() + from, qsizetype(ends[f] - from));
        from = ends[f];
    }
}

} // namespace

Device PreparedDevice::unpacked() const
{
    Device d = device;
    unpack(packed, packedEnd, &d);
    return d;
}

QByteArrayView DeviceSet::Stored::packedText(size_t field) const
{
    const quint32 from = field == 0 ? 0 : packedEnd[field - 1];
    return QByteArrayView(packed).sliced(from, packedEnd[field] - from);
}

DeviceSet::Stored DeviceSet::stored(PreparedDevice &&prepared)
{
    Device &device = prepared.device;
    Stored s;
    s.id = std::move(device.id);
    s.packed = std::move(prepared.packed);
    s.packedEnd = prepared.packedEnd;
    for (size_t f = 0; f < kTableTextFields.size(); ++f)
        s.table[f] = tableIndex(device.*kTableTextFields[f]);
    s.lastSync = msecsOf(device.lastSyncDateTime);
    s.enrolled = msecsOf(device.enrolledDateTime);
    s.flags = flagsOf(device);
    s.kind = device.kind;
    return s;
}

QString DeviceSet::textAt(int index, QString Device::*field) const
{
    const Stored &s = m_devices[size_t(index)];
    if (field == &Device::id)
        return s.id;
    for (size_t f = 0; f < kPackedTextFields.size(); ++f) {
        if (kPackedTextFields[f] == field) {
            const QByteArrayView text = s.packedText(f);
            return text.isEmpty() ? QString() : QString::fromUtf8(text);
        }
    }
    for (size_t f = 0; f < kTableTextFields.size(); ++f) {
        if (kTableTextFields[f] == field)
            return m_table[s.table[f]];
    }
    return QString();
}

Device DeviceSet::at(int index) const
{
    const Stored &s = m_devices[size_t(index)];
    Device d;
    d.id = s.id;
    unpack(s.packed, s.packedEnd, &d);
    for (size_t f = 0; f < kTableTextFields.size(); ++f)
        d.*kTableTextFields[f] = m_table[s.table[f]];
    d.lastSyncDateTime = utcFromMSecs(s.lastSync);
    d.enrolledDateTime = utcFromMSecs(s.enrolled);
    setFlags(&d, s.flags);
    d.kind = s.kind;
    return d;
}

PreparedDevice prepareDevice(Device device)
{
    PreparedDevice p;
    const QChar sep(u'\n');
    p.searchText = foldForSearch(device.deviceName + sep + device.userDisplayName + sep + device.userPrincipalName + sep
        + device.serialNumber + sep + device.imei + sep + device.phoneNumber)
                       .toUtf8();
    // Packed here, on the thread that read the device: its strings are freed where they were made.
    for (size_t f = 0; f < kPackedTextFields.size(); ++f) {
        QString &text = device.*kPackedTextFields[f];
        p.packed += text.toUtf8();
        p.packedEnd[f] = quint32(p.packed.size());
        text = QString();
    }
    p.packed.squeeze();
    p.device = std::move(device);
    return p;
}

void DeviceSet::indexDevice(int index, PreparedDevice &prepared, std::vector<std::pair<int, QByteArray>> *replaced)
{
    const QByteArray &hay = prepared.searchText;
    if (size_t(index) + 1 == m_start.size()) {
        m_text.append(hay);
        m_text.append('\n');
        m_start.push_back(m_text.size());
        return;
    }
    // A device read again mostly reads the same: its text stays, or is
    // written over in place when as long; only a longer or shorter one packs
    // the buffer again.
    const QByteArrayView old = searchText(index);
    if (old == hay)
        return;
    if (old.size() == hay.size())
        std::copy(hay.cbegin(), hay.cend(), m_text.begin() + m_start[size_t(index)]);
    else
        replaced->emplace_back(index, hay);
}

void DeviceSet::replaceSearchText(std::vector<std::pair<int, QByteArray>> replaced)
{
    if (replaced.empty())
        return;
    // Rare (a device read again): the buffer is packed again, in store order.
    std::sort(replaced.begin(), replaced.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray text;
    text.reserve(m_text.size() + 64);
    std::vector<qsizetype> start{0};
    start.reserve(m_start.size());
    auto next = replaced.cbegin();
    for (int i = 0; i < deviceCount(); ++i) {
        QByteArrayView hay = searchText(i);
        while (next != replaced.cend() && next->first < i)
            ++next;
        if (next != replaced.cend() && next->first == i)
            hay = next->second;
        text.append(hay);
        text.append('\n');
        start.push_back(text.size());
    }
    m_text = std::move(text);
    m_start = std::move(start);
}

QByteArrayView DeviceSet::nameText(int index) const
{
    // The folded name is the first field of the search text.
    const QByteArrayView text = searchText(index);
    const qsizetype end = text.indexOf('\n');
    return end < 0 ? text : text.first(end);
}

QByteArrayView DeviceSet::searchText(int index) const
{
    const qsizetype from = m_start[size_t(index)];
    return QByteArrayView(m_text).sliced(from, m_start[size_t(index) + 1] - from - 1);
}

void DeviceSet::clear()
{
    *this = DeviceSet();
}

void DeviceSet::squeeze()
{
    m_text.squeeze();
    m_start.shrink_to_fit();
    m_nameOrder.shrink_to_fit();
    m_byId.squeeze();
}

void DeviceSet::reserve(size_t devices)
{
    m_byId.reserve(qsizetype(devices));
    m_start.reserve(devices + 1);
    m_nameOrder.reserve(devices);
}

namespace {

std::vector<PreparedDevice> prepareAll(std::vector<Device> devices)
{
    std::vector<PreparedDevice> out;
    out.reserve(devices.size());
    for (Device &d : devices)
        out.push_back(prepareDevice(std::move(d)));
    return out;
}

} // namespace

void DeviceStore::reset(std::vector<Device> devices)
{
    m_set.clear();
    std::vector<int> added, replaced;
    m_set.append(prepareAll(std::move(devices)), &added, &replaced);
    Q_EMIT wasReset();
}

void DeviceStore::adopt(DeviceSet set)
{
    m_set = std::move(set);
    Q_EMIT wasReset();
}

void DeviceStore::clear()
{
    m_set.clear();
    Q_EMIT wasReset();
}

std::vector<int> DeviceStore::add(std::vector<Device> devices)
{
    return add(prepareAll(std::move(devices)));
}

std::vector<int> DeviceStore::add(std::vector<PreparedDevice> devices)
{
    std::vector<int> added, replaced;
    m_set.append(std::move(devices), &added, &replaced);
    Q_EMIT devicesAdded(added, replaced);
    return added;
}

void DeviceSet::append(std::vector<PreparedDevice> devices, std::vector<int> *added, std::vector<int> *replaced)
{
    const size_t firstNew = m_devices.size();
    added->reserve(devices.size());
    std::vector<int> unplaced; // in no place of the name order: renamed, then new
    std::vector<std::pair<int, QByteArray>> newText;
    for (PreparedDevice &p : devices) {
        const Device &d = p.device;
        const auto known = m_byId.constFind(d.id);
        if (known != m_byId.constEnd()) {
            // Seen before (in this load, or an earlier page): replaced where it is.
            const int i = *known;
            const QByteArrayView newName = QByteArrayView(p.packed).first(p.packedEnd[0]);
            if (m_devices[size_t(i)].packedText(0) != newName)
                unplaced.push_back(i);
            indexDevice(i, p, &newText);
            m_devices[size_t(i)] = stored(std::move(p));
            replaced->push_back(i);
            continue;
        }
        const int i = int(m_devices.size());
        m_byId.insert(d.id, i);
        indexDevice(i, p, &newText);
        m_devices.push_back(stored(std::move(p)));
        added->push_back(i);
    }
    replaceSearchText(std::move(newText));
    if (!unplaced.empty()) {
        // Renamed: out of the name order, to be placed again with the new ones.
        std::sort(unplaced.begin(), unplaced.end());
        unplaced.erase(std::unique(unplaced.begin(), unplaced.end()), unplaced.end());
        std::vector<char> out(m_devices.size(), 0);
        for (const int i : unplaced)
            out[size_t(i)] = 1;
        m_nameOrder.erase(std::remove_if(m_nameOrder.begin(), m_nameOrder.end(), [&](int i) { return out[size_t(i)]; }),
            m_nameOrder.end());
    }
    for (size_t i = firstNew; i < m_devices.size(); ++i)
        unplaced.push_back(int(i));
    placeNames(std::move(unplaced));
}

bool DeviceSet::nameBefore(int a, int b) const
{
    const int c = compareNatural(nameText(a), nameText(b));
    return c != 0 ? c < 0 : a < b;
}

void DeviceSet::placeNames(std::vector<int> unplaced)
{
    if (unplaced.empty())
        return;
    const auto before = [this](int a, int b) { return nameBefore(a, b); };
    // Sorted among themselves (devices that come in name order, as the local
    // index keeps them, cost one pass)...
    if (!std::is_sorted(unplaced.cbegin(), unplaced.cend(), before))
        std::sort(unplaced.begin(), unplaced.end(), before);
    const size_t placed = m_nameOrder.size();
    if (placed == 0) {
        m_nameOrder = std::move(unplaced);
        return;
    }
    // ...then each put in its place from the back: a binary search among the
    // others, and the ones after it moved up in one block. A page of 1,000
    // costs 17,000 name comparisons, not one per device of the tenant.
    m_nameOrder.resize(placed + unplaced.size());
    auto end = m_nameOrder.begin() + qsizetype(placed);
    auto write = m_nameOrder.end();
    for (auto it = unplaced.crbegin(); it != unplaced.crend(); ++it) {
        const auto place = std::upper_bound(m_nameOrder.begin(), end, *it, before);
        write = std::move_backward(place, end, write);
        *--write = *it;
        end = place;
    }
}

bool DeviceSet::keepOnly(const QSet<QString> &ids)
{
    std::vector<int> newIndex(m_devices.size(), -1);
    int kept = 0;
    for (size_t i = 0; i < m_devices.size(); ++i) {
        if (ids.contains(m_devices[i].id))
            newIndex[i] = kept++;
    }
    if (kept == deviceCount())
        return false;
    // Built again from what is there: nothing is folded or sorted again.
    DeviceSet set;
    set.m_table = m_table;
    set.m_tableIndex = m_tableIndex;
    for (size_t i = 0; i < m_devices.size(); ++i) {
        if (newIndex[i] < 0)
            continue;
        set.m_byId.insert(m_devices[i].id, newIndex[i]);
        set.m_devices.push_back(std::move(m_devices[i]));
        set.m_text.append(searchText(int(i)));
        set.m_text.append('\n');
        set.m_start.push_back(set.m_text.size());
    }
    set.m_nameOrder.reserve(size_t(kept));
    for (const int i : m_nameOrder) {
        if (newIndex[size_t(i)] >= 0)
            set.m_nameOrder.push_back(newIndex[size_t(i)]);
    }
    *this = std::move(set);
    return true;
}

void DeviceStore::keepOnly(const QSet<QString> &ids)
{
    if (m_set.keepOnly(ids))
        Q_EMIT wasReset();
}

void DeviceStore::releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

int DeviceSet::update(const Device &device)
{
    const int i = indexOf(device.id);
    if (i < 0)
        return -1;
    std::vector<int> added, replaced;
    append({prepareDevice(device)}, &added, &replaced);
    return i;
}

int DeviceStore::update(const Device &device)
{
    const int i = m_set.update(device);
    if (i >= 0)
        Q_EMIT deviceUpdated(i);
    return i;
}

std::optional<Device> DeviceStore::deviceById(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return at(i);
}

std::vector<int> DeviceSet::match(const QStringList &foldedTerms, const std::vector<int> *within) const
{
    const std::vector<int> &candidates = within ? *within : m_nameOrder;
    if (foldedTerms.isEmpty())
        return candidates;
    // The longest term first: it rules out the most. A line feed separates
    // fields and devices in the buffer: never part of a term. Terms are
    // looked for as UTF-8, like the buffer: a character's bytes only match
    // where that character starts.
    QList<QByteArray> terms;
    for (const QString &term : foldedTerms) {
        for (const QString &part : term.split(QChar(u'\n'), Qt::SkipEmptyParts))
            terms.append(part.toUtf8());
    }
    if (terms.isEmpty())
        return candidates;
    std::stable_sort(
        terms.begin(), terms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    std::vector<QByteArrayMatcher> matchers;
    for (const QByteArray &term : std::as_const(terms))
        matchers.emplace_back(term);
    const auto holds = [&](int device, size_t fromTerm) {
        const QByteArrayView hay = searchText(device);
        for (size_t t = fromTerm; t < matchers.size(); ++t) {
            if (matchers[t].indexIn(hay) < 0)
                return false;
        }
        return true;
    };
    std::vector<int> out;
    if (within && within->size() < m_devices.size() / 4) {
        // Few candidates left: look in each of them.
        for (const int i : candidates) {
            if (holds(i, 0))
                out.push_back(i);
        }
        return out;
    }
    // Otherwise one pass over the whole buffer for the first term, jumping to
    // the next device at each hit, then the other terms in the devices it found.
    std::vector<char> hit(m_devices.size(), 0);
    const QByteArrayView text(m_text);
    const QByteArray &first = terms.first();
    size_t device = 0;
    qsizetype pos = 0;
    while (true) {
        // The first byte found with memchr, the rest compared in place.
        pos = text.indexOf(first.front(), pos);
        if (pos < 0)
            break;
        if (first.size() > 1 && !text.sliced(pos).startsWith(first)) {
            ++pos;
            continue;
        }
        device = size_t(std::upper_bound(m_start.cbegin() + qsizetype(device), m_start.cend(), pos) - m_start.cbegin())
            - 1;
        if (device >= m_devices.size())
            break;
        hit[device] = matchers.size() == 1 || holds(int(device), 1) ? 1 : 0;
        pos = m_start[device + 1];
    }
    for (const int i : candidates) {
        if (hit[size_t(i)])
            out.push_back(i);
    }
    return out;
}

} // namespace Passdesk
