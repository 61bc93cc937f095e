#include "clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace Passdesk {

namespace {
QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

Clipboard *Clipboard::instance()
{
    static Clipboard *clipboard = new Clipboard(qApp);
    return clipboard;
}

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Clipboard::clearIfOurs);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

void Clipboard::copySecret(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and other managers skip secrets with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: tells clipboard managers the content is concealed.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
    // Windows: no clipboard history, no cloud clipboard, no monitors.
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprint(text);
    m_timer->start(m_timeoutMsecs);
}

void Clipboard::clearIfOurs()
{
    m_timer->stop();
    if (m_fingerprint.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text(QClipboard::Clipboard)) == m_fingerprint)
        clipboard->clear(QClipboard::Clipboard);
    m_fingerprint.clear();
    Q_EMIT cleared();
}

} // namespace Passdesk
