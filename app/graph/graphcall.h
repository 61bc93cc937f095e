#pragma once

#include "grapherror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace Passdesk {

class GraphClient;

// One Graph request, held to the client's limits:
// - the token goes only to the client's Graph origin; a URL elsewhere is refused unsent;
// - a GET follows at most a few redirects, to the same origin; a POST follows none;
// - a GET waits and retries on 429/503 as Graph documents (Retry-After, possibly
//   fractional, else exponential backoff); a POST is never sent twice (see send());
// - the answer is capped in size and in time, and must be complete JSON.
// Deletes itself after emitting.
class GraphCall : public QObject
{
    Q_OBJECT
public:
    enum class Method { Get, Post };
    GraphCall(GraphClient *client, Method method, const QUrl &url);
    ~GraphCall() override;

    void start();
    void abort();
    QUrl url() const { return m_url; }
    int attempts() const { return m_attempt; }
    // True once a POST has been handed to the network: from then on its fate may be unknown.
    bool sent() const { return m_attempt > 0; }
    // An error status the caller expects and handles (a filter the server may
    // refuse): logged as information, not as a warning.
    void setExpectedStatus(int status) { m_expectedStatus = status; }
    // A successful GET hands its body out as it came (succeededRaw), to be
    // parsed elsewhere (off the UI thread) rather than here.
    void setRawBody(bool on) { m_raw = on; }
    // A header an API of its own asks for (the LAPS API's ocp-client-name).
    void setExtraHeader(const QByteArray &name, const QByteArray &value) { m_extraHeaders.append({name, value}); }

    // Seconds from a Retry-After value ("2", "2.128" or an HTTP date); -1 if absent or unreadable.
    static double parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void succeeded(int httpStatus, const QJsonObject &body);
    void succeededRaw(int httpStatus, const QByteArray &body);
    void failed(const Passdesk::GraphError &error);
    // A throttled answer that will be retried after delayMsecs.
    void throttled(qint64 delayMsecs);

private:
    void send();
    void sendWithFreshToken();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    bool followRedirect(int status, const QByteArray &location);
    void fail(const GraphError &error);
    qint64 retryDelay(const QByteArray &retryAfter) const;

    QPointer<GraphClient> m_client;
    Method m_method;
    QUrl m_url;
    QByteArray m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_deadline = nullptr;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_refreshed = false; // a 401 on a GET earns one refresh and one resend
    bool m_done = false;
    bool m_raw = false;
    int m_expectedStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
};

} // namespace Passdesk
