#include "latencyrelay.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTimer>

namespace Passdesk::Sim {

namespace {

// One client connection and its connection to the server.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *client, quint16 serverPort, int latency, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_server(new QTcpSocket(this))
        , m_timer(new QTimer(this))
        , m_latency(latency)
    {
        m_client->setParent(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &Pipe::deliver);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { m_server->write(m_client->readAll()); });
        connect(m_server, &QTcpSocket::connected, this, [this] { m_server->write(m_client->readAll()); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] {
            m_held.push_back({QDeadlineTimer(m_latency, Qt::PreciseTimer), m_server->readAll()});
            if (!m_timer->isActive())
                schedule();
        });
        // Whoever closes, the other side is closed once what is held has gone out.
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            m_server->disconnectFromHost();
            deleteLater();
        });
        connect(m_server, &QTcpSocket::disconnected, this, [this] {
            m_serverGone = true;
            if (m_held.empty())
                m_client->disconnectFromHost();
        });
        m_server->connectToHost(QHostAddress(QHostAddress::LocalHost), serverPort);
    }

private:
    void schedule()
    {
        if (!m_held.empty())
            m_timer->start(int(qMax<qint64>(0, m_held.front().due.remainingTime())));
    }

    void deliver()
    {
        while (!m_held.empty() && m_held.front().due.hasExpired()) {
            m_client->write(m_held.front().bytes);
            m_held.pop_front();
        }
        if (m_held.empty() && m_serverGone)
            m_client->disconnectFromHost();
        schedule();
    }

    struct Held
    {
        QDeadlineTimer due;
        QByteArray bytes;
    };
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    QTimer *m_timer;
    int m_latency;
    std::deque<Held> m_held;
    bool m_serverGone = false;
};

} // namespace

LatencyRelay::LatencyRelay(quint16 serverPort, int latencyMsecs, QObject *parent)
    : QObject(parent)
    , m_serverPort(serverPort)
    , m_latency(latencyMsecs)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &LatencyRelay::accept);
}

quint16 LatencyRelay::listen()
{
    if (!m_listener.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return m_listener.serverPort();
}

void LatencyRelay::accept()
{
    while (QTcpSocket *client = m_listener.nextPendingConnection())
        new Pipe(client, m_serverPort, m_latency, this);
}

} // namespace Passdesk::Sim
