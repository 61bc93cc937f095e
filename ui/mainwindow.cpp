#include "mainwindow.h"

#include "historyjob.h"
#include "readinessdialog.h"
#include "readinessjob.h"
#include "secretsbox.h"

#include "actionjob.h"
#include "actionlistmodel.h"
#include "actionsview.h"
#include "appearance.h"
#include "authsession.h"
#include "devicebrowser.h"
#include "devicefetchjob.h"
#include "deviceindex.h"
#include "devicepanel.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "graphclient.h"
#include "icons.h"
#include "issuedsecret.h"
#include "languages.h"
#include "notifier.h"
#include "profileeditor.h"
#include "prompt.h"
#include "safetext.h"
#include "secretstore.h"
#include "session.h"
#include "signindialog.h"
#include "supportmatrix.h"
#include "tenantprofile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <memory>

namespace Passdesk {

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_deviceModel(new DeviceTreeModel(session->devices(), this))
    , m_browser(new DeviceBrowser(m_deviceModel, this))
    , m_panel(new DevicePanel(session, this))
    , m_actionsView(new ActionsView(session->actions(), this))
    , m_splitter(new QSplitter(this))
    , m_actionsDock(new QDockWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_profileCombo(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoadButton(new QPushButton(this))
    , m_fetchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Both may show text from a server.
    m_userLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_actionsDock->setObjectName(QStringLiteral("actionsDock"));
    m_toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    setWindowIcon(Icons::appIcon());

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("devicePanelScrollArea"));
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 620});
    setCentralWidget(m_splitter);

    m_actionsDock->setWidget(m_actionsView);
    m_actionsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_actionsDock);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    addToolBar(m_toolBar);
    createActions();
    createMenus();

    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelLoadButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoadButton->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoadButton);
    // An action on several devices: "3 of 5" and a way to stop what has not left yet.
    m_bulkProgress = new QProgressBar(this);
    m_bulkProgress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_bulkProgress->setMaximumWidth(220);
    m_bulkProgress->setTextVisible(true);
    m_bulkProgress->hide();
    m_bulkCancelButton = new QPushButton(this);
    m_bulkCancelButton->setObjectName(QStringLiteral("bulkCancelButton"));
    m_bulkCancelButton->hide();
    statusBar()->addPermanentWidget(m_bulkProgress);
    statusBar()->addPermanentWidget(m_bulkCancelButton);
    connect(m_bulkCancelButton, &QPushButton::clicked, this, [this] {
        if (m_bulkJob)
            m_bulkJob->cancel();
    });
    connect(m_cancelLoadButton, &QPushButton::clicked, this, [this] {
        if (m_loadJob)
            m_loadJob->cancel();
    });

    connect(m_browser, &DeviceBrowser::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_actionsView, &ActionsView::deviceActivated, m_browser, &DeviceBrowser::revealDevice);
    connect(m_actionsView, &ActionsView::syncRequested, this, &MainWindow::syncDevice);
    connect(m_panel, &DevicePanel::syncRequested, this, &MainWindow::syncDevice);
    // A secret read shows in the device's history (the reveal log).
    connect(m_panel->secretsBox(), &SecretsBox::revealed, this, [this] {
        m_histories.remove(m_panel->deviceId());
        readHistory();
    });
    connect(m_panel->secretsBox(), &SecretsBox::rotateRequested, this, &MainWindow::runAction);
    connect(m_session, &Session::actionRunningChanged, this, &MainWindow::updateActions);
    connect(m_session, &Session::tenantFactsChanged, this, [this] {
        updateActions();
        m_panel->showDevice(m_session->devices()->deviceById(m_panel->deviceId()));
    });
    m_fetchDelay->setSingleShot(true);
    m_fetchDelay->setInterval(400);
    connect(m_fetchDelay, &QTimer::timeout, this, [this] {
        refreshSelectedDevice(false);
        readHistory();
    });

    retranslate();
    restoreSettings();
    onSelectionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshSelectedDevice(bool operatorAsked)
{
    // Reads the device again with its actions: picks up a passcode issued earlier (by this
    // operator or a colleague) that is still live and, when the operator asked, its properties.
    const QString id = m_panel->deviceId();
    if (id.isEmpty() || !m_session->graph()->hasAccessToken())
        return;
    auto *job = m_session->fetchDevice(id);
    connect(job, &DeviceFetchJob::finished, this, [this, job, operatorAsked] {
        const DeviceFetchJob::Result &result = job->result();
        if (!result.ok) {
            if (operatorAsked)
                statusBar()->showMessage(
                    tr("Could not read the device again: %1").arg(safeText(result.error.userMessage())), 15000);
            return;
        }
        const std::optional<Device> known = m_session->devices()->deviceById(result.device.id);
        if (!known)
            return;
        for (const ActionResult &r : result.actions) {
            ActionKind kind;
            if (!actionKindFromName(r.actionName, &kind))
                continue; // other actions (wipe, sync…) are not this console's
            const Support support = m_session->matrix().evaluate(*known, kind);
            m_session->actions()->mergeServerResult(
                result.device.id, known->deviceName, support.label, support.removes, r);
        }
        if (m_panel->deviceId() == result.device.id)
            reshowOutcome(); // what the device reports now, with Sync now if an action waits
        if (operatorAsked) {
            m_session->devices()->update(result.device);
            if (m_panel->deviceId() == result.device.id)
                m_panel->showDevice(m_session->devices()->deviceById(result.device.id));
            updateActions();
            statusBar()->showMessage(tr("“%1” read again from Intune.").arg(safeText(result.device.deviceName)), 5000);
        }
    });
    job->start();
}

