#include "secretformat.h"

#include <QCoreApplication>

namespace Passdesk {

namespace {

// NATO words in English; translators give the spelling alphabet operators use
// on the phone in their language (French: Anatole, Berthe...; Italian: Ancona, Bologna...).
const char *const kSpelling[26] = {
    QT_TRANSLATE_NOOP("Spelling", "alfa"),
    QT_TRANSLATE_NOOP("Spelling", "bravo"),
    QT_TRANSLATE_NOOP("Spelling", "charlie"),
    QT_TRANSLATE_NOOP("Spelling", "delta"),
    QT_TRANSLATE_NOOP("Spelling", "echo"),
    QT_TRANSLATE_NOOP("Spelling", "foxtrot"),
    QT_TRANSLATE_NOOP("Spelling", "golf"),
    QT_TRANSLATE_NOOP("Spelling", "hotel"),
    QT_TRANSLATE_NOOP("Spelling", "india"),
    QT_TRANSLATE_NOOP("Spelling", "juliett"),
    QT_TRANSLATE_NOOP("Spelling", "kilo"),
    QT_TRANSLATE_NOOP("Spelling", "lima"),
    QT_TRANSLATE_NOOP("Spelling", "mike"),
    QT_TRANSLATE_NOOP("Spelling", "november"),
    QT_TRANSLATE_NOOP("Spelling", "oscar"),
    QT_TRANSLATE_NOOP("Spelling", "papa"),
    QT_TRANSLATE_NOOP("Spelling", "quebec"),
    QT_TRANSLATE_NOOP("Spelling", "romeo"),
    QT_TRANSLATE_NOOP("Spelling", "sierra"),
    QT_TRANSLATE_NOOP("Spelling", "tango"),
    QT_TRANSLATE_NOOP("Spelling", "uniform"),
    QT_TRANSLATE_NOOP("Spelling", "victor"),
    QT_TRANSLATE_NOOP("Spelling", "whiskey"),
    QT_TRANSLATE_NOOP("Spelling", "x-ray"),
    QT_TRANSLATE_NOOP("Spelling", "yankee"),
    QT_TRANSLATE_NOOP("Spelling", "zulu"),
};

} // namespace

QStringList groupSecret(const QString &secret, int groupSize)
{
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += groupSize)
        groups << secret.mid(i, groupSize);
    return groups;
}

namespace {

// Symbols a LAPS password may hold, as they are said aloud.
struct Symbol
{
    char16_t c;
    const char *name;
};
const Symbol kSymbols[] = {
    {u'@', QT_TRANSLATE_NOOP("Spelling", "at sign")},
    {u'#', QT_TRANSLATE_NOOP("Spelling", "hash")},
    {u'!', QT_TRANSLATE_NOOP("Spelling", "exclamation mark")},
    {u'?', QT_TRANSLATE_NOOP("Spelling", "question mark")},
    {u'$', QT_TRANSLATE_NOOP("Spelling", "dollar sign")},
    {u'%', QT_TRANSLATE_NOOP("Spelling", "percent sign")},
    {u'&', QT_TRANSLATE_NOOP("Spelling", "ampersand")},
    {u'*', QT_TRANSLATE_NOOP("Spelling", "asterisk")},
    {u'+', QT_TRANSLATE_NOOP("Spelling", "plus sign")},
    {u'-', QT_TRANSLATE_NOOP("Spelling", "hyphen")},
    {u'_', QT_TRANSLATE_NOOP("Spelling", "underscore")},
    {u'=', QT_TRANSLATE_NOOP("Spelling", "equals sign")},
    {u'.', QT_TRANSLATE_NOOP("Spelling", "full stop")},
    {u',', QT_TRANSLATE_NOOP("Spelling", "comma")},
    {u':', QT_TRANSLATE_NOOP("Spelling", "colon")},
    {u';', QT_TRANSLATE_NOOP("Spelling", "semicolon")},
    {u'/', QT_TRANSLATE_NOOP("Spelling", "slash")},
    {u'\\', QT_TRANSLATE_NOOP("Spelling", "backslash")},
    {u'(', QT_TRANSLATE_NOOP("Spelling", "opening parenthesis")},
    {u')', QT_TRANSLATE_NOOP("Spelling", "closing parenthesis")},
    {u'[', QT_TRANSLATE_NOOP("Spelling", "opening square bracket")},
    {u']', QT_TRANSLATE_NOOP("Spelling", "closing square bracket")},
    {u'{', QT_TRANSLATE_NOOP("Spelling", "opening brace")},
    {u'}', QT_TRANSLATE_NOOP("Spelling", "closing brace")},
    {u'<', QT_TRANSLATE_NOOP("Spelling", "less-than sign")},
    {u'>', QT_TRANSLATE_NOOP("Spelling", "greater-than sign")},
    {u'~', QT_TRANSLATE_NOOP("Spelling", "tilde")},
    {u'^', QT_TRANSLATE_NOOP("Spelling", "caret")},
    {u'|', QT_TRANSLATE_NOOP("Spelling", "vertical bar")},
    {u'\'', QT_TRANSLATE_NOOP("Spelling", "apostrophe")},
    {u'"', QT_TRANSLATE_NOOP("Spelling", "double quotation mark")},
    {u'`', QT_TRANSLATE_NOOP("Spelling", "backtick")},
    {u'€', QT_TRANSLATE_NOOP("Spelling", "euro sign")},
    {u'£', QT_TRANSLATE_NOOP("Spelling", "pound sign")},
};

} // namespace

bool isSymbol(QChar c)
{
    for (const Symbol &s : kSymbols) {
        if (s.c == c.unicode())
            return true;
    }
    return false;
}

QString spellCharacter(QChar c)
{
    const char16_t u = c.unicode();
    for (const Symbol &s : kSymbols) {
        if (s.c == u)
            return QCoreApplication::translate("Spelling", s.name);
    }
    if (c.isLetter() && u > 0x7f)
        return QCoreApplication::translate("Spelling", "%1 (accented letter)").arg(c);
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
    // Literal calls, so lupdate files them as plurals of "Countdown".
    const QString d = QCoreApplication::translate("Countdown", "%n day(s)", nullptr, days);
    const QString h = QCoreApplication::translate("Countdown", "%n hour(s)", nullptr, hours);
    const QString m = QCoreApplication::translate("Countdown", "%n minute(s)", nullptr, minutes);
    const QString s = QCoreApplication::translate("Countdown", "%n second(s)", nullptr, seconds);
    if (days > 0)
        return d + QLatin1Char(' ') + h;
    if (hours > 0)
        return h + QLatin1Char(' ') + m;
    if (minutes > 0)
        return m + QLatin1Char(' ') + s;
    return s;
}

QString formatRemaining(qint64 secs)
{
    return QCoreApplication::translate("Countdown", "%1 left").arg(formatDuration(secs));
}

} // namespace Passdesk
