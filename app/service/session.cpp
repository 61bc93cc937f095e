#include "session.h"

#include "actionjob.h"
#include "actionlistmodel.h"
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
    , m_secrets(new SecretStore(m_clock, this))
    , m_devices(new DeviceTreeModel(this))
    , m_actions(new ActionListModel(this))
{ }

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
    return true;
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
