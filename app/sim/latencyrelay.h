#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <deque>

class QTcpSocket;
class QTimer;

namespace Passdesk::Sim {

// A loopback relay in front of the simulator that holds back what the server
// sends for a fixed time, as a distant server would: requests go through at
// once, every byte of every response arrives `latency` later. Connections are
// relayed one to one, so keep-alive and concurrent requests behave as with
// the server itself.
class LatencyRelay : public QObject
{
    Q_OBJECT
public:
    LatencyRelay(quint16 serverPort, int latencyMsecs, QObject *parent = nullptr);
    // The relay's own port on 127.0.0.1; 0 when it could not listen.
    quint16 listen();

private:
    void accept();

    QTcpServer m_listener;
    quint16 m_serverPort;
    int m_latency;
};

} // namespace Passdesk::Sim
