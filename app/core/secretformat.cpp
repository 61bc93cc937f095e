#include "secretformat.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {

// NATO words in English; translators give the spelling alphabet operators use
// on the phone in their language (French: Anatole, Berthe...; Italian: Ancona, Bologna...).
const char *const kSpelling[26] = {
    QT_TRANSLATE_NOOP("Spelling", "alfa"),    QT_TRANSLATE_NOOP("Spelling", "bravo"),
    QT_TRANSLATE_NOOP("Spelling", "charlie"), QT_TRANSLATE_NOOP("Spelling", "delta"),
    QT_TRANSLATE_NOOP("Spelling", "echo"),    QT_TRANSLATE_NOOP("Spelling", "foxtrot"),
    QT_TRANSLATE_NOOP("Spelling", "golf"),    QT_TRANSLATE_NOOP("Spelling", "hotel"),
    QT_TRANSLATE_NOOP("Spelling", "india"),   QT_TRANSLATE_NOOP("Spelling", "juliett"),
    QT_TRANSLATE_NOOP("Spelling", "kilo"),    QT_TRANSLATE_NOOP("Spelling", "lima"),
    QT_TRANSLATE_NOOP("Spelling", "mike"),    QT_TRANSLATE_NOOP("Spelling", "november"),
    QT_TRANSLATE_NOOP("Spelling", "oscar"),   QT_TRANSLATE_NOOP("Spelling", "papa"),
    QT_TRANSLATE_NOOP("Spelling", "quebec"),  QT_TRANSLATE_NOOP("Spelling", "romeo"),
    QT_TRANSLATE_NOOP("Spelling", "sierra"),  QT_TRANSLATE_NOOP("Spelling", "tango"),
    QT_TRANSLATE_NOOP("Spelling", "uniform"), QT_TRANSLATE_NOOP("Spelling", "victor"),
    QT_TRANSLATE_NOOP("Spelling", "whiskey"), QT_TRANSLATE_NOOP("Spelling", "x-ray"),
    QT_TRANSLATE_NOOP("Spelling", "yankee"),  QT_TRANSLATE_NOOP("Spelling", "zulu"),
};

} // namespace

QStringList groupSecret(const QString &secret, int groupSize)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += groupSize)
        groups << secret.mid(i, groupSize);
    return groups;
}

QString spellCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return QCoreApplication::translate("Spelling", kSpelling[u - u'A']).toUpper();
    if (u >= u'a' && u <= u'z')
        return QCoreApplication::translate("Spelling", "%1 (lower case)")
            .arg(QCoreApplication::translate("Spelling", kSpelling[u - u'a']));
    return QString(c);
}

QString spellSecret(const QString &secret, const QString &separator)
{
    QStringList words;
    for (const QChar c : secret)
        words << spellCharacter(c);
    return words.join(separator);
}

bool isLookAlike(QChar c)
{
    static const QString lookAlikes = QStringLiteral("0O1lI5S2Z8B");
    return lookAlikes.contains(c);
}

QString formatDuration(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    const int days = int(secs / 86400);
    const int hours = int((secs % 86400) / 3600);
    const int minutes = int((secs % 3600) / 60);
    const int seconds = int(secs % 60);
    const auto tr = [](const char *text, int n) { return QCoreApplication::translate("Countdown", text, nullptr, n); };
    if (days > 0)
        return tr("%n day(s)", days) + QLatin1Char(' ') + tr("%n hour(s)", hours);
    if (hours > 0)
        return tr("%n hour(s)", hours) + QLatin1Char(' ') + tr("%n minute(s)", minutes);
    if (minutes > 0)
        return tr("%n minute(s)", minutes) + QLatin1Char(' ') + tr("%n second(s)", seconds);
    return tr("%n second(s)", seconds);
}

QString formatRemaining(qint64 secs)
{
    return QCoreApplication::translate("Countdown", "%1 left").arg(formatDuration(secs));
}

} // namespace Passdesk
