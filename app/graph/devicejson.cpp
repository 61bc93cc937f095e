#include "devicejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Passdesk {

namespace {

// Reads fields and remembers the first one that is not what Graph defines.
class Reader
{
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o)
    { }

    QString str(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            bad(key);
        return {};
    }

    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            bad(key);
        return false;
    }

    int integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isDouble()) {
            // In range first: converting a larger double to int is undefined.
            const double d = v.toDouble();
            if (d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max())
                && d == std::trunc(d))
                return int(d);
        }
        if (!v.isUndefined() && !v.isNull())
            bad(key);
        return 0;
    }

    QDateTime date(const char *key)
    {
        const QString text = str(key);
        if (text.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            bad(key);
            return {};
        }
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc()); // Graph's times are UTC
        // Graph's "never": 0001-01-01T00:00:00Z.
        if (dt.date().year() <= 1)
            return {};
        return dt;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            bad(key);
        return {};
    }

    void bad(const char *key)
    {
        if (m_bad.isEmpty())
            m_bad = QString::fromLatin1(key);
    }
    bool ok(QString *why) const
    {
        if (!m_bad.isEmpty() && why)
            *why = QCoreApplication::translate("DeviceJson", "“%1” is not what Microsoft Graph defines").arg(m_bad);
        return m_bad.isEmpty();
    }

private:
    const QJsonObject &m_o;
    QString m_bad;
};

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
        QStringLiteral("isEncrypted"), QStringLiteral("azureADRegistered"), QStringLiteral("isSupervised"),
        QStringLiteral("usersLoggedOn")};
}

bool deviceFromJson(const QJsonObject &o, Device *out, QString *why)
{
    Reader r(o);
    Device d;
    d.id = r.str("id");
    d.deviceName = r.str("deviceName");
    d.userId = r.str("userId");
    d.userDisplayName = r.str("userDisplayName");
    d.userPrincipalName = r.str("userPrincipalName");
    d.emailAddress = r.str("emailAddress");
    d.operatingSystem = r.str("operatingSystem");
    d.osVersion = r.str("osVersion");
    d.deviceType = r.str("deviceType");
    d.deviceEnrollmentType = r.str("deviceEnrollmentType");
    d.managementAgent = r.str("managementAgent");
    d.ownerType = r.str("managedDeviceOwnerType");
    d.joinType = r.str("joinType");
    d.complianceState = r.str("complianceState");
    d.serialNumber = r.str("serialNumber");
    d.imei = r.str("imei");
    d.phoneNumber = r.str("phoneNumber");
    d.model = r.str("model");
    d.manufacturer = r.str("manufacturer");
    d.lastSyncDateTime = r.date("lastSyncDateTime");
    d.enrolledDateTime = r.date("enrolledDateTime");
    d.isEncrypted = r.boolean("isEncrypted");
    d.isSupervised = r.boolean("isSupervised");
    d.azureADRegistered = r.boolean("azureADRegistered");
    QDateTime latest;
    for (const QJsonValue &v : r.array("usersLoggedOn")) {
        if (!v.isObject()) {
            r.bad("usersLoggedOn");
            break;
        }
        const QJsonObject entry = v.toObject();
        Reader e(entry);
        const QDateTime when = e.date("lastLogOnDateTime");
        const QString userId = e.str("userId");
        if (!e.ok(nullptr)) {
            r.bad("usersLoggedOn");
            break;
        }
        if (!latest.isValid() || (when.isValid() && when > latest)) {
            latest = when;
            d.currentUserId = userId;
        }
    }
    if (!r.ok(why))
        return false;
    if (!isValidDeviceId(d.id)) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "the device has no usable id");
        return false;
    }
    d.kind = classify(d);
    *out = std::move(d);
    return true;
}

bool actionResultFromJson(const QJsonObject &o, ActionResult *out, QString *why)
{
    Reader rd(o);
    ActionResult r;
    r.actionName = rd.str("actionName");
    r.rawState = rd.str("actionState");
    r.state = actionStateFromString(r.rawState);
    r.startDateTime = rd.date("startDateTime");
    r.lastUpdatedDateTime = rd.date("lastUpdatedDateTime");
    r.passcode = rd.str("passcode");
    r.unlockPin = rd.str("unlockPin");
    r.errorCode = rd.integer("errorCode");
    if (!rd.ok(why))
        return false;
    if (r.actionName.isEmpty() || r.rawState.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "an action result without its name or state");
        return false;
    }
    *out = std::move(r);
    return true;
}

