#include "devicebrowser.h"

#include "devicetreemodel.h"
#include "matchhighlightdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Passdesk {

DeviceBrowser::DeviceBrowser(DeviceTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_groupBy(new QComboBox(this))
    , m_groupByLabel(new QLabel(this))
    , m_matchesLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("deviceBrowser"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_tree->setObjectName(QStringLiteral("deviceTreeView"));
    m_matchesLabel->setObjectName(QStringLiteral("matchesLabel"));
    m_search->setClearButtonEnabled(true);
    m_groupByLabel->setBuddy(m_groupBy);
    m_groupBy->addItems({QString(), QString(), QString()});

    m_tree->setModel(m_model);
    m_highlight = new MatchHighlightDelegate(m_tree);
    m_tree->setItemDelegate(m_highlight);
    m_tree->setUniformRowHeights(true); // keeps 100,000 rows cheap to lay out
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    // Long Android Enterprise names keep both ends ("valentina.greco_…_9/14/2024"); the full
    // name is in the tooltip. The name takes what the window gives; the rest fit their text
    // (measured on the font, not on 100,000 rows).
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(DeviceTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column = DeviceTreeModel::UserColumn; column < DeviceTreeModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);

    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupByLabel);
    groupRow->addWidget(m_groupBy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(groupRow);
    layout->addWidget(m_matchesLabel);
    layout->addWidget(m_tree, 1);

    // Filter as you type, without refiltering a large tenant on every key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &DeviceBrowser::applyFilter);
    // Enter (or Down) goes from the search to the results: a single match is
    // selected; with several, the first is, and the arrows move on from there.
    connect(m_search, &QLineEdit::returnPressed, this, &DeviceBrowser::enterResults);
    m_search->installEventFilter(this);
    m_tree->installEventFilter(this);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QStringList selected = selectedDeviceIds();
        m_model->setGrouping(DeviceTreeModel::Grouping(index));
        m_tree->expandAll();
        if (selected.size() == 1)
            selectDevice(selected.first());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Expanding is cheap for a few groups; large groups stay as the user left them.
        if (m_model->rowCount() <= 8 && m_model->matchCount() <= 5000)
            m_tree->expandAll();
        updateMatches();
    });
    // The search and new pages keep the rows the operator has open and selected.
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        m_groupsBefore.clear();
        for (int g = 0; g < m_model->rowCount(); ++g)
            m_groupsBefore.append(QPersistentModelIndex(m_model->index(g, 0)));
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        // A group that appears while few devices show opens, as at a reset;
        // the others stay open or closed as the operator left them.
        if (m_model->rowCount() <= 8 && m_model->matchCount() <= 5000) {
            for (int g = 0; g < m_model->rowCount(); ++g) {
                const QModelIndex group = m_model->index(g, 0);
                if (!m_groupsBefore.contains(group))
                    m_tree->expand(group);
            }
        }
        m_groupsBefore.clear();
        updateMatches();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeviceBrowser::selectionChanged);
    m_matchesLabel->hide();
    retranslate();
}

void DeviceBrowser::updateMatches()
{
    m_matchesLabel->setVisible(!m_model->filterText().isEmpty());
    m_matchesLabel->setText(tr("%n match(es)", nullptr, m_model->matchCount()));
}

void DeviceBrowser::enterResults()
{
    applyFilter();
    const QModelIndex first = m_model->firstDeviceIndex();
    if (!first.isValid())
        return;
    m_tree->scrollTo(first);
    m_tree->setCurrentIndex(first);
    m_tree->setFocus(Qt::TabFocusReason);
}

bool DeviceBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_search && key == Qt::Key_Down) {
            enterResults();
            return true;
        }
        if (watched == m_tree && key == Qt::Key_Escape) {
            // Back to the search, ready to type another name.
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeviceBrowser::applyFilter()
{
    m_filterDelay->stop();
    // The model keeps the selection where it still shows (and drops it where it does not).
    m_model->setFilterText(m_search->text());
    m_highlight->setSearchText(m_search->text());
    Q_EMIT selectionChanged();
}

QStringList DeviceBrowser::selectedDeviceIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(DeviceTreeModel::NameColumn);
    for (const QModelIndex &index : rows) {
        const QString id = index.data(DeviceTreeModel::DeviceIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

bool DeviceBrowser::selectDevice(const QString &deviceId, bool addToSelection)
{
    const QModelIndex index = m_model->indexOfDevice(deviceId);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    const QItemSelectionModel::SelectionFlags how
        = (addToSelection ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
        | QItemSelectionModel::Rows;
    m_tree->selectionModel()->setCurrentIndex(index, how);
    m_tree->scrollTo(index);
    return true;
}

bool DeviceBrowser::revealDevice(const QString &deviceId)
{
    if (selectDevice(deviceId))
        return true;
    // Hidden by the search: show everything, then the device.
    m_search->clear();
    applyFilter();
    return selectDevice(deviceId);
}

void DeviceBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int DeviceBrowser::grouping() const
{
    return m_groupBy->currentIndex();
}

void DeviceBrowser::setGrouping(int grouping)
{
    m_groupBy->setCurrentIndex(qBound(0, grouping, m_groupBy->count() - 1));
}

void DeviceBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, user, serial number, IMEI (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search devices"));
    m_groupByLabel->setText(tr("&Group by:"));
    m_groupBy->setItemText(0, tr("Platform"));
    m_groupBy->setItemText(1, tr("User"));
    m_groupBy->setItemText(2, tr("Management channel"));
    m_groupBy->setAccessibleName(tr("Group by"));
    m_tree->setAccessibleName(tr("Devices"));
    m_matchesLabel->setText(tr("%n match(es)", nullptr, m_model->matchCount()));
    m_model->retranslate();
    sizeColumns();
}

void DeviceBrowser::sizeColumns()
{
    // Wide enough for a typical value and for the header in this language (measured
    // on the font, not on 100,000 rows); the name takes the rest, elided in the middle.
    const QFontMetrics metrics(m_tree->font());
    const QFontMetrics headerMetrics(m_tree->header()->font());
    const struct
    {
        int column;
        const char *sample;
    } widths[] = {{DeviceTreeModel::UserColumn, "Valentina Greco"}, {DeviceTreeModel::OsColumn, "Android 14"},
        {DeviceTreeModel::SerialColumn, "TX1473728QJXLW"}, {DeviceTreeModel::LastSyncColumn, "29/11/2026 23:09"}};
    for (const auto &w : widths) {
        const QString title = m_model->headerData(w.column, Qt::Horizontal).toString();
        m_tree->header()->resizeSection(w.column,
            qMax(metrics.horizontalAdvance(QLatin1String(w.sample)), headerMetrics.horizontalAdvance(title)) + 16);
    }
}

void DeviceBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Passdesk
