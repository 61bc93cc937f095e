#pragma once

#include <QString>
#include <QStringList>

namespace Passdesk {

// Groups of four, for reading a passcode aloud: "K7QX4M2P" -> {"K7QX", "4M2P"}.
QStringList groupSecret(const QString &secret, int groupSize = 4);
// The word for a character in the interface language's spelling alphabet
// ("kilo", "Kléber", "Kappa"), a symbol by its name; digits stay digits.
QString spellCharacter(QChar c);
QString spellSecret(const QString &secret, const QString &separator);
// A symbol that is spelled out by name ("@" = "at sign" / "arobase" / "chiocciola").
bool isSymbol(QChar c);
// Characters that are easily misread (0/O, 1/l/I, 5/S, 2/Z, 8/B).
bool isLookAlike(QChar c);
// "6 days 23 hours left", "5 hours 12 minutes left", "42 seconds left".
QString formatRemaining(qint64 secs);
// The part without "left": "6 days 23 hours".
QString formatDuration(qint64 secs);

} // namespace Passdesk
