#pragma once

#include <QString>
#include <QStringList>

namespace Passdesk {

// Whether a token's granted scopes include this Graph permission, written bare
// ("BitlockerKey.Read.All") or with the resource ("https://graph.microsoft.com/…").
bool hasGraphScope(const QStringList &granted, const QString &scope);

} // namespace Passdesk
