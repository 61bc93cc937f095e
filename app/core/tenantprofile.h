#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Passdesk {

// The Microsoft clouds: where to sign in and where Graph is.
enum class Cloud { Global, UsGovL4, UsGovL5, China };

QList<Cloud> allClouds();
QString cloudKey(Cloud cloud); // stored in settings: "global", "usgov-l4"...
Cloud cloudFromKey(const QString &key);
QString cloudDisplayName(Cloud cloud); // translated
QUrl cloudAuthorityHost(Cloud cloud); // https://login.microsoftonline.com
QUrl cloudGraphHost(Cloud cloud); // https://graph.microsoft.com

// One tenant an operator serves. Plain settings: no secret in here.
struct TenantProfile
{
    QString id; // stable key, also the keychain entry's name
    QString displayName;
    QString tenant; // tenant id (GUID) or domain
    Cloud cloud = Cloud::Global;
    QString clientId; // application (client) id of the organisation's app registration
    bool demo = false; // the embedded demo tenant
    // Also ask for DeviceManagementApps.Read.All, which Intune's audit log
    // (who did what, in the device history) needs; the app registration must have it.
    bool readAuditLog = false;
    // Also ask for Application.Read.All and DeviceManagementConfiguration.Read.All,
    // with which the tenant readiness checks the PIN reset service and policy.
    bool checkReadiness = false;

    // {authority host}/{tenant}/oauth2/v2.0; the demo passes its own host.
    QUrl authorityUrl(const QUrl &hostOverride = QUrl()) const;
    QUrl graphBaseUrl(const QUrl &hostOverride = QUrl()) const; // .../beta
    QStringList scopes() const;
    // Translated reason when something required is missing or malformed.
    bool validate(QString *why) const;
};

// The profiles in QSettings, and which one is current. The demo profile is
// always there and is current on first start.
class ProfileStore
{
public:
    static TenantProfile demoProfile();
    QList<TenantProfile> profiles() const;
    TenantProfile profile(const QString &id) const; // empty id when unknown
    TenantProfile findByName(const QString &nameOrId) const;
    void save(const TenantProfile &profile);
    void remove(const QString &id);
    QString currentId() const;
    void setCurrentId(const QString &id);
    TenantProfile current() const;
};

} // namespace Passdesk
