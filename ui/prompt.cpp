#include "prompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace Passdesk {

QList<bool> Prompt::s_answers;
QString Prompt::s_lastText;
int Prompt::s_asked = 0;

void Prompt::setNextAnswer(bool answer)
{
    s_answers.append(answer);
}

int Prompt::askedCount()
{
    return s_asked;
}

QString Prompt::lastText()
{
    return s_lastText;
}

bool Prompt::confirm(
    QWidget *parent, const QString &title, const QString &text, const QString &details, const QString &acceptText)
{
    s_lastText = text + QLatin1Char('\n') + details;
    ++s_asked;
    if (!s_answers.isEmpty())
        return s_answers.takeFirst();
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // the question may name a device: never rich text
    box.setInformativeText(details);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Passdesk
