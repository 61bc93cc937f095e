#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Passdesk::Appearance {

// System follows the desktop (its colour scheme on Qt 6.5+); Light and Dark
// are the operator's choice (View → Appearance), on every Qt version.
enum class Mode { System, Light, Dark };

void apply(Mode mode);
Mode current();
QString key(Mode mode); // "system", "light", "dark": the settings value
Mode fromKey(const QString &key);

QPalette lightPalette();
QPalette darkPalette();

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// Colours that keep at least 4.5:1 against the palette's window background:
// digits of a passcode (a blue), warnings (a red).
QColor digitColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);

} // namespace Passdesk::Appearance
