#include "actionlistmodel.h"
#include "appearance.h"
#include "devicebrowser.h"
#include "devicepanel.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "issuedsecret.h"
#include "languages.h"
#include "mainwindow.h"
#include "notifier.h"
#include "passcodecard.h"
#include "prompt.h"
#include "reveallog.h"
#include "secretsbox.h"
#include "secretstore.h"
#include "serverclock.h"
#include "session.h"
#include "simserver.h"
#include "writepacer.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFrame>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Passdesk;

// The operator's flow on real widgets: find the device, reset its passcode,
// confirm, wait for done, read the passcode and its countdown; in three languages.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void resetFlow_data();
    void resetFlow();
    void searchFiltersAsYouType();
    void unsupportedActionSaysWhy();
    void failureShowsReasonAndLink();
    void cancelledConfirmationSendsNothing();
    void passcodeExpiresAfterSevenDays();
    void pendingConfirmationInEachLanguage_data();
    void pendingConfirmationInEachLanguage();
    void pendingResetAsksAgain_data();
    void pendingResetAsksAgain();
    void hostileNameShowsAsText();
    void confirmationTellsDevicesApart();
    void multiDeviceConfirmationInEachLanguage_data();
    void multiDeviceConfirmationInEachLanguage();
    void refreshKeepsTheDeviceAndItsCard();
    void searchToResultsAndBack();
    void secondResetWarnsOfTheLivePasscode();
    void tabReachesEveryControlAndComesBack();
    void deviceActionsRowOpensTheDevice();
    void focusIsVisible();
    void everyViewRetranslates();
    void deviceActionsFollowTheLanguage();
    void firstWindowFitsTheScreen();
    void contrastInBothPalettes();
    void waitingShowsTheElapsedTime();
    void historyInThePanel_data();
    void historyInThePanel();
    void confirmationWarnsOfAColleaguesPendingReset();
    void secondMacLockWarnsOfTheUnusedPin();
    void revealEachSecret_data();
    void revealEachSecret();
    void rotateFromTheCard();
    void selectionAndExpansionSurviveAKeystroke();
    void readinessView_data();
    void readinessView();
    void syncNowHurriesTheWaitingAction_data();
    void syncNowHurriesTheWaitingAction();
    void outcomeElsewhereIsNotified();
    void darkMode_data();
    void darkMode();
    void propertiesInWords_data();
    void propertiesInWords();
    void bulkLockShowsProgressAndStops_data();
    void bulkLockShowsProgressAndStops();

private:
    void findBySearch(const QString &text);
    void clickAction(QAction *action);
    QString plain(const QString &html) const;
    const Sim::SimDevice &simDevice(Sim::DeviceKind kind) const { return m_sim->devices()[size_t(kind)]; }
    void resetAndWait(Sim::DeviceKind kind);
    void colleagueResets(const QString &deviceId);
    // Watches for the next message box: keeps its texts, saves a screenshot
    // (PASSDESK_SCREENSHOT_DIR/<shot>.png), then cancels it.
    struct CaughtDialog
    {
        QString text;
        QString details;
        Qt::TextFormat format = Qt::AutoText;
    };
    std::shared_ptr<CaughtDialog> catchNextDialog(const QString &shot);

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Passdesk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    Languages::install(QStringLiteral("en"));
    QFile::remove(RevealLog::defaultPath()); // each test starts with no secret read
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 60);
    m_sim->setCheckInDelay(300);
    QVERIFY(m_sim->listen() != 0);
    m_sim->addAcceptedToken("gui-token");
    m_session = new Session(this);
    m_session->setTenantName(QStringLiteral("Contoso (demo)"));
    QString error;
    QVERIFY(m_session->connectTo(m_sim->baseUrl(), "gui-token", &error));
    m_session->setPollInterval(50);
    m_window = new MainWindow(m_session);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->loadDirectory();
    QTRY_COMPARE(m_session->devices()->deviceCount(), 60);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_session;
    delete m_sim;
    Languages::install(QStringLiteral("en"));
}

QString TestMainWindow::plain(const QString &html) const
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified().remove(QChar(0x00A0)).remove(QLatin1Char(' '));
}

void TestMainWindow::findBySearch(const QString &text)
{
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, text);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds().size(), 1);
}

void TestMainWindow::clickAction(QAction *action)
{
    QToolBar *bar = m_window->findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
    QVERIFY(bar);
    QWidget *button = bar->widgetForAction(action);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestMainWindow::resetAndWait(Sim::DeviceKind kind)
{
    findBySearch(simDevice(kind).serialNumber);
    Prompt::setNextAnswer(true);
    clickAction(m_window->resetAction());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(simDevice(kind).id, ActionKind::ResetPasscode), 10000);
}

void TestMainWindow::resetFlow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("resetLabel");
    QTest::addColumn<QString>("confirmHas");
    QTest::addColumn<QString>("outcomeHas");
    QTest::addColumn<QString>("countdown");
    QTest::addColumn<QString>("revealLabel");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Reset passcode") << QStringLiteral("physical access")
                        << QStringLiteral("Complete") << QStringLiteral("6 days 23 hours left")
                        << QStringLiteral("&Hide");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Réinitialiser le code secret")
                        << QStringLiteral("physiquement accès") << QStringLiteral("Terminé")
                        << QStringLiteral("encore 6 jours 23 heures") << QStringLiteral("&Masquer");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Reimposta passcode")
                        << QStringLiteral("accesso fisico") << QStringLiteral("Completato")
                        << QStringLiteral("ancora 6 giorni 23 ore") << QStringLiteral("Nascon&di");
}

void TestMainWindow::resetFlow()
{
    QFETCH(QString, language);
    QFETCH(QString, resetLabel);
    QFETCH(QString, confirmHas);
    QFETCH(QString, outcomeHas);
    QFETCH(QString, countdown);
    QFETCH(QString, revealLabel);
    Languages::install(language); // at runtime, as the Language menu does

    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    findBySearch(target.serialNumber);
    QCOMPARE(m_window->browser()->selectedDeviceIds().first(), target.id);
    QLabel *title = m_window->findChild<QLabel *>(QStringLiteral("deviceTitleLabel"));
    QVERIFY(title->text().contains(target.deviceName));
    QCOMPARE(m_window->resetAction()->text(), resetLabel);
    QVERIFY(m_window->resetAction()->isEnabled());

    Prompt::setNextAnswer(true);
    clickAction(m_window->resetAction());
    QVERIFY2(Prompt::lastText().contains(confirmHas), qPrintable(Prompt::lastText()));
    // While it runs the action cannot be sent twice.
    QTRY_VERIFY(m_session->isActionRunning(target.id, ActionKind::ResetPasscode));
    QVERIFY(!m_window->resetAction()->isEnabled());

    QLabel *outcome = m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->isVisible() && outcome->text().contains(outcomeHas), 10000);
    QCOMPARE(m_sim->actionPostCount(target.id, QStringLiteral("resetPasscode")), 1);

    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());
    QLabel *passcode = card->findChild<QLabel *>(QStringLiteral("passcodeLabel"));
    const QString issued = m_sim->lastIssuedPasscode(target.id);
    QVERIFY(!issued.isEmpty());
    QVERIFY(!plain(passcode->text()).contains(issued)); // hidden until revealed
    QPushButton *reveal = card->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(reveal->text(), revealLabel);
    QCOMPARE(plain(passcode->text()), issued); // the same passcode the backend issued
    QLabel *countdownLabel = card->findChild<QLabel *>(QStringLiteral("countdownLabel"));
    QCOMPARE(countdownLabel->text(), countdown);
    QLabel *spelling = card->findChild<QLabel *>(QStringLiteral("spellingLabel"));
    QVERIFY(!spelling->text().isEmpty());

    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-window-%2.png").arg(shots, language)));
    }
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!plain(passcode->text()).contains(issued));

    // Revealed, it hides again by itself.
    PasscodeCard::setAutoHideMsecs(300);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(plain(passcode->text()), issued);
    QTRY_VERIFY_WITH_TIMEOUT(!plain(passcode->text()).contains(issued), 3000);
    QVERIFY(!card->isRevealed());
    PasscodeCard::setAutoHideMsecs(60000);
}

