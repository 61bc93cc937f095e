#include "devicejson.h"

#include <QHash>
#include <QJsonArray>

namespace Passdesk::Sim::DeviceJson {

namespace {

enum class Kind { String, Bool, DateTime, LogOns, Actions, EntityOnlyString };

struct Property
{
    const char *name;
    Kind kind;
    QString SimDevice::*text = nullptr;
    bool SimDevice::*flag = nullptr;
    QDateTime SimDevice::*time = nullptr;
};

const Property properties[] = {
    {"id", Kind::String, &SimDevice::id},
    {"deviceName", Kind::String, &SimDevice::deviceName},
    {"userId", Kind::String, &SimDevice::userId},
    {"userDisplayName", Kind::String, &SimDevice::userDisplayName},
    {"userPrincipalName", Kind::String, &SimDevice::userPrincipalName},
    {"emailAddress", Kind::String, &SimDevice::emailAddress},
    {"operatingSystem", Kind::String, &SimDevice::operatingSystem},
    {"osVersion", Kind::String, &SimDevice::osVersion},
    {"deviceType", Kind::String, &SimDevice::deviceType},
    {"deviceEnrollmentType", Kind::String, &SimDevice::deviceEnrollmentType},
    {"managementAgent", Kind::String, &SimDevice::managementAgent},
    {"managedDeviceOwnerType", Kind::String, &SimDevice::managedDeviceOwnerType},
    {"joinType", Kind::String, &SimDevice::joinType},
    {"complianceState", Kind::String, &SimDevice::complianceState},
    {"serialNumber", Kind::String, &SimDevice::serialNumber},
    {"imei", Kind::String, &SimDevice::imei},
    {"meid", Kind::String, &SimDevice::meid},
    {"phoneNumber", Kind::String, &SimDevice::phoneNumber},
    {"model", Kind::String, &SimDevice::model},
    {"manufacturer", Kind::String, &SimDevice::manufacturer},
    {"azureADDeviceId", Kind::String, &SimDevice::azureADDeviceId},
    {"jailBroken", Kind::String, &SimDevice::jailBroken},
    {"managementState", Kind::String, &SimDevice::managementState},
    {"deviceRegistrationState", Kind::String, &SimDevice::deviceRegistrationState},
    {"azureADRegistered", Kind::Bool, nullptr, &SimDevice::azureADRegistered},
    {"isEncrypted", Kind::Bool, nullptr, &SimDevice::isEncrypted},
    {"isSupervised", Kind::Bool, nullptr, &SimDevice::isSupervised},
    {"lastSyncDateTime", Kind::DateTime, nullptr, nullptr, &SimDevice::lastSyncDateTime},
    {"enrolledDateTime", Kind::DateTime, nullptr, nullptr, &SimDevice::enrolledDateTime},
    {"usersLoggedOn", Kind::LogOns},
    {"deviceActionResults", Kind::Actions},
    {"activationLockBypassCode", Kind::EntityOnlyString, &SimDevice::activationLockBypassCode},
};
constexpr int propertyCount = int(sizeof(properties) / sizeof(properties[0]));

struct Index
{
    QStringList names;
    QHash<QString, int> byLowerName;
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        for (int p = 0; p < propertyCount; ++p) {
            const QString name = QString::fromLatin1(properties[p].name);
            i.names.append(name);
            i.byLowerName.insert(name.toLower(), p);
        }
        return i;
    }();
    return idx;
}

int propertyIndex(const QString &name)
{
    return index().byLowerName.value(name.toLower(), -1);
}

QJsonValue valueOf(const SimDevice &d, const Property &p, const QDateTime &now)
{
    switch (p.kind) {
    case Kind::String:
        return d.*(p.text);
    case Kind::EntityOnlyString: {
        const QString value = d.*(p.text);
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }
    case Kind::Bool:
        return d.*(p.flag);
    case Kind::DateTime:
        if (p.time == &SimDevice::lastSyncDateTime) {
            // Every check-in that has happened by now is a sync.
            QDateTime last = d.lastSyncDateTime;
            for (const SimActionResult &a : d.actionResults) {
                const QDateTime checkIn = a.startDateTime.addMSecs(a.checkInDelayMs);
                if (checkIn <= now && checkIn > last)
                    last = checkIn;
            }
            return isoDate(last);
        }
        return isoDate(d.*(p.time));
    case Kind::LogOns: {
        QJsonArray logons;
        for (const SimLogOn &l : d.usersLoggedOn) {
            logons.append(QJsonObject{{QStringLiteral("userId"), l.userId},
                {QStringLiteral("lastLogOnDateTime"), isoDate(l.lastLogOnDateTime)}});
        }
        return logons;
    }
    case Kind::Actions: {
        QJsonArray actions;
        for (const SimActionResult &a : d.actionResults)
            actions.append(actionToJson(a, now));
        return actions;
    }
    }
    return QJsonValue();
}

} // namespace

