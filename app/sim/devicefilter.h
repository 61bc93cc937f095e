#pragma once

#include "simdevice.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Passdesk::Sim {

struct FilterTerm
{
    enum class Op { Eq, StartsWith, Ge, Gt, Le, Lt };
    QString property;
    Op op = Op::Eq;
    bool prefix = false; // startswith() rather than eq
    QString value;
    QDateTime when; // a DateTimeOffset property compared with a timestamp
    QString SimDevice::*text = nullptr; // the field tested
    QDateTime SimDevice::*time = nullptr;
};

// $filter subset: `prop eq 'value'` and `startswith(prop,'value')` on string
// and enum properties, `prop ge|gt|le|lt|eq 2024-01-01T00:00:00Z` on the
// DateTimeOffset ones (enrolledDateTime, lastSyncDateTime), joined by `and`;
// quotes inside values are doubled.
// Returns an error message, empty on success.
QString parseFilter(const QString &text, QList<FilterTerm> *terms);
// Comparisons are case-insensitive.
bool matchesFilter(const SimDevice &d, const QList<FilterTerm> &terms);

} // namespace Passdesk::Sim
