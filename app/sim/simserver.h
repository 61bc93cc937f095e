#pragma once

#include "simclock.h"
#include "simdevice.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace Passdesk::Sim {

// A Microsoft Graph lookalike for Intune managed devices, served on
// 127.0.0.1 under /beta and /v1.0. See app/sim/README.md for the contract.
class SimServer : public QObject
{
    Q_OBJECT

public:
    explicit SimServer(QObject *parent = nullptr);
    ~SimServer() override;

    void setDevices(std::vector<SimDevice> devices);
    // TenantGenerator::generate(seed, count, clock().now()).
    void generate(quint64 seed, int count);
    const std::vector<SimDevice> &devices() const;

    // Binds 127.0.0.1 only; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT/beta (or /v1.0).
    QUrl baseUrl(const QString &version = QStringLiteral("beta")) const;

    void setPageSize(int pageSize); // default 1000
    int pageSize() const;
    void setCheckInDelay(qint64 msecs); // sim-clock time, default 4000
    qint64 checkInDelay() const;
    SimClock &clock();
    const SimClock &clock() const;

    void addAcceptedToken(const QByteArray &token);

    // The next `count` requests (any path or method, before authentication)
    // answer `status` (429 or 503) with this Retry-After value, if not empty.
    // Throttled POSTs are not executed.
    void injectThrottling(int status, int count, const QByteArray &retryAfter = QByteArray());
    int pendingThrottledRequests() const;

    // Every POST received on a device's action URL, whatever the answer
    // (throttled, rejected, accepted): proves a client never resends.
    int actionPostCount(const QString &deviceId, const QString &action) const;
    // POSTs that were accepted (204) and recorded on the device.
    int actionExecutedCount(const QString &deviceId, const QString &action) const;
    int requestCount() const;
    // URL (path and query, as received) of the latest request.
    QUrl lastRequestUrl() const;

    // Passcode issued by the latest accepted reset that will succeed, even
    // before the device checks in; empty when none.
    QString lastIssuedPasscode(const QString &deviceId) const;
    // PIN issued by the latest successful macOS remote lock; empty when none.
    QString lastUnlockPin(const QString &deviceId) const;

private:
    struct Request;
    struct ListQuery;

    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse dispatch(Request &r);
    QHttpServerResponse listDevices(Request &r);
    QHttpServerResponse getDevice(Request &r, int deviceIndex);
    QHttpServerResponse postAction(Request &r, int deviceIndex, const QString &action);

    QHttpServerResponse reply(const Request &r, int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    QHttpServerResponse error(const Request &r, int status, const QString &code, const QString &message,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    QHttpServerResponse intuneError(const Request &r, int status, const QString &code, const QString &deviceId,
        const QString &action, const QString &phrase) const;

    bool parseSelect(const QString &text, QStringList *select, QString *badName) const;
    int findDevice(const QString &id) const;
    QString nextSecret(int length, bool digitsOnly);

    QHttpServer *m_http = nullptr;
    SimClock m_clock;
    std::vector<SimDevice> m_devices;
    QHash<QString, int> m_indexById;
    QSet<QByteArray> m_tokens;
    quint16 m_port = 0;
    int m_pageSize = 1000;
    qint64 m_checkInDelay = 4000;
    quint64 m_seed = 20261123;
    quint64 m_secretCounter = 0;

    int m_throttleStatus = 0;
    int m_throttleRemaining = 0;
    QByteArray m_throttleRetryAfter;

    int m_requestCount = 0;
    QUrl m_lastRequestUrl;
    QHash<QString, int> m_postCounts; // "deviceId/action"
    QHash<QString, int> m_executedCounts; // "deviceId/action"
    QHash<QString, QString> m_lastPasscode;
    QHash<QString, QString> m_lastUnlockPin;
};

} // namespace Passdesk::Sim
