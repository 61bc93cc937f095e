#include "actionsview.h"

#include "actionlistmodel.h"
#include "supportmatrix.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Passdesk {

ActionsView::ActionsView(ActionListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_syncButton(new QPushButton(this))
    , m_syncAction(new QAction(this))
{
    setObjectName(QStringLiteral("actionsView"));
    m_scope->setObjectName(QStringLiteral("actionsScopeCombo"));
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_syncButton->setObjectName(QStringLiteral("actionsSyncButton"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(ActionListModel::DeviceIdRole);
    m_proxy->setSortRole(ActionListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionListModel::RequestedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c = ActionListModel::ActionColumn; c < ActionListModel::DetailColumn; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // Tab leaves the table (the arrows move inside it): no focus trap.
    m_table->setTabKeyNavigation(false);
    // Double-click or Enter on a row opens its device.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ActionListModel::DeviceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT deviceActivated(id);
    });
    m_scope->addItems({QString(), QString()});
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A pending action can be hurried from its row: button, or the row's context menu.
    const auto sync = [this] {
        const QString id = waitingDevice();
        if (!id.isEmpty())
            Q_EMIT syncRequested(id);
    };
    connect(m_syncButton, &QPushButton::clicked, this, sync);
    connect(m_syncAction, &QAction::triggered, this, sync);
    m_table->addAction(m_syncAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActionsView::updateSync);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ActionsView::updateSync);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActionsView::updateSync);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActionsView::updateSync);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addStretch();
    bar->addWidget(m_syncButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActionsView::applyScope);
    retranslate();
    applyScope();
    updateSync();
}

void ActionsView::setCurrentDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    applyScope();
}

void ActionsView::applyScope()
{
    const bool thisDevice = m_scope->currentIndex() == 0 && !m_deviceId.isEmpty();
    m_proxy->setFilterFixedString(thisDevice ? m_deviceId : QString());
}

QString ActionsView::waitingDevice() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const auto state = ActionState(current.data(ActionListModel::StateRole).toInt());
    const auto kind = ActionKind(current.data(ActionListModel::KindRole).toInt());
    if (kind == ActionKind::SyncDevice || (state != ActionState::Pending && state != ActionState::Active))
        return {};
    return current.data(ActionListModel::DeviceIdRole).toString();
}

void ActionsView::updateSync()
{
    const bool waiting = !waitingDevice().isEmpty();
    m_syncButton->setEnabled(waiting);
    m_syncAction->setEnabled(waiting);
}

void ActionsView::retranslate()
{
    const QString sync = SupportMatrix::actionLabel(ActionKind::SyncDevice, false);
    m_syncButton->setText(sync);
    m_syncAction->setText(sync);
    m_syncButton->setToolTip(tr("Ask the device of the selected action to check in now, so that it picks up the "
                                "action sooner."));
    m_scope->setItemText(0, tr("This device"));
    m_scope->setItemText(1, tr("All devices"));
    m_scope->setAccessibleName(tr("Show actions of"));
    m_table->setAccessibleName(tr("Device actions"));
    m_model->retranslate();
}

void ActionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Passdesk
