#include "passcodecard.h"

#include "appearance.h"

#include "clipboard.h"
#include "icons.h"
#include "secretformat.h"
#include "secretstore.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Passdesk {

PasscodeCard::PasscodeCard(SecretStore *store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_titleLabel(new QLabel(this))
    , m_passcodeLabel(new QLabel(this))
    , m_spellingLabel(new QLabel(this))
    , m_expiryLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_tellUserLabel(new QLabel(this))
    , m_revealButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_tick(new QTimer(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("passcodeCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_titleLabel->setObjectName(QStringLiteral("passcodeTitleLabel"));
    m_passcodeLabel->setObjectName(QStringLiteral("passcodeLabel"));
    m_spellingLabel->setObjectName(QStringLiteral("spellingLabel"));
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_tellUserLabel->setObjectName(QStringLiteral("tellUserLabel"));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));

    QFont title = m_titleLabel->font();
    title.setBold(true);
    m_titleLabel->setFont(title);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 2.4);
    mono.setBold(true);
    m_passcodeLabel->setFont(mono);
    m_passcodeLabel->setTextFormat(Qt::RichText);
    m_passcodeLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_spellingLabel->setWordWrap(true);
    m_spellingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tellUserLabel->setWordWrap(true);
    m_revealButton->setCheckable(true);
    m_revealButton->setIcon(Icons::icon(QStringLiteral("eye")));
    m_copyButton->setIcon(Icons::icon(QStringLiteral("copy")));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_passcodeLabel, 1);
    valueRow->addWidget(m_revealButton);
    valueRow->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(valueRow);
    layout->addWidget(m_spellingLabel);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_expiryLabel);
    timeRow->addStretch();
    timeRow->addWidget(m_countdownLabel);
    layout->addLayout(timeRow);
    layout->addWidget(m_tellUserLabel);

    connect(m_revealButton, &QPushButton::toggled, this, &PasscodeCard::setRevealed);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (const IssuedSecret *s = currentSecret())
            Clipboard::instance()->copySecret(s->value());
        m_copyButton->setText(tr("Copied; clears in %n second(s)", nullptr, Clipboard::instance()->timeout() / 1000));
    });
    connect(Clipboard::instance(), &Clipboard::cleared, this, &PasscodeCard::refresh);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PasscodeCard::updateCountdown);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, [this] { setRevealed(false); });
    connect(m_store, &SecretStore::secretChanged, this, [this](const QString &id) {
        if (id == m_deviceId)
            refresh();
    });
    refresh();
}

void PasscodeCard::setDevice(const QString &deviceId, const QString &tellUser)
{
    if (deviceId != m_deviceId)
        setRevealed(false);
    m_deviceId = deviceId;
    m_tellUser = tellUser;
    refresh();
}

const IssuedSecret *PasscodeCard::currentSecret() const
{
    if (m_deviceId.isEmpty())
        return nullptr;
    if (const IssuedSecret *s = m_store->secret(m_deviceId, IssuedSecret::Kind::Passcode))
        return s;
    return m_store->secret(m_deviceId, IssuedSecret::Kind::UnlockPin);
}

void PasscodeCard::setRevealed(bool revealed)
{
    m_revealed = revealed;
    if (revealed)
        m_autoHide->start(s_autoHideMsecs);
    else
        m_autoHide->stop();
    refresh();
}

QString PasscodeCard::renderSecret(const QString &secret) const
{
    // Digits and letters in different colours; look-alikes underlined.
    // Both read at 4.5:1 or better on this palette, light or dark.
    const QString digitColor = Appearance::digitColor(palette()).name();
    const QString letterColor = palette().color(QPalette::WindowText).name();
    QStringList groups;
    for (const QString &group : groupSecret(secret)) {
        QString html;
        for (const QChar c : group) {
            QString style = QStringLiteral("color:%1;").arg(c.isDigit() ? digitColor : letterColor);
            if (isLookAlike(c))
                style += QStringLiteral("text-decoration:underline;");
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, QString(c).toHtmlEscaped());
        }
        groups << html;
    }
    return groups.join(QStringLiteral("&nbsp;"));
}

void PasscodeCard::refresh()
{
    const IssuedSecret *s = currentSecret();
    const QDateTime expired
        = m_deviceId.isEmpty() ? QDateTime() : m_store->expiredAt(m_deviceId, IssuedSecret::Kind::Passcode);
    setVisible(s || expired.isValid());
    const bool pin = s && s->kind() == IssuedSecret::Kind::UnlockPin;
    m_titleLabel->setText(pin ? tr("Recovery PIN") : tr("Temporary passcode"));
    m_revealButton->setText(m_revealed ? tr("&Hide") : tr("&Reveal"));
    m_revealButton->setIcon(Icons::icon(m_revealed ? QStringLiteral("eye_off") : QStringLiteral("eye")));
    m_revealButton->setToolTip(tr("Show the passcode on screen; it hides again after a minute."));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(
        tr("Copy to the clipboard; cleared after %n second(s).", nullptr, Clipboard::instance()->timeout() / 1000));
    m_revealButton->setAccessibleName(m_revealButton->text().remove(QLatin1Char('&')));
    m_copyButton->setAccessibleName(m_copyButton->text().remove(QLatin1Char('&')));
    if (!s) {
        m_tick->stop();
        m_passcodeLabel->setText(QString());
        m_passcodeLabel->setAccessibleName(QString());
        m_spellingLabel->clear();
        m_countdownLabel->clear();
        m_tellUserLabel->clear();
        m_revealButton->hide();
        m_copyButton->hide();
        if (expired.isValid())
            m_expiryLabel->setText(tr("The temporary passcode expired on %1 and is no longer available.")
                                       .arg(QLocale().toString(expired.toLocalTime(), QLocale::LongFormat)));
        return;
    }
    m_revealButton->show();
    m_copyButton->show();
    m_revealButton->blockSignals(true);
    m_revealButton->setChecked(m_revealed);
    m_revealButton->blockSignals(false);
    if (m_revealed) {
        m_passcodeLabel->setText(renderSecret(s->value()));
        m_passcodeLabel->setAccessibleName(spellSecret(s->value(), QStringLiteral(", ")));
        m_spellingLabel->setText(spellSecret(s->value(), QStringLiteral(" · ")));
    } else {
        QStringList dots;
        for (const QString &g : groupSecret(s->value()))
            dots << QString(g.size(), QChar(0x2022));
        m_passcodeLabel->setText(dots.join(QStringLiteral("&nbsp;")));
        m_passcodeLabel->setAccessibleName(tr("Hidden passcode"));
        m_spellingLabel->setText(tr("Hidden. Choose Reveal when the user is ready to type it."));
    }
    m_tellUserLabel->setText(m_tellUser);
    m_tick->start();
    updateCountdown();
}

void PasscodeCard::updateCountdown()
{
    const IssuedSecret *s = currentSecret();
    if (!s) {
        refresh();
        return;
    }
    const QLocale locale;
    m_expiryLabel->setText(tr("Expires %1").arg(locale.toString(s->expiresAt().toLocalTime(), QLocale::LongFormat)));
    const qint64 remaining = s->remainingSecs(m_store->now());
    m_countdownLabel->setText(formatRemaining(remaining));
    // The last 24 hours stand out.
    const bool warn = remaining < 24 * 3600;
    m_countdownLabel->setProperty("warning", warn);
    m_countdownLabel->setStyleSheet(warn
            ? QStringLiteral("color:%1;font-weight:bold;").arg(Appearance::warningColor(palette()).name())
            : QString());
}

void PasscodeCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace Passdesk
