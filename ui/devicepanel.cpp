#include "devicepanel.h"

#include "appearance.h"
#include "safetext.h"

#include "devicestore.h"
#include "graphwords.h"
#include "passcodecard.h"
#include "secretsbox.h"
#include "session.h"
#include "supportmatrix.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Passdesk {

namespace {
QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}
} // namespace

DevicePanel::DevicePanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_syncButton(new QPushButton(this))
    , m_unavailableLabel(new QLabel(this))
    , m_card(new PasscodeCard(session->secrets(), this))
    , m_secrets(new SecretsBox(session, this))
    , m_properties(new QWidget(this))
    , m_historyBox(new QGroupBox(this))
    , m_historyTable(new QTableWidget(0, 4, m_historyBox))
    , m_historyNote(new QLabel(m_historyBox))
{
    setObjectName(QStringLiteral("devicePanel"));
    m_titleLabel->setObjectName(QStringLiteral("deviceTitleLabel"));
    m_subtitleLabel->setObjectName(QStringLiteral("deviceSubtitleLabel"));
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_unavailableLabel->setObjectName(QStringLiteral("unavailableLabel"));
    m_unavailableLabel->setTextFormat(Qt::PlainText);
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->hide();
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Server text: never read as rich text.
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_outcomeLabel->setWordWrap(true);
    m_subtitleLabel->setWordWrap(true);
    m_titleLabel->setWordWrap(true);
    m_outcomeLabel->setOpenExternalLinks(true);
    m_outcomeLabel->setTextFormat(Qt::RichText);
    m_outcomeLabel->setFrameShape(QFrame::StyledPanel);
    m_outcomeLabel->setMargin(8);
    m_outcomeLabel->hide();
    m_syncButton->setObjectName(QStringLiteral("panelSyncButton"));
    m_syncButton->hide();
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (!m_deviceId.isEmpty())
            Q_EMIT syncRequested(m_deviceId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addWidget(m_unavailableLabel);
    layout->addWidget(m_card);
    layout->addWidget(m_secrets);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_syncButton, 0, Qt::AlignLeft);
    layout->addWidget(m_historyBox);
    layout->addWidget(m_properties);
    layout->addStretch();
    // Who did what to this device, newest first: the operator's first question.
    m_historyBox->setObjectName(QStringLiteral("historyBox"));
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_historyNote->setTextFormat(Qt::PlainText);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setTabKeyNavigation(false);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->setWordWrap(false);
    m_historyTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // who: as wide as it can
    m_historyTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_historyTable);
    historyLayout->addWidget(m_historyNote);
    m_historyBox->hide();
    new QVBoxLayout(m_properties);
    m_properties->layout()->setContentsMargins(0, 0, 0, 0);
    rebuild();
}

void DevicePanel::showDevice(const std::optional<Device> &device)
{
    const QString id = device ? device->id : QString();
    if (id != m_deviceId) {
        m_outcomeLabel->hide();
        m_syncButton->hide();
        m_historyValid = false;
        m_historyLoading = false;
        m_history = {};
        if (m_waitingTick)
            m_waitingTick->stop();
    }
    m_deviceId = id;
    m_selectionCount = device ? 1 : 0;
    rebuild();
}

void DevicePanel::showHistoryLoading(const QString &deviceId)
{
    if (deviceId != m_deviceId)
        return;
    m_historyLoading = true;
    renderHistory();
}

void DevicePanel::showHistory(const QString &deviceId, const HistoryJob::Result &result, const QString &operatorUpn)
{
    if (deviceId != m_deviceId)
        return;
    m_historyLoading = false;
    m_historyValid = true;
    m_history = result;
    m_operatorUpn = operatorUpn;
    renderHistory();
}

