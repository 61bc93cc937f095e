#pragma once

#include <QList>
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
    // Tests: the next confirm() returns this without showing anything
    // (answers queue up, one per question).
    static void setNextAnswer(bool answer);
    // Tests: how many questions were asked so far.
    static int askedCount();
    // Tests: what the last confirm() would have shown.
    static QString lastText();

private:
    static QList<bool> s_answers; // empty: ask
    static QString s_lastText;
    static int s_asked;
};

} // namespace Passdesk
