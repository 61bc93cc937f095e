#include "actionjob.h"
#include "authcodeflow.h"
#include "authsession.h"
#include "clipboard.h"
#include "devicebrowser.h"
#include "deviceindex.h"
#include "devicepanel.h"
#include "devicestore.h"
#include "devicetreemodel.h"
#include "languages.h"
#include "logfile.h"
#include "mainwindow.h"
#include "passcodecard.h"
#include "profileeditor.h"
#include "prompt.h"
#include "secretsbox.h"
#include "secretstore.h"
#include "serverclock.h"
#include "session.h"
#include "signindialog.h"
#include "simserver.h"
#include "tenantprofile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QUrlQuery>

using namespace Passdesk;

namespace {
QString g_captured;
QtMessageHandler g_next = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_captured += QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message
        + QLatin1Char('\n');
    if (g_next)
        g_next(type, context, message);
}
} // namespace

// Sign-in, step-up and secrets in the console, driven through real widgets
// against the simulator's identity and Graph endpoints.
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepUpWindowIsEnforced();
    void stepUpIgnoresSilentRefreshAndSecondClick();
    void signInDialogWithBrowserAndDeviceCode_data();
    void signInDialogWithBrowserAndDeviceCode();
    void profileEditor_data();
    void profileEditor();
    void clipboardConcealsAndClears();
    void revealAsksForConsentOnFirstUse();
    void scriptedSessionLeaksNoSecret();
    void savedListShowsAtOnceThenRefreshes_data();
    void savedListShowsAtOnceThenRefreshes();

private:
    QUrl host() const;
    void startWindow(bool followRedirect);
    void selectAndReset(Sim::DeviceKind kind);
    void saveShot(QWidget *widget, const QString &name);

    Sim::SimServer *m_sim = nullptr;
    Session *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Passdesk-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_signin"));
    // Start from nothing: no profile, no log, no cache of an earlier run.
    for (const auto location :
        {QStandardPaths::AppConfigLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    QSettings().clear();
    LogFile::install(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1String("/logs"));
    g_next = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("passdesk.*=true"));
}

void TestSignIn::init()
{
    Languages::install(QStringLiteral("en"));
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 60);
    m_sim->setCheckInDelay(300);
    QVERIFY(m_sim->listen() != 0);
    m_session = new Session(this);
    m_session->setPollInterval(50);
}

void TestSignIn::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    delete m_sim;
    SignInDialog::setBrowserOpener({});
    Languages::install(QStringLiteral("en"));
}

QUrl TestSignIn::host() const
{
    QUrl url = m_sim->baseUrl();
    url.setPath(QString());
    return url;
}

void TestSignIn::startWindow(bool followRedirect)
{
    m_window = new MainWindow(m_session);
    m_window->setDemoHost(host());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    if (followRedirect) {
        m_window->activateProfile(ProfileStore::demoProfile().id);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->devices()->deviceCount(), 60, 10000);
        QLabel *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
        QTRY_VERIFY(user->text().contains(QLatin1String("Alex Martin")));
    }
}

void TestSignIn::saveShot(QWidget *widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    QTest::qWait(50); // let pending layout requests settle, as on screen
    if (!shots.isEmpty())
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2.png").arg(shots, name)));
}

void TestSignIn::selectAndReset(Sim::DeviceKind kind)
{
    const QString id = m_sim->devices()[size_t(kind)].id;
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    QTest::keyClicks(search, m_sim->devices()[size_t(kind)].serialNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{id});
    Prompt::setNextAnswer(true);
    QToolBar *bar = m_window->findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
    QTest::mouseClick(bar->widgetForAction(m_window->resetAction()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->actionExecutedCount(id, QStringLiteral("resetPasscode")) == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(id, ActionKind::ResetPasscode), 10000);
}

void TestSignIn::revealAsksForConsentOnFirstUse()
{
    // No administrator consent for the LAPS permission: the first Reveal asks
    // for it silently, is refused, and the card offers the browser sign-in that
    // gives it; after it the password shows, without a second click on Reveal.
    startWindow(true);
    const Sim::SimDevice &pc = m_sim->devices()[size_t(Sim::DeviceKind::WindowsPc)];
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, pc.serialNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{pc.id});
    SecretsBox *box = m_window->panel()->secretsBox();
    QTRY_VERIFY(box->findChild<QPushButton *>(QStringLiteral("revealLaps")));
    const int signIns = m_sim->tokenRequestCount(QStringLiteral("authorization_code"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("revealLaps")), Qt::LeftButton);
    QPushButton *consent = box->findChild<QPushButton *>(QStringLiteral("secretConsentButton"));
    QTRY_VERIFY_WITH_TIMEOUT(consent->isVisible(), 10000);
    const QString status = box->findChild<QLabel *>(QStringLiteral("secretStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("DeviceLocalCredential.Read.All")), qPrintable(status));
    QCOMPARE(m_session->auth()->state(), AuthSession::State::SignedIn);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), signIns);
    QVERIFY(box->shownValue().isEmpty());
    saveShot(m_window, QStringLiteral("secret-consent-en"));
    QTest::mouseClick(consent, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->shownValue(), m_sim->lapsPasswords(pc.azureADDeviceId).first(), 10000);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), signIns + 1);
    QVERIFY(!consent->isVisible());
}

