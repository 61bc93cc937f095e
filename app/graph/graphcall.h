#pragma once

#include "grapherror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace Passdesk {

class GraphClient;

// One Graph request. A GET waits and retries on 429/503 as Graph documents
// (Retry-After, possibly fractional, else exponential backoff); a POST does not.
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

    // Seconds from a Retry-After value ("2", "2.128" or an HTTP date); -1 if absent or unreadable.
    static double parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void succeeded(int httpStatus, const QJsonObject &body);
    void failed(const GraphError &error);
    // A throttled answer that will be retried after delayMsecs.
    void throttled(qint64 delayMsecs);

private:
    void send();
    void sendWithFreshToken();
    void onFinished();
    qint64 retryDelay(const QByteArray &retryAfter) const;

    QPointer<GraphClient> m_client;
    Method m_method;
    QUrl m_url;
    QByteArray m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_refreshed = false; // a 401 earns one refresh and one resend
    bool m_done = false;
};

} // namespace Passdesk
