#include "secretsbox.h"

#include "appearance.h"
#include "authsession.h"
#include "clipboard.h"
#include "job.h"
#include "lapsjob.h"
#include "recoverysecretjob.h"
#include "safetext.h"
#include "secretformat.h"
#include "session.h"
#include "supportmatrix.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Passdesk {

SecretsBox::SecretsBox(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_status(new QLabel(this))
    , m_consent(new QPushButton(this))
    , m_shown(new QWidget(this))
    , m_shownTitle(new QLabel(m_shown))
    , m_valueLabel(new QLabel(m_shown))
    , m_spellingLabel(new QLabel(m_shown))
    , m_hide(new QPushButton(m_shown))
    , m_copy(new QPushButton(m_shown))
    , m_rotate(new QPushButton(m_shown))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("secretsBox"));
    m_status->setObjectName(QStringLiteral("secretStatus"));
    m_consent->setObjectName(QStringLiteral("secretConsentButton"));
    m_valueLabel->setObjectName(QStringLiteral("secretValue"));
    m_spellingLabel->setObjectName(QStringLiteral("secretSpelling"));
    m_hide->setObjectName(QStringLiteral("secretHideButton"));
    m_copy->setObjectName(QStringLiteral("secretCopyButton"));
    m_rotate->setObjectName(QStringLiteral("secretRotateButton"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_shownTitle->setTextFormat(Qt::PlainText);
    m_shownTitle->setWordWrap(true);
    QFont big = m_valueLabel->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_valueLabel->setFont(big);
    m_valueLabel->setTextFormat(Qt::RichText);
    m_valueLabel->setWordWrap(true);
    m_spellingLabel->setWordWrap(true);
    m_spellingLabel->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hide);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_rotate);
    auto *shownLayout = new QVBoxLayout(m_shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addWidget(m_shownTitle);
    shownLayout->addWidget(m_valueLabel);
    shownLayout->addWidget(m_spellingLabel);
    shownLayout->addLayout(buttons);
    m_shown->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows);
    layout->addWidget(m_status);
    layout->addWidget(m_consent, 0, Qt::AlignLeft);
    layout->addWidget(m_shown);
    m_status->hide();
    m_consent->hide();
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &SecretsBox::hideSecret);
    // Secrets go with the sign-in.
    connect(m_session->auth(), &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedOut)
            hideSecret();
    });
    connect(m_hide, &QPushButton::clicked, this, &SecretsBox::hideSecret);
    connect(m_rotate, &QPushButton::clicked, this, [this] { Q_EMIT rotateRequested(m_rotateKind); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_value.isEmpty())
            Clipboard::instance()->copySecret(m_value); // concealed, cleared after 30 seconds
    });
    rebuild();
}

void SecretsBox::setDevice(const Device *device)
{
    const QString id = device ? device->id : QString();
    if (id != m_device.id) {
        hideSecret(); // a secret never outlives the device it belongs to on screen
        m_status->hide();
        m_consent->hide();
        if (m_job)
            m_job->cancel(); // its answer would be for another device
    }
    m_device = device ? *device : Device();
    rebuild();
}