void MainWindow::readHistory()
{
    const QString id = m_panel->deviceId();
    if (m_historyJob) {
        if (m_historyJob->deviceId() == id)
            return; // already on its way
        m_historyJob->cancel();
    }
    if (id.isEmpty() || !m_session->graph()->hasAccessToken())
        return;
    m_panel->showHistoryLoading(id);
    HistoryJob *job = m_session->readHistory(id);
    m_historyJob = job;
    connect(job, &Job::finished, this, [this, job, id] {
        if (!job->result().complete)
            return; // canceled: another device was chosen
        if (m_histories.size() > 200)
            m_histories.clear();
        m_histories.insert(id, job->result().entries);
        m_panel->showHistory(id, job->result(), m_session->operatorUpn());
    });
    job->start();
}

QString MainWindow::pendingInHistory(const QString &deviceId, ActionKind kind) const
{
    const auto it = m_histories.constFind(deviceId);
    if (it == m_histories.cend())
        return {};
    const QString me = m_session->operatorUpn();
    for (const HistoryEntry &e : *it) {
        ActionKind k;
        if (!e.hasKind(&k) || k != kind || (e.state != ActionState::Pending && e.state != ActionState::Active))
            continue;
        const QString ago = historyAgo(e.when.secsTo(QDateTime::currentDateTimeUtc()));
        const QString label = SupportMatrix::actionLabel(kind, false);
        if (e.who.isEmpty())
            return tr("A “%1” was sent %2 ago and is still pending.").arg(label, ago);
        if (!me.isEmpty() && e.who.compare(me, Qt::CaseInsensitive) == 0)
            return tr("You sent a “%1” %2 ago; it is still pending.").arg(label, ago);
        return tr("A “%1” was sent by %2 %3 ago and is still pending.").arg(label, safeText(e.who), ago);
    }
    return {};
}

void MainWindow::openReadiness()
{
    auto *dialog = new ReadinessDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
    dialog->check();
}

void MainWindow::checkReadinessQuietly()
{
    if (m_readinessChecked || m_readinessJob)
        return;
    m_readinessChecked = true;
    m_readinessJob = m_session->checkReadiness();
    connect(m_readinessJob, &Job::finished, this, [this, job = m_readinessJob.data()] {
        if (job->result().complete && job->result().pinResetService() == ReadinessJob::State::NotReady)
            statusBar()->showMessage(tr("This tenant is not onboarded to the Microsoft PIN reset service: Windows PIN "
                                        "reset is off. File > Tenant readiness says how to fix it."));
    });
    m_readinessJob->start();
}

void MainWindow::createActions()
{
    m_resetAction = new QAction(Icons::icon(QStringLiteral("key_reset")), QString(), this);
    m_resetAction->setObjectName(QStringLiteral("resetPasscodeAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_resetAction, &QAction::triggered, this, [this] { runAction(ActionKind::ResetPasscode); });

    m_lockAction = new QAction(Icons::icon(QStringLiteral("lock_closed")), QString(), this);
    m_lockAction->setObjectName(QStringLiteral("remoteLockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, [this] { runAction(ActionKind::RemoteLock); });

    m_syncAction = new QAction(Icons::icon(QStringLiteral("phone_update")), QString(), this);
    m_syncAction->setObjectName(QStringLiteral("syncDeviceAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_syncAction, &QAction::triggered, this, [this] { runAction(ActionKind::SyncDevice); });

    m_refreshAction = new QAction(Icons::icon(QStringLiteral("arrow_sync")), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::loadDirectory);

    // A disabled action's shortcut does nothing by itself: these say why instead.
    for (QAction *action : {m_resetAction, m_lockAction, m_syncAction}) {
        auto *why = new QShortcut(action->shortcut(), this);
        why->setEnabled(false);
        connect(
            why, &QShortcut::activated, this, [this, action] { statusBar()->showMessage(action->statusTip(), 10000); });
        m_whyShortcuts.insert(action, why);
    }

    m_refreshDeviceAction = new QAction(this);
    m_refreshDeviceAction->setObjectName(QStringLiteral("refreshDeviceAction"));
    m_refreshDeviceAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_refreshDeviceAction, &QAction::triggered, this, [this] { refreshSelectedDevice(true); });

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_browser, &DeviceBrowser::focusSearch);
    addAction(m_findAction);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_showActionsAction = m_actionsDock->toggleViewAction();

    m_toolBar->addWidget(m_profileCombo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_resetAction);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_syncAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    // Toolbar buttons are tab stops too, so the whole window works from the keyboard,
    // with a focus frame that shows on every style.
    m_toolBar->setStyleSheet(
        QStringLiteral("QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }"));
    for (QAction *action : {m_resetAction, m_lockAction, m_syncAction, m_refreshAction}) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setFocusPolicy(Qt::TabFocus);
    }
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_userLabel);

    m_signInAction = new QAction(this);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::openSignInDialog);
    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        m_session->auth()->signOut();
        m_session->devices()->clear();
        m_listAsOf = {};
        m_refreshed = false;
        statusBar()->showMessage(tr("Signed out. Passcodes shown in this session were dropped."), 10000);
        updateStatus();
    });
    m_readinessAction = new QAction(Icons::icon(QStringLiteral("shield_task")), QString(), this);
    m_readinessAction->setObjectName(QStringLiteral("readinessAction"));
    connect(m_readinessAction, &QAction::triggered, this, &MainWindow::openReadiness);
    m_profilesAction = new QAction(this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    connect(m_profilesAction, &QAction::triggered, this, [this] {
        ProfileEditor editor(this);
        editor.exec();
        reloadProfiles();
    });
    connect(m_profileCombo, &QComboBox::activated, this,
        [this](int index) { activateProfile(m_profileCombo->itemData(index).toString()); });

    AuthSession *auth = m_session->auth();
    connect(auth, &AuthSession::stateChanged, this, &MainWindow::updateAccount);
    connect(auth, &AuthSession::signedIn, this, [this] {
        updateAccount();
        if (!m_refreshed)
            loadDirectory(); // the saved list, if shown, is read again
    });
    connect(auth, &AuthSession::signInRequired, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            statusBar()->showMessage(reason, 10000);
        openSignInDialog();
    });
    connect(auth, &AuthSession::browserRequested, this, [this](const QUrl &url) {
        // Re-authentication asked by an action: show where it happens.
        if (!m_signInDialog)
            showSignInDialog()->showBrowserUrl(url);
    });
    connect(auth, &AuthSession::keychainProblem, this, &MainWindow::showKeychainProblem);
    connect(m_session->index(), &DeviceIndex::unavailable, this, &MainWindow::showKeychainProblem);
    reloadProfiles();
}

