#include "demotenant.h"

#include "authsession.h"
#include "session.h"
#include "simserver.h"

#include <QCoreApplication>

namespace Passdesk {

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
    , m_server(new Sim::SimServer(this))
{ }

DemoTenant::~DemoTenant() = default;

bool DemoTenant::start(const Options &options, QString *error)
{
    m_server->generate(options.seed, options.deviceCount);
    m_server->setCheckInDelay(options.checkInDelayMsecs);
    m_server->setPageSize(options.pageSize);
    m_server->seedColleagueHistory(); // colleagues' earlier actions, for the device history
    // An administrator consented Passdesk's permissions for the tenant, as IT
    // does when it registers the app: the LAPS and BitLocker permissions come
    // silently on first use.
    m_server->setAdminConsent(true);
    if (m_server->listen() == 0) {
        *error = QCoreApplication::translate("DemoTenant", "The demo tenant could not open a port on this computer.");
        return false;
    }
    return true;
}

QUrl DemoTenant::host() const
{
    QUrl url = m_server->baseUrl();
    url.setPath(QString());
    return url;
}

bool DemoTenant::connectSession(Session *session, QString *error)
{
    if (!session->useProfile(ProfileStore::demoProfile(), host(), error))
        return false;
    session->auth()->setFollowsRedirectItself(true);
    return true;
}

} // namespace Passdesk
