#include "tenantprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace Passdesk {

namespace {

struct CloudInfo
{
    Cloud cloud;
    const char *key;
    const char *name;
    const char *authority;
    const char *graph;
};

// Microsoft Graph national cloud deployments.
const CloudInfo kClouds[] = {
    {Cloud::Global, "global", QT_TRANSLATE_NOOP("Cloud", "Global"), "https://login.microsoftonline.com",
        "https://graph.microsoft.com"},
    {Cloud::UsGovL4, "usgov-l4", QT_TRANSLATE_NOOP("Cloud", "US Government L4"), "https://login.microsoftonline.us",
        "https://graph.microsoft.us"},
    {Cloud::UsGovL5, "usgov-l5", QT_TRANSLATE_NOOP("Cloud", "US Government L5 (DoD)"),
        "https://login.microsoftonline.us", "https://dod-graph.microsoft.us"},
    {Cloud::China, "china", QT_TRANSLATE_NOOP("Cloud", "China (21Vianet)"), "https://login.chinacloudapi.cn",
        "https://microsoftgraph.chinacloudapi.cn"},
};

const CloudInfo &info(Cloud cloud)
{
    for (const CloudInfo &c : kClouds) {
        if (c.cloud == cloud)
            return c;
    }
    return kClouds[0];
}

const QString kDemoId = QStringLiteral("demo");

} // namespace

QList<Cloud> allClouds()
{
    return {Cloud::Global, Cloud::UsGovL4, Cloud::UsGovL5, Cloud::China};
}

QString cloudKey(Cloud cloud)
{
    return QString::fromLatin1(info(cloud).key);
}

Cloud cloudFromKey(const QString &key)
{
    for (const CloudInfo &c : kClouds) {
        if (key == QLatin1String(c.key))
            return c.cloud;
    }
    return Cloud::Global;
}

QString cloudDisplayName(Cloud cloud)
{
    return QCoreApplication::translate("Cloud", info(cloud).name);
}

QUrl cloudAuthorityHost(Cloud cloud)
{
    return QUrl(QString::fromLatin1(info(cloud).authority));
}

QUrl cloudGraphHost(Cloud cloud)
{
    return QUrl(QString::fromLatin1(info(cloud).graph));
}

QUrl TenantProfile::authorityUrl(const QUrl &hostOverride) const
{
    QUrl url = hostOverride.isValid() ? hostOverride : cloudAuthorityHost(cloud);
    url.setPath(QStringLiteral("/%1/oauth2/v2.0").arg(tenant));
    return url;
}

QUrl TenantProfile::graphBaseUrl(const QUrl &hostOverride) const
{
    QUrl url = hostOverride.isValid() ? hostOverride : cloudGraphHost(cloud);
    url.setPath(QStringLiteral("/beta"));
    return url;
}

QStringList TenantProfile::scopes() const
{
    const QString graph = cloudGraphHost(cloud).toString();
    QStringList list{graph + QLatin1String("/DeviceManagementManagedDevices.Read.All"),
        graph + QLatin1String("/DeviceManagementManagedDevices.PrivilegedOperations.All")};
    if (readAuditLog)
        list << graph + QLatin1String("/DeviceManagementApps.Read.All");
    if (checkReadiness)
        list << graph + QLatin1String("/Application.Read.All")
             << graph + QLatin1String("/DeviceManagementConfiguration.Read.All");
    return list + QStringList{QStringLiteral("offline_access"), QStringLiteral("openid"), QStringLiteral("profile")};
}

bool TenantProfile::validate(QString *why) const
{
    const auto fail = [why](const char *text) {
        *why = QCoreApplication::translate("TenantProfile", text);
        return false;
    };
    if (displayName.trimmed().isEmpty())
        return fail(QT_TRANSLATE_NOOP("TenantProfile", "Give the profile a name."));
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    if (!guid.match(tenant).hasMatch() && !domain.match(tenant).hasMatch())
        return fail(QT_TRANSLATE_NOOP(
            "TenantProfile", "The tenant is its ID (a GUID) or one of its domains, such as contoso.onmicrosoft.com."));
    if (!guid.match(clientId).hasMatch())
        return fail(QT_TRANSLATE_NOOP("TenantProfile",
            "The application (client) ID is a GUID, shown on the app registration's Overview page in Entra ID."));
    return true;
}

TenantProfile ProfileStore::demoProfile()
{
    TenantProfile p;
    p.id = kDemoId;
    p.displayName = QCoreApplication::translate("DemoTenant", "Contoso (demo)");
    p.tenant = QStringLiteral("contoso.onmicrosoft.com");
    p.clientId = QStringLiteral("00000000-0000-4000-8000-00000000d3e0");
    p.demo = true;
    p.readAuditLog = true;
    p.checkReadiness = true;
    return p;
}

QList<TenantProfile> ProfileStore::profiles() const
{
    QList<TenantProfile> list{demoProfile()};
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    for (const QString &id : settings.childGroups()) {
        settings.beginGroup(id);
        TenantProfile p;
        p.id = id;
        p.displayName = settings.value(QStringLiteral("displayName")).toString();
        p.tenant = settings.value(QStringLiteral("tenant")).toString();
        p.cloud = cloudFromKey(settings.value(QStringLiteral("cloud")).toString());
        p.clientId = settings.value(QStringLiteral("clientId")).toString();
        p.readAuditLog = settings.value(QStringLiteral("readAuditLog"), false).toBool();
        p.checkReadiness = settings.value(QStringLiteral("checkReadiness"), false).toBool();
        settings.endGroup();
        if (id != kDemoId)
            list << p;
    }
    return list;
}

TenantProfile ProfileStore::profile(const QString &id) const
{
    for (const TenantProfile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return {};
}

TenantProfile ProfileStore::findByName(const QString &nameOrId) const
{
    for (const TenantProfile &p : profiles()) {
        if (p.id == nameOrId || p.displayName.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

void ProfileStore::save(const TenantProfile &profile)
{
    if (profile.demo || profile.id.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles/") + profile.id);
    settings.setValue(QStringLiteral("displayName"), profile.displayName);
    settings.setValue(QStringLiteral("tenant"), profile.tenant);
    settings.setValue(QStringLiteral("cloud"), cloudKey(profile.cloud));
    settings.setValue(QStringLiteral("clientId"), profile.clientId);
    settings.setValue(QStringLiteral("readAuditLog"), profile.readAuditLog);
    settings.setValue(QStringLiteral("checkReadiness"), profile.checkReadiness);
}

void ProfileStore::remove(const QString &id)
{
    if (id == kDemoId)
        return;
    QSettings settings;
    settings.remove(QStringLiteral("profiles/") + id);
    if (currentId() == id)
        setCurrentId(kDemoId);
}

QString ProfileStore::currentId() const
{
    const QString id = QSettings().value(QStringLiteral("currentProfile"), kDemoId).toString();
    return profile(id).id.isEmpty() ? kDemoId : id;
}

void ProfileStore::setCurrentId(const QString &id)
{
    QSettings().setValue(QStringLiteral("currentProfile"), id);
}

TenantProfile ProfileStore::current() const
{
    return profile(currentId());
}

} // namespace Passdesk
