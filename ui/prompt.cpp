#include "prompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace Passdesk {

int Prompt::s_nextAnswer = -1;
QString Prompt::s_lastText;

void Prompt::setNextAnswer(bool answer)
{
    s_nextAnswer = answer ? 1 : 0;
}

QString Prompt::lastText()
{
    return s_lastText;
}

bool Prompt::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &details, const QString &acceptText)
{
    s_lastText = text + QLatin1Char('\n') + details;
    if (s_nextAnswer >= 0) {
        const bool answer = s_nextAnswer == 1;
        s_nextAnswer = -1;
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Passdesk
