#include "demotenant.h"

#include "session.h"
#include "simserver.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Passdesk {

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
    , m_server(new Sim::SimServer(this))
{ }

DemoTenant::~DemoTenant() = default;

QString DemoTenant::tenantName()
{
    return QCoreApplication::translate("DemoTenant", "Contoso (demo)");
}

bool DemoTenant::start(Session *session, const Options &options, QString *error)
{
    m_server->generate(options.seed, options.deviceCount);
    m_server->setCheckInDelay(options.checkInDelayMsecs);
    m_server->setPageSize(options.pageSize);
    if (m_server->listen() == 0) {
        *error = QCoreApplication::translate("DemoTenant", "The demo tenant could not open a port on this computer.");
        return false;
    }
    // A fresh token per run: nothing to leak, nothing stored.
    QByteArray token(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()), int(token.size() / 4));
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_server->addAcceptedToken(token);
    session->setTenantName(tenantName());
    return session->connectTo(m_server->baseUrl(), token, error);
}

} // namespace Passdesk
