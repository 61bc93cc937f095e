#pragma once

#include "simdevice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Passdesk::Sim {

// One remote action as Intune audits it: a remoteActionAudit record and an
// auditEvent ("<Action> ManagedDevice"). Its state follows the clock like the
// device's own action result.
struct SimAudit
{
    QString id; // shared by both records
    QString deviceId;
    QString deviceName;
    QString deviceOwnerUpn;
    QString deviceImei;
    QString action; // Graph's remoteAction name
    QString initiatorUpn;
    QString applicationName; // the app the initiator used
    QDateTime requested;
    qint64 checkInDelayMs = 0;
    QString finalState = QStringLiteral("done");
    QString bulkId; // empty for a single-device action
};

namespace AuditJson {
// microsoft.graph.remoteActionAudit (beta), with Graph's seven fractional digits.
QJsonObject remoteActionAudit(const SimAudit &audit, const QDateTime &now);
// microsoft.graph.auditEvent, times with an offset as Intune writes some of them.
QJsonObject auditEvent(const SimAudit &audit);
// "2026-12-02T15:04:05.1230000Z"
QString graphTime(const QDateTime &dateTime);
} // namespace AuditJson

} // namespace Passdesk::Sim
