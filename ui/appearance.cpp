#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace Passdesk::Appearance {

namespace {

Mode s_mode = Mode::System;
QString s_systemStyle;
bool s_remembered = false;

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

// Moves a colour towards white (on dark) or black (on light) until it reads at 4.5:1.
QColor readable(QColor color, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    for (int step = 0; step < 20 && contrastRatio(color, background) < 4.5; ++step)
        color = dark ? color.lighter(112) : color.darker(112);
    return color;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor digitColor(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0), palette);
}

QColor warningColor(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e), palette);
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
    p.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    p.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::ButtonText, QColor(0x1b, 0x1b, 0x1b));
    p.setColor(QPalette::Highlight, QColor(0x0b, 0x57, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x6e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void apply(Mode mode)
{
    if (!s_remembered) {
        s_remembered = true;
        s_systemStyle = QApplication::style()->name();
    }
    if (mode == s_mode)
        return;
    s_mode = mode;
    switch (mode) {
    case Mode::System:
        // An empty palette hands colours back to the platform, which on Qt 6.5+
        // follows the desktop's light or dark scheme as it changes.
        QApplication::setStyle(QStyleFactory::create(s_systemStyle));
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
    case Mode::Dark:
        // Native styles on some platforms ignore a chosen palette; Fusion draws with it.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        break;
    }
}

Mode current()
{
    return s_mode;
}

QString key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Mode::Light;
    if (key == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

} // namespace Passdesk::Appearance