void TestMainWindow::searchFiltersAsYouType()
{
    const QString user = simDevice(Sim::DeviceKind::IPhone).userDisplayName.section(QLatin1Char(' '), -1);
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, user.toLower());
    // Filtering follows typing, without Enter.
    QTRY_VERIFY(m_window->deviceModel()->matchCount() < 60);
    int expected = 0;
    for (const auto &d : m_sim->devices())
        expected
            += (d.deviceName + d.userDisplayName + d.userPrincipalName).contains(user, Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(m_window->deviceModel()->matchCount(), expected);
    QLabel *matches = m_window->findChild<QLabel *>(QStringLiteral("matchesLabel"));
    QTRY_COMPARE(
        matches->text(), expected == 1 ? QStringLiteral("1 match") : QStringLiteral("%1 matches").arg(expected));
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/search-en.png").arg(shots)));
}

void TestMainWindow::unsupportedActionSaysWhy()
{
    const int askedBefore = Prompt::askedCount();
    findBySearch(simDevice(Sim::DeviceKind::WindowsPc).serialNumber);
    QVERIFY(!m_window->resetAction()->isEnabled());
    QVERIFY2(m_window->resetAction()->toolTip().contains(QLatin1String("Windows PCs")),
        qPrintable(m_window->resetAction()->toolTip()));
    QVERIFY(m_window->resetAction()->toolTip().contains(QLatin1String("Ctrl+Shift+R")));
    QLabel *support = m_window->findChild<QLabel *>(QStringLiteral("resetSupportLabel"));
    QVERIFY(support->text().contains(QLatin1String("Not supported")));
    // At the top of the panel too, where the operator looks first.
    QLabel *top = m_window->findChild<QLabel *>(QStringLiteral("unavailableLabel"));
    QVERIFY(top->isVisible());
    QVERIFY2(top->text().contains(QLatin1String("Windows PCs")), qPrintable(top->text()));
    // Its shortcut, pressed anyway, says why where the operator looks.
    m_window->statusBar()->clearMessage();
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Windows PCs")));
    QCOMPARE(Prompt::askedCount(), askedBefore);
    // On iOS the verb is Remove.
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    findBySearch(simDevice(Sim::DeviceKind::IPhone).serialNumber);
    QCOMPARE(m_window->resetAction()->text(), QStringLiteral("Remove passcode"));
}

void TestMainWindow::failureShowsReasonAndLink()
{
    resetAndWait(Sim::DeviceKind::Windows10MobileNoPinRecovery);
    QLabel *outcome = m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QTRY_VERIFY(outcome->text().contains(QLatin1String("Failed")));
    QVERIFY(outcome->text().contains(QLatin1String("EnablePinRecovery")));
    QVERIFY(outcome->text().contains(QLatin1String("href=\"https://learn.microsoft.com/")));
    QVERIFY(outcome->text().contains(QLatin1String("More information")));
}

void TestMainWindow::cancelledConfirmationSendsNothing()
{
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidDedicated);
    findBySearch(target.serialNumber);
    Prompt::setNextAnswer(false);
    clickAction(m_window->resetAction());
    QTest::qWait(200);
    QCOMPARE(m_sim->actionPostCount(target.id, QStringLiteral("resetPasscode")), 0);
    QVERIFY(m_window->resetAction()->isEnabled());
}

void TestMainWindow::passcodeExpiresAfterSevenDays()
{
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidAdminLegacy);
    resetAndWait(Sim::DeviceKind::AndroidAdminLegacy);
    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());
    QLabel *countdownLabel = card->findChild<QLabel *>(QStringLiteral("countdownLabel"));
    QVERIFY(!countdownLabel->property("warning").toBool());

    // Last day: warning style.
    m_sim->clock().advance(6 * 24 * 3600 * 1000LL + 3600 * 1000LL);
    findBySearch(QString()); // reselecting reads the device again, which brings the server's date
    QTRY_VERIFY_WITH_TIMEOUT(countdownLabel->property("warning").toBool(), 5000);
    QVERIFY(countdownLabel->text().contains(QLatin1String("hours")));

    m_sim->clock().advance(24 * 3600 * 1000LL);
    // Clear the search with the keyboard, look at another device and come back.
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_VERIFY(m_window->deviceModel()->filterText().isEmpty());
    QVERIFY(m_window->browser()->selectDevice(simDevice(Sim::DeviceKind::IPhone).id));
    QVERIFY(m_window->browser()->selectDevice(target.id));
    QLabel *expiry = card->findChild<QLabel *>(QStringLiteral("expiryLabel"));
    QTRY_VERIFY2_WITH_TIMEOUT(expiry->text().contains(QLatin1String("expired")), qPrintable(expiry->text()), 5000);
    QLabel *passcode = card->findChild<QLabel *>(QStringLiteral("passcodeLabel"));
    QVERIFY(passcode->text().isEmpty());
    QVERIFY(!m_session->secrets()->secret(target.id, IssuedSecret::Kind::Passcode));
    QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("copyButton"))->isVisible());
}

void TestMainWindow::colleagueResets(const QString &deviceId)
{
    // A colleague reset it a moment ago; the device has not checked in since.
    m_sim->setCheckInDelay(3600 * 1000);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + QLatin1String("/deviceManagement/managedDevices/")
        + deviceId + QLatin1String("/resetPasscode")));
    request.setRawHeader("Authorization", "Bearer gui-token");
    QNetworkReply *colleague = nam.post(request, QByteArray());
    QTRY_VERIFY(colleague->isFinished());
    delete colleague;
    QCOMPARE(m_sim->actionPostCount(deviceId, QStringLiteral("resetPasscode")), 1);
}

