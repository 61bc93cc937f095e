#include "faultserver.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

FaultServer::Reply FaultServer::Reply::json(const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/json"));
    return r;
}

FaultServer::Reply FaultServer::Reply::fault(Mode mode)
{
    Reply r;
    r.mode = mode;
    return r;
}

FaultServer::FaultServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool FaultServer::start(const QHostAddress &address)
{
    m_started.start();
    return listen(address, 0);
}

QByteArray FaultServer::origin() const
{
    return "http://" + serverAddress().toString().toLatin1() + ':' + QByteArray::number(serverPort());
}

int FaultServer::count(const QByteArray &method) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.method == method ? 1 : 0;
    return n;
}

int FaultServer::countWithToken() const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.authorization.isEmpty() ? 0 : 1;
    return n;
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setProperty("connection", ++m_connections);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        request.path = request.target.left(
            request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
        request.address = socket->localAddress();
        request.connection = socket->property("connection").toInt();
        request.atMsecs = m_started.elapsed();
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const int colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "authorization")
                request.authorization = value;
            else if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < end + 4 + contentLength)
            break;
        buffer.remove(0, end + 4 + contentLength);
        m_requests << request;
        answer(socket, m_handler ? m_handler(request) : Reply::json("{}", 404));
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    socket->setProperty("buffer", buffer);
}

void FaultServer::answer(QTcpSocket *socket, const Reply &reply)
{
    using Mode = Reply::Mode;
    switch (reply.mode) {
    case Mode::Close:
        socket->disconnectFromHost(); // FIN: the request was read, no answer
        return;
    case Mode::Reset:
#ifdef Q_OS_UNIX
    {
        struct linger l = {1, 0}; // RST instead of FIN
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
#endif
        socket->abort();
        return;
    case Mode::NoAnswer:
        return;
    default:
        break;
    }
    if (reply.mode == Mode::Late) {
        Reply onTime = reply;
        onTime.mode = Mode::Normal;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.trickleMsecs, this, [this, guard, onTime] {
            if (guard)
                answer(guard, onTime);
        });
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_skewSecs);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
    head += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (reply.mode == Mode::Endless) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        QPointer<QTcpSocket> guard(socket);
        auto *timer = new QTimer(socket);
        const QByteArray chunk = QByteArray::number(0x4000, 16) + "\r\n" + QByteArray(0x4000, ' ') + "\r\n";
        QObject::connect(timer, &QTimer::timeout, socket, [guard, chunk] {
            if (guard && guard->bytesToWrite() < 1024 * 1024)
                guard->write(chunk);
        });
        timer->start(1);
        return;
    }
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.mode == Mode::Truncate) {
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    if (reply.mode == Mode::Trickle) {
        socket->write(head);
        QPointer<QTcpSocket> guard(socket);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray body = reply.body;
        QObject::connect(timer, &QTimer::timeout, socket, [guard, body, sent, timer] {
            if (!guard || *sent >= body.size()) {
                timer->stop();
                return;
            }
            guard->write(body.mid((*sent)++, 1));
        });
        timer->start(reply.trickleMsecs);
        return;
    }
    socket->write(head + reply.body);
}