void MainWindow::reloadProfiles()
{
    const QString current = ProfileStore().currentId();
    m_profileCombo->clear();
    for (const TenantProfile &p : ProfileStore().profiles())
        m_profileCombo->addItem(p.displayName, p.id);
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(current)));
}

void MainWindow::activateProfile(const QString &profileId)
{
    m_readinessChecked = false; // another tenant
    ProfileStore store;
    TenantProfile profile = store.profile(profileId);
    if (profile.id.isEmpty())
        profile = ProfileStore::demoProfile();
    QString error;
    if (profile.demo && !m_demoHost.isValid())
        error = tr("The demo tenant is not running.");
    else if (!m_session->useProfile(profile, profile.demo ? m_demoHost : QUrl(), &error))
        error = tr("Cannot use the profile “%1”: %2").arg(profile.displayName, error);
    if (!error.isEmpty()) {
        m_statusLabel->setText(error);
        return;
    }
    store.setCurrentId(profile.id);
    reloadProfiles();
    m_listAsOf = {};
    m_refreshed = false;
    showSavedList();
    m_session->auth()->setFollowsRedirectItself(profile.demo);
    retranslate();
    onSelectionChanged();
    if (profile.demo)
        m_session->auth()->signInWithBrowser();
    else
        m_session->auth()->restore();
}

SignInDialog *MainWindow::showSignInDialog()
{
    m_signInDialog = new SignInDialog(m_session->auth(), this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Modal: nothing else in the window is clicked while the operator signs in.
    m_signInDialog->setWindowModality(Qt::WindowModal);
    m_signInDialog->show();
    return m_signInDialog;
}

void MainWindow::openSignInDialog()
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        return;
    }
    showSignInDialog()->startBrowser();
}

