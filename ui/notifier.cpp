#include "notifier.h"

#include "icons.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Passdesk {

std::function<void(const QString &, const QString &)> Notifier::s_sink;

void Notifier::setSink(const std::function<void(const QString &, const QString &)> &sink)
{
    s_sink = sink;
}

void Notifier::notify(QWidget *window, const QString &title, const QString &text)
{
    if (s_sink) {
        s_sink(title, text);
        return;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        static QSystemTrayIcon *tray = [] {
            auto *icon = new QSystemTrayIcon(Icons::appIcon(), qApp);
            icon->show();
            return icon;
        }();
        tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    }
    QApplication::alert(window);
}

} // namespace Passdesk
