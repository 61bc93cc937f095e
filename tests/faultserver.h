#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A misbehaving Graph stand-in on loopback. Each request is answered by the
// test's handler with a Reply that may be a plain answer or a fault: the
// connection closed (FIN) or reset (RST) after the request was read (and so
// "executed"), a body cut short, a body trickled or never ending, no answer at
// all. It records every request: method, target, which address it came to and
// whether it carried a token, so tests count POSTs and see where a token went.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray path; // without the query, still percent-encoded
        QHostAddress address; // the address of this server it came to
        QByteArray authorization;
        int connection = 0; // which TCP connection, from 1
        qint64 atMsecs = 0; // when it arrived, since the server started
    };
    struct Reply
    {
        enum class Mode { Normal, Close, Reset, Truncate, Trickle, Endless, NoAnswer, Late };
        Mode mode = Mode::Normal;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int trickleMsecs = 200; // Trickle: one byte every so often; Late: the whole answer after so long
        static Reply json(const QByteArray &body, int status = 200);
        static Reply fault(Mode mode);
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit FaultServer(QObject *parent = nullptr);
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QByteArray origin() const; // "http://127.0.0.1:port"
    void setHandler(const Handler &handler) { m_handler = handler; }
    // Added to the Date header of every answer (a server clock ahead or behind).
    void setClockSkewSecs(int secs) { m_skewSecs = secs; }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &method) const;
    int countWithToken() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);

    Handler m_handler;
    QList<Request> m_requests;
    int m_connections = 0;
    int m_skewSecs = 0;
    QElapsedTimer m_started;
};
