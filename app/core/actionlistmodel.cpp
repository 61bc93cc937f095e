#include "actionlistmodel.h"

#include "safetext.h"
#include "supportmatrix.h"

#include <QLocale>

namespace Passdesk {

ActionListModel::ActionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActionListModel::upsert(const ActionRecord &record)
{
    for (int row = 0; row < int(m_records.size()); ++row) {
        ActionRecord &r = m_records[size_t(row)];
        if (r.deviceId == record.deviceId && r.kind == record.kind && r.requested == record.requested) {
            r = record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.push_back(record);
    endInsertRows();
}

void ActionListModel::mergeServerResult(
    const QString &deviceId, const QString &deviceName, const QString &label, bool removes, const ActionResult &result)
{
    ActionKind kind;
    if (!actionKindFromName(result.actionName, &kind) || !result.startDateTime.isValid())
        return;
    // Our own record was stamped when we sent it, a little before the backend's start.
    constexpr qint64 kSameActionSecs = 120;
    for (const ActionRecord &r : m_records) {
        if (r.deviceId == deviceId && r.kind == kind
            && qAbs(r.requested.secsTo(result.startDateTime)) <= kSameActionSecs) {
            if (isTerminal(r.state) || r.state == result.state)
                return;
            ActionRecord updated = r;
            updated.state = result.state;
            updated.rawState = result.rawState;
            updated.lastUpdated = result.lastUpdatedDateTime;
            upsert(updated);
            return;
        }
    }
    ActionRecord record;
    record.deviceId = deviceId;
    record.deviceName = deviceName;
    record.kind = kind;
    record.label = label;
    record.removes = removes;
    record.state = result.state;
    record.rawState = result.rawState;
    record.requested = result.startDateTime;
    record.lastUpdated = result.lastUpdatedDateTime;
    upsert(record);
}

const ActionRecord *ActionListModel::latest(const QString &deviceId, ActionKind kind) const
{
    const ActionRecord *found = nullptr;
    for (const ActionRecord &r : m_records) {
        if (r.deviceId == deviceId && r.kind == kind && (!found || r.requested >= found->requested))
            found = &r;
    }
    return found;
}

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const ActionRecord &r = m_records[size_t(index.row())];
    const QLocale locale;
    const auto when = [&](const QDateTime &dt) {
        return dt.isValid() ? locale.toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ActionColumn:
            return SupportMatrix::actionLabel(r.kind, r.removes);
        case DeviceColumn:
            return safeText(r.deviceName);
        case StateColumn:
            return safeText(actionStateDisplayName(r.state, r.rawState));
        case RequestedColumn:
            return when(r.requested);
        case UpdatedColumn:
            return when(r.lastUpdated);
        case DetailColumn:
            return safeText(r.describe ? r.describe() : r.detail);
        }
        break;
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
    case SortRole:
        if (index.column() == RequestedColumn)
            return r.requested;
        if (index.column() == UpdatedColumn)
            return r.lastUpdated;
        return data(index, Qt::DisplayRole);
    case DeviceIdRole:
        return r.deviceId;
    case StateRole:
        return int(r.state);
    case KindRole:
        return int(r.kind);
    }
    return {};
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case DeviceColumn:
        return tr("Device");
    case StateColumn:
        return tr("Status");
    case RequestedColumn:
        return tr("Requested");
    case UpdatedColumn:
        return tr("Last update");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

void ActionListModel::retranslate()
{
    if (!m_records.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Passdesk
