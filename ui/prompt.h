#pragma once

#include <QString>

class QWidget;

namespace Passdesk {

// Modal questions go through here so a test can answer them
// (as KeePassXC's MessageBox::setNextAnswer does).
class Prompt
{
public:
    // Asks for confirmation; acceptText labels the button that goes ahead.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &details, const QString &acceptText);
    // Tests: the next confirm() returns this without showing anything.
    static void setNextAnswer(bool answer);
    // Tests: what the last confirm() would have shown.
    static QString lastText();

private:
    static int s_nextAnswer; // -1: ask
    static QString s_lastText;
};

} // namespace Passdesk