void TestSignIn::savedListShowsAtOnceThenRefreshes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestSignIn::savedListShowsAtOnceThenRefreshes()
{
    // A first start loads the demo tenant from Graph and keeps it on this computer.
    QFETCH(QString, language);
    const QString saved = DeviceIndex::filePath(ProfileStore::demoProfile().id);
    QFile::remove(saved);
    const QTime firstLoad = QTime::currentTime();
    startWindow(true);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 10000);
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = new Session(this);

    // The next start, with Graph far away and one device renamed since: the
    // saved list shows before the sign-in ends, then is read again.
    std::vector<Sim::SimDevice> devices = m_sim->devices();
    const QString renamedId = devices.front().id;
    devices.front().deviceName = QStringLiteral("Renamed since");
    delete m_sim;
    m_sim = new Sim::SimServer(this);
    m_sim->generate(20261123, 60);
    m_sim->setDevices(devices);
    m_sim->setLatency(700);
    QVERIFY(m_sim->listen() != 0);
    Languages::install(language);
    startWindow(false);
    QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QProgressBar *progress = m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    QElapsedTimer shown;
    shown.start();
    m_window->activateProfile(ProfileStore::demoProfile().id);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->devices()->deviceCount(), 60, 5000);
    QVERIFY2(shown.elapsed() < 1400, "the saved list waited for Graph"); // less than two round trips
    QVERIFY(m_session->auth()->state() != AuthSession::State::SignedIn);
    QVERIFY(m_session->devices()->deviceById(renamedId)->deviceName != QLatin1String("Renamed since"));
    // Search works on it at once.
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, devices[5].serialNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{devices[5].id});
    // "As of" the first load (which may have been the minute before).
    const auto saysAsOf = [&] {
        return status->text().contains(QLocale().toString(firstLoad, QLocale::ShortFormat))
            || status->text().contains(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    };
    QVERIFY2(saysAsOf(), qPrintable(status->text()));

    // The refresh: progress against the list shown, "as of" still said.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 15000);
    QCOMPARE(progress->maximum(), 60);
    QVERIFY2(saysAsOf(), qPrintable(status->text()));
    saveShot(m_window, QStringLiteral("warm-start-refresh-%1").arg(language));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_session->devices()->deviceById(renamedId)->deviceName, QStringLiteral("Renamed since"), 20000);
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(m_window->browser()->selectedDeviceIds(), QStringList{devices[5].id});
}

void TestSignIn::stepUpWindowIsEnforced()
{
    m_sim->setRequireRecentSignIn(300); // the backend insists too
    startWindow(true);
    const int signIns = m_sim->tokenRequestCount(QStringLiteral("authorization_code"));

    // Signed in a moment ago: no second sign-in.
    selectAndReset(Sim::DeviceKind::AndroidFullyManaged);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), signIns);

    // Six minutes later on the server's clock, the next reset asks first.
    m_sim->clock().advance(6 * 60 * 1000);
    m_session->clock()->observeServerDate(m_sim->clock().now());
    selectAndReset(Sim::DeviceKind::AndroidDedicated);
    QCOMPARE(m_sim->tokenRequestCount(QStringLiteral("authorization_code")), signIns + 1);
    QCOMPARE(m_sim->lastAuthorizeQuery().queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
    QLabel *outcome = m_window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
    QTRY_VERIFY(outcome->text().contains(QLatin1String("Complete")));
}