std::shared_ptr<TestMainWindow::CaughtDialog> TestMainWindow::catchNextDialog(const QString &shot)
{
    auto caught = std::make_shared<CaughtDialog>();
    auto *watcher = new QTimer(this);
    connect(watcher, &QTimer::timeout, this, [caught, watcher, shot] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        watcher->deleteLater();
        watcher->stop();
        caught->text = box->text();
        caught->details = box->informativeText();
        caught->format = box->textFormat();
        const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            box->grab().save(QStringLiteral("%1/%2.png").arg(shots, shot));
        box->button(QMessageBox::Cancel)->click();
    });
    watcher->start(50);
    return caught;
}

void TestMainWindow::pendingConfirmationInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("questionHas");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("still pending");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("toujours en attente");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("ancora in sospeso");
}

void TestMainWindow::pendingConfirmationInEachLanguage()
{
    // The real dialog this time, as the operator sees it; the test reads it, then declines.
    QFETCH(QString, language);
    QFETCH(QString, questionHas);
    Languages::install(language);
    const Sim::SimDevice &device = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    colleagueResets(device.id);
    findBySearch(device.serialNumber);
    Prompt::setNextAnswer(true); // the first confirmation only
    const auto dialog = catchNextDialog(QStringLiteral("pending-confirmation-%1").arg(language));
    clickAction(m_window->resetAction());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->text.isEmpty(), 10000);
    QCOMPARE(dialog->format, Qt::PlainText);
    QVERIFY2(dialog->text.contains(questionHas), qPrintable(dialog->text));
    QTest::qWait(300);
    QCOMPARE(m_sim->actionPostCount(device.id, QStringLiteral("resetPasscode")), 1);
}

void TestMainWindow::pendingResetAsksAgain_data()
{
    QTest::addColumn<bool>("insist");
    QTest::newRow("the operator sends another") << true;
    QTest::newRow("the operator keeps the pending one") << false;
}

void TestMainWindow::pendingResetAsksAgain()
{
    QFETCH(bool, insist);
    const Sim::SimDevice &device = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    colleagueResets(device.id);

    findBySearch(device.serialNumber);
    const int asked = Prompt::askedCount();
    Prompt::setNextAnswer(true); // the first confirmation
    Prompt::setNextAnswer(insist); // the second one, about the pending reset
    clickAction(m_window->resetAction());
    QTRY_COMPARE_WITH_TIMEOUT(Prompt::askedCount(), asked + 2, 10000);
    QVERIFY2(Prompt::lastText().contains(QLatin1String("still pending")), qPrintable(Prompt::lastText()));
    QVERIFY(Prompt::lastText().contains(QLatin1String("replaces")));
    // Sent again only when the operator insists; then it is followed like any other.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_sim->actionPostCount(device.id, QStringLiteral("resetPasscode")), insist ? 2 : 1, 10000);
    QTest::qWait(500);
    QCOMPARE(m_sim->actionPostCount(device.id, QStringLiteral("resetPasscode")), insist ? 2 : 1);
    QCOMPARE(m_session->isActionRunning(device.id, ActionKind::ResetPasscode), insist);
}

void TestMainWindow::hostileNameShowsAsText()
{
    const QString hostile
        = QStringLiteral("<img src=\"x\"><a href=\"https://evil.example\">Pixel</a>\u202Egnp.exe\x1b[2J");
    Device evil = *m_session->devices()->deviceById(simDevice(Sim::DeviceKind::AndroidFullyManaged).id);
    evil.id = QStringLiteral("hostile-1");
    evil.deviceName = hostile;
    evil.userDisplayName = QStringLiteral("<b>Bold</b> User");
    m_session->devices()->reset({evil});
    QTreeView *tree = m_window->findChild<QTreeView *>();
    QVERIFY(tree);
    tree->expandAll();
    m_window->browser()->selectDevice(evil.id);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{evil.id});
    QLabel *title = m_window->findChild<QLabel *>(QStringLiteral("deviceTitleLabel"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().contains(QLatin1String("<img src=\"x\"><a href=")));
    QVERIFY(title->text().contains(QLatin1String("<b>Bold</b> User")));
    QVERIFY(!title->text().contains(QChar(0x202E)));
    QVERIFY(!title->text().contains(QChar(0x1b)));
    // Every label that shows it does so as text.
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("<img")))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    const QModelIndex group = m_window->deviceModel()->index(0, 0);
    const QString shown = m_window->deviceModel()->index(0, 0, group).data().toString();
    QVERIFY(shown.startsWith(QLatin1String("<img src=")));
    QVERIFY(!shown.contains(QChar(0x202E)));
    // The confirmation names it as text too.
    Prompt::setNextAnswer(false);
    clickAction(m_window->lockAction());
    QVERIFY(Prompt::lastText().contains(QLatin1String("<img src=\"x\">")));
    QVERIFY(!Prompt::lastText().contains(QChar(0x202E)));
}

void TestMainWindow::multiDeviceConfirmationInEachLanguage_data()
{
    pendingConfirmationInEachLanguage_data();
}

void TestMainWindow::multiDeviceConfirmationInEachLanguage()
{
    // The real dialog, as the operator sees it: every device named, the skipped one with its reason.
    QFETCH(QString, language);
    Languages::install(language);
    const QStringList ids{simDevice(Sim::DeviceKind::AndroidFullyManaged).id, simDevice(Sim::DeviceKind::IPad).id,
        simDevice(Sim::DeviceKind::WindowsPc).id};
    for (const QString &id : ids)
        QTRY_VERIFY(m_window->browser()->selectDevice(id, true));
    const auto dialog = catchNextDialog(QStringLiteral("multi-device-confirmation-%1").arg(language));
    clickAction(m_window->resetAction());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->details.isEmpty(), 10000);
    const QString details = dialog->details;
    for (const QString &id : ids)
        QVERIFY2(details.contains(m_session->devices()->deviceById(id)->serialNumber), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("• ")));
    QVERIFY(!details.contains(QStringLiteral("â")));
    QCOMPARE(m_sim->actionPostCount(ids.first(), QStringLiteral("resetPasscode")), 0);
}

void TestMainWindow::confirmationTellsDevicesApart()
{
    // One device: its name, its user and its serial number.
    const Sim::SimDevice &phone = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    findBySearch(phone.serialNumber);
    Prompt::setNextAnswer(false);
    clickAction(m_window->lockAction());
    QVERIFY2(Prompt::lastText().contains(phone.serialNumber), qPrintable(Prompt::lastText()));
    QVERIFY(Prompt::lastText().contains(phone.userDisplayName));

    // Several: every one listed, and each skipped one with its reason.
    const QStringList ids{phone.id, simDevice(Sim::DeviceKind::IPad).id, simDevice(Sim::DeviceKind::WindowsPc).id};
    m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
    for (const QString &id : ids)
        QTRY_VERIFY(m_window->browser()->selectDevice(id, true));
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds().size(), 3);
    Prompt::setNextAnswer(false);
    clickAction(m_window->resetAction());
    const QString text = Prompt::lastText();
    for (const QString &id : ids)
        QVERIFY2(text.contains(m_session->devices()->deviceById(id)->serialNumber), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("will be skipped:")));
    const Support pc
        = m_session->matrix().evaluate(*m_session->devices()->deviceById(ids.last()), ActionKind::ResetPasscode);
    QVERIFY(!pc.supported);
    QVERIFY(text.contains(pc.reason));
    QCOMPARE(m_sim->actionPostCount(phone.id, QStringLiteral("resetPasscode")), 0);
}

