#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Passdesk {

class ActionListModel;

// "Device actions": the actions of this session, for the selected device or all.
class ActionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsView(ActionListModel *model, QWidget *parent = nullptr);
    void setCurrentDevice(const QString &deviceId);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // The operator opened a row (double-click or Enter): show its device.
    void deviceActivated(const QString &deviceId);
    // "Sync now" on a row whose action waits for its device.
    void syncRequested(const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyScope();
    void updateSync();
    QString waitingDevice() const; // the current row's device, when its action waits for it

    ActionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QTableView *m_table;
    QPushButton *m_syncButton;
    QAction *m_syncAction;
    QString m_deviceId;
};

} // namespace Passdesk