void MainWindow::showKeychainProblem(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (m_keychainWarned)
        return;
    m_keychainWarned = true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keychain"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("keychainWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateAccount()
{
    const AuthSession *auth = m_session->auth();
    const bool signedIn = auth->state() == AuthSession::State::SignedIn;
    m_userLabel->setText(signedIn
            ? tr("Signed in: %1").arg(auth->userName().isEmpty() ? auth->userPrincipalName() : auth->userName())
            : auth->state() == AuthSession::State::SigningIn ? tr("Signing in…")
                                                             : QString());
    m_userLabel->setToolTip(Qt::convertFromPlainText(safeText(auth->userPrincipalName())));
    m_signInAction->setEnabled(m_session->usesSignIn() && !signedIn);
    m_signOutAction->setEnabled(m_session->usesSignIn() && signedIn);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_signInAction);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addAction(m_readinessAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_refreshAction);
    m_fileMenu->addAction(m_refreshDeviceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_deviceMenu = menuBar()->addMenu(QString());
    m_deviceMenu->addAction(m_resetAction);
    m_deviceMenu->addAction(m_lockAction);
    m_deviceMenu->addAction(m_syncAction);
    m_deviceMenu->addSeparator();
    m_deviceMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showActionsAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const QString &code : QStringList{QString()} + Languages::available()) {
        QAction *a = m_languageMenu->addAction(code.isEmpty() ? QString() : Languages::nativeName(code));
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == current);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    m_appearanceGroup = new QActionGroup(this);
    for (const Appearance::Mode mode : {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QAction *a = m_appearanceMenu->addAction(QString());
        a->setObjectName(QStringLiteral("appearance-%1").arg(Appearance::key(mode)));
        a->setCheckable(true);
        a->setChecked(mode == Appearance::current());
        m_appearanceGroup->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            QSettings().setValue(QStringLiteral("appearance"), Appearance::key(mode));
            Appearance::apply(mode);
        });
    }
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    Languages::install(code);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Passdesk — %1").arg(m_session->tenantName()));
    reloadProfiles(); // the demo profile's name is translated
    m_profileCombo->setToolTip(tr("Tenant profile"));
    m_profileCombo->setAccessibleName(tr("Tenant profile"));
    // A tab stop of its own (it scrolls the details with the keyboard): named like one.
    findChild<QScrollArea *>(QStringLiteral("devicePanelScrollArea"))->setAccessibleName(tr("Device details"));
    m_signInAction->setText(tr("&Sign in…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_profilesAction->setText(tr("&Tenant profiles…"));
    m_readinessAction->setText(tr("Tenant &readiness…"));
    updateAccount();
    m_refreshAction->setText(tr("Re&fresh"));
    m_refreshDeviceAction->setText(tr("Refresh this &device"));
    m_refreshAction->setToolTip(
        tr("Reload the device list (%1)").arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Find device"));
    m_quitAction->setText(tr("&Quit"));
    updateUnseen();
    m_fileMenu->setTitle(tr("&File"));
    m_deviceMenu->setTitle(tr("&Device"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageGroup->actions().first()->setText(tr("System language"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    const QList<QAction *> modes = m_appearanceGroup->actions();
    modes.at(0)->setText(tr("Follow the system"));
    modes.at(1)->setText(tr("Light"));
    modes.at(2)->setText(tr("Dark"));
    m_cancelLoadButton->setText(tr("Cancel"));
    m_bulkCancelButton->setText(tr("Stop sending"));
    m_bulkCancelButton->setToolTip(tr("Devices not sent yet stay as they are; those already sent go on."));
    m_toolBar->setWindowTitle(tr("Remote actions"));
    updateActions();
    updateStatus();
    reshowOutcome();
}

void MainWindow::reshowOutcome()
{
    // The outcome above the properties, said again in the language of the moment.
    const QString id = m_panel->deviceId();
    const std::optional<Device> d = m_session->devices()->deviceById(id);
    if (!d || m_waiting.contains(id))
        return; // a wait is said again by its own clock
    const ActionRecord *latest = nullptr;
    for (const ActionKind kind : kToolbarActionKinds) {
        const ActionRecord *r = m_session->actions()->latest(id, kind);
        if (r && (!latest || r->requested > latest->requested))
            latest = r;
    }
    if (!latest)
        return;
    const Support support = m_session->matrix().evaluate(*d, latest->kind);
    QString text = tr("%1: %2").arg(SupportMatrix::actionLabel(latest->kind, latest->removes),
        actionStateDisplayName(latest->state, latest->rawState));
    const QString explanation = support.explainOutcome(latest->state);
    if (!explanation.isEmpty())
        text += QLatin1String(". ") + explanation;
    // A reset or lock still waiting (sent earlier, or by a colleague): Sync can hurry it.
    const bool offerSync = latest->kind != ActionKind::SyncDevice
        && !m_session->planAction({id}, ActionKind::SyncDevice).toSend().isEmpty();
    m_panel->showOutcome(id, latest->state, text, support.moreInfo, offerSync);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const Appearance::Mode appearance = Appearance::fromKey(settings.value(QStringLiteral("appearance")).toString());
    if (appearance != Appearance::current())
        Appearance::apply(appearance);
    for (QAction *a : m_appearanceGroup->actions())
        a->setChecked(a->objectName() == QLatin1String("appearance-") + Appearance::key(appearance));
    // Small enough for a 1024×640 laptop at 100 %, and the first window fits the screen
    // (a 2× display with little room included).
    setMinimumSize(720, 480);
    QSize size(1200, 800);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size.expandedTo(minimumSize()));
    resizeDocks({m_actionsDock}, {170}, Qt::Vertical);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_browser->setGrouping(settings.value(QStringLiteral("window/grouping"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/grouping"), m_browser->grouping());
    event->accept();
}

void MainWindow::loadDirectory()
{
    if (m_loadJob)
        return;
    m_loadJob = m_session->loadDirectory();
    // A refresh of a list shown counts against its size; a first load has nothing to count against.
    const int shown = m_session->devices()->deviceCount();
    m_progress->setRange(0, shown);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoadButton->show();
    m_refreshAction->setEnabled(false);
    showLoadProgress(0);
    const auto done = [this] {
        m_progress->hide();
        m_cancelLoadButton->hide();
        m_refreshAction->setEnabled(true);
    };
    connect(m_loadJob, &DirectoryLoadJob::progress, this, &MainWindow::showLoadProgress);
    DirectoryLoadJob *job = m_loadJob;
    // The device being handled stays selected, and its passcode card with it.
    const QStringList selected = m_browser->selectedDeviceIds();
    connect(m_loadJob, &DirectoryLoadJob::finished, this, [this, done, job, selected] {
        const DirectoryLoadJob::Result &result = job->result();
        m_loadJob = nullptr;
        done();
        switch (result.status) {
        case DirectoryLoadJob::Result::Status::Loaded:
            m_listAsOf = QDateTime::currentDateTime();
            m_refreshed = true;
            m_session->index()->save(m_session->devices()->contents(), m_listAsOf.toUTC());
            checkReadinessQuietly();
            updateStatus();
            for (const QString &id : selected)
                m_browser->selectDevice(id, id != selected.first());
            onSelectionChanged();
            if (result.skipped > 0)
                statusBar()->showMessage(
                    tr("%n device record(s) could not be read and are not listed (%1).", nullptr, result.skipped)
                        .arg(safeText(result.skipReason)));
            break;
        case DirectoryLoadJob::Result::Status::Failed:
            // The pages that came are shown, and said to be only part of the tenant.
            m_statusLabel->setText(m_listAsOf.isValid()
                    ? tr("Could not load the devices: %1 The list shown is from %2, with what came since.")
                          .arg(safeText(result.error.userMessage()), shortTime(m_listAsOf))
                    : tr("Could not load the devices: %1 The list shown is incomplete (%Ln device(s)).", nullptr,
                        result.count)
                          .arg(safeText(result.error.userMessage())));
            break;
        case DirectoryLoadJob::Result::Status::Canceled:
            m_statusLabel->setText(m_listAsOf.isValid()
                    ? tr("Loading canceled: the list shown is from %1, with what came since.")
                          .arg(shortTime(m_listAsOf))
                    : tr("Loading canceled: the list shown is incomplete (%Ln device(s)).", nullptr,
                        m_session->devices()->deviceCount()));
            break;
        }
    });
    m_loadJob->start();
}

void MainWindow::updateStatus()
{
    if (m_loadJob)
        return;
    if (!m_listAsOf.isValid()) {
        m_statusLabel->clear();
        return;
    }
    const int count = m_session->devices()->deviceCount();
    m_statusLabel->setText(m_refreshed
            ? tr("%n device(s) loaded · tenant %1 · last refresh %2", nullptr, count)
                  .arg(m_session->tenantName(), shortTime(m_listAsOf))
            : tr("%n device(s) · tenant %1 · as of %2, saved on this computer", nullptr, count)
                  .arg(m_session->tenantName(), shortTime(m_listAsOf)));
}

QString MainWindow::shortTime(const QDateTime &when)
{
    // Today: the time; an earlier day: the date too.
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

void MainWindow::showLoadProgress(int read)
{
    if (m_progress->maximum() > 0)
        m_progress->setValue(qMin(read, m_progress->maximum()));
    if (m_listAsOf.isValid() && m_progress->maximum() > 0)
        m_statusLabel->setText(tr("Refreshing: %L1 of about %L2 devices read · list as of %3")
                                   .arg(read)
                                   .arg(m_progress->maximum())
                                   .arg(shortTime(m_listAsOf)));
    else
        m_statusLabel->setText(read == 0 ? tr("Loading devices…") : tr("Loading devices… %L1 so far").arg(read));
}

void MainWindow::showSavedList()
{
    // What this computer kept of the tenant shows at once; the load that follows the sign-in replaces it.
    DeviceIndex *index = m_session->index();
    const QString profile = ProfileStore().currentId();
    index->load(this, [this, profile](DeviceIndex::Snapshot saved) {
        DeviceStore *store = m_session->devices();
        if (saved.devices.deviceCount() == 0 || ProfileStore().currentId() != profile || store->deviceCount() > 0
            || m_refreshed)
            return;
        store->adopt(std::move(saved.devices));
        m_listAsOf = saved.savedAt.toLocalTime();
        if (m_loadJob) {
            m_progress->setRange(0, store->deviceCount());
            showLoadProgress(0);
        } else {
            updateStatus();
        }
        onSelectionChanged();
    });
}

void MainWindow::onSelectionChanged()
{
    const QStringList ids = m_browser->selectedDeviceIds();
    if (ids.size() == 1) {
        m_panel->showDevice(m_session->devices()->deviceById(ids.first()));
        showWaiting(ids.first());
        m_unseen.remove(ids.first());
        updateUnseen();
        m_actionsView->setCurrentDevice(ids.first());
        m_fetchDelay->start();
    } else {
        m_panel->showSelectionCount(int(ids.size()));
        m_actionsView->setCurrentDevice(QString());
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const QStringList ids = m_browser->selectedDeviceIds();
    for (const ActionKind kind : kToolbarActionKinds) {
        QAction *action = actionFor(kind);
        const ActionPlan plan = m_session->planAction(ids, kind);
        bool allApple = !ids.isEmpty();
        for (const QString &id : ids) {
            const std::optional<Device> d = m_session->devices()->deviceById(id);
            allApple = allApple && d && familyOf(d->kind) == PlatformFamily::Apple;
        }
        const int sendable = plan.count(ActionPlan::Verdict::Send);
        const QString label = SupportMatrix::actionLabel(kind, allApple);
        action->setText(label);
        action->setEnabled(sendable > 0);
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        QString tip;
        if (ids.isEmpty())
            tip = tr("Select a device first.");
        else if (sendable > 0)
            tip = ids.size() == 1 ? label : tr("%1 on %n device(s)", nullptr, sendable).arg(label);
        else if (plan.count(ActionPlan::Verdict::Running) > 0)
            tip = tr("Already running on the selected device; wait for its result.");
        else
            tip = ids.size() == 1 ? plan.firstReason() : tr("None of the selected devices supports this action.");
        action->setToolTip(tr("%1 (%2)").arg(tip, shortcut));
        action->setStatusTip(tip);
        if (QShortcut *why = m_whyShortcuts.value(action))
            why->setEnabled(!action->isEnabled());
    }
}

void MainWindow::runAction(ActionKind kind)
{
    const ActionPlan plan = m_session->planAction(m_browser->selectedDeviceIds(), kind);
    const QStringList targets = plan.toSend();
    if (targets.isEmpty())
        return;
    const auto first = std::find_if(plan.items.cbegin(), plan.items.cend(),
        [](const ActionPlan::Item &i) { return i.verdict == ActionPlan::Verdict::Send; });
    const int skipped = int(plan.items.size() - targets.size());
    const QString label = plan.label();
    QString question;
    QStringList details;
    const QString who = targets.size() == 1 ? tr("“%1”").arg(safeText(first->deviceName))
                                            : tr("%n devices", nullptr, int(targets.size()));
    if (kind == ActionKind::ResetPasscode) {
        question
            = plan.onlyRemoves() ? tr("Remove the passcode of %1?").arg(who) : tr("Reset the passcode of %1?").arg(who);
        details << tr("Once the passcode is reset, anyone with physical access to the device can reach most of the "
                      "personal and company data on it. Do not go ahead if the device is not in the user's hands.");
        if (plan.anyRemoves())
            details << tr("On iOS and iPadOS the passcode is removed and no temporary passcode is created.");
        if (plan.anyGenerates())
            details << tr("A temporary passcode is generated and shown here for seven days.");
        for (const ActionPlan::Item &item : plan.items) {
            if (item.verdict != ActionPlan::Verdict::Send)
                continue;
            const std::optional<Device> d = m_session->devices()->deviceById(item.deviceId);
            if (d && (d->kind == DeviceKind::AndroidWorkProfile || d->kind == DeviceKind::AndroidCorporateWorkProfile))
                details << tr("On “%1” only the work profile passcode changes; the device's own screen lock stays "
                              "as it is.")
                               .arg(safeText(item.deviceName));
            // A new reset replaces the passcode the user may be about to type.
            if (const IssuedSecret *live = m_session->secrets()->secret(item.deviceId, IssuedSecret::Kind::Passcode))
                details << tr("The temporary passcode issued %1 for “%2” is still valid; a new reset replaces it and "
                              "the user must use the new one.")
                               .arg(QLocale().toString(live->issuedAt().toLocalTime(), QLocale::ShortFormat),
                                   safeText(item.deviceName));
        }
    } else if (kind == ActionKind::SyncDevice) {
        question = tr("Ask %1 to check in with Intune now?").arg(who);
        details << tr("Sync asks the device to check in now instead of at its next scheduled check-in, and to pick up "
                      "what is waiting for it, such as a passcode reset or a lock. It only asks: a device that is "
                      "switched off, asleep or offline checks in when it is back, which may still take a while.");
        for (const ActionPlan::Item &item : plan.items) {
            if (item.verdict != ActionPlan::Verdict::Send)
                continue;
            QStringList waiting;
            for (const ActionKind other : {ActionKind::ResetPasscode, ActionKind::RemoteLock}) {
                const ActionRecord *r = m_session->actions()->latest(item.deviceId, other);
                if (r && (r->state == ActionState::Pending || r->state == ActionState::Active))
                    waiting << r->label;
            }
            if (!waiting.isEmpty())
                details << tr("Waiting on “%1”: %2.")
                               .arg(safeText(item.deviceName), QLocale().createSeparatedList(waiting));
        }
    } else if (kind == ActionKind::RotateLocalAdminPassword) {
        question = tr("Rotate the local administrator password of %1?").arg(who);
        details << tr("The device sets a new password for its local administrator account at its next check-in and "
                      "backs it up to Entra ID. The password read here stops working then: read the new one once "
                      "the rotation is done.");
    } else if (kind == ActionKind::RotateBitLockerKeys) {
        question = tr("Rotate the BitLocker recovery keys of %1?").arg(who);
        details << tr("The device makes new recovery keys for its volumes at its next check-in and backs them up to "
                      "Entra ID. The key read here stops working then.");
    } else if (kind == ActionKind::RotateFileVaultKey) {
        question = tr("Rotate the FileVault recovery key of %1?").arg(who);
        details << tr("The Mac makes a new personal recovery key at its next check-in and Intune escrows it. The "
                      "key read here stops working then.");
    } else {
        question = tr("Lock %1 remotely?").arg(who);
        details << tr("The device locks at once; the user unlocks it with their passcode.");
        if (plan.anyPin())
            details << tr("A Mac locks with a six-digit recovery PIN, shown here once the lock is done.");
        // A Mac refuses a new lock while the PIN of the previous one is unused: said before, not after.
        for (const ActionPlan::Item &item : plan.items) {
            if (item.verdict != ActionPlan::Verdict::Send || item.support.secret != SecretShape::Pin6)
                continue;
            if (const IssuedSecret *pin = m_session->secrets()->secret(item.deviceId, IssuedSecret::Kind::UnlockPin))
                details << tr("“%1” was locked %2 with a recovery PIN that may not have been used yet. A Mac refuses a "
                              "new lock until that PIN has unlocked it: the new lock will probably fail.")
                               .arg(safeText(item.deviceName),
                                   QLocale().toString(pin->issuedAt().toLocalTime(), QLocale::ShortFormat));
        }
    }
    // Someone (a colleague, or this operator earlier) already sent the same action.
    if (kind != ActionKind::SyncDevice) {
        for (const ActionPlan::Item &item : plan.items) {
            if (item.verdict != ActionPlan::Verdict::Send)
                continue;
            const QString pending = pendingInHistory(item.deviceId, kind);
            if (!pending.isEmpty())
                details.prepend(targets.size() == 1 ? pending : tr("“%1”: %2").arg(safeText(item.deviceName), pending));
        }
    }
    // Which devices, in words that tell them apart: name, user, serial number.
    const auto describe = [](const ActionPlan::Item &item) {
        QStringList parts{safeText(item.deviceName)};
        if (!item.userDisplayName.isEmpty())
            parts << safeText(item.userDisplayName);
        if (!item.serialNumber.isEmpty())
            parts << tr("serial number %1").arg(safeText(item.serialNumber));
        return parts.join(QStringLiteral(" · "));
    };
    constexpr int kListed = 15;
    QStringList sending;
    QStringList skipping;
    for (const ActionPlan::Item &item : plan.items) {
        if (item.verdict == ActionPlan::Verdict::Send)
            sending << QStringLiteral("• ") + describe(item);
        else
            skipping << QStringLiteral("• ") + describe(item) + QLatin1String(": ")
                    + (item.verdict == ActionPlan::Verdict::Running ? tr("already running")
                            : item.support.reason.isEmpty()         ? tr("not in the loaded list")
                                                                    : item.support.reason);
    }
    const auto capped = [](QStringList lines) {
        if (lines.size() > kListed) {
            const int more = int(lines.size()) - kListed;
            lines = lines.mid(0, kListed);
            lines << tr("…and %n more", nullptr, more);
        }
        return lines.join(QLatin1Char('\n'));
    };
    details.prepend(targets.size() == 1 ? describe(*first) : capped(sending));
    if (skipped > 0)
        details << tr("%n selected device(s) cannot take this action and will be skipped:", nullptr, skipped)
                + QLatin1Char('\n') + capped(skipping);
    if (!Prompt::confirm(this, label, question, details.join(QLatin1String("\n\n")), label))
        return;
    startActionJob(plan, false);
    if (std::find(std::begin(kRotationActionKinds), std::end(kRotationActionKinds), kind)
        != std::end(kRotationActionKinds))
        m_panel->secretsBox()->hideSecret(); // about to be replaced
}

void MainWindow::showWaiting(const QString &deviceId)
{
    const auto it = m_waiting.constFind(deviceId);
    if (it == m_waiting.cend())
        return;
    // While a reset or lock waits for the device, Sync can hurry it.
    const ActionPlan sync = m_session->planAction({deviceId}, ActionKind::SyncDevice);
    const bool offerSync = it->kind != ActionKind::SyncDevice && !sync.toSend().isEmpty();
    m_panel->showWaiting(deviceId, it->label, it->since, offerSync);
}

QAction *MainWindow::actionFor(ActionKind kind) const
{
    switch (kind) {
    case ActionKind::ResetPasscode:
        return m_resetAction;
    case ActionKind::RemoteLock:
        return m_lockAction;
    case ActionKind::SyncDevice:
        return m_syncAction;
    case ActionKind::RotateLocalAdminPassword:
    case ActionKind::RotateBitLockerKeys:
    case ActionKind::RotateFileVaultKey:
        break; // offered by the recovery secrets card, not the toolbar
    }
    return nullptr;
}

void MainWindow::syncDevice(const QString &deviceId)
{
    // The confirmation names the device: the selection becomes that device first.
    if (m_browser->selectedDeviceIds() != QStringList{deviceId})
        m_browser->revealDevice(deviceId);
    if (m_browser->selectedDeviceIds() != QStringList{deviceId})
        return;
    const ActionPlan plan = m_session->planAction({deviceId}, ActionKind::SyncDevice);
    if (plan.toSend().isEmpty()) {
        statusBar()->showMessage(m_syncAction->statusTip(), 10000);
        return;
    }
    runAction(ActionKind::SyncDevice);
}

void MainWindow::startActionJob(const ActionPlan &plan, bool force)
{
    ActionJob *job = m_session->runAction(plan);
    job->setForce(force);
    connect(job, &ActionJob::deviceUpdated, this, [this](const QString &id, const ActionRecord &record) {
        if (id != m_panel->deviceId())
            return;
        if (m_waiting.contains(id) && !isTerminal(record.state))
            return; // the panel counts the wait
        m_panel->showOutcome(id, record.state,
            tr("%1: %2").arg(record.label, actionStateDisplayName(record.state, record.rawState)), {});
    });
    connect(job, &ActionJob::deviceAccepted, this, [this, job](const QString &id) {
        m_waiting.insert(id, {job->outcome(id).record.label, QDateTime::currentDateTimeUtc(), job->kind()});
        showWaiting(id);
    });
    // Every device of the selection counts, the skipped ones too (they end at once).
    const int total = int(plan.items.size());
    if (plan.toSend().size() > 1) {
        m_bulkJob = job;
        m_bulkProgress->setRange(0, total);
        m_bulkProgress->setValue(0);
        m_bulkProgress->setFormat(tr("%1: %v of %m").arg(plan.label()));
        m_bulkProgress->show();
        m_bulkCancelButton->show();
        auto summary = std::make_shared<QHash<int, int>>();
        connect(job, &ActionJob::deviceFinished, this, [this, job, summary](const QString &, const ActionOutcome &o) {
            if (m_bulkJob == job)
                m_bulkProgress->setValue(m_bulkProgress->value() + 1);
            const bool done = o.kind == ActionOutcome::Kind::Completed && o.record.state == ActionState::Done;
            ++(*summary)[done ? 0 : o.kind == ActionOutcome::Kind::NotSent ? 1 : 2];
        });
        connect(job, &Job::finished, this, [this, job, summary, label = plan.label(), total] {
            if (m_bulkJob == job) {
                m_bulkProgress->hide();
                m_bulkCancelButton->hide();
            }
            // Stays until the next message: the operator may have looked away.
            statusBar()->showMessage(
                tr("%1 on %n device(s): %2 complete, %3 not sent, %4 to check in Device actions.", nullptr, total)
                    .arg(label)
                    .arg(summary->value(0))
                    .arg(summary->value(1))
                    .arg(summary->value(2)));
        });
    }
    connect(job, &ActionJob::deviceFinished, this, [this, plan](const QString &id, const ActionOutcome &outcome) {
        m_waiting.remove(id);
        m_histories.remove(id);
        if (id == m_panel->deviceId())
            QTimer::singleShot(0, this, &MainWindow::readHistory);
        noticeOutcome(id, outcome);
        const ActionRecord &record = outcome.record;
        const QString state = actionStateDisplayName(record.state, record.rawState);
        QString text = tr("%1: %2").arg(record.label, state);
        if (!outcome.explanation.isEmpty())
            text += QLatin1String(". ") + outcome.explanation;
        else if (record.state == ActionState::Done && outcome.support.secret == SecretShape::None) {
            if (!record.detail.isEmpty())
                text += QLatin1String(". ") + record.detail; // otherwise the passcode card says it
        } else if (record.state == ActionState::Done && !m_session->secrets()->secret(id, IssuedSecret::Kind::Passcode)
            && !m_session->secrets()->secret(id, IssuedSecret::Kind::UnlockPin))
            text += QLatin1String(". ")
                + tr("Intune reports it done but returned no temporary passcode; check Device actions.");
        m_panel->showOutcome(id, record.state, text, outcome.support.moreInfo);
        statusBar()->showMessage(tr("%1 on %2: %3").arg(record.label, safeText(record.deviceName), state), 10000);
        if (outcome.kind == ActionOutcome::Kind::AlreadyPending)
            QTimer::singleShot(0, this, [this, plan, id, outcome] { confirmDespitePending(plan, id, outcome); });
    });
    job->start();
    updateActions();
}

void MainWindow::confirmDespitePending(const ActionPlan &plan, const QString &deviceId, const ActionOutcome &outcome)
{
    // A second, explicit decision: the operator is told what is pending and what a second one does.
    ActionPlan again = m_session->planAction({deviceId}, plan.kind);
    if (again.toSend().isEmpty())
        return;
    const QString label = outcome.record.label;
    const QString since = outcome.pending.startDateTime.isValid()
        ? QLocale().toString(outcome.pending.startDateTime.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    const QString question = tr("A previous “%1” sent %2 is still pending on “%3”. Send another one?")
                                 .arg(label, since, safeText(outcome.record.deviceName));
    QString details;
    switch (plan.kind) {
    case ActionKind::ResetPasscode:
        details = tr("The device has not picked up the previous reset yet. A second reset replaces it: any temporary "
                     "passcode of the first one is no longer valid, and the user must use the new one.");
        break;
    case ActionKind::RemoteLock:
        details = tr("The device has not picked up the previous lock yet; it locks when it next checks in. A second "
                     "lock changes nothing for the user.");
        break;
    case ActionKind::SyncDevice:
        details = tr("The device has not answered the previous sync yet. Asking again does not make it answer "
                     "sooner.");
        break;
    case ActionKind::RotateLocalAdminPassword:
    case ActionKind::RotateBitLockerKeys:
    case ActionKind::RotateFileVaultKey:
        details = tr("The device has not picked up the previous rotation yet; it makes its new secret when it next "
                     "checks in. A second request changes nothing for the user.");
        break;
    }
    const QString known = pendingInHistory(deviceId, plan.kind);
    if (!known.isEmpty())
        details = known + QLatin1String("\n\n") + details;
    if (!Prompt::confirm(this, label, question, details, tr("Send another")))
        return;
    startActionJob(again, true);
}

void MainWindow::noticeOutcome(const QString &deviceId, const ActionOutcome &outcome)
{
    // Seen if the operator is looking at this device in this window; otherwise told,
    // and marked until they open the device.
    if (isActiveWindow() && m_panel->deviceId() == deviceId)
        return;
    m_unseen.insert(deviceId);
    updateUnseen();
    const ActionRecord &record = outcome.record;
    Notifier::notify(this, tr("%1 on %2").arg(record.label, safeText(record.deviceName)),
        actionStateDisplayName(record.state, record.rawState));
}

void MainWindow::updateUnseen()
{
    const int n = int(m_unseen.size());
    m_actionsDock->setWindowTitle(n == 0 ? tr("Device actions") : tr("Device actions (%n new outcome(s))", nullptr, n));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // The icons take the text colour of the palette: drawn again on a light or dark one.
        m_resetAction->setIcon(Icons::icon(QStringLiteral("key_reset")));
        m_lockAction->setIcon(Icons::icon(QStringLiteral("lock_closed")));
        m_syncAction->setIcon(Icons::icon(QStringLiteral("phone_update")));
        m_refreshAction->setIcon(Icons::icon(QStringLiteral("arrow_sync")));
    }
    QMainWindow::changeEvent(event);
}

} // namespace Passdesk