void TestMainWindow::refreshKeepsTheDeviceAndItsCard()
{
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());

    // F5 in the middle of a call: the list reloads, the device and its passcode stay.
    const int requestsBefore = m_sim->requestCount();
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_VERIFY(m_sim->requestCount() > requestsBefore);
    QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY(status->text().contains(QLatin1String("devices loaded")));
    QCOMPARE(m_window->browser()->selectedDeviceIds(), QStringList{target.id});
    QCOMPARE(m_window->panel()->deviceId(), target.id);
    QTRY_VERIFY(card->isVisible());

    // Shift+F5 reads only this device again.
    QTest::keyClick(m_window, Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("read again")));
    QVERIFY(m_sim->lastRequestUrl().path().endsWith(target.id));
    QCOMPARE(m_window->browser()->selectedDeviceIds(), QStringList{target.id});
}

void TestMainWindow::searchToResultsAndBack()
{
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTreeView *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("iphone")); // several matches
    QTRY_VERIFY(m_window->deviceModel()->matchCount() > 1);
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(tree->hasFocus());
    QCOMPARE(m_window->browser()->selectedDeviceIds().size(), 1);
    const QString first = m_window->browser()->selectedDeviceIds().first();
    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_VERIFY(m_window->browser()->selectedDeviceIds() != QStringList{first});
    QCOMPARE(m_window->browser()->selectedDeviceIds().size(), 1);
    QTest::keyClick(tree, Qt::Key_Escape);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("iphone"));
    // Enter does the same as Down.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(tree->hasFocus());
}

void TestMainWindow::secondResetWarnsOfTheLivePasscode()
{
    resetAndWait(Sim::DeviceKind::AndroidWorkProfile);
    QVERIFY(Prompt::lastText().contains(QLatin1String("only the work profile passcode changes")));
    QVERIFY(!Prompt::lastText().contains(QLatin1String("still valid")));
    QVERIFY(
        m_session->secrets()->secret(simDevice(Sim::DeviceKind::AndroidWorkProfile).id, IssuedSecret::Kind::Passcode));
    Prompt::setNextAnswer(false);
    clickAction(m_window->resetAction());
    QVERIFY2(Prompt::lastText().contains(QLatin1String("still valid")), qPrintable(Prompt::lastText()));
    QCOMPARE(
        m_sim->actionPostCount(simDevice(Sim::DeviceKind::AndroidWorkProfile).id, QStringLiteral("resetPasscode")), 1);
}

void TestMainWindow::tabReachesEveryControlAndComesBack()
{
    // With a device selected and an action in Device actions, as during a call.
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(search->hasFocus());
    QList<QWidget *> visited;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        if (now == search)
            break;
        QVERIFY2(!visited.contains(now), qPrintable(QStringLiteral("Tab is trapped at %1").arg(now->objectName())));
        visited << now;
        // Every stop says what it is, to a screen reader too.
        const auto *button = qobject_cast<QAbstractButton *>(now);
        const QString name = !now->accessibleName().isEmpty() ? now->accessibleName()
            : button                                          ? button->text()
                                                              : QString();
        QVERIFY2(!name.isEmpty(),
            qPrintable(QStringLiteral("unnamed tab stop: %1 (%2)")
                           .arg(now->objectName(), QString::fromLatin1(now->metaObject()->className()))));
    }
    QVERIFY2(QApplication::focusWidget() == search, "Tab never came back to the search field");
    const QStringList mustReach{QStringLiteral("deviceTreeView"), QStringLiteral("actionsTable"),
        QStringLiteral("revealButton"), QStringLiteral("groupByCombo")};
    for (const QString &name : mustReach) {
        const bool reached
            = std::any_of(visited.cbegin(), visited.cend(), [&](QWidget *w) { return w->objectName() == name; });
        QVERIFY2(reached, qPrintable(name));
    }
    const bool toolbar = std::any_of(visited.cbegin(), visited.cend(), [this](QWidget *w) {
        return w
            == m_window->findChild<QToolBar *>(QStringLiteral("actionsToolBar"))
                   ->widgetForAction(m_window->lockAction());
    });
    QVERIFY(toolbar);
}

void TestMainWindow::focusIsVisible()
{
    // Every kind of control the operator tabs through looks different with the focus.
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->setAttribute(Qt::WA_KeyboardFocusChange); // as after a Tab
    QWidget *elsewhere = m_window->findChild<QComboBox *>(QStringLiteral("actionsScopeCombo"));
    const QList<QWidget *> controls{
        m_window->findChild<QToolBar *>(QStringLiteral("actionsToolBar"))->widgetForAction(m_window->refreshAction()),
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit")),
        m_window->findChild<QComboBox *>(QStringLiteral("groupByCombo")),
        m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView")),
        m_window->panel()->passcodeCard()->findChild<QPushButton *>(QStringLiteral("revealButton")),
        m_window->findChild<QTableView *>(QStringLiteral("actionsTable"))};
    for (QWidget *control : controls) {
        QVERIFY(control);
        elsewhere->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(elsewhere->hasFocus());
        QTest::qWait(20);
        const QImage before = control->grab().toImage();
        control->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(control->hasFocus());
        QTest::qWait(20);
        QVERIFY2(control->grab().toImage() != before,
            qPrintable(QStringLiteral("%1 looks the same with the focus").arg(control->objectName())));
    }
}

void TestMainWindow::everyViewRetranslates()
{
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    const auto texts = [this] {
        QStringList t;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            t << menu->title();
        t << m_window->resetAction()->text() << m_window->lockAction()->text() << m_window->refreshAction()->text();
        t << m_window->findChild<QDockWidget *>()->windowTitle();
        const QTreeView *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            t << tree->model()->headerData(c, Qt::Horizontal).toString();
        const QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("actionsTable"));
        for (int c = 0; c < table->model()->columnCount(); ++c)
            t << table->model()->headerData(c, Qt::Horizontal).toString();
        t << table->model()->index(0, 0).data().toString() << table->model()->index(0, 2).data().toString();
        t << m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText();
        t << m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"))->text();
        for (QGroupBox *box : m_window->panel()->findChildren<QGroupBox *>())
            t << box->title();
        return t;
    };
    const QStringList english = texts();
    Languages::install(QStringLiteral("it"));
    QTRY_COMPARE(m_window->resetAction()->text(), QStringLiteral("Reimposta passcode"));
    const QStringList italian = texts();
    QCOMPARE(italian.size(), english.size());
    // Names that are the same in both (OS, IMEI…) aside, everything is said again.
    const QSet<QString> same{QStringLiteral("OS"), QStringLiteral("&File"), QString()};
    for (int i = 0; i < english.size(); ++i) {
        if (!same.contains(english.at(i)))
            QVERIFY2(
                italian.at(i) != english.at(i), qPrintable(QStringLiteral("still English: %1").arg(english.at(i))));
    }
}

