#pragma once

#include <QString>
#include <QStringList>

namespace Passdesk::Languages {

// The interface languages shipped: "en", "fr", "it".
QStringList available();
QString nativeName(const QString &code);
// "" means the system's language when shipped, else English.
QString resolve(const QString &code);
// Installs Passdesk's and Qt's own translations for the language and makes it
// the default locale for dates and numbers. Widgets get a LanguageChange event.
QString install(const QString &code);
QString current();

} // namespace Passdesk::Languages
