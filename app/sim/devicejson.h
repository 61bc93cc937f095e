#pragma once

#include "simdevice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Passdesk::Sim::DeviceJson {

// How an action looks at a given instant: the device reports back at
// start + check-in delay, before that the action is pending.
struct ActionView
{
    QString state;
    QDateTime lastUpdatedDateTime;
    bool terminal = false;
};

constexpr qint64 passcodeLifetimeMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 unlockPinLifetimeMs = 30LL * 24 * 3600 * 1000;

// Property names of microsoft.graph.managedDevice served by the simulator.
const QStringList &propertyNames();

// Canonical spelling of a property name matched case-insensitively, as Graph
// does for $select and $filter; empty when the type has no such property.
QString canonicalName(const QString &name);

// String and enum properties: the ones $filter may compare.
bool isFilterable(const QString &canonicalName);
// A DateTimeOffset property, compared with ge, gt, le, lt or eq.
bool isDateFilterable(const QString &canonicalName);
QDateTime dateValue(const SimDevice &device, const QString &canonicalName);
// The field behind a property, for filters that test every device.
QString SimDevice::*stringField(const QString &canonicalName);
QDateTime SimDevice::*dateField(const QString &canonicalName);

// Value of a filterable property.
QString stringValue(const SimDevice &device, const QString &canonicalName);

// select empty: every property, with deviceActionResults only when
// includeActionsByDefault. Otherwise exactly the selected ones plus "id".
QJsonObject toJson(
    const SimDevice &device, const QDateTime &now, const QStringList &select, bool includeActionsByDefault);

ActionView evaluate(const SimActionResult &action, const QDateTime &now);
QJsonObject actionToJson(const SimActionResult &action, const QDateTime &now);

// ISO 8601 UTC with a trailing Z and whole seconds.
QString isoDate(const QDateTime &dateTime);

} // namespace Passdesk::Sim::DeviceJson
