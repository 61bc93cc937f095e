#include "devicetreemodel.h"

#include "devicestore.h"
#include "safetext.h"

#include <QLocale>

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Passdesk {

DeviceTreeModel::DeviceTreeModel(DeviceStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &DeviceStore::wasReset, this, &DeviceTreeModel::onReset);
    connect(m_store, &DeviceStore::devicesAdded, this, &DeviceTreeModel::onAdded);
    connect(m_store, &DeviceStore::deviceUpdated, this, &DeviceTreeModel::onUpdated);
    onReset();
}

int DeviceTreeModel::deviceCount() const
{
    return m_store->deviceCount();
}

int DeviceTreeModel::groupIdOf(int storeIndex)
{
    // Only what the grouping needs is read from the store, not the whole device.
    QString key;
    int order = 0;
    Device kindOnly;
    kindOnly.kind = m_store->kindAt(storeIndex);
    switch (m_grouping) {
    case Grouping::Platform:
        order = int(familyOf(kindOnly.kind));
        key = QString::number(order);
        break;
    case Grouping::User:
        key = m_store->textAt(storeIndex, &Device::userDisplayName);
        break;
    case Grouping::Channel:
        order = isDirectlyManaged(kindOnly) ? 0 : 1;
        key = QString::number(order);
        break;
    }
    const auto it = m_groupByKey.constFind(key);
    if (it != m_groupByKey.constEnd())
        return *it;
    const int id = int(m_groupIds.size());
    m_groupByKey.insert(key, id);
    m_groupIds.push_back(Group{id, key, order, {}});
    m_rowOfGroupId.push_back(-1);
    return id;
}

void DeviceTreeModel::assignGroups(const std::vector<int> &indices)
{
    const size_t groupsBefore = m_groupIds.size();
    m_groupOf.resize(size_t(m_store->deviceCount()), -1);
    m_rowInGroup.resize(size_t(m_store->deviceCount()), -1);
    for (const int i : indices)
        m_groupOf[size_t(i)] = groupIdOf(i);
    if (m_groupIds.size() != groupsBefore || m_groupOrder.empty())
        sortGroups();
}

void DeviceTreeModel::sortGroups()
{
    m_groupOrder.resize(m_groupIds.size());
    std::iota(m_groupOrder.begin(), m_groupOrder.end(), 0);
    if (m_grouping == Grouping::User) {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(m_groupOrder.begin(), m_groupOrder.end(), [&](int a, int b) {
            const QString &ka = m_groupIds[size_t(a)].key;
            const QString &kb = m_groupIds[size_t(b)].key;
            // Devices without a user (dedicated, kiosk) come last.
            if (ka.isEmpty() != kb.isEmpty())
                return kb.isEmpty();
            return collator.compare(ka, kb) < 0;
        });
    } else {
        std::sort(m_groupOrder.begin(), m_groupOrder.end(),
            [&](int a, int b) { return m_groupIds[size_t(a)].order < m_groupIds[size_t(b)].order; });
    }
}

void DeviceTreeModel::layoutGroups()
{
    // Only the shown devices are walked: the search's cost, not the tenant's.
    for (const Group &g : m_groups) {
        for (const int i : g.members)
            m_rowInGroup[size_t(i)] = -1;
    }
    std::vector<std::vector<int>> members(m_groupIds.size());
    for (const int i : m_shown)
        members[size_t(m_groupOf[size_t(i)])].push_back(i);
    m_groups.clear();
    std::fill(m_rowOfGroupId.begin(), m_rowOfGroupId.end(), -1);
    for (const int id : m_groupOrder) {
        if (members[size_t(id)].empty())
            continue;
        const Group &g = m_groupIds[size_t(id)];
        m_rowOfGroupId[size_t(id)] = int(m_groups.size());
        m_groups.push_back(Group{id, g.key, g.order, std::move(members[size_t(id)])});
        const auto &shown = m_groups.back().members;
        for (int r = 0; r < int(shown.size()); ++r)
            m_rowInGroup[size_t(shown[size_t(r)])] = r;
    }
}

