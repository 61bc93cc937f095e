#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Passdesk {

// Tells the operator that something finished while they were looking
// elsewhere: the platform's notification (through the system tray, where the
// desktop has one), else the taskbar's attention hint on the window.
class Notifier
{
public:
    static void notify(QWidget *window, const QString &title, const QString &text);
    // Tests: receives the notifications instead of the desktop.
    static void setSink(const std::function<void(const QString &title, const QString &text)> &sink);

private:
    static std::function<void(const QString &, const QString &)> s_sink;
};

} // namespace Passdesk
