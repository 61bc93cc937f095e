#include "devicetreemodel.h"

#include "safetext.h"

#include <QLocale>

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Passdesk {

QString foldForSearch(const QString &text)
{
    // Case- and accent-insensitive: "Lefèvre" is found by "lefevre".
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

DeviceTreeModel::DeviceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void DeviceTreeModel::setDevices(std::vector<Device> devices)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_byId.clear();
    m_byId.reserve(int(m_devices.size()));
    m_haystack.clear();
    m_haystack.reserve(m_devices.size());
    const QChar sep(u'\n');
    for (int i = 0; i < int(m_devices.size()); ++i) {
        const Device &d = m_devices[size_t(i)];
        m_byId.insert(d.id, i);
        m_haystack.push_back(foldForSearch(
            d.deviceName + sep + d.userDisplayName + sep + d.userPrincipalName + sep + d.serialNumber + sep + d.imei));
    }
    m_sortedOrder.resize(m_devices.size());
    std::iota(m_sortedOrder.begin(), m_sortedOrder.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(m_sortedOrder.begin(), m_sortedOrder.end(), [&](int a, int b) {
        return collator.compare(m_devices[size_t(a)].deviceName, m_devices[size_t(b)].deviceName) < 0;
    });
    rebuild();
    endResetModel();
}

void DeviceTreeModel::updateDevice(const Device &device)
{
    const auto it = m_byId.constFind(device.id);
    if (it == m_byId.constEnd())
        return;
    m_devices[size_t(*it)] = device;
    const QModelIndex idx = indexOfDevice(device.id);
    if (idx.isValid())
        Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1));
}

void DeviceTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void DeviceTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    m_filterTerms = foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts);
    rebuild();
    endResetModel();
}

bool DeviceTreeModel::matchesFilter(int deviceIndex) const
{
    const QString &hay = m_haystack[size_t(deviceIndex)];
    return std::all_of(
        m_filterTerms.cbegin(), m_filterTerms.cend(), [&](const QString &term) { return hay.contains(term); });
}

void DeviceTreeModel::rebuild()
{
    m_groups.clear();
    m_rowInGroup.assign(m_devices.size(), -1);
    m_groupOf.assign(m_devices.size(), -1);
    m_matchCount = 0;
    QHash<QString, int> groupByKey;
    for (const int i : m_sortedOrder) {
        if (!m_filterTerms.isEmpty() && !matchesFilter(i))
            continue;
        const Device &d = m_devices[size_t(i)];
        QString key;
        int order = 0;
        switch (m_grouping) {
        case Grouping::Platform:
            order = int(familyOf(d.kind));
            key = QString::number(order);
            break;
        case Grouping::User:
            key = d.userDisplayName;
            break;
        case Grouping::Channel:
            order = isDirectlyManaged(d) ? 0 : 1;
            key = QString::number(order);
            break;
        }
        auto it = groupByKey.find(key);
        if (it == groupByKey.end()) {
            it = groupByKey.insert(key, int(m_groups.size()));
            m_groups.push_back(Group{key, order, {}});
        }
        Group &g = m_groups[size_t(*it)];
        g.members.push_back(i);
        ++m_matchCount;
    }
    if (m_grouping == Grouping::User) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(m_groups.begin(), m_groups.end(), [&](const Group &a, const Group &b) {
            // Devices without a user (dedicated, kiosk) come last.
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty();
            return collator.compare(a.key, b.key) < 0;
        });
    } else {
        std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) { return a.order < b.order; });
    }
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const auto &members = m_groups[size_t(g)].members;
        for (int r = 0; r < int(members.size()); ++r) {
            m_rowInGroup[size_t(members[size_t(r)])] = r;
            m_groupOf[size_t(members[size_t(r)])] = g;
        }
    }
}

QString DeviceTreeModel::groupLabel(const Group &group) const
{
    QString name;
    switch (m_grouping) {
    case Grouping::Platform:
        name = familyDisplayName(PlatformFamily(group.order));
        break;
    case Grouping::User:
        name = group.key.isEmpty() ? tr("No user") : group.key;
        break;
    case Grouping::Channel:
        name = group.order == 0 ? tr("Managed directly") : tr("Exchange ActiveSync");
        break;
    }
    return tr("%1 (%L2)").arg(name).arg(group.members.size());
}

const Device *DeviceTreeModel::deviceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return &m_devices[size_t(g.members[size_t(index.row())])];
}

const Device *DeviceTreeModel::deviceById(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_devices[size_t(*it)];
}

QModelIndex DeviceTreeModel::indexOfDevice(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd() || m_groupOf[size_t(*it)] < 0)
        return {};
    return createIndex(m_rowInGroup[size_t(*it)], 0, quintptr(m_groupOf[size_t(*it)] + 1));
}

QModelIndex DeviceTreeModel::firstDeviceIndex() const
{
    if (m_groups.empty())
        return {};
    return createIndex(0, 0, quintptr(1));
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].members.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups[size_t(parent.row())].members.size());
    return 0;
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[size_t(index.row())];
        if (role == IsGroupRole)
            return true;
        if (index.column() == NameColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return groupLabel(g);
        return {};
    }
    const Device *d = deviceAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        // Server text is shown as text: controls and bidi characters escaped.
        case NameColumn:
            return safeText(d->deviceName);
        case UserColumn:
            return safeText(d->userDisplayName);
        case OsColumn:
            return safeText(QStringLiteral("%1 %2").arg(d->operatingSystem, d->osVersion).trimmed());
        case SerialColumn:
            return safeText(d->serialNumber);
        case LastSyncColumn:
            // In the operator's time zone and language.
            return d->lastSyncDateTime.isValid()
                ? QLocale().toString(d->lastSyncDateTime.toLocalTime(), QLocale::NarrowFormat)
                : QString();
        }
        break;

    case Qt::ToolTipRole:
        // A tooltip may be taken for rich text: escape it and say it is HTML.
        return QStringLiteral("<p>%1<br>%2<br>%3</p>")
            .arg(safeText(d->deviceName).toHtmlEscaped(), safeText(d->userPrincipalName).toHtmlEscaped(),
                kindDisplayName(d->kind).toHtmlEscaped());
    case DeviceIdRole:
        return d->id;
    case IsGroupRole:
        return false;
    case MatchRole:
        return !m_filterTerms.isEmpty();
    }
    return {};
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device");
    case UserColumn:
        return tr("User");
    case OsColumn:
        return tr("OS");
    case SerialColumn:
        return tr("Serial number");
    case LastSyncColumn:
        return tr("Last check-in");
    }
    return {};
}

Qt::ItemFlags DeviceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void DeviceTreeModel::retranslate()
{
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Passdesk
