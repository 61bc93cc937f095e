#pragma once

#include <QIcon>

namespace Passdesk::Icons {

// A Fluent icon from resources, drawn in the palette's text colour so it
// follows light and dark themes.
QIcon icon(const QString &name);
// The application icon (resources/passdesk.svg).
QIcon appIcon();

} // namespace Passdesk::Icons