void TestMainWindow::deviceActionsRowOpensTheDevice()
{
    const Sim::SimDevice &first = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    findBySearch(simDevice(Sim::DeviceKind::IPad).serialNumber);
    QComboBox *scope = m_window->findChild<QComboBox *>(QStringLiteral("actionsScopeCombo"));
    scope->setCurrentIndex(1); // all devices
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("actionsTable"));
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    const QModelIndex row = table->model()->index(0, 0);
    // A double-click is a press, then the double-click, on the same row.
    const QPoint at = table->visualRect(row).center();
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{first.id});
    // And from the keyboard: Enter on the row.
    findBySearch(simDevice(Sim::DeviceKind::IPad).serialNumber);
    table->setFocus();
    table->setCurrentIndex(row);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{first.id});
}

void TestMainWindow::bulkLockShowsProgressAndStops_data()
{
    QTest::addColumn<bool>("stop");
    QTest::addColumn<QString>("language");
    QTest::newRow("to the end") << false << QStringLiteral("en");
    QTest::newRow("stopped after the first") << true << QStringLiteral("en");
    QTest::newRow("to the end, fr") << false << QStringLiteral("fr");
    QTest::newRow("to the end, it") << false << QStringLiteral("it");
}

void TestMainWindow::bulkLockShowsProgressAndStops()
{
    QFETCH(bool, stop);
    QFETCH(QString, language);
    Languages::install(language);
    const bool english = language == QLatin1String("en");
    m_session->pacer()->setLimit(1, stop ? 3000 : 300); // one lock at a time
    const QStringList ids{simDevice(Sim::DeviceKind::AndroidFullyManaged).id, simDevice(Sim::DeviceKind::IPad).id,
        simDevice(Sim::DeviceKind::AndroidDedicated).id};
    // A personally-owned work profile cannot be locked: skipped, with a row saying why.
    const QString skipped = simDevice(Sim::DeviceKind::AndroidWorkProfile).id;
    for (const QString &id : ids + QStringList{skipped})
        QTRY_VERIFY(m_window->browser()->selectDevice(id, true));
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());
    const ActionRecord *skippedRow = m_session->actions()->latest(skipped, ActionKind::RemoteLock);
    QVERIFY(skippedRow);
    QCOMPARE(skippedRow->state, ActionState::NotSupported);
    QVERIFY(!skippedRow->detail.isEmpty());
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    QProgressBar *progress = m_window->findChild<QProgressBar *>(QStringLiteral("bulkProgressBar"));
    QPushButton *stopButton = m_window->findChild<QPushButton *>(QStringLiteral("bulkCancelButton"));
    QTRY_VERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 4);
    if (!shots.isEmpty() && !stop) {
        QTRY_VERIFY(progress->value() >= 2);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/bulk-progress-%2.png").arg(shots, language)));
    }
    QVERIFY(!english || progress->text().contains(QLatin1String("of 4")));
    const auto posts = [&] {
        int n = 0;
        for (const QString &id : ids)
            n += m_sim->actionPostCount(id, QStringLiteral("remoteLock"));
        return n;
    };
    if (stop) {
        QTRY_COMPARE(posts(), 1);
        QTest::mouseClick(stopButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 10000);
        QTest::qWait(3500); // past the next slot
        QCOMPARE(posts(), 1);
        // Two stopped before they left, one skipped.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("3 not sent")),
            qPrintable(m_window->statusBar()->currentMessage()));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 15000);
        QCOMPARE(posts(), 3);
        QVERIFY2(!english || m_window->statusBar()->currentMessage().contains(QLatin1String("3 complete")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }
}

void TestMainWindow::deviceActionsFollowTheLanguage()
{
    resetAndWait(Sim::DeviceKind::IPhone); // "Remove passcode" on iOS
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("actionsTable"));
    m_window->findChild<QComboBox *>(QStringLiteral("actionsScopeCombo"))->setCurrentIndex(1);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const auto labels = [table] {
        QStringList l;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            l << table->model()->index(r, 0).data().toString();
        l.sort();
        return l;
    };
    QCOMPARE(labels(), (QStringList{QStringLiteral("Remove passcode"), QStringLiteral("Reset passcode")}));
    const auto details = [table] {
        QStringList l;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            l << table->model()->index(r, ActionListModel::DetailColumn).data().toString();
        return l.join(QLatin1Char('|'));
    };
    QVERIFY2(details().contains(QLatin1String("Read the temporary passcode")), qPrintable(details()));
    Languages::install(QStringLiteral("it"));
    QTRY_COMPARE(labels(), (QStringList{QStringLiteral("Reimposta passcode"), QStringLiteral("Rimuovi passcode")}));
    // The details too: what to tell the user, in the operator's language of the moment.
    QVERIFY2(!details().contains(QLatin1String("Read the temporary passcode")), qPrintable(details()));
    QVERIFY2(details().contains(QLatin1String("passcode temporaneo")), qPrintable(details()));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Azione"));
}

void TestMainWindow::firstWindowFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window"));
    MainWindow fresh(m_session);
    const QRect available = fresh.screen()->availableGeometry();
    QVERIFY(fresh.width() <= available.width());
    QVERIFY(fresh.height() <= available.height());
    QVERIFY(fresh.minimumWidth() <= 1024 && fresh.minimumHeight() <= 640);
    QVERIFY(fresh.minimumWidth() >= 640);
}

void TestMainWindow::waitingShowsTheElapsedTime()
{
    m_sim->setCheckInDelay(3600 * 1000); // the device is asleep
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidDedicated);
    findBySearch(target.serialNumber);
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());
    QLabel *outcome = m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(QLatin1String("waiting for the device to check in")), 5000);
    QVERIFY(outcome->text().contains(QLatin1String("second")));
    QTest::qWait(1100); // it counts
    QVERIFY(outcome->text().contains(QLatin1String("ago")));
}

void TestMainWindow::historyInThePanel_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lockText");
    QTest::addColumn<QString>("doneText");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("History") << QStringLiteral("Remote lock")
                        << QStringLiteral("Complete");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Historique")
                        << QStringLiteral("Verrouiller à distance") << QStringLiteral("Terminé");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Cronologia") << QStringLiteral("Blocco remoto")
                        << QStringLiteral("Completato");
}

