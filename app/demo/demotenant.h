#pragma once

#include <QObject>
#include <QUrl>

namespace Passdesk {

class Session;
namespace Sim {
class SimServer;
}

// The embedded demo tenant: the simulator on a loopback port, Graph and the
// identity endpoints alike, reached over real HTTP exactly as a real tenant.
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

    bool start(const Options &options, QString *error);
    // http://127.0.0.1:PORT: the host of both the sign-in and the Graph endpoints.
    QUrl host() const;
    // Points the session at the demo profile; signing in follows the
    // simulator's auto-approving redirect, no browser needed.
    bool connectSession(Session *session, QString *error);
    Sim::SimServer *server() const { return m_server; }

private:
    Sim::SimServer *m_server;
};

} // namespace Passdesk
