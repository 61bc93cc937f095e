#pragma once

#include <QString>

namespace Passdesk {

// The words of the support matrix, by the ids its data uses. Empty for an unknown id.
QString matrixText(const QString &id);
bool hasMatrixText(const QString &id);

} // namespace Passdesk
