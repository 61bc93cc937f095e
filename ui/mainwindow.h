#pragma once

#include "remoteaction.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
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
class DeviceBrowser;
class DevicePanel;
class DirectoryLoadJob;
class Session;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void loadDirectory();
    DeviceBrowser *browser() const { return m_browser; }
    DevicePanel *panel() const { return m_panel; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *lockAction() const { return m_lockAction; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void onSelectionChanged();
    void updateActions();
    void runAction(ActionKind kind);
    void setLanguage(const QString &code);
    void restoreSettings();
    void updateStatus();

    Session *m_session;
    DeviceBrowser *m_browser;
    DevicePanel *m_panel;
    ActionsView *m_actionsView;
    QSplitter *m_splitter;
    QDockWidget *m_actionsDock;
    QToolBar *m_toolBar;
    QLabel *m_tenantLabel;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoadButton;
    QAction *m_resetAction;
    QAction *m_lockAction;
    QAction *m_refreshAction;
    QAction *m_findAction;
    QAction *m_quitAction;
    QAction *m_showActionsAction;
    QMenu *m_fileMenu;
    QMenu *m_deviceMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QActionGroup *m_languageGroup;
    QTimer *m_fetchDelay;
    QPointer<DirectoryLoadJob> m_loadJob;
    QDateTime m_lastRefresh;
};

} // namespace Passdesk
