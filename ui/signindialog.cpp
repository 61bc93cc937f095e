#include "signindialog.h"

#include "authsession.h"
#include "secretformat.h"
#include "serverclock.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Passdesk {

std::function<void(const QUrl &)> SignInDialog::s_opener;

void SignInDialog::setBrowserOpener(const std::function<void(const QUrl &)> &opener)
{
    s_opener = opener;
}

void SignInDialog::openInBrowser(const QUrl &url)
{
    if (s_opener)
        s_opener(url);
    else
        QDesktopServices::openUrl(url);
}

SignInDialog::SignInDialog(AuthSession *auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_titleLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_codeBox(new QWidget(this))
    , m_codeIntroLabel(new QLabel(m_codeBox))
    , m_codeLabel(new QLabel(m_codeBox))
    , m_codeExpiryLabel(new QLabel(m_codeBox))
    , m_copyCodeButton(new QPushButton(m_codeBox))
    , m_copyLinkButton(new QPushButton(m_codeBox))
    , m_reopenButton(new QPushButton(this))
    , m_deviceCodeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_statusLabel->setObjectName(QStringLiteral("signInStatusLabel"));
    m_codeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_codeIntroLabel->setObjectName(QStringLiteral("codeIntroLabel"));
    m_copyCodeButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_reopenButton->setObjectName(QStringLiteral("reopenBrowserButton"));
    m_deviceCodeButton->setObjectName(QStringLiteral("deviceCodeButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_titleLabel->setFont(title);
    m_statusLabel->setWordWrap(true);
    m_codeIntroLabel->setWordWrap(true);
    m_codeIntroLabel->setTextFormat(Qt::RichText);
    m_codeIntroLabel->setOpenExternalLinks(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 2.2);
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);

    auto *codeButtons = new QHBoxLayout;
    codeButtons->addWidget(m_copyCodeButton);
    codeButtons->addWidget(m_copyLinkButton);
    codeButtons->addStretch();
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeIntroLabel);
    codeLayout->addWidget(m_codeLabel);
    codeLayout->addWidget(m_codeExpiryLabel);
    codeLayout->addLayout(codeButtons);
    m_codeBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopenButton);
    buttons->addWidget(m_deviceCodeButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_codeBox);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_reopenButton, &QPushButton::clicked, this, [this] {
        if (m_browserUrl.isValid())
            openInBrowser(m_browserUrl);
    });
    connect(m_deviceCodeButton, &QPushButton::clicked, this, &SignInDialog::startDeviceCode);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_copyCodeButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_codeLabel->text()); });
    connect(m_copyLinkButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_verificationUri.toString()); });
    connect(m_auth, &AuthSession::browserRequested, this, [this](const QUrl &url) {
        m_browserUrl = url;
        m_reopenButton->setEnabled(true);
        openInBrowser(url);
    });
    connect(m_auth, &AuthSession::deviceCodeReady, this, &SignInDialog::showDeviceCode);
    connect(m_auth, &AuthSession::signedIn, this, &QDialog::accept);
    connect(m_auth, &AuthSession::signInFailed, this, [this](const QString &message) {
        m_tick->stop();
        m_statusLabel->setText(message);
        m_reopenButton->setEnabled(false);
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SignInDialog::updateCountdown);
    m_reopenButton->setEnabled(false);
    retranslate();
}

void SignInDialog::startBrowser(bool forceLogin)
{
    m_deviceCodeMode = false;
    m_codeBox->hide();
    m_auth->signInWithBrowser(forceLogin);
    retranslate();
}

void SignInDialog::showBrowserUrl(const QUrl &url)
{
    m_browserUrl = url;
    m_reopenButton->setEnabled(true);
    openInBrowser(url);
}

void SignInDialog::startDeviceCode()
{
    m_deviceCodeMode = true;
    m_reopenButton->setEnabled(false);
    m_auth->signInWithDeviceCode();
    retranslate();
}

void SignInDialog::showDeviceCode(const QString &code, const QUrl &uri, const QDateTime &expiresAt)
{
    m_verificationUri = uri;
    m_codeExpiresAt = expiresAt;
    m_codeLabel->setText(code);
    m_codeLabel->setAccessibleName(spellSecret(code, QStringLiteral(", ")));
    m_codeBox->show();
    m_tick->start();
    retranslate();
    adjustSize();
}

void SignInDialog::updateCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_codeExpiresAt);
    m_codeExpiryLabel->setText(left > 0 ? tr("The code is valid for %1.").arg(formatDuration(left))
                                        : tr("The code has expired. Choose “Use a code instead” for a new one."));
}

void SignInDialog::retranslate()
{
    const QString profile = m_auth->profile().displayName;
    setWindowTitle(tr("Sign in — %1").arg(profile));
    m_titleLabel->setText(tr("Sign in to %1").arg(profile));
    m_statusLabel->setText(m_deviceCodeMode
            ? tr("Waiting for you to enter the code. Passdesk continues by itself once you are signed in.")
            : tr("Passdesk has opened your browser: sign in there with your work account. If the browser cannot come "
                 "back to this computer, use a code instead."));
    m_codeIntroLabel->setText(tr("On any device, open <a href=\"%1\">%1</a> and enter this code:")
                                  .arg(m_verificationUri.toString().toHtmlEscaped()));
    m_copyCodeButton->setText(tr("Copy &code"));
    m_copyLinkButton->setText(tr("Copy &link"));
    m_reopenButton->setText(tr("&Open the browser again"));
    m_deviceCodeButton->setText(tr("&Use a code instead"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_tick->isActive())
        updateCountdown();
}

void SignInDialog::reject()
{
    m_tick->stop();
    m_auth->cancelSignIn();
    QDialog::reject();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Passdesk
