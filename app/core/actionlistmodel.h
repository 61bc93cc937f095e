#pragma once

#include <QMetaType>

#include "remoteaction.h"

#include <QAbstractTableModel>

#include <functional>

#include <vector>

namespace Passdesk {

// One remote action the operator followed, as the "Device actions" list shows it.
struct ActionRecord
{
    QString deviceId;
    QString deviceName;
    ActionKind kind = ActionKind::ResetPasscode;
    QString label; // "Reset passcode", "Remove passcode", "Remote lock" (translated when recorded)
    bool removes = false; // "Remove passcode": shown in the language of the moment
    ActionState state = ActionState::None;
    QString rawState; // as the server sent it
    QDateTime requested;
    QDateTime lastUpdated;
    QString detail; // error or explanation, as said when recorded
    bool sentHere = false; // decided in this Passdesk (false: read from the device)
    // The same, said again in the language of the moment (when set).
    std::function<QString()> describe;
};

class ActionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, DeviceColumn, StateColumn, RequestedColumn, UpdatedColumn, DetailColumn, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 1, StateRole, SortRole, KindRole };

    explicit ActionListModel(QObject *parent = nullptr);

    // Adds or updates the record of (deviceId, kind, requested).
    void upsert(const ActionRecord &record);
    // An entry of the device's deviceActionResults: updates the record this
    // session made for it, or adds one (sent earlier, or by a colleague).
    void mergeServerResult(const QString &deviceId, const QString &deviceName, const QString &label, bool removes,
        const ActionResult &result);
    const ActionRecord *latest(const QString &deviceId, ActionKind kind) const;
    const std::vector<ActionRecord> &records() const { return m_records; }
    // After a language switch: the action names and states are said again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ActionRecord> m_records;
};

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::ActionRecord)
