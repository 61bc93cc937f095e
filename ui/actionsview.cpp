#include "actionsview.h"

#include "actionlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
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
{
    setObjectName(QStringLiteral("actionsView"));
    m_scope->setObjectName(QStringLiteral("actionsScopeCombo"));
    m_table->setObjectName(QStringLiteral("actionsTable"));
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_scope, 0, Qt::AlignLeft);
    layout->addWidget(m_table);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActionsView::applyScope);
    retranslate();
    applyScope();
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

void ActionsView::retranslate()
{
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