bool remoteActionAuditFromJson(const QJsonObject &o, HistoryEntry *out, QString *why)
{
    Reader r(o);
    HistoryEntry e;
    e.sources = HistoryEntry::RemoteActionAudit;
    e.deviceId = r.str("managedDeviceId");
    e.action = r.str("action");
    e.who = r.str("initiatedByUserPrincipalName");
    const QString deprecatedUser = r.str("userName"); // older records name the initiator only here
    e.when = r.date("requestDateTime");
    e.rawState = r.str("actionState");
    e.bulk = r.str("deviceActionCategory").compare(QLatin1String("bulk"), Qt::CaseInsensitive) == 0;
    r.str("bulkDeviceActionId");
    if (!r.ok(why))
        return false;
    if (e.who.isEmpty())
        e.who = deprecatedUser;
    e.state = e.rawState.isEmpty() ? ActionState::None : actionStateFromString(e.rawState);
    if (e.action.isEmpty() || !e.when.isValid()) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "an audit record without its action or time");
        return false;
    }
    *out = std::move(e);
    return true;
}

bool auditEventFromJson(const QJsonObject &o, HistoryEntry *out, QStringList *resourceIds, QString *why)
{
    Reader r(o);
    HistoryEntry e;
    e.sources = HistoryEntry::AuditEvent;
    const QString activityType = r.str("activityType");
    const QString activity = r.str("activity");
    const QString displayName = r.str("displayName");
    e.when = r.date("activityDateTime");
    e.rawState = r.str("activityResult");
    const QJsonValue actorValue = o.value(QLatin1String("actor"));
    if (actorValue.isObject()) {
        Reader actor(actorValue.toObject());
        e.who = actor.str("userPrincipalName");
        if (e.who.isEmpty())
            e.who = actor.str("applicationDisplayName");
        if (!actor.ok(nullptr))
            r.bad("actor");
    } else if (!actorValue.isUndefined() && !actorValue.isNull()) {
        r.bad("actor");
    }
    QStringList ids;
    for (const QJsonValue &v : r.array("resources")) {
        if (!v.isObject()) {
            r.bad("resources");
            break;
        }
        Reader resource(v.toObject());
        const QString id = resource.str("resourceId");
        if (!resource.ok(nullptr)) {
            r.bad("resources");
            break;
        }
        if (!id.isEmpty())
            ids << id;
    }
    if (!r.ok(why))
        return false;
    const QString written = !activityType.isEmpty() ? activityType : !activity.isEmpty() ? activity : displayName;
    const QString known = actionNameFromAuditActivity(written);
    e.action = known.isEmpty() ? written : known;
    if (e.action.isEmpty() || !e.when.isValid()) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "an audit record without its action or time");
        return false;
    }
    *out = std::move(e);
    *resourceIds = ids;
    return true;
}

bool localAdminInfoFromJson(const QJsonObject &body, LocalAdminInfo *out, QString *why)
{
    const QJsonValue wrapped = body.value(QLatin1String("value"));
    if (!wrapped.isUndefined() && !wrapped.isObject()) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "“%1” is not what Microsoft Graph defines")
                       .arg(QStringLiteral("value"));
        return false;
    }
    const QJsonObject o = wrapped.isObject() ? wrapped.toObject() : body;
    Reader r(o);
    LocalAdminInfo info;
    info.entraDeviceId = r.str("id");
    info.deviceName = r.str("deviceName");
    info.lastBackupDateTime = r.date("lastBackupDateTime");
    info.refreshDateTime = r.date("refreshDateTime");
    for (const QJsonValue &v : r.array("credentials")) {
        if (!v.isObject()) {
            r.bad("credentials");
            break;
        }
        Reader c(v.toObject());
        LocalAdminCredential credential;
        credential.accountName = c.str("accountName");
        credential.accountSid = c.str("accountSid");
        credential.backupDateTime = c.date("backupDateTime");
        const QString base64 = c.str("passwordBase64");
        if (!c.ok(nullptr) || !decodeLapsPassword(base64, &credential.password)) {
            r.bad("passwordBase64");
            break;
        }
        info.credentials.push_back(std::move(credential));
    }
    if (!r.ok(why))
        return false;
    if (info.entraDeviceId.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("DeviceJson", "the device has no usable id");
        return false;
    }
    std::stable_sort(info.credentials.begin(), info.credentials.end(),
        [](const LocalAdminCredential &a, const LocalAdminCredential &b) {
            return a.backupDateTime > b.backupDateTime;
        });
    *out = std::move(info);
    return true;
}

bool actionResultsFromJson(const QJsonObject &device, std::vector<ActionResult> *results, QString *why)
{
    Reader r(device);
    const QJsonArray array = r.array("deviceActionResults");
    if (!r.ok(why))
        return false;
    std::vector<ActionResult> list;
    for (const QJsonValue &v : array) {
        ActionResult result;
        if (!v.isObject() || !actionResultFromJson(v.toObject(), &result, why)) {
            if (!v.isObject() && why)
                *why = QCoreApplication::translate("DeviceJson", "an action result that is not an object");
            return false;
        }
        list.push_back(std::move(result));
    }
    *results = std::move(list);
    return true;
}

} // namespace Passdesk