void DeviceTreeModel::relayout(const std::function<void()> &change)
{
    // The same group and device rows before and after, wherever they moved:
    // the view keeps its selection, current row and expanded groups.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    struct Ref
    {
        bool group;
        int id; // group id, or store index
        int column;
    };
    std::vector<Ref> refs;
    refs.reserve(size_t(from.size()));
    for (const QModelIndex &index : from) {
        if (index.internalId() == 0)
            refs.push_back({true, m_groups[size_t(index.row())].id, index.column()});
        else
            refs.push_back(
                {false, m_groups[size_t(index.internalId() - 1)].members[size_t(index.row())], index.column()});
    }
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (const Ref &ref : refs) {
        if (ref.group) {
            const int row = m_rowOfGroupId[size_t(ref.id)];
            to.append(row < 0 ? QModelIndex() : createIndex(row, ref.column, quintptr(0)));
        } else {
            const QModelIndex device = deviceIndex(ref.id);
            to.append(device.isValid() ? device.siblingAtColumn(ref.column) : QModelIndex());
        }
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

void DeviceTreeModel::onReset()
{
    beginResetModel();
    m_groupOf.clear();
    m_rowInGroup.clear();
    m_groupIds.clear();
    m_groupByKey.clear();
    m_groupOrder.clear();
    m_rowOfGroupId.clear();
    m_groups.clear();
    std::vector<int> all(size_t(m_store->deviceCount()));
    std::iota(all.begin(), all.end(), 0);
    assignGroups(all);
    m_shown = m_store->match(m_filterTerms);
    layoutGroups();
    endResetModel();
}

void DeviceTreeModel::onAdded(const std::vector<int> &added, const std::vector<int> &replaced)
{
    if (m_groups.empty() && m_shown.empty()) {
        onReset(); // nothing on screen to keep
        return;
    }
    relayout([&] {
        assignGroups(added);
        assignGroups(replaced);
        // The name order moved: the search runs again over the whole store.
        m_shown = m_store->match(m_filterTerms);
        layoutGroups();
    });
}

void DeviceTreeModel::onUpdated(int storeIndex)
{
    const int groupBefore = m_groupOf[size_t(storeIndex)];
    const bool shownBefore = m_rowInGroup[size_t(storeIndex)] >= 0;
    const std::vector<int> self{storeIndex};
    const bool shownAfter = !m_store->match(m_filterTerms, &self).empty();
    if (groupBefore == groupIdOf(storeIndex) && shownBefore == shownAfter) {
        const QModelIndex idx = deviceIndex(storeIndex);
        if (idx.isValid())
            Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1));
        return;
    }
    relayout([&] {
        assignGroups({storeIndex});
        m_shown = m_store->match(m_filterTerms);
        layoutGroups();
    });
}

void DeviceTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    onReset();
}

void DeviceTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    const QStringList terms = foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts);
    // Typing more letters only narrows: each earlier term is inside a new one,
    // so the new matches are among the earlier ones.
    const bool narrows = !m_filterTerms.isEmpty()
        && std::all_of(m_filterTerms.cbegin(), m_filterTerms.cend(), [&](const QString &old) {
               return std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return t.contains(old); });
           });
    m_filter = text;
    relayout([&] {
        m_filterTerms = terms;
        m_shown = narrows ? m_store->match(terms, &m_shown) : m_store->match(terms);
        layoutGroups();
    });
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

std::optional<Device> DeviceTreeModel::deviceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return std::nullopt;
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return m_store->at(g.members[size_t(index.row())]);
}

std::optional<Device> DeviceTreeModel::deviceById(const QString &id) const
{
    return m_store->deviceById(id);
}

QModelIndex DeviceTreeModel::deviceIndex(int storeIndex) const
{
    if (storeIndex < 0 || size_t(storeIndex) >= m_rowInGroup.size() || m_rowInGroup[size_t(storeIndex)] < 0)
        return {};
    const int groupRow = m_rowOfGroupId[size_t(m_groupOf[size_t(storeIndex)])];
    return createIndex(m_rowInGroup[size_t(storeIndex)], 0, quintptr(groupRow + 1));
}

QModelIndex DeviceTreeModel::indexOfDevice(const QString &id) const
{
    return deviceIndex(m_store->indexOf(id));
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
    const std::optional<Device> d = deviceAt(index);
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
