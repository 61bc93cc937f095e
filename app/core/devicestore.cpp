#include "devicestore.h"

#include <QStringMatcher>
#include <QVarLengthArray>

#include <algorithm>

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

// Folded name with every run of digits padded to the same width, so that a
// plain comparison puts "PC-2" before "PC-10" (no collator call per comparison).
QString sortKeyOf(const QString &name)
{
    const QString folded = foldForSearch(name);
    const char16_t *chars = QStringView(folded).utf16();
    const qsizetype size = folded.size();
    const auto isDigit = [](char16_t c) { return c < 0x80 ? c >= u'0' && c <= u'9' : QChar(c).isDigit(); };
    QVarLengthArray<char16_t, 128> key;
    for (qsizetype i = 0; i < size;) {
        if (!isDigit(chars[i])) {
            key.append(chars[i++]);
            continue;
        }
        qsizetype end = i;
        while (end < size && isDigit(chars[end]))
            ++end;
        for (qsizetype pad = end - i; pad < 12; ++pad)
            key.append(u'0');
        key.append(chars + i, end - i);
        i = end;
    }
    return QString(reinterpret_cast<const QChar *>(key.constData()), key.size());
}

} // namespace

QString DeviceSet::shared(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_shared.constFind(text);
    if (it != m_shared.constEnd())
        return *it; // the same characters, held once
    m_shared.insert(text);
    return text;
}

void DeviceSet::share(Device &d)
{
    for (QString Device::*field : kSharedTextFields)
        d.*field = shared(d.*field);
    for (QString Device::*own : kOwnTextFields)
        (d.*own).squeeze();
}

PreparedDevice prepareDevice(Device device)
{
    PreparedDevice p;
    const QChar sep(u'\n');
    p.searchText = foldForSearch(device.deviceName + sep + device.userDisplayName + sep + device.userPrincipalName + sep
        + device.serialNumber + sep + device.imei + sep + device.phoneNumber);
    p.sortKey = sortKeyOf(device.deviceName);
    p.device = std::move(device);
    return p;
}

void DeviceSet::indexDevice(int index, PreparedDevice &prepared, std::vector<std::pair<int, QString>> *replaced)
{
    const QChar sep(u'\n');
    const QString &hay = prepared.searchText;
    QString key = std::move(prepared.sortKey);
    if (size_t(index) == m_sortKey.size()) {
        m_text.append(hay);
        m_text.append(sep);
        m_start.push_back(m_text.size());
        m_sortKey.push_back(std::move(key));
    } else {
        replaced->emplace_back(index, hay);
        m_sortKey[size_t(index)] = std::move(key);
    }
}