void SecretsBox::rebuild()
{
    setTitle(tr("Recovery secrets"));
    m_hide->setText(tr("&Hide"));
    m_consent->setText(tr("Sign in to &give the permission…"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy to the clipboard, hidden from clipboard history; cleared after 30 seconds."));
    m_rotate->setText(SupportMatrix::actionLabel(m_rotateKind, false) + QStringLiteral("…"));
    m_rotate->setToolTip(tr("Once the user is back in, ask the device for a new one: the secret read here then stops "
                            "working."));
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_keyId = nullptr;
    // The kinds the support matrix speaks of for this device; those it cannot have say why.
    QList<QPair<Kind, SecretSupport>> kinds;
    for (const auto &[kind, secret] :
        {std::pair{Kind::Laps, SecretKind::LapsPassword}, {Kind::BitLocker, SecretKind::BitLockerKey},
            {Kind::FileVault, SecretKind::FileVaultKey}, {Kind::BypassCode, SecretKind::BypassCode}}) {
        const SecretSupport support = m_session->matrix().evaluateSecret(m_device, secret);
        if (support.listed)
            kinds.append({kind, support});
    }
    setVisible(!kinds.isEmpty() && !m_device.id.isEmpty());
    for (const auto &entry : std::as_const(kinds)) {
        const Kind kind = entry.first; // a plain variable: lambdas below capture it
        const SecretSupport &support = entry.second;
        auto *row = new QWidget(m_rows);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(row);
        label->setWordWrap(true);
        auto *button = new QPushButton(tr("Reveal…"), row);
        QString title;
        QString note;
        switch (kind) {
        case Kind::Laps:
            title = tr("Windows LAPS password (local administrator)");
            note = tr("Entra ID logs this read with your name.");
            button->setObjectName(QStringLiteral("revealLaps"));
            break;
        case Kind::BitLocker:
            title = tr("BitLocker recovery key");
            note = tr("Entra ID logs this read with your name. Type the first characters of the key ID the user's "
                      "recovery screen shows.");
            button->setObjectName(QStringLiteral("revealBitLocker"));
            break;
        case Kind::FileVault:
            title = tr("FileVault personal recovery key");
            button->setObjectName(QStringLiteral("revealFileVault"));
            break;
        case Kind::BypassCode:
            title = tr("Activation Lock bypass code");
            note = tr("Only supervised devices have one; it is gone after a wipe.");
            button->setObjectName(QStringLiteral("revealBypass"));
            break;
        }
        if (!support.supported)
            note = support.reasonText(); // a disabled Reveal says why
        label->setText(note.isEmpty() ? title : tr("%1\n%2").arg(title, note));
        button->setEnabled(support.supported);
        if (!support.supported)
            button->setToolTip(support.reasonText());
        h->addWidget(label, 1);
        if (kind == Kind::BitLocker && support.supported) {
            m_keyId = new QLineEdit(row);
            m_keyId->setObjectName(QStringLiteral("bitlockerKeyId"));
            m_keyId->setPlaceholderText(tr("Key ID"));
            m_keyId->setAccessibleName(tr("First characters of the key ID"));
            m_keyId->setMaxLength(36);
            m_keyId->setFixedWidth(110);
            h->addWidget(m_keyId);
        }
        button->setAccessibleName(tr("Reveal %1").arg(title));
        connect(button, &QPushButton::clicked, this, [this, kind] { reveal(kind); });
        h->addWidget(button);
        m_rowsLayout->addWidget(row);
    }
}

void SecretsBox::reveal(Kind kind)
{
    if (m_job || m_askingScopes || m_device.id.isEmpty())
        return;
    hideSecret();
    m_consent->hide();
    m_status->setText(tr("Reading from Microsoft Graph…"));
    m_status->show();
    // The LAPS and BitLocker permissions are asked for on first use, not at sign-in.
    QStringList scopes;
    if (kind == Kind::Laps)
        scopes << LapsPasswordJob::scope();
    else if (kind == Kind::BitLocker)
        scopes << RecoverySecretJob::bitlockerScope();
    const QString deviceId = m_device.id;
    m_askingScopes = true;
    m_session->requestScopes(scopes, this, [this, kind, deviceId, scopes](AuthSession::ScopeOutcome outcome) {
        m_askingScopes = false;
        if (deviceId != m_device.id)
            return;
        if (outcome == AuthSession::ScopeOutcome::ConsentRequired)
            askConsent(kind, scopes);
        else
            read(kind); // without the scope, the read says what is missing
    });
}

void SecretsBox::askConsent(Kind kind, const QStringList &scopes)
{
    const QString what
        = kind == Kind::Laps ? tr("Reading Windows LAPS passwords") : tr("Reading BitLocker recovery keys");
    m_status->setText(tr("%1 needs the permission %2, which has not been given to Passdesk yet. Sign in to give "
                         "it; your tenant's administrator may have to approve it.")
                          .arg(what, scopes.join(QStringLiteral(", "))));
    m_consent->show();
    m_consent->disconnect(this);
    connect(m_consent, &QPushButton::clicked, this, [this, kind] {
        m_consent->hide();
        m_status->setText(tr("Waiting for the sign-in…"));
        AuthSession *auth = m_session->auth();
        const QString deviceId = m_device.id;
        // Whichever comes first: the sign-in, or its failure.
        auto *context = new QObject(this);
        connect(auth, &AuthSession::interactiveSignInCompleted, context, [this, context, kind, deviceId] {
            context->deleteLater();
            if (deviceId == m_device.id)
                reveal(kind);
        });
        connect(auth, &AuthSession::signInFailed, context, [this, context, deviceId](const QString &message) {
            context->deleteLater();
            if (deviceId == m_device.id)
                m_status->setText(message);
        });
        auth->signInWithBrowser(); // asks for the scopes awaiting consent
    });
}

void SecretsBox::read(Kind kind)
{
    const QString deviceId = m_device.id;
    if (kind == Kind::Laps) {
        LapsPasswordJob *job = m_session->readLapsPassword(deviceId);
        m_job = job;
        connect(job, &Job::finished, this, [this, job, deviceId] {
            const LapsPasswordJob::Result &r = job->result();
            if (deviceId != m_device.id)
                return;
            if (!r.ok) {
                m_status->setText(r.error ? r.error() : QString());
                return;
            }
            const LocalAdminCredential &c = r.info.credentials.front();
            m_session->recordReveal(QStringLiteral("lapsPassword"), deviceId, m_device.deviceName);
            show(Kind::Laps, c.password,
                tr("Account %1 · backed up %2 · next rotation %3")
                    .arg(safeText(c.accountName),
                        QLocale().toString(c.backupDateTime.toLocalTime(), QLocale::ShortFormat),
                        QLocale().toString(r.info.refreshDateTime.toLocalTime(), QLocale::ShortFormat)));
        });
        job->start();
        return;
    }
    const RecoverySecretJob::Kind jobKind = kind == Kind::BitLocker ? RecoverySecretJob::Kind::BitLockerKey
        : kind == Kind::FileVault                                   ? RecoverySecretJob::Kind::FileVaultKey
                                                                    : RecoverySecretJob::Kind::BypassCode;
    RecoverySecretJob *job = m_session->readRecoverySecret(int(jobKind), deviceId);
    if (kind == Kind::BitLocker && m_keyId)
        job->setKeyIdPrefix(m_keyId->text());
    m_job = job;
    connect(job, &Job::finished, this, [this, job, deviceId, kind] {
        const RecoverySecretJob::Result &r = job->result();
        if (deviceId != m_device.id)
            return;
        if (!r.ok) {
            m_status->setText(r.error ? r.error() : QString());
            return;
        }
        m_session->recordReveal(kind == Kind::BitLocker ? QStringLiteral("bitlockerKey")
                : kind == Kind::FileVault               ? QStringLiteral("fileVaultKey")
                                                        : QStringLiteral("bypassCode"),
            deviceId, m_device.deviceName);
        show(kind, r.secret.value,
            kind == Kind::BitLocker ? tr("Key ID %1").arg(bitlockerKeyChoice(r.secret)) : QString());
    });
    job->start();
}

QString SecretsBox::render(Kind kind, const QString &value) const
{
    // Digits, letters and symbols in different colours; look-alikes underlined.
    const QString digitColor = Appearance::digitColor(palette()).name();
    const QString letterColor = palette().color(QPalette::WindowText).name();
    const QString symbolColor = Appearance::warningColor(palette()).name();
    QStringList groups;
    if (kind == Kind::BitLocker) {
        // Eight numbered groups of six, as the recovery screen asks for them.
        const QStringList parts = value.split(QLatin1Char('-'));
        for (int i = 0; i < parts.size(); ++i)
            groups << QStringLiteral("<sub>%1</sub>%2").arg(i + 1).arg(parts.at(i).toHtmlEscaped());
        return groups.join(QStringLiteral("&nbsp; "));
    }
    const QStringList parts = kind == Kind::Laps ? groupSecret(value) : value.split(QLatin1Char('-'));
    for (const QString &group : parts) {
        QString html;
        for (const QChar c : group) {
            const QString color = c.isDigit() ? digitColor : isSymbol(c) ? symbolColor : letterColor;
            QString style = QStringLiteral("color:%1;").arg(color);
            if (isLookAlike(c))
                style += QStringLiteral("text-decoration:underline;");
            html += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, QString(c).toHtmlEscaped());
        }
        groups << html;
    }
    return groups.join(kind == Kind::Laps ? QStringLiteral("&nbsp;") : QStringLiteral("-"));
}

void SecretsBox::show(Kind kind, const QString &value, const QString &detail)
{
    m_value = value;
    m_status->hide();
    m_shownTitle->setText(
        detail.isEmpty() ? tr("Hidden again in a minute.") : tr("%1 · hidden again in a minute.").arg(detail));
    m_valueLabel->setText(render(kind, safeText(value)));
    m_valueLabel->setAccessibleName(spellSecret(value, QStringLiteral(", ")));
    m_spellingLabel->setText(kind == Kind::BitLocker ? QString() : spellSecret(value, QStringLiteral(" · ")));
    m_spellingLabel->setVisible(kind != Kind::BitLocker);
    // Rotation, where the device can make a new one of this secret.
    bool rotatable = kind != Kind::BypassCode;
    m_rotateKind = kind == Kind::Laps ? ActionKind::RotateLocalAdminPassword
        : kind == Kind::BitLocker     ? ActionKind::RotateBitLockerKeys
                                      : ActionKind::RotateFileVaultKey;
    rotatable = rotatable && !m_session->planAction({m_device.id}, m_rotateKind).toSend().isEmpty();
    m_rotate->setText(SupportMatrix::actionLabel(m_rotateKind, false) + QStringLiteral("…"));
    m_rotate->setVisible(rotatable);
    m_shown->show();
    m_autoHide->start(s_autoHideMsecs);
    Q_EMIT revealed(m_device.id);
}

void SecretsBox::hideSecret()
{
    m_autoHide->stop();
    // Dropped, not just hidden: overwritten, then released.
    m_value.fill(QLatin1Char(' '));
    m_value.clear();
    m_valueLabel->clear();
    m_spellingLabel->clear();
    m_shown->hide();
}

void SecretsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGroupBox::changeEvent(event);
}

} // namespace Passdesk
