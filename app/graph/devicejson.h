#pragma once

#include "device.h"
#include "history.h"
#include "localadmin.h"
#include "remoteaction.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Passdesk {

// managedDevice JSON to core types, read strictly: a string stays the exact
// string, absent or null is empty, and any other type, an empty id or a date
// that does not parse makes the record unreadable (false, with why). Nothing is
// guessed or converted.
bool deviceFromJson(const QJsonObject &object, Device *device, QString *why = nullptr);
bool actionResultFromJson(const QJsonObject &object, ActionResult *result, QString *why = nullptr);
// The device's deviceActionResults; absent or null is none. One unreadable entry
// makes the whole list unreadable: a pending action must never go unseen.
bool actionResultsFromJson(const QJsonObject &device, std::vector<ActionResult> *results, QString *why = nullptr);
// A remoteActionAudit record, read the same way; managedDeviceId in entry->deviceId.
bool remoteActionAuditFromJson(const QJsonObject &object, HistoryEntry *entry, QString *why = nullptr);
// An Intune auditEvent; deviceId is left empty and the ids of the resources it
// names are returned in resourceIds.
bool auditEventFromJson(
    const QJsonObject &object, HistoryEntry *entry, QStringList *resourceIds, QString *why = nullptr);
// A deviceLocalCredentialInfo answer, wrapped in "value" as Graph documents it
// (an unwrapped object is read too). Every password must decode; one that does
// not makes the answer unreadable.
bool localAdminInfoFromJson(const QJsonObject &body, LocalAdminInfo *info, QString *why = nullptr);
// The properties the console reads, for $select.
QStringList deviceSelectFields();

} // namespace Passdesk