void DevicePanel::renderHistory()
{
    m_historyBox->setTitle(tr("History"));
    m_historyTable->setHorizontalHeaderLabels({tr("When"), tr("Action"), tr("By"), tr("Outcome")});
    m_historyTable->setAccessibleName(tr("History"));
    if (m_deviceId.isEmpty()) {
        m_historyBox->hide();
        return;
    }
    m_historyBox->show();
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<HistoryEntry> &entries = m_historyValid ? m_history.entries : std::vector<HistoryEntry>();
    m_historyTable->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const HistoryEntry &e = entries[size_t(row)];
        QString who = safeText(e.who);
        if (who.isEmpty())
            who = tr("unknown");
        else if (!m_operatorUpn.isEmpty() && e.who.compare(m_operatorUpn, Qt::CaseInsensitive) == 0)
            who = tr("%1 (you)").arg(who);
        QString what = safeText(historyActionText(e));
        if (e.bulk)
            what = tr("%1 (bulk)").arg(what);
        const QStringList cells{
            tr("%1 (%2 ago)")
                .arg(locale.toString(e.when.toLocalTime(), QLocale::ShortFormat), historyAgo(e.when.secsTo(now))),
            what, who, historyOutcomeText(e)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column) + QLatin1Char('\n') + tr("From: %1").arg(historySourcesText(e.sources)));
            m_historyTable->setItem(row, column, item);
        }
    }
    // Up to six rows in view; the table scrolls for the rest.
    const int rows = qMin(6, int(entries.size()));
    m_historyTable->resizeRowsToContents();
    int height = m_historyTable->horizontalHeader()->sizeHint().height() + 2 * m_historyTable->frameWidth() + 2;
    for (int row = 0; row < rows; ++row)
        height += m_historyTable->rowHeight(row);
    m_historyTable->setFixedHeight(height);
    m_historyTable->setVisible(!entries.empty());

    QStringList notes;
    if (m_historyLoading)
        notes << tr("Reading the history from Intune…");
    else if (m_historyValid && entries.empty())
        notes << tr("No remote action on this device in Intune's records.");
    if (m_historyValid) {
        for (const HistoryJob::Missing &m : m_history.missing)
            notes << m.reason();
    }
    m_historyNote->setText(notes.join(QLatin1Char('\n')));
    m_historyNote->setVisible(!notes.isEmpty());
}

void DevicePanel::showSelectionCount(int count)
{
    m_deviceId.clear();
    m_selectionCount = count;
    m_outcomeLabel->hide();
    m_syncButton->hide();
    rebuild();
}

void DevicePanel::showWaiting(const QString &deviceId, const QString &label, const QDateTime &sentAt, bool offerSync)
{
    if (deviceId != m_deviceId)
        return;
    m_syncButton->setVisible(offerSync);
    m_waitingLabel = label;
    m_waitingSince = sentAt;
    if (!m_waitingTick) {
        m_waitingTick = new QTimer(this);
        m_waitingTick->setInterval(1000);
        connect(m_waitingTick, &QTimer::timeout, this, &DevicePanel::tickWaiting);
    }
    m_waitingTick->start();
    tickWaiting();
}

void DevicePanel::tickWaiting()
{
    const qint64 secs = qMax<qint64>(0, m_waitingSince.secsTo(QDateTime::currentDateTimeUtc()));
    const QString elapsed
        = secs < 60 ? tr("%n second(s)", nullptr, int(secs)) : tr("%n minute(s)", nullptr, int(secs / 60));
    m_outcomeLabel->setText(tr("%1: sent %2 ago, waiting for the device to check in. It acts on it then.")
                                .arg(safeText(m_waitingLabel), elapsed)
                                .toHtmlEscaped());
    m_outcomeLabel->setProperty("state", int(ActionState::Pending));
    m_outcomeLabel->setStyleSheet(QString());
    m_outcomeLabel->setVisible(true);
}

void DevicePanel::showOutcome(
    const QString &deviceId, ActionState state, const QString &text, const QUrl &moreInfo, bool offerSync)
{
    if (deviceId != m_deviceId)
        return;
    if (m_waitingTick)
        m_waitingTick->stop();
    m_syncButton->setVisible(offerSync && (state == ActionState::Pending || state == ActionState::Active));
    QString html = safeText(text).toHtmlEscaped();
    if (state == ActionState::Failed || state == ActionState::NotSupported) {
        if (moreInfo.isValid())
            html += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(moreInfo.toString(QUrl::FullyEncoded), tr("More information"));
        m_outcomeLabel->setStyleSheet(
            QStringLiteral("QLabel{border:1px solid %1;}").arg(Appearance::warningColor(palette()).name()));
    } else {
        m_outcomeLabel->setStyleSheet(QString());
    }
    m_outcomeLabel->setProperty("state", int(state));
    m_outcomeLabel->setText(html);
    m_outcomeLabel->setVisible(!text.isEmpty());
}

QLabel *DevicePanel::addRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *field = new QLabel(orDash(safeText(value)));
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    field->setAccessibleName(label);
    form->addRow(label, field);
    return field;
}

