#include "readinessjob.h"

#include "graphcall.h"
#include "graphclient.h"
#include "pagedlistjob.h"
#include "scopes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Passdesk {

namespace {

const QString kApplicationRead = QStringLiteral("Application.Read.All");
const QString kDirectoryRead = QStringLiteral("Directory.Read.All");
const QString kConfigurationRead = QStringLiteral("DeviceManagementConfiguration.Read.All");
const QString kPrivileged = QStringLiteral("DeviceManagementManagedDevices.PrivilegedOperations.All");
const QString kRead = QStringLiteral("DeviceManagementManagedDevices.Read.All");
const QString kAuditLog = QStringLiteral("DeviceManagementApps.Read.All");

// The admin consent pages of the Microsoft PIN reset service (Intune's Windows PIN reset documentation).
const QUrl kServiceConsent(QStringLiteral(
    "https://login.windows.net/common/oauth2/authorize?response_type=code&client_id=b8456c59-1230-44c7-a4a2-"
    "99b085333e84&resource=https%3A%2F%2Fgraph.windows.net&redirect_uri=https%3A%2F%2Fcred.microsoft.com&state="
    "e9191523-6c2f-4f1d-a4f9-c36f26f89df0&prompt=admin_consent"));
const QUrl kClientConsent(QStringLiteral(
    "https://login.windows.net/common/oauth2/authorize?response_type=code&client_id=9115dd05-fad5-4f9c-acc7-"
    "305d08b1b04e&resource=https%3A%2F%2Fcred.microsoft.com%2F&redirect_uri=ms-appx-web%3A%2F%2FMicrosoft.AAD."
    "BrokerPlugin%2F9115dd05-fad5-4f9c-acc7-305d08b1b04e&state=6765f8c5-f4a7-4029-b667-46a6776ad611&prompt=admin_"
    "consent"));
const QUrl kPinResetDoc(
    QStringLiteral("https://learn.microsoft.com/mem/intune/remote-actions/device-windows-pin-reset"));

} // namespace

ReadinessJob::State ReadinessJob::Result::pinResetService() const
{
    const Check *service = check(QStringLiteral("pinResetService"));
    const Check *client = check(QStringLiteral("pinResetClient"));
    if (!service || !client)
        return State::CannotTell;
    if (service->state == State::NotReady || client->state == State::NotReady)
        return State::NotReady;
    if (service->state == State::Ready && client->state == State::Ready)
        return State::Ready;
    return State::CannotTell;
}

const ReadinessJob::Check *ReadinessJob::Result::check(const QString &id) const
{
    const auto it = std::find_if(checks.begin(), checks.end(), [&id](const Check &c) { return c.id == id; });
    return it == checks.end() ? nullptr : &*it;
}

