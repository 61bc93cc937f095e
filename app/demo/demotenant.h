#pragma once

#include <QObject>

namespace Passdesk {

class Session;
namespace Sim {
class SimServer;
}

// The embedded demo tenant: the simulator on a loopback port, and a session
// connected to it over real HTTP, exactly as to a real tenant.
class DemoTenant : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 seed = 20261123;
        int deviceCount = 200;
        qint64 checkInDelayMsecs = 4000;
        int pageSize = 1000;
    };

    explicit DemoTenant(QObject *parent = nullptr);
    ~DemoTenant() override;

    bool start(Session *session, const Options &options, QString *error);
    Sim::SimServer *server() const { return m_server; }
    static QString tenantName();

private:
    Sim::SimServer *m_server;
};

} // namespace Passdesk