void TestMainWindow::historyInThePanel()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, lockText);
    QFETCH(QString, doneText);
    Languages::install(language);
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    const qint64 hour = 3600 * 1000;
    m_sim->addColleagueAction(target.id, QStringLiteral("syncDevice"), QStringLiteral("camille.durand@contoso.com"),
        50 * hour, 60 * 1000, QStringLiteral("done"), QStringLiteral("bulk-7"));
    m_sim->addColleagueAction(
        target.id, QStringLiteral("remoteLock"), QStringLiteral("jordan.lee@contoso.com"), 26 * hour, 5 * 60 * 1000);
    m_sim->addColleagueAction(target.id, QStringLiteral("resetPasscode"), QStringLiteral("sofia.ricci@contoso.com"),
        12 * 60 * 1000, 8 * hour);
    findBySearch(target.serialNumber);

    QGroupBox *box = m_window->findChild<QGroupBox *>(QStringLiteral("historyBox"));
    QTableWidget *table = m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QVERIFY(box && table);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 5000);
    QCOMPARE(box->title(), title);
    // Newest first: the pending reset, the lock, the bulk sync.
    QVERIFY(table->item(0, 2)->text().contains(QLatin1String("sofia.ricci@contoso.com")));
    QCOMPARE(table->item(1, 1)->text(), lockText);
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("jordan.lee@contoso.com"));
    QCOMPARE(table->item(1, 3)->text(), doneText);
    QVERIFY(table->item(2, 2)->text().contains(QLatin1String("camille.durand")));
    QVERIFY(!table->item(0, 1)->toolTip().isEmpty()); // where it comes from
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/device-history-%2.png").arg(shots, language)));

    // An action sent here shows in the history once it ends.
    Prompt::setNextAnswer(true);
    clickAction(m_window->syncAction());
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 4, 10000);
}

void TestMainWindow::confirmationWarnsOfAColleaguesPendingReset()
{
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    m_sim->addColleagueAction(target.id, QStringLiteral("resetPasscode"), QStringLiteral("jordan.lee@contoso.com"),
        12 * 60 * 1000, 8 * 3600 * 1000);
    findBySearch(target.serialNumber);
    QTableWidget *table = m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
    Prompt::setNextAnswer(false);
    clickAction(m_window->resetAction());
    const QString text = Prompt::lastText();
    QVERIFY2(text.contains(QLatin1String("was sent by jordan.lee@contoso.com 12 minutes ago and is still pending")),
        qPrintable(text));
    QCOMPARE(m_sim->actionPostCount(target.id, QStringLiteral("resetPasscode")), 0);
    // The device reports it pending: the panel says so, and offers to hurry it.
    QLabel *outcome = m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->isVisible() && outcome->text().contains(QLatin1String("Pending")), 5000);
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("panelSyncButton"))->isVisible());
}

void TestMainWindow::secondMacLockWarnsOfTheUnusedPin()
{
    const Sim::SimDevice &mac = simDevice(Sim::DeviceKind::MacOs);
    findBySearch(mac.serialNumber);
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->secrets()->secret(mac.id, IssuedSecret::Kind::UnlockPin), 10000);
    QTRY_VERIFY(m_window->lockAction()->isEnabled());
    // Before a second lock, the operator learns it will probably fail; declined, nothing is sent.
    Prompt::setNextAnswer(false);
    clickAction(m_window->lockAction());
    QVERIFY2(Prompt::lastText().contains(QLatin1String("refuses a new lock")), qPrintable(Prompt::lastText()));
    QCOMPARE(m_sim->actionPostCount(mac.id, QStringLiteral("remoteLock")), 1);
}

void TestMainWindow::revealEachSecret_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Recovery secrets");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Secrets de récupération");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Segreti di ripristino");
}

void TestMainWindow::selectionAndExpansionSurviveAKeystroke()
{
    // The operator selected a device and closed a group, then types: the
    // selection, the closed group and the scroll position stay as they were.
    QTreeView *tree = m_window->findChild<QTreeView *>(QStringLiteral("deviceTreeView"));
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    DeviceTreeModel *model = m_window->deviceModel();
    m_window->resize(1280, 500); // room for part of the list only: it scrolls
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    QVERIFY(m_window->browser()->selectDevice(pc.id));
    const QPersistentModelIndex pcGroup = model->indexOfDevice(pc.id).parent();
    QModelIndex other;
    for (int g = 0; g < model->rowCount(); ++g) {
        if (model->index(g, 0) != QModelIndex(pcGroup))
            other = model->index(g, 0);
    }
    QVERIFY(other.isValid());
    const QString otherLabel = other.data().toString().section(QLatin1Char(' '), 0, 0);
    tree->collapse(other);
    tree->scrollTo(model->indexOfDevice(pc.id));
    const int scroll = tree->verticalScrollBar()->value();
    // A letter of the device's own name: it stays, and so do others.
    search->setFocus();
    QTest::keyClicks(search, pc.deviceName.left(1).toLower());
    QTRY_COMPARE(model->filterText(), pc.deviceName.left(1).toLower());
    QVERIFY(model->matchCount() > 1);
    QCOMPARE(m_window->browser()->selectedDeviceIds(), QStringList{pc.id});
    QCOMPARE(tree->currentIndex().data(DeviceTreeModel::DeviceIdRole).toString(), pc.id);
    QVERIFY(tree->isExpanded(pcGroup));
    for (int g = 0; g < model->rowCount(); ++g) {
        if (model->index(g, 0).data().toString().startsWith(otherLabel))
            QVERIFY(!tree->isExpanded(model->index(g, 0))); // still closed
    }
    QCOMPARE(tree->verticalScrollBar()->value(), scroll);
}

void TestMainWindow::rotateFromTheCard()
{
    // Read the LAPS password, then rotate it from the card: one POST after the
    // confirmation, the old password leaves the screen, and the next Reveal
    // reads the password the device made.
    SecretsBox *box = m_window->panel()->secretsBox();
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    findBySearch(pc.serialNumber);
    QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("revealLaps")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealLaps")), Qt::LeftButton);
    const QString before = m_sim->lapsPasswords(pc.azureADDeviceId).first();
    QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), before, 5000);
    QPushButton *rotate = box->findChild<QPushButton *>(QStringLiteral("secretRotateButton"));
    QVERIFY(rotate->isVisible());
    QCOMPARE(rotate->text(), QStringLiteral("Rotate LAPS password…"));
    Prompt::setNextAnswer(false); // changed their mind: nothing sent, the password stays
    QTest::mouseClick(rotate, Qt::LeftButton);
    QCOMPARE(m_sim->actionPostCount(pc.id, QStringLiteral("rotateLocalAdminPassword")), 0);
    QCOMPARE(box->shownValue(), before);
    Prompt::setNextAnswer(true);
    QTest::mouseClick(rotate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->actionExecutedCount(pc.id, QStringLiteral("rotateLocalAdminPassword")), 1, 5000);
    QVERIFY(box->shownValue().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(pc.id, ActionKind::RotateLocalAdminPassword), 10000);
    QCOMPARE(m_session->actions()->latest(pc.id, ActionKind::RotateLocalAdminPassword)->state, ActionState::Done);
    QCOMPARE(m_sim->actionPostCount(pc.id, QStringLiteral("rotateLocalAdminPassword")), 1);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealLaps")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!box->shownValue().isEmpty(), 5000);
    QVERIFY(box->shownValue() != before);
    QCOMPARE(box->shownValue(), m_sim->lapsPasswords(pc.azureADDeviceId).first());
    // A bypass code has no rotation.
    for (const Sim::SimDevice &d : m_sim->devices()) {
        if (d.kind != Sim::DeviceKind::IPad || !d.isSupervised)
            continue;
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
        findBySearch(d.serialNumber);
        QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("revealBypass")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealBypass")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), d.activationLockBypassCode, 5000);
        QVERIFY(!rotate->isVisible());
        break;
    }
}

