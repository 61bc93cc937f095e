#pragma once

#include "device.h"
#include "remoteaction.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Passdesk {

// managedDevice JSON to core types. Missing or odd values become empty, never a crash.
Device deviceFromJson(const QJsonObject &object);
ActionResult actionResultFromJson(const QJsonObject &object);
std::vector<ActionResult> actionResultsFromJson(const QJsonObject &device);
// The properties the console reads, for $select.
QStringList deviceSelectFields();

} // namespace Passdesk
