#include "simaudit.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Passdesk::Sim::AuditJson {

namespace {

QString activityOperation(const QString &action)
{
    // "resetPasscode" -> "ResetPasscode"
    return action.isEmpty() ? action : action.at(0).toUpper() + action.mid(1);
}

QString activityWords(const QString &action)
{
    if (action == QLatin1String("resetPasscode"))
        return QStringLiteral("Reset passcode");
    if (action == QLatin1String("remoteLock"))
        return QStringLiteral("Remote lock");
    if (action == QLatin1String("syncDevice"))
        return QStringLiteral("Sync device");
    return activityOperation(action);
}

} // namespace

QString graphTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QJsonObject remoteActionAudit(const SimAudit &a, const QDateTime &now)
{
    const bool checkedIn = now >= a.requested.addMSecs(a.checkInDelayMs);
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.remoteActionAudit")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("deviceDisplayName"), a.deviceName},
        {QStringLiteral("userName"), a.initiatorUpn},
        {QStringLiteral("initiatedByUserPrincipalName"), a.initiatorUpn},
        {QStringLiteral("action"), a.action},
        {QStringLiteral("requestDateTime"), graphTime(a.requested)},
        {QStringLiteral("deviceOwnerUserPrincipalName"), a.deviceOwnerUpn},
        {QStringLiteral("deviceIMEI"), a.deviceImei},
        {QStringLiteral("actionState"), checkedIn ? a.finalState : QStringLiteral("pending")},
        {QStringLiteral("managedDeviceId"), a.deviceId},
        {QStringLiteral("deviceActionCategory"),
            a.bulkId.isEmpty() ? QStringLiteral("single") : QStringLiteral("bulk")},
        {QStringLiteral("bulkDeviceActionId"),
            a.bulkId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.bulkId)},
    };
}

QJsonObject auditEvent(const SimAudit &a)
{
    // Some Intune audit times come with the service's own offset.
    const QDateTime pacific = a.requested.toTimeZone(QTimeZone(-8 * 3600));
    const QString when = pacific.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000-08:00");
    const QString type = activityOperation(a.action) + QStringLiteral(" ManagedDevice");
    const QJsonObject actor{
        {QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.auditActor")},
        {QStringLiteral("type"), QStringLiteral("ItPro")},
        {QStringLiteral("auditActorType"), QStringLiteral("ItPro")},
        {QStringLiteral("userPermissions"), QJsonArray{QStringLiteral("*")}},
        {QStringLiteral("applicationId"), QStringLiteral("0000000a-0000-0000-c000-000000000000")},
        {QStringLiteral("applicationDisplayName"), a.applicationName},
        {QStringLiteral("userPrincipalName"), a.initiatorUpn},
        {QStringLiteral("servicePrincipalName"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ipAddress"), QStringLiteral("203.0.113.24")},
        {QStringLiteral("userId"), QJsonValue(QJsonValue::Null)},
    };
    const QJsonObject resource{
        {QStringLiteral("@odata.type"), QStringLiteral("microsoft.graph.auditResource")},
        {QStringLiteral("displayName"), a.deviceName},
        {QStringLiteral("type"), QStringLiteral("ManagedDevice")},
        {QStringLiteral("auditResourceType"), QStringLiteral("ManagedDevice")},
        {QStringLiteral("resourceId"), a.deviceId},
        {QStringLiteral("modifiedProperties"), QJsonArray()},
    };
    return QJsonObject{
        {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.auditEvent")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("displayName"), type},
        {QStringLiteral("componentName"), QStringLiteral("Devices")},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("activity"), activityWords(a.action)},
        {QStringLiteral("activityDateTime"), when},
        {QStringLiteral("activityType"), type},
        {QStringLiteral("activityOperationType"), QStringLiteral("Action")},
        {QStringLiteral("activityResult"), QStringLiteral("Success")},
        {QStringLiteral("correlationId"), a.id},
        {QStringLiteral("resources"), QJsonArray{resource}},
        {QStringLiteral("category"), QStringLiteral("Device")},
    };
}

} // namespace Passdesk::Sim::AuditJson
