#pragma once

#include "actionjob.h"
#include "actionpolicy.h"
#include "history.h"
#include "remoteaction.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QAction;
class QShortcut;
class QComboBox;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QToolBar;

namespace Passdesk {

class ActionsView;
class SignInDialog;
class DeviceBrowser;
class DeviceTreeModel;
class DevicePanel;
class DirectoryLoadJob;
class HistoryJob;
class ReadinessJob;
class Session;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void loadDirectory();
    // The embedded demo tenant's address, for the demo profile.
    void setDemoHost(const QUrl &host) { m_demoHost = host; }
    // Switches to a tenant profile and signs in (silently when it can).
    void activateProfile(const QString &profileId);
    void openSignInDialog();
    DeviceBrowser *browser() const { return m_browser; }
    DeviceTreeModel *deviceModel() const { return m_deviceModel; }
    DevicePanel *panel() const { return m_panel; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *syncAction() const { return m_syncAction; }
    QAction *refreshAction() const { return m_refreshAction; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void onSelectionChanged();
    void updateActions();
    // Reads the selected device again; operatorAsked also refreshes its properties and says so.
    void refreshSelectedDevice(bool operatorAsked);
    // Reads the shown device's history again (on selection, and after an action).
    void readHistory();
    void openReadiness();
    // Once per sign-in, after the first device list: tells when the tenant is known not ready.
    void checkReadinessQuietly();
    // What the history says is pending of this kind on the device, in words; empty when nothing.
    QString pendingInHistory(const QString &deviceId, ActionKind kind) const;
    void runAction(ActionKind kind);
    QAction *actionFor(ActionKind kind) const;
    // Sync now on one device, from where a pending action is shown.
    void syncDevice(const QString &deviceId);
    void startActionJob(const ActionPlan &plan, bool force);
    void noticeOutcome(const QString &deviceId, const ActionOutcome &outcome);
    void updateUnseen();
    void reshowOutcome();
    void confirmDespitePending(const ActionPlan &plan, const QString &deviceId, const ActionOutcome &outcome);
    void setLanguage(const QString &code);
    void restoreSettings();
    void updateStatus();
    void showLoadProgress(int read);
    void showSavedList();
    static QString shortTime(const QDateTime &when);
    void updateAccount();
    void reloadProfiles();
    void showKeychainProblem(const QString &message);
    SignInDialog *showSignInDialog();

    Session *m_session;
    DeviceTreeModel *m_deviceModel;
    DeviceBrowser *m_browser;
    DevicePanel *m_panel;
    ActionsView *m_actionsView;
    QSplitter *m_splitter;
    QDockWidget *m_actionsDock;
    QToolBar *m_toolBar;
    QComboBox *m_profileCombo;
    QLabel *m_userLabel;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoadButton;
    QProgressBar *m_bulkProgress = nullptr;
    QPushButton *m_bulkCancelButton = nullptr;
    QPointer<ActionJob> m_bulkJob;
    struct Waiting
    {
        QString label;
        QDateTime since; // when the backend accepted it
        ActionKind kind = ActionKind::ResetPasscode;
    };
    QHash<QString, Waiting> m_waiting; // device -> the action it is waiting for
    void showWaiting(const QString &deviceId);
    QSet<QString> m_unseen; // devices with an outcome the operator has not looked at
    QAction *m_resetAction;
    QAction *m_lockAction;
    QAction *m_syncAction;
    QAction *m_refreshAction;
    QAction *m_refreshDeviceAction;
    QHash<QAction *, QShortcut *> m_whyShortcuts;
    QAction *m_findAction;
    QAction *m_quitAction;
    QAction *m_showActionsAction;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    QAction *m_profilesAction;
    QAction *m_readinessAction;
    QPointer<ReadinessJob> m_readinessJob; // the silent check after the first load
    bool m_readinessChecked = false;
    QMenu *m_fileMenu;
    QMenu *m_deviceMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QActionGroup *m_languageGroup;
    QMenu *m_appearanceMenu = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QTimer *m_fetchDelay;
    QPointer<DirectoryLoadJob> m_loadJob;
    QPointer<HistoryJob> m_historyJob;
    QHash<QString, std::vector<HistoryEntry>> m_histories; // last history read, per device
    // When the list shown was read from Intune (local time): a complete load, or the
    // copy saved on this computer at the last one; m_refreshed once read in this session.
    QDateTime m_listAsOf;
    bool m_refreshed = false;
    QUrl m_demoHost;
    QPointer<SignInDialog> m_signInDialog;
    bool m_keychainWarned = false;
};

} // namespace Passdesk