const QStringList &propertyNames()
{
    return index().names;
}

QString canonicalName(const QString &name)
{
    const int p = propertyIndex(name);
    return p < 0 ? QString() : index().names.at(p);
}

bool isFilterable(const QString &canonical)
{
    const int p = propertyIndex(canonical);
    return p >= 0 && properties[p].kind == Kind::String;
}

bool isDateFilterable(const QString &canonical)
{
    const int p = propertyIndex(canonical);
    return p >= 0 && properties[p].kind == Kind::DateTime;
}

QDateTime dateValue(const SimDevice &device, const QString &canonical)
{
    const int p = propertyIndex(canonical);
    if (p < 0 || properties[p].kind != Kind::DateTime)
        return QDateTime();
    return device.*(properties[p].time);
}

QString SimDevice::*stringField(const QString &canonical)
{
    const int p = propertyIndex(canonical);
    return p >= 0 && properties[p].kind == Kind::String ? properties[p].text : nullptr;
}

QDateTime SimDevice::*dateField(const QString &canonical)
{
    const int p = propertyIndex(canonical);
    return p >= 0 && properties[p].kind == Kind::DateTime ? properties[p].time : nullptr;
}

QString stringValue(const SimDevice &device, const QString &canonical)
{
    const int p = propertyIndex(canonical);
    if (p < 0 || properties[p].kind != Kind::String)
        return QString();
    return device.*(properties[p].text);
}

QJsonObject toJson(
    const SimDevice &device, const QDateTime &now, const QStringList &select, bool includeActionsByDefault)
{
    QJsonObject o;
    if (select.isEmpty()) {
        for (const Property &p : properties) {
            if (p.kind == Kind::Actions && !includeActionsByDefault)
                continue;
            // Graph leaves the bypass code null unless it is $selected on one device.
            o.insert(QLatin1String(p.name),
                p.kind == Kind::EntityOnlyString ? QJsonValue(QJsonValue::Null) : valueOf(device, p, now));
        }
        return o;
    }
    o.insert(QStringLiteral("id"), device.id);
    for (const QString &name : select) {
        const int p = propertyIndex(name);
        if (p < 0)
            continue;
        const bool hidden = properties[p].kind == Kind::EntityOnlyString && !includeActionsByDefault; // in a list
        o.insert(QLatin1String(properties[p].name),
            hidden ? QJsonValue(QJsonValue::Null) : valueOf(device, properties[p], now));
    }
    return o;
}

ActionView evaluate(const SimActionResult &action, const QDateTime &now)
{
    ActionView v;
    const QDateTime checkIn = action.startDateTime.addMSecs(action.checkInDelayMs);
    if (now >= checkIn) {
        v.state = action.finalState;
        v.lastUpdatedDateTime = checkIn;
        v.terminal = true;
    } else {
        v.state = QStringLiteral("pending");
        v.lastUpdatedDateTime = action.startDateTime;
    }
    return v;
}

QJsonObject actionToJson(const SimActionResult &action, const QDateTime &now)
{
    const ActionView v = evaluate(action, now);
    const bool done = v.terminal && action.finalState == QLatin1String("done");
    const qint64 age = action.startDateTime.msecsTo(now);
    QJsonObject o{
        {QStringLiteral("actionName"), action.actionName},
        {QStringLiteral("actionState"), v.state},
        {QStringLiteral("startDateTime"), isoDate(action.startDateTime)},
        {QStringLiteral("lastUpdatedDateTime"), isoDate(v.lastUpdatedDateTime)},
    };
    if (action.actionName == QLatin1String("resetPasscode")) {
        o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.resetPasscodeActionResult"));
        if (action.hasPasscodeField) {
            const bool visible = done && !action.passcode.isEmpty() && age < passcodeLifetimeMs;
            o.insert(QStringLiteral("passcode"), visible ? QJsonValue(action.passcode) : QJsonValue(QJsonValue::Null));
        }
        o.insert(QStringLiteral("errorCode"), v.terminal ? action.errorCode : 0);
    } else if (action.actionName == QLatin1String("remoteLock")) {
        o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.remoteLockActionResult"));
        const bool visible = done && !action.unlockPin.isEmpty() && age < unlockPinLifetimeMs;
        o.insert(QStringLiteral("unlockPin"), visible ? QJsonValue(action.unlockPin) : QJsonValue(QJsonValue::Null));
    } else {
        o.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.deviceActionResult"));
    }
    return o;
}

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace Passdesk::Sim::DeviceJson
