#include "session.h"

#include "actionjob.h"
#include "actionlistmodel.h"
#include "authsession.h"
#include "credentialstore.h"
#include "devicefetchjob.h"
#include "devicetreemodel.h"
#include "directoryloadjob.h"
#include "graphclient.h"
#include "secretstore.h"
#include "serverclock.h"
#include "supportmatrix.h"

namespace Passdesk {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_clock(new ServerClock(this))
    , m_graph(new GraphClient(m_clock, this))
    , m_credentials(new CredentialStore(QStringLiteral("Passdesk"), this))
    , m_auth(new AuthSession(m_clock, m_credentials, this))
    , m_secrets(new SecretStore(m_clock, this))
    , m_devices(new DeviceTreeModel(this))
    , m_actions(new ActionListModel(this))
{
    // Passcodes and PINs go with the sign-in.
    connect(m_auth, &AuthSession::stateChanged, m_secrets, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedOut)
            m_secrets->clear();
    });
}

Session::~Session()
{
    // Jobs report back to the session as they go; end them while it is whole.
    const QList<ActionJob *> jobs = findChildren<ActionJob *>(Qt::FindDirectChildrenOnly);
    for (ActionJob *job : jobs)
        delete job;
}

bool Session::connectTo(const QUrl &graphBaseUrl, const QByteArray &accessToken, QString *error)
{
    if (!m_graph->setBaseUrl(graphBaseUrl, error))
        return false;
    m_graph->setAccessToken(accessToken);
    m_graph->setTokenSource(nullptr);
    m_usesSignIn = false;
    return true;
}

bool Session::useProfile(const TenantProfile &profile, const QUrl &hostOverride, QString *error)
{
    const QUrl authority = profile.authorityUrl(hostOverride);
    if (!GraphClient::isAcceptableBaseUrl(authority, error)
        || !m_graph->setBaseUrl(profile.graphBaseUrl(hostOverride), error))
        return false;
    m_secrets->clear();
    m_devices->setDevices({});
    m_auth->setProfile(profile, hostOverride);
    m_graph->setAccessToken(QByteArray());
    m_graph->setTokenSource(m_auth);
    m_usesSignIn = true;
    m_tenantName = profile.displayName;
    return true;
}

bool Session::stepUpNeeded() const
{
    return m_usesSignIn && m_stepUpSecs > 0 && m_auth->needsStepUp(m_stepUpSecs);
}

const SupportMatrix &Session::matrix() const
{
    return SupportMatrix::builtin();
}

DirectoryLoadJob *Session::loadDirectory()
{
    return new DirectoryLoadJob(this);
}

ActionJob *Session::runAction(const QStringList &deviceIds, ActionKind kind)
{
    return new ActionJob(this, deviceIds, kind);
}

DeviceFetchJob *Session::fetchDevice(const QString &deviceId)
{
    return new DeviceFetchJob(this, deviceId);
}

bool Session::isActionRunning(const QString &deviceId, ActionKind kind) const
{
    return m_running.contains(deviceId + QLatin1Char('/') + actionName(kind));
}

void Session::setRunning(const QString &deviceId, ActionKind kind, bool running)
{
    const QString key = deviceId + QLatin1Char('/') + actionName(kind);
    if (running)
        m_running.insert(key);
    else
        m_running.remove(key);
    Q_EMIT actionRunningChanged(deviceId);
}

} // namespace Passdesk
