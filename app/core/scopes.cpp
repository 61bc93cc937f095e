#include "scopes.h"

namespace Passdesk {

bool hasGraphScope(const QStringList &granted, const QString &scope)
{
    for (const QString &s : granted) {
        if (s.compare(scope, Qt::CaseInsensitive) == 0 || s.endsWith(QLatin1Char('/') + scope, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Passdesk
