#pragma once

#include "device.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace Passdesk {

// Devices grouped under one level of group rows. Storage is flat: the devices
// in one vector, each group a list of indices into it, so 100,000 devices cost
// their strings and little else.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Grouping { Platform, User, Channel };
    Q_ENUM(Grouping)
    // Enough to tell look-alike devices apart ("Grace's iPhone" ×3): serial and last check-in.
    enum Column { NameColumn, UserColumn, OsColumn, SerialColumn, LastSyncColumn, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, IsGroupRole, MatchRole };

    explicit DeviceTreeModel(QObject *parent = nullptr);

    void setDevices(std::vector<Device> devices);
    void updateDevice(const Device &device);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    int deviceCount() const { return int(m_devices.size()); }
    int matchCount() const { return m_matchCount; }
    const Device *deviceAt(const QModelIndex &index) const;
    const Device *deviceById(const QString &id) const;
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
        QString key;
        int order = 0;
        std::vector<int> members; // indices into m_devices, in display order
    };
    void rebuild();
    QString groupLabel(const Group &group) const;
    bool matchesFilter(int deviceIndex) const;

    std::vector<Device> m_devices;
    std::vector<QString> m_haystack; // folded search text per device
    std::vector<int> m_sortedOrder; // device indices sorted by name
    QHash<QString, int> m_byId;
    std::vector<Group> m_groups;
    std::vector<int> m_rowInGroup; // per device: its row in its group, -1 when filtered out
    std::vector<int> m_groupOf; // per device: its group, -1 when filtered out
    Grouping m_grouping = Grouping::Platform;
    QString m_filter;
    QStringList m_filterTerms;
    int m_matchCount = 0;
};

QString foldForSearch(const QString &text);

} // namespace Passdesk
