#pragma once

#include "device.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

#include <vector>

namespace Passdesk {

class DeviceStore;

// The device tree: the devices of a DeviceStore under one level of group rows,
// narrowed by the search. It keeps no device of its own, only which store
// indices show, in which group and row. The search and new pages change the
// rows with layoutChanged, so the view keeps its selection, its expanded
// groups and its scroll position.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Grouping { Platform, User, Channel };
    Q_ENUM(Grouping)
    // Enough to tell look-alike devices apart ("Grace's iPhone" ×3): serial and last check-in.
    enum Column { NameColumn, UserColumn, OsColumn, SerialColumn, LastSyncColumn, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, IsGroupRole, MatchRole };

    explicit DeviceTreeModel(DeviceStore *store, QObject *parent = nullptr);

    DeviceStore *store() const { return m_store; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    int deviceCount() const;
    int matchCount() const { return int(m_shown.size()); }
    std::optional<Device> deviceAt(const QModelIndex &index) const;
    std::optional<Device> deviceById(const QString &id) const;
    QModelIndex indexOfDevice(const QString &id) const;
    QModelIndex firstDeviceIndex() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Translated labels change with the language.
    void retranslate();

private:
    struct Group
    {
        int id = 0; // index in m_groupIds
        QString key; // user name (User grouping)
        int order = 0; // platform family or channel
        std::vector<int> members; // store indices shown, in name order
    };
    void onReset();
    void onAdded(const std::vector<int> &added, const std::vector<int> &replaced);
    void onUpdated(int index);
    int groupIdOf(int storeIndex); // creates the group when new
    void assignGroups(const std::vector<int> &indices);
    void sortGroups();
    void layoutGroups(); // m_groups from m_shown
    void relayout(const std::function<void()> &change);
    QString groupLabel(const Group &group) const;
    QModelIndex deviceIndex(int storeIndex) const;

    DeviceStore *m_store;
    std::vector<int> m_shown; // store indices that match the search, in name order
    std::vector<int> m_groupOf; // per store index: its group id in this grouping
    std::vector<Group> m_groupIds; // by group id: key and order (members unused)
    QHash<QString, int> m_groupByKey; // grouping key -> group id
    std::vector<int> m_groupOrder; // group ids in display order
    std::vector<Group> m_groups; // the rows: groups with members, in display order
    std::vector<int> m_rowOfGroupId; // group id -> row in m_groups, -1 when empty
    std::vector<int> m_rowInGroup; // per store index: its row, -1 when not shown
    Grouping m_grouping = Grouping::Platform;
    QString m_filter;
    QStringList m_filterTerms;
};

} // namespace Passdesk