ReadinessJob::ReadinessJob(GraphClient *graph, const QStringList &grantedScopes, bool scopesKnown, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_scopes(grantedScopes)
    , m_scopesKnown(scopesKnown)
{ }

bool ReadinessJob::hasScope(const QString &scope) const
{
    return hasGraphScope(m_scopes, scope);
}

void ReadinessJob::run()
{
    m_pending = 3;
    checkServicePrincipal(
        QStringLiteral("pinResetService"), pinResetServiceAppId(),
        [] { return tr("Microsoft Pin Reset Service Production"); }, kServiceConsent);
    checkServicePrincipal(
        QStringLiteral("pinResetClient"), pinResetClientAppId(),
        [] { return tr("Microsoft Pin Reset Client Production"); }, kClientConsent);
    checkPinRecoveryPolicy();
    checkPermissions();
}

void ReadinessJob::onCancel()
{
    for (const QPointer<GraphCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    if (m_configurations)
        m_configurations->cancel();
}

void ReadinessJob::add(Check check)
{
    m_result.checks.push_back(std::move(check));
}

void ReadinessJob::partDone()
{
    if (--m_pending > 0 || isFinished())
        return;
    // In a fixed order, whatever answered first.
    static const QStringList order{QStringLiteral("pinResetService"), QStringLiteral("pinResetClient"),
        QStringLiteral("pinRecoveryPolicy"), QStringLiteral("permissionActions"), QStringLiteral("permissionRead"),
        QStringLiteral("permissionAuditLog"), QStringLiteral("intuneRole")};
    std::stable_sort(m_result.checks.begin(), m_result.checks.end(),
        [](const Check &a, const Check &b) { return order.indexOf(a.id) < order.indexOf(b.id); });
    m_result.complete = true;
    finish();
}

void ReadinessJob::checkServicePrincipal(
    const QString &id, const QString &appId, const Words &name, const QUrl &consent)
{
    const Words title = [name] { return tr("Enterprise application “%1”").arg(name()); };
    const Words fix = [] {
        return tr("A global administrator opens the consent page, signs in and accepts; do it for both PIN reset "
                  "applications (the service first, then the client).");
    };
    if (m_scopesKnown && !hasScope(kApplicationRead) && !hasScope(kDirectoryRead)) {
        add({id, State::CannotTell, title,
            [] {
                return tr("Cannot tell: reading enterprise applications needs the permission %1, which this sign-in "
                          "does not have.")
                    .arg(kApplicationRead);
            },
            fix, {consent, kPinResetDoc}});
        QMetaObject::invokeMethod(
            this, [this] { partDone(); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url = m_graph->collectionUrl(QStringLiteral("servicePrincipals"),
        {{QStringLiteral("$filter"), QStringLiteral("appId eq '%1'").arg(appId)},
            {QStringLiteral("$select"), QStringLiteral("id,appId,displayName,accountEnabled")}});
    GraphCall *call = m_graph->get(url);
    m_calls << call;
    connect(call, &GraphCall::succeeded, this, [this, id, appId, title, fix, consent](int, const QJsonObject &body) {
        const QJsonValue value = body.value(QLatin1String("value"));
        if (!value.isArray()) {
            add({id, State::CannotTell, title,
                [] { return tr("Cannot tell: %1").arg(GraphError::malformed(tr("no “value” list")).userMessage()); },
                fix, {consent, kPinResetDoc}});
            partDone();
            return;
        }
        bool present = false;
        bool enabled = true;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject sp = v.toObject();
            if (sp.value(QLatin1String("appId")).toString().compare(appId, Qt::CaseInsensitive) != 0)
                continue; // a server that ignores the filter answers with others
            present = true;
            enabled = sp.value(QLatin1String("accountEnabled")).toBool(true);
        }
        if (present && enabled)
            add({id, State::Ready, title, [] { return tr("Consented: the application is in the tenant."); }, {}, {}});
        else if (present)
            add({id, State::NotReady, title,
                [] { return tr("The application is in the tenant but disabled (sign-in not allowed)."); },
                [] { return tr("Enable it in Entra ID, Enterprise applications, Properties."); }, {kPinResetDoc}});
        else
            add({id, State::NotReady, title, [] { return tr("Not consented: the application is not in the tenant."); },
                fix, {consent, kPinResetDoc}});
        partDone();
    });
    connect(call, &GraphCall::failed, this, [this, id, title, fix, consent](const GraphError &error) {
        add({id, State::CannotTell, title, [error] { return tr("Cannot tell: %1").arg(error.userMessage()); }, fix,
            {consent, kPinResetDoc}});
        partDone();
    });
    call->start();
}

void ReadinessJob::checkPinRecoveryPolicy()
{
    const QString id = QStringLiteral("pinRecoveryPolicy");
    const Words title = [] { return tr("PIN recovery on Windows devices (EnablePinRecovery)"); };
    const Words fix = [] {
        return tr("Assign a custom Windows 10 configuration that sets "
                  "./Device/Vendor/MSFT/PassportForWork/<tenant ID>/Policies/EnablePinRecovery to True.");
    };
    if (m_scopesKnown && !hasScope(kConfigurationRead)) {
        add({id, State::CannotTell, title,
            [] {
                return tr("Cannot tell: reading device configurations needs the permission %1, which this sign-in "
                          "does not have.")
                    .arg(kConfigurationRead);
            },
            fix, {kPinResetDoc}});
        QMetaObject::invokeMethod(
            this, [this] { partDone(); }, Qt::QueuedConnection);
        return;
    }
    m_configurations = new PagedListJob(
        m_graph, m_graph->collectionUrl(QStringLiteral("deviceManagement/deviceConfigurations")), this);
    m_configurations->setMaxPages(20);
    auto found = std::make_shared<QPair<int, QString>>(-1, QString()); // -1 none, 0 false, 1 true; policy name
    connect(m_configurations, &PagedListJob::recordsReceived, this, [found](const QJsonArray &records) {
        for (const QJsonValue &v : records) {
            const QJsonObject configuration = v.toObject();
            for (const QJsonValue &s : configuration.value(QLatin1String("omaSettings")).toArray()) {
                const QJsonObject setting = s.toObject();
                if (!setting.value(QLatin1String("omaUri"))
                         .toString()
                         .endsWith(QLatin1String("/Policies/EnablePinRecovery"), Qt::CaseInsensitive))
                    continue;
                const QJsonValue value = setting.value(QLatin1String("value"));
                const bool on = value.isBool()
                    ? value.toBool()
                    : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
                if (found->first < 1) // one policy that turns it on is enough
                    *found = {on ? 1 : 0, configuration.value(QLatin1String("displayName")).toString()};
            }
        }
    });
    connect(m_configurations, &PagedListJob::finished, this, [this, id, title, fix, found] {
        const QString policy = found->second;
        if (found->first == 1)
            add({id, State::Ready, title, [policy] { return tr("Set to True by the policy “%1”.").arg(policy); }, {},
                {}});
        else if (found->first == 0)
            add({id, State::NotReady, title, [policy] { return tr("Set to False by the policy “%1”.").arg(policy); },
                fix, {kPinResetDoc}});
        else
            add({id, State::CannotTell, title,
                [] {
                    return tr("Cannot tell: no custom policy sets it. It may be set in the settings catalog, which "
                              "Passdesk does not read.");
                },
                fix, {kPinResetDoc}});
        partDone();
    });
    connect(m_configurations, &PagedListJob::failed, this, [this, id, title, fix](const GraphError &error) {
        add({id, State::CannotTell, title, [error] { return tr("Cannot tell: %1").arg(error.userMessage()); }, fix,
            {kPinResetDoc}});
        partDone();
    });
    m_configurations->start();
}

void ReadinessJob::checkPermissions()
{
    // Known from the token itself; nothing to ask Graph.
    struct Need
    {
        QString id;
        QString scope;
        Words title;
    };
    const QList<Need> needs{
        {QStringLiteral("permissionActions"), kPrivileged,
            [] { return tr("Permission for remote actions (reset, lock, sync)"); }},
        {QStringLiteral("permissionRead"), kRead, [] { return tr("Permission to read devices"); }},
        {QStringLiteral("permissionAuditLog"), kAuditLog, [] { return tr("Permission to read Intune's audit log"); }},
    };
    for (const Need &need : needs) {
        const QString scope = need.scope;
        if (!m_scopesKnown)
            add({need.id, State::CannotTell, need.title,
                [scope] {
                    return tr("Cannot tell: the access token was given to Passdesk as it is, without its permissions. "
                              "It needs %1.")
                        .arg(scope);
                },
                {}, {}});
        else if (hasScope(scope))
            add({need.id, State::Ready, need.title, [scope] { return tr("Granted: %1.").arg(scope); }, {}, {}});
        else
            add({need.id, State::NotReady, need.title, [scope] { return tr("Not granted: %1.").arg(scope); },
                [scope] {
                    return tr("An administrator adds the delegated permission %1 to the app registration of this "
                              "tenant profile and grants admin consent.")
                        .arg(scope);
                },
                {}});
    }
    add({QStringLiteral("intuneRole"), State::CannotTell, [] { return tr("Your Intune role"); },
        [] {
            return tr("Cannot tell: Graph names the missing Intune permission only when it refuses an action. Reset, "
                      "lock and sync need a role such as Help Desk Operator (Remote tasks); the audit log needs Audit "
                      "data: Read.");
        },
        {}, {}});
}

} // namespace Passdesk
