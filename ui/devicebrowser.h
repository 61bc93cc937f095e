#pragma once

#include <QPersistentModelIndex>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Passdesk {

class DeviceTreeModel;
class MatchHighlightDelegate;

// Search field, group-by choice and the device tree.
class DeviceBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceBrowser(DeviceTreeModel *model, QWidget *parent = nullptr);

    QStringList selectedDeviceIds() const;
    // addToSelection keeps the devices already selected (several at once).
    bool selectDevice(const QString &deviceId, bool addToSelection = false);
    // Selects the device, clearing the search if it hides it.
    bool revealDevice(const QString &deviceId);
    void focusSearch();
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    int grouping() const;
    void setGrouping(int grouping);

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void enterResults();
    void updateMatches();
    void sizeColumns();

    DeviceTreeModel *m_model;
    QList<QPersistentModelIndex> m_groupsBefore; // during a layout change
    QLineEdit *m_search;
    QComboBox *m_groupBy;
    QLabel *m_groupByLabel;
    QLabel *m_matchesLabel;
    QTreeView *m_tree;
    QTimer *m_filterDelay;
    MatchHighlightDelegate *m_highlight = nullptr;
};

} // namespace Passdesk