void DevicePanel::rebuild()
{
    // Rebuilt on selection and language change; a handful of labels, cheap.
    renderHistory();
    m_syncButton->setText(SupportMatrix::actionLabel(ActionKind::SyncDevice, false));
    m_syncButton->setToolTip(tr("Ask the device to check in now, so that it picks up the waiting action sooner."));
    QLayout *outer = m_properties->layout();
    while (QLayoutItem *item = outer->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::optional<Device> d = m_deviceId.isEmpty() ? std::nullopt : m_session->devices()->deviceById(m_deviceId);
    if (!d) {
        m_titleLabel->setText(
            m_selectionCount > 1 ? tr("%n devices selected", nullptr, m_selectionCount) : tr("No device selected"));
        m_subtitleLabel->setText(m_selectionCount > 1
                ? tr("Actions from the toolbar apply to every selected device that supports them.")
                : tr("Find the device in the list: search by name, user, serial number or IMEI."));
        m_card->setDevice(QString(), QString());
        m_secrets->setDevice(nullptr);
        m_unavailableLabel->hide();
        return;
    }
    m_titleLabel->setText(
        safeText(d->userDisplayName.isEmpty() ? d->deviceName : tr("%1 — %2").arg(d->deviceName, d->userDisplayName)));
    m_subtitleLabel->setText(
        safeText(tr("%1 %2 · %3").arg(d->operatingSystem, d->osVersion, kindDisplayName(d->kind))));
    const SupportMatrix &matrix = m_session->matrix();
    const Support reset = matrix.evaluate(*d, ActionKind::ResetPasscode);
    const Support lock = matrix.evaluate(*d, ActionKind::RemoteLock);
    const Support sync = matrix.evaluate(*d, ActionKind::SyncDevice);
    m_card->setDevice(d->id, d->kind == DeviceKind::MacOS ? lock.tellUser : reset.tellUser);
    m_secrets->setDevice(&*d);
    // Where the operator looks first: what cannot be done on this device, and why.
    QStringList unavailable;
    for (const Support &s : {reset, lock, sync}) {
        if (!s.supported)
            unavailable << tr("%1 is not available: %2").arg(s.label, s.reason);
    }
    m_unavailableLabel->setText(unavailable.join(QLatin1Char('\n')));
    m_unavailableLabel->setVisible(!unavailable.isEmpty());

    const QLocale locale;
    const auto when = [&](const QDateTime &dt) {
        return dt.isValid() ? locale.toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const auto section = [&](const QString &title) {
        auto *box = new QGroupBox(title);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        outer->addWidget(box);
        return form;
    };
    QFormLayout *identity = section(tr("Identity"));
    addRow(identity, tr("Device name"), d->deviceName);
    addRow(identity, tr("User"), d->userDisplayName);
    addRow(identity, tr("User principal name"), d->userPrincipalName);
    addRow(identity, tr("Serial number"), d->serialNumber);
    addRow(identity, tr("IMEI"), d->imei);
    addRow(identity, tr("Phone number"), d->phoneNumber);
    QFormLayout *platform = section(tr("Platform"));
    addRow(platform, tr("Operating system"), d->operatingSystem);
    addRow(platform, tr("OS version"), d->osVersion);
    addRow(platform, tr("Model"), d->model);
    addRow(platform, tr("Manufacturer"), d->manufacturer);
    QFormLayout *management = section(tr("Management"));
    addRow(management, tr("Recognized as"), kindDisplayName(d->kind));
    // Graph's values in words, the value itself on hover.
    const auto word = [&](QFormLayout *form, const QString &label, GraphField field, const QString &value) {
        addRow(form, label, graphWord(field, value))->setToolTip(Qt::convertFromPlainText(safeText(value)));
    };
    word(management, tr("Management agent"), GraphField::ManagementAgent, d->managementAgent);
    word(management, tr("Enrollment type"), GraphField::EnrollmentType, d->deviceEnrollmentType);
    word(management, tr("Ownership"), GraphField::OwnerType, d->ownerType);
    word(management, tr("Azure AD join"), GraphField::JoinType, d->joinType);
    QFormLayout *status = section(tr("Status"));
    word(status, tr("Compliance"), GraphField::ComplianceState, d->complianceState);
    addRow(status, tr("Last check-in"), when(d->lastSyncDateTime));
    addRow(status, tr("Enrolled"), when(d->enrolledDateTime));
    addRow(status, tr("Encrypted"), d->isEncrypted ? tr("Yes") : tr("No"));
    QFormLayout *actions = section(tr("Remote actions"));
    for (const Support &s : {reset, lock, sync}) {
        QString text;
        if (s.supported) {
            text = tr("Supported");
        } else {
            text = tr("Not supported: %1").arg(s.reason.toHtmlEscaped());
            if (s.moreInfo.isValid())
                text += QStringLiteral(" <a href=\"%1\">%2</a>")
                            .arg(s.moreInfo.toString(QUrl::FullyEncoded), tr("Why?"));
        }
        QLabel *field = addRow(actions, s.label, QString());
        field->setObjectName(s.action == ActionKind::ResetPasscode ? QStringLiteral("resetSupportLabel")
                : s.action == ActionKind::RemoteLock               ? QStringLiteral("lockSupportLabel")
                                                                   : QStringLiteral("syncSupportLabel"));
        field->setTextFormat(Qt::RichText);
        field->setOpenExternalLinks(true);
        field->setText(text);
    }
}

void DevicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Passdesk