void TestSignIn::stepUpIgnoresSilentRefreshAndSecondClick()
{
    startWindow(true);
    m_sim->clock().advance(6 * 60 * 1000);
    m_session->clock()->observeServerDate(m_sim->clock().now());
    // This time the browser is the test's: the step-up waits for it.
    m_session->auth()->setFollowsRedirectItself(false);
    QList<QUrl> opened;
    SignInDialog::setBrowserOpener([&](const QUrl &url) { opened << url; });
    const Sim::SimDevice &device = m_sim->devices()[size_t(Sim::DeviceKind::AndroidDedicated)];
    QLineEdit *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, device.serialNumber);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->selectedDeviceIds(), QStringList{device.id});
    Prompt::setNextAnswer(true);
    QToolBar *bar = m_window->findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
    QTest::mouseClick(bar->widgetForAction(m_window->resetAction()), Qt::LeftButton);

    // The sign-in dialog is modal, and the device is busy from the click.
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SignInDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(m_session->isActionRunning(device.id, ActionKind::ResetPasscode));
    QVERIFY(!m_window->resetAction()->isEnabled());
    // A second click (by any path) makes no second job.
    const int asked = Prompt::askedCount();
    m_window->resetAction()->trigger();
    QCOMPARE(Prompt::askedCount(), asked);
    QCOMPARE(m_session->findChildren<ActionJob *>().size(), 1);

    // A silent refresh, and a "signed in" from it, during the dialog: nothing is sent.
    bool refreshed = false;
    m_session->auth()->refreshAccessToken(this, [&](bool ok) { refreshed = ok; });
    QTRY_VERIFY(refreshed);
    Q_EMIT m_session->auth()->signedIn(m_session->auth()->userName());
    QTest::qWait(500);
    QCOMPARE(m_sim->actionPostCount(device.id, QStringLiteral("resetPasscode")), 0);

    // The operator signs in in the browser: now, and only now, one reset leaves.
    QTRY_VERIFY(!opened.isEmpty());
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *authorize = browser.get(QNetworkRequest(opened.last()));
    QTRY_VERIFY(authorize->isFinished());
    const QUrl back = authorize->header(QNetworkRequest::LocationHeader).toUrl();
    delete authorize;
    QVERIFY(back.isValid());
    QNetworkReply *redirect = browser.get(QNetworkRequest(back));
    connect(redirect, &QNetworkReply::finished, redirect, &QObject::deleteLater);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->actionExecutedCount(device.id, QStringLiteral("resetPasscode")) == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isActionRunning(device.id, ActionKind::ResetPasscode), 10000);
    QCOMPARE(m_sim->actionPostCount(device.id, QStringLiteral("resetPasscode")), 1);
}

void TestSignIn::signInDialogWithBrowserAndDeviceCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("deviceCodeLabel");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Use a code instead");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Utiliser un code à la place");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("&Usa un codice");
}

void TestSignIn::signInDialogWithBrowserAndDeviceCode()
{
    QFETCH(QString, language);
    QFETCH(QString, deviceCodeLabel);
    Languages::install(language);
    m_sim->setDeviceCodeApprovalDelay(-1);
    m_sim->setDeviceCodeInterval(1);
    QString error;
    QVERIFY(m_session->useProfile(ProfileStore::demoProfile(), host(), &error));
    // The test is the browser: it follows the authorize redirect back to the loopback port.
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QList<QUrl> opened;
    SignInDialog::setBrowserOpener([&](const QUrl &url) { opened << url; });

    SignInDialog dialog(m_session->auth());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *deviceCode = dialog.findChild<QPushButton *>(QStringLiteral("deviceCodeButton"));
    QCOMPARE(deviceCode->text(), deviceCodeLabel);
    dialog.startBrowser();
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));

    // The browser cannot come back: the operator uses a code instead.
    QTest::mouseClick(deviceCode, Qt::LeftButton);
    QLabel *code = dialog.findChild<QLabel *>(QStringLiteral("userCodeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && code->text().size() == 9, 5000);
    saveShot(&dialog, QStringLiteral("sign-in-%1").arg(language));
    QPushButton *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyCodeButton"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());

    // The user enters it on another device.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QNetworkRequest request(QUrl(host().toString() + QLatin1String("/devicelogin")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(request, "user_code=" + code->text().toLatin1());
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_session->auth()->state(), AuthSession::State::SignedIn);
}

void TestSignIn::profileEditor_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("errorHas");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("GUID");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("GUID");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("GUID");
}

