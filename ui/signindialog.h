#pragma once

#include <QDateTime>
#include <QDialog>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QWidget;

namespace Passdesk {

class AuthSession;

// Signs the operator in to the current profile: through the system browser,
// or with a device code when the browser cannot reach back to this computer.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(AuthSession *auth, QWidget *parent = nullptr);

    // Starts the browser sign-in (forceLogin: enter the credentials again).
    void startBrowser(bool forceLogin = false);
    void startDeviceCode();
    // A browser sign-in started elsewhere (re-authentication before an action).
    void showBrowserUrl(const QUrl &url);
    // Tests and platforms without a browser replace how URLs are opened.
    static void setBrowserOpener(const std::function<void(const QUrl &)> &opener);
    static void openInBrowser(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void showDeviceCode(const QString &code, const QUrl &uri, const QDateTime &expiresAt);
    void updateCountdown();

    AuthSession *m_auth;
    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QWidget *m_codeBox;
    QLabel *m_codeIntroLabel;
    QLabel *m_codeLabel;
    QLabel *m_codeExpiryLabel;
    QPushButton *m_copyCodeButton;
    QPushButton *m_copyLinkButton;
    QPushButton *m_reopenButton;
    QPushButton *m_deviceCodeButton;
    QPushButton *m_cancelButton;
    QTimer *m_tick;
    QUrl m_browserUrl;
    QUrl m_verificationUri;
    QDateTime m_codeExpiresAt;
    bool m_deviceCodeMode = false;
    static std::function<void(const QUrl &)> s_opener;
};

} // namespace Passdesk
