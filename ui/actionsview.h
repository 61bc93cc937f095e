#pragma once

#include <QWidget>

class QComboBox;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyScope();

    ActionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QTableView *m_table;
    QString m_deviceId;
};

} // namespace Passdesk