void TestSignIn::profileEditor()
{
    QFETCH(QString, language);
    QFETCH(QString, errorHas);
    Languages::install(language);
    ProfileEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QListWidget *list = editor.findChild<QListWidget *>(QStringLiteral("profileList"));
    const int before = list->count();
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addProfileButton")), Qt::LeftButton);
    QCOMPARE(list->count(), before + 1);
    QLineEdit *name = editor.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Fabrikam %1").arg(language));
    QTest::keyClicks(
        editor.findChild<QLineEdit *>(QStringLiteral("tenantEdit")), QStringLiteral("fabrikam.onmicrosoft.com"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), QStringLiteral("not-a-guid"));
    QPushButton *save = editor.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QLabel *error = editor.findChild<QLabel *>(QStringLiteral("profileErrorLabel"));
    QVERIFY2(error->text().contains(errorHas), qPrintable(error->text()));
    saveShot(&editor, QStringLiteral("profile-editor-%1").arg(language));
    QLineEdit *clientId = editor.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
    clientId->clear();
    QTest::keyClicks(clientId, QStringLiteral("6731de76-14a6-49ae-97bc-6eba6914391e"));
    editor.findChild<QComboBox *>(QStringLiteral("cloudCombo"))->setCurrentIndex(1);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->text().isEmpty());
    const TenantProfile saved = ProfileStore().findByName(QStringLiteral("Fabrikam %1").arg(language));
    QCOMPARE(saved.tenant, QStringLiteral("fabrikam.onmicrosoft.com"));
    QCOMPARE(saved.cloud, Cloud::UsGovL4);
    QCOMPARE(saved.authorityUrl().toString(),
        QStringLiteral("https://login.microsoftonline.us/fabrikam.onmicrosoft.com/oauth2/v2.0"));
    QCOMPARE(saved.graphBaseUrl().toString(), QStringLiteral("https://graph.microsoft.us/beta"));
    ProfileStore().remove(saved.id);
}

void TestSignIn::clipboardConcealsAndClears()
{
    Clipboard *clipboard = Clipboard::instance();
    clipboard->setTimeout(300);
    clipboard->copySecret(QStringLiteral("K7QX4M2P"));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), QStringLiteral("K7QX4M2P"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
    QVERIFY(mime->hasFormat(QStringLiteral("CanIncludeInClipboardHistory")));
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);

    // Something the operator copied since is left alone.
    clipboard->copySecret(QStringLiteral("SECOND01"));
    QGuiApplication::clipboard()->setText(QStringLiteral("ticket 4711"));
    QTest::qWait(600);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ticket 4711"));
    clipboard->setTimeout(30000);
}

void TestSignIn::scriptedSessionLeaksNoSecret()
{
    // Sign in, load, reset a passcode, reveal, copy, quit; then look everywhere.
    QByteArray verifier;
    QByteArrayList tokens;
    connect(m_session->auth(), &AuthSession::stateChanged, this, [&](AuthSession::State s) {
        if (s == AuthSession::State::SigningIn) {
            if (auto *flow = m_session->auth()->findChild<AuthCodeFlow *>())
                connect(flow, &AuthCodeFlow::browserRequested, this,
                    [&, flow] { verifier = flow->codeVerifierForTests(); });
        }
    });
    startWindow(true);
    QVERIFY(!verifier.isEmpty());
    tokens << m_session->auth()->accessToken() << m_session->auth()->refreshTokenForTests();
    m_session->setStepUpWindow(0);
    selectAndReset(Sim::DeviceKind::AndroidCorporateWorkProfile);
    const QString id = m_sim->devices()[size_t(Sim::DeviceKind::AndroidCorporateWorkProfile)].id;
    const QString passcode = m_sim->lastIssuedPasscode(id);
    QVERIFY(!passcode.isEmpty());
    PasscodeCard *card = m_window->panel()->passcodeCard();
    QTRY_VERIFY(card->isVisible());
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("revealButton")), Qt::LeftButton);
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), passcode);
    m_window->close(); // saves window settings
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
    Clipboard::instance()->clearIfOurs(); // as on quit
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    QVERIFY(!g_captured.isEmpty());
    QVERIFY(g_captured.contains(QLatin1String("passdesk.auth"))); // the log did run
    QStringList files;
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
             QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.contains(QSettings().fileName()));
    QVERIFY(files.contains(LogFile::path()));
    QByteArrayList secrets{passcode.toLatin1(), verifier};
    for (const QByteArray &t : std::as_const(tokens)) {
        QVERIFY(!t.isEmpty());
        secrets << t;
    }
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY2(!g_captured.toUtf8().contains(secret), "a secret is in the log output");
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(QStringLiteral("a secret is in %1").arg(path)));
        }
    }
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
