#include "devicejson.h"

#include <QJsonArray>

namespace Passdesk {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

QDateTime date(const QJsonObject &o, const char *key)
{
    QDateTime dt = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    // Graph's "never": 0001-01-01T00:00:00Z.
    if (dt.isValid() && dt.date().year() <= 1)
        return {};
    return dt;
}

} // namespace

QStringList deviceSelectFields()
{
    return {QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("userId"),
        QStringLiteral("userDisplayName"), QStringLiteral("userPrincipalName"), QStringLiteral("emailAddress"),
        QStringLiteral("operatingSystem"), QStringLiteral("osVersion"), QStringLiteral("deviceType"),
        QStringLiteral("deviceEnrollmentType"), QStringLiteral("managementAgent"),
        QStringLiteral("managedDeviceOwnerType"), QStringLiteral("joinType"), QStringLiteral("complianceState"),
        QStringLiteral("serialNumber"), QStringLiteral("imei"), QStringLiteral("phoneNumber"), QStringLiteral("model"),
        QStringLiteral("manufacturer"), QStringLiteral("lastSyncDateTime"), QStringLiteral("enrolledDateTime"),
        QStringLiteral("isEncrypted"), QStringLiteral("azureADRegistered"), QStringLiteral("usersLoggedOn")};
}

Device deviceFromJson(const QJsonObject &o)
{
    Device d;
    d.id = str(o, "id");
    d.deviceName = str(o, "deviceName");
    d.userId = str(o, "userId");
    d.userDisplayName = str(o, "userDisplayName");
    d.userPrincipalName = str(o, "userPrincipalName");
    d.emailAddress = str(o, "emailAddress");
    d.operatingSystem = str(o, "operatingSystem");
    d.osVersion = str(o, "osVersion");
    d.deviceType = str(o, "deviceType");
    d.deviceEnrollmentType = str(o, "deviceEnrollmentType");
    d.managementAgent = str(o, "managementAgent");
    d.ownerType = str(o, "managedDeviceOwnerType");
    d.joinType = str(o, "joinType");
    d.complianceState = str(o, "complianceState");
    d.serialNumber = str(o, "serialNumber");
    d.imei = str(o, "imei");
    d.phoneNumber = str(o, "phoneNumber");
    d.model = str(o, "model");
    d.manufacturer = str(o, "manufacturer");
    d.lastSyncDateTime = date(o, "lastSyncDateTime");
    d.enrolledDateTime = date(o, "enrolledDateTime");
    d.isEncrypted = o.value(QLatin1String("isEncrypted")).toBool();
    d.azureADRegistered = o.value(QLatin1String("azureADRegistered")).toBool();
    QDateTime latest;
    for (const QJsonValue &v : o.value(QLatin1String("usersLoggedOn")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QDateTime when = date(entry, "lastLogOnDateTime");
        if (!latest.isValid() || (when.isValid() && when > latest)) {
            latest = when;
            d.currentUserId = str(entry, "userId");
        }
    }
    d.kind = classify(d);
    return d;
}

ActionResult actionResultFromJson(const QJsonObject &o)
{
    ActionResult r;
    r.actionName = str(o, "actionName");
    r.rawState = str(o, "actionState");
    r.state = actionStateFromString(r.rawState);
    r.startDateTime = date(o, "startDateTime");
    r.lastUpdatedDateTime = date(o, "lastUpdatedDateTime");
    r.passcode = str(o, "passcode");
    r.unlockPin = str(o, "unlockPin");
    r.errorCode = o.value(QLatin1String("errorCode")).toInt();
    return r;
}

std::vector<ActionResult> actionResultsFromJson(const QJsonObject &device)
{
    std::vector<ActionResult> results;
    for (const QJsonValue &v : device.value(QLatin1String("deviceActionResults")).toArray())
        results.push_back(actionResultFromJson(v.toObject()));
    return results;
}

} // namespace Passdesk