void TestMainWindow::revealEachSecret()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    Languages::install(language);
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    SecretsBox *box = m_window->panel()->secretsBox();
    QLabel *value = box->findChild<QLabel *>(QStringLiteral("secretValue"));
    const auto waitForValue = [&] { QTRY_VERIFY_WITH_TIMEOUT(!box->shownValue().isEmpty(), 5000); };

    // Windows PC: the LAPS password, then the BitLocker key the user's screen names.
    const Sim::SimDevice &pc = simDevice(Sim::DeviceKind::WindowsPc);
    findBySearch(pc.serialNumber);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->title(), title);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealLaps")), Qt::LeftButton);
    waitForValue();
    QCOMPARE(box->shownValue(), m_sim->lapsPasswords(pc.azureADDeviceId).first());
    QVERIFY(!box->findChild<QLabel *>(QStringLiteral("secretSpelling"))->text().isEmpty());
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/secret-laps-%2.png").arg(shots, language)));
    const auto key = m_sim->bitlockerKeys(pc.azureADDeviceId).at(1);
    QLineEdit *keyId = box->findChild<QLineEdit *>(QStringLiteral("bitlockerKeyId"));
    keyId->setText(key.first.left(8));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealBitLocker")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), key.second, 5000);
    QVERIFY(value->text().contains(QLatin1String("<sub>8</sub>")));
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/secret-bitlocker-%2.png").arg(shots, language)));

    // Hidden for good: off the screen and out of memory.
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("secretHideButton")), Qt::LeftButton);
    QVERIFY(box->shownValue().isEmpty());
    QVERIFY(value->text().isEmpty());

    const auto firstDevice = [this](const std::function<bool(const Sim::SimDevice &)> &wanted) {
        for (const Sim::SimDevice &d : m_sim->devices()) {
            if (wanted(d))
                return &d;
        }
        return static_cast<const Sim::SimDevice *>(nullptr);
    };
    const auto select = [this](const Sim::SimDevice &d) {
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
        findBySearch(d.serialNumber);
    };

    // A supervised iPad: the bypass code; and it hides by itself.
    const Sim::SimDevice *ipad
        = firstDevice([](const Sim::SimDevice &d) { return d.kind == Sim::DeviceKind::IPad && d.isSupervised; });
    QVERIFY(ipad);
    SecretsBox::setAutoHideMsecs(300);
    select(*ipad);
    QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("revealBypass")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealBypass")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), ipad->activationLockBypassCode, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(box->shownValue().isEmpty(), 3000);
    SecretsBox::setAutoHideMsecs(60000);

    // A personal iPhone (not supervised): Reveal is there, disabled, and says why.
    const Sim::SimDevice *phone
        = firstDevice([](const Sim::SimDevice &d) { return d.kind == Sim::DeviceKind::IPhone && !d.isSupervised; });
    QVERIFY(phone);
    select(*phone);
    QPushButton *reveal = nullptr;
    QTRY_VERIFY((reveal = box->findChild<QPushButton *>(QStringLiteral("revealBypass"))) != nullptr);
    QVERIFY(!reveal->isEnabled());
    QVERIFY(!reveal->toolTip().isEmpty());

    // A corporate-owned Mac: the FileVault key.
    const Sim::SimDevice *mac = firstDevice([](const Sim::SimDevice &d) {
        return d.kind == Sim::DeviceKind::MacOs && d.managedDeviceOwnerType == QLatin1String("company");
    });
    QVERIFY(mac);
    select(*mac);
    QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("revealFileVault")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealFileVault")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), m_sim->fileVaultKey(mac->id), 5000);

    // The same Mac locked: its recovery PIN in the passcode card, with its 30-day clock.
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->secrets()->secret(mac->id, IssuedSecret::Kind::UnlockPin), 10000);
    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("revealButton")), Qt::LeftButton);
    QCOMPARE(plain(card->findChild<QLabel *>(QStringLiteral("passcodeLabel"))->text()), m_sim->lastUnlockPin(mac->id));
    const QString clock = card->findChild<QLabel *>(QStringLiteral("countdownLabel"))->text();
    QVERIFY2(clock.contains(QLatin1String("29")) || clock.contains(QLatin1String("30")), qPrintable(clock));
}

void TestMainWindow::readinessView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notReady");
    QTest::addColumn<QString>("ready");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Not ready") << QStringLiteral("Ready");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Non prêt") << QStringLiteral("Prêt");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Non pronto") << QStringLiteral("Pronto");
}

void TestMainWindow::readinessView()
{
    QFETCH(QString, language);
    QFETCH(QString, notReady);
    QFETCH(QString, ready);
    Languages::install(language);
    // A tenant whose administrator never consented to the PIN reset service.
    m_sim->setPinResetOnboarded(false);
    const Sim::SimDevice &w10m = simDevice(Sim::DeviceKind::Windows10Mobile);
    findBySearch(w10m.serialNumber);
    QTRY_VERIFY(m_window->resetAction()->isEnabled()); // not known yet

    QAction *open = m_window->findChild<QAction *>(QStringLiteral("readinessAction"));
    QVERIFY(open);
    open->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("readinessDialog"))) != nullptr);
    QFrame *service = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (service = dialog->findChild<QFrame *>(QStringLiteral("check-pinResetService"))) != nullptr, 5000);
    QCOMPARE(service->findChild<QLabel *>(QStringLiteral("state"))->text(), notReady);
    QVERIFY(service->findChild<QLabel *>(QStringLiteral("fix")));
    QFrame *client = dialog->findChild<QFrame *>(QStringLiteral("check-pinResetClient"));
    QCOMPARE(client->findChild<QLabel *>(QStringLiteral("state"))->text(), notReady);
    QFrame *policy = dialog->findChild<QFrame *>(QStringLiteral("check-pinRecoveryPolicy"));
    QCOMPARE(policy->findChild<QLabel *>(QStringLiteral("state"))->text(), ready);
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(QStringLiteral("%1/readiness-%2.png").arg(shots, language)));
    dialog->close();

    // Known not ready: reset on the Windows device is off, and says why.
    QTRY_VERIFY(!m_window->resetAction()->isEnabled());
    QVERIFY2(m_window->resetAction()->statusTip().contains(QLatin1String("Pin Reset")),
        qPrintable(m_window->resetAction()->statusTip()));
}

