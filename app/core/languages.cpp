#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Passdesk::Languages {

namespace {
QList<QPointer<QTranslator>> g_installed;
QString g_current;
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("it")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("it"))
        return QStringLiteral("Italiano");
    return QStringLiteral("English");
}

QString resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

QString install(const QString &code)
{
    const QString lang = resolve(code);
    for (const QPointer<QTranslator> &t : std::as_const(g_installed)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    g_installed.clear();

    const QLocale system = QLocale::system();
    const QLocale locale = system.name().startsWith(lang) ? system : QLocale(lang);
    QLocale::setDefault(locale);

    const auto load = [](const QString &file, const QString &dir) {
        auto *t = new QTranslator(QCoreApplication::instance());
        if (t->load(file, dir)) {
            QCoreApplication::installTranslator(t);
            g_installed << t;
        } else {
            delete t;
        }
    };
    // English carries the plural forms; French and Italian everything.
    load(QStringLiteral("passdesk_") + lang, QStringLiteral(":/i18n"));
    if (lang != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        load(QStringLiteral("qtbase_") + lang, qtDir);
        load(QStringLiteral("qtbase_") + lang, QCoreApplication::applicationDirPath() + QLatin1String("/translations"));
    }
    g_current = lang;
    return lang;
}

QString current()
{
    return g_current.isEmpty() ? resolve(QString()) : g_current;
}

} // namespace Passdesk::Languages