void DeviceSet::replaceSearchText(std::vector<std::pair<int, QString>> replaced)
{
    if (replaced.empty())
        return;
    // Rare (a device read again): the buffer is packed again, in store order.
    std::sort(replaced.begin(), replaced.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QString text;
    text.reserve(m_text.size() + 64);
    std::vector<qsizetype> start{0};
    start.reserve(m_start.size());
    auto next = replaced.cbegin();
    for (int i = 0; i < deviceCount(); ++i) {
        QStringView hay = searchText(i);
        while (next != replaced.cend() && next->first < i)
            ++next;
        if (next != replaced.cend() && next->first == i)
            hay = next->second;
        text.append(hay);
        text.append(QChar(u'\n'));
        start.push_back(text.size());
    }
    m_text = std::move(text);
    m_start = std::move(start);
}

QStringView DeviceSet::searchText(int index) const
{
    const qsizetype from = m_start[size_t(index)];
    return QStringView(m_text).mid(from, m_start[size_t(index) + 1] - from - 1);
}

void DeviceSet::clear()
{
    *this = DeviceSet();
}

void DeviceSet::reserve(size_t devices)
{
    m_devices.reserve(devices);
    m_byId.reserve(qsizetype(devices));
    m_start.reserve(devices + 1);
    m_sortKey.reserve(devices);
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

void DeviceSet::append(std::vector<PreparedDevice> devices, std::vector<int> *added, std::vector<int> *replaced,
    Text text, const QStringList &table)
{
    if (text == Text::Shared) {
        for (const QString &t : table)
            m_shared.insert(t);
    }
    const size_t firstNew = m_devices.size();
    added->reserve(devices.size());
    bool renamed = false;
    std::vector<std::pair<int, QString>> newText;
    for (PreparedDevice &p : devices) {
        Device &d = p.device;
        if (text == Text::ToShare)
            share(d);
        const auto known = m_byId.constFind(d.id);
        if (known != m_byId.constEnd()) {
            // Seen before (in this load, or an earlier page): replaced where it is.
            const int i = *known;
            renamed = renamed || m_devices[size_t(i)].deviceName != d.deviceName;
            m_devices[size_t(i)] = std::move(d);
            indexDevice(i, p, &newText);
            replaced->push_back(i);
            continue;
        }
        const int i = int(m_devices.size());
        m_byId.insert(d.id, i);
        m_devices.push_back(std::move(d));
        indexDevice(i, p, &newText);
        added->push_back(i);
    }
    replaceSearchText(std::move(newText));
    if (renamed) {
        m_nameOrder.clear();
        sortNewNames(0);
    } else {
        sortNewNames(firstNew);
    }
}

void DeviceSet::sortNewNames(size_t firstNew)
{
    const auto before = [this](int a, int b) {
        const int c = QString::compare(m_sortKey[size_t(a)], m_sortKey[size_t(b)]);
        return c != 0 ? c < 0 : a < b;
    };
    const size_t oldCount = m_nameOrder.size();
    for (size_t i = firstNew; i < m_devices.size(); ++i)
        m_nameOrder.push_back(int(i));
    // The new ones sorted among themselves, then merged: a page costs its own
    // sort, not the tenant's. Devices that come in name order (the local
    // index keeps them so) cost one pass.
    const auto newOnes = m_nameOrder.begin() + qsizetype(oldCount);
    if (!std::is_sorted(newOnes, m_nameOrder.end(), before))
        std::sort(newOnes, m_nameOrder.end(), before);
    std::inplace_merge(m_nameOrder.begin(), m_nameOrder.begin() + qsizetype(oldCount), m_nameOrder.end(), before);
}

bool DeviceSet::keepOnly(const QSet<QString> &ids)
{
    const bool all
        = std::all_of(m_devices.cbegin(), m_devices.cend(), [&](const Device &d) { return ids.contains(d.id); });
    if (all)
        return false;
    std::vector<Device> kept;
    kept.reserve(m_devices.size());
    for (Device &d : m_devices) {
        if (ids.contains(d.id))
            kept.push_back(std::move(d));
    }
    clear();
    std::vector<int> added, replaced;
    append(prepareAll(std::move(kept)), &added, &replaced);
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
    const bool renamed = m_devices[size_t(i)].deviceName != device.deviceName;
    PreparedDevice p = prepareDevice(device);
    share(p.device);
    m_devices[size_t(i)] = std::move(p.device);
    std::vector<std::pair<int, QString>> newText;
    indexDevice(i, p, &newText);
    replaceSearchText(std::move(newText));
    if (renamed) {
        m_nameOrder.clear();
        sortNewNames(0);
    }
    return i;
}

int DeviceStore::update(const Device &device)
{
    const int i = m_set.update(device);
    if (i >= 0)
        Q_EMIT deviceUpdated(i);
    return i;
}

const Device *DeviceStore::deviceById(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &at(i);
}

std::vector<int> DeviceSet::match(const QStringList &foldedTerms, const std::vector<int> *within) const
{
    const std::vector<int> &candidates = within ? *within : m_nameOrder;
    if (foldedTerms.isEmpty())
        return candidates;
    // The longest term first: it rules out the most. A line feed separates
    // fields and devices in the buffer: never part of a term.
    QStringList terms;
    for (const QString &term : foldedTerms)
        terms += term.split(QChar(u'\n'), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return candidates;
    std::stable_sort(
        terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    std::vector<QStringMatcher> matchers;
    for (const QString &term : std::as_const(terms))
        matchers.emplace_back(term);
    const auto holds = [&](int device, size_t fromTerm) {
        const QStringView hay = searchText(device);
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
    const QStringView text(m_text);
    const QString &first = terms.first();
    size_t device = 0;
    qsizetype pos = 0;
    while (true) {
        // The first character found with Qt's vectorised search, the rest compared in place.
        pos = text.indexOf(first.front(), pos);
        if (pos < 0)
            break;
        if (first.size() > 1 && !text.mid(pos).startsWith(first)) {
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
