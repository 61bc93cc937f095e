#pragma once

#include "simdevice.h"

#include <QList>
#include <QString>

namespace Passdesk::Sim {

struct FilterTerm
{
    QString property;
    bool prefix = false; // startswith() rather than eq
    QString value;
};

// $filter subset: `prop eq 'value'` and `startswith(prop,'value')` on string
// and enum properties, joined by `and`; quotes inside values are doubled.
// Returns an error message, empty on success.
QString parseFilter(const QString &text, QList<FilterTerm> *terms);
// Comparisons are case-insensitive.
bool matchesFilter(const SimDevice &d, const QList<FilterTerm> &terms);

} // namespace Passdesk::Sim