void TestMainWindow::syncNowHurriesTheWaitingAction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("syncLabel");
    QTest::addColumn<QString>("confirmHas");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Sync now") << QStringLiteral("check in");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Synchroniser maintenant")
                        << QStringLiteral("se synchroniser avec Intune");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Sincronizza ora")
                        << QStringLiteral("sincronizzarsi subito");
}

void TestMainWindow::syncNowHurriesTheWaitingAction()
{
    QFETCH(QString, language);
    QFETCH(QString, syncLabel);
    QFETCH(QString, confirmHas);
    Languages::install(language);
    m_sim->setCheckInDelay(3600 * 1000); // the device is asleep
    m_sim->setSyncCheckInDelay(3000);
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidDedicated);
    findBySearch(target.serialNumber);
    QCOMPARE(m_window->syncAction()->text(), syncLabel);
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());

    // Where the wait is shown, Sync now is offered: in the panel and on the action's row.
    QPushButton *panelSync = m_window->findChild<QPushButton *>(QStringLiteral("panelSyncButton"));
    QTRY_VERIFY_WITH_TIMEOUT(panelSync->isVisible(), 5000);
    QCOMPARE(panelSync->text(), syncLabel);
    QPushButton *rowSync = m_window->findChild<QPushButton *>(QStringLiteral("actionsSyncButton"));
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("actionsTable"));
    QVERIFY(!rowSync->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(rowSync->isEnabled());
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/sync-now-%2.png").arg(shots, language)));

    Prompt::setNextAnswer(true);
    QTest::mouseClick(panelSync, Qt::LeftButton);
    QVERIFY2(Prompt::lastText().contains(confirmHas), qPrintable(Prompt::lastText()));
    // The lock waited an hour; after the sync the device checks in within seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(target.id, ActionKind::RemoteLock), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(target.id, ActionKind::SyncDevice), 10000);
    QCOMPARE(m_session->actions()->latest(target.id, ActionKind::RemoteLock)->state, ActionState::Done);
    QCOMPARE(m_session->actions()->latest(target.id, ActionKind::SyncDevice)->state, ActionState::Done);
    QVERIFY(!panelSync->isVisible());
    QCOMPARE(m_sim->actionPostCount(target.id, QStringLiteral("remoteLock")), 1);
    QCOMPARE(m_sim->actionPostCount(target.id, QStringLiteral("syncDevice")), 1);
}

void TestMainWindow::outcomeElsewhereIsNotified()
{
    QStringList notes;
    Notifier::setSink([&](const QString &title, const QString &text) { notes << title + QLatin1String(": ") + text; });
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    findBySearch(target.serialNumber);
    Prompt::setNextAnswer(true);
    clickAction(m_window->lockAction());
    // The operator moves on to another caller's device before it is done.
    m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
    findBySearch(simDevice(Sim::DeviceKind::IPad).serialNumber);
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 10000);
    QVERIFY2(notes.first().contains(target.deviceName), qPrintable(notes.first()));
    QVERIFY(notes.first().contains(QLatin1String("Complete")));
    QDockWidget *dock = m_window->findChild<QDockWidget *>();
    QVERIFY(dock->windowTitle().contains(QLatin1String("1 new")));
    // Opening the device clears it.
    m_window->browser()->revealDevice(target.id);
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Device actions"));
    Notifier::setSink({});
}

void TestMainWindow::contrastInBothPalettes()
{
    // The card's colours are derived for any palette, the system's included.
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette(), QApplication::palette()}) {
        const QColor background = palette.color(QPalette::Window);
        QVERIFY(Appearance::contrastRatio(Appearance::digitColor(palette), background) >= 4.5);
        QVERIFY(Appearance::contrastRatio(Appearance::warningColor(palette), background) >= 4.5);
    }
    // Passdesk's own light and dark palettes read well everywhere.
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        const QColor background = palette.color(QPalette::Window);
        QVERIFY(Appearance::contrastRatio(palette.color(QPalette::WindowText), background) >= 4.5);
        QVERIFY(Appearance::contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(Appearance::contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight))
            >= 4.5);
    }
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(Appearance::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(Appearance::contrastRatio(QColor(0x0b, 0x57, 0xd0), QColor(0x0b, 0x57, 0xd0)), 1.0);
}

void TestMainWindow::darkMode_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestMainWindow::darkMode()
{
    QFETCH(QString, language);
    Languages::install(language);
    QAction *dark = m_window->findChild<QAction *>(QStringLiteral("appearance-dark"));
    QVERIFY(dark);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    dark->trigger();
    QVERIFY(Appearance::contrastRatio(QApplication::palette().color(QPalette::Window), Qt::black) < 2.0);
    resetAndWait(Sim::DeviceKind::AndroidFullyManaged);
    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("revealButton")), Qt::LeftButton);
    // The digits are drawn in the colour chosen for this palette.
    QLabel *passcode = card->findChild<QLabel *>(QStringLiteral("passcodeLabel"));
    QVERIFY(passcode->text().contains(Appearance::digitColor(card->palette()).name()));
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(QStringLiteral("%1/main-window-dark-%2.png").arg(shots, language)));
    m_window->findChild<QAction *>(QStringLiteral("appearance-system"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("system"));
    // Back to the system's own colours.
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void TestMainWindow::propertiesInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("corporate");
    QTest::addColumn<QString>("agent");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Corporate") << QStringLiteral("Intune (MDM)");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Entreprise") << QStringLiteral("Intune (MDM)");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Aziendale") << QStringLiteral("Intune (MDM)");
}

void TestMainWindow::propertiesInWords()
{
    QFETCH(QString, language);
    QFETCH(QString, corporate);
    QFETCH(QString, agent);
    Languages::install(language);
    const Sim::SimDevice &target = simDevice(Sim::DeviceKind::AndroidFullyManaged);
    QCOMPARE(target.managedDeviceOwnerType, QStringLiteral("company"));
    findBySearch(target.serialNumber);
    QStringList shown;
    bool ownership = false;
    bool management = false;
    for (QLabel *label : m_window->panel()->findChildren<QLabel *>()) {
        shown << label->text();
        // The word in the operator's language; Graph's own value on hover.
        if (label->toolTip().contains(QLatin1String("company"))) {
            QCOMPARE(label->text(), corporate);
            ownership = true;
        }
        if (label->toolTip().contains(QLatin1String(">mdm<")) || label->toolTip() == QLatin1String("mdm")) {
            QCOMPARE(label->text(), agent);
            management = true;
        }
    }
    QVERIFY(ownership);
    QVERIFY(management);
    QVERIFY2(
        !shown.contains(QStringLiteral("androidEnterpriseFullyManaged")), qPrintable(shown.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
