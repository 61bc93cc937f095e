#pragma once

#include "remoteaction.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Passdesk {

class GraphCall;
class ServerClock;
class TokenSource;

// Talks to Microsoft Graph: builds requests, signs them, and hands out calls.
// The base URL is Graph's with its version, e.g. https://graph.microsoft.com/beta.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    struct RetryPolicy
    {
        int maxRetries = 4;
        qint64 backoffBaseMsecs = 1000; // doubled each attempt when Retry-After is absent
        qint64 maxDelayMsecs = 60000;
    };
    // Every answer is bounded: in size, in time (total, and without a byte), in redirects.
    struct Limits
    {
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        qint64 deadlineMsecs = 120000;
        qint64 idleTimeoutMsecs = 30000;
        int maxRedirects = 3;
    };

    explicit GraphClient(ServerClock *clock, QObject *parent = nullptr);

    // Refuses plain http to anything but loopback; returns false with a reason.
    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    static bool isAcceptableBaseUrl(const QUrl &url, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    // A fixed token (automation, demo); or a TokenSource that refreshes.
    void setAccessToken(const QByteArray &token) { m_token = token; }
    void setTokenSource(TokenSource *source) { m_tokenSource = source; }
    TokenSource *tokenSource() const { return m_tokenSource; }
    QByteArray currentAccessToken() const;
    bool hasAccessToken() const { return !currentAccessToken().isEmpty(); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }
    ServerClock *clock() const { return m_clock; }

    // Same scheme, host and port as the configured Graph base URL: the only
    // place the access token goes.
    bool isGraphUrl(const QUrl &url) const;

    QUrl devicesUrl(const QStringList &select, const QString &filter = {}, int top = 0) const;
    // Empty (and so refused by every call) unless isValidDeviceId(id).
    QUrl deviceUrl(const QString &id, const QStringList &select = {}) const;
    // base + "/" + path (for example "deviceManagement/remoteActionAudits"), with the query items given.
    QUrl collectionUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QUrl actionUrl(const QString &id, ActionKind kind) const;

    // Reads retry on throttling; posts never do (see ActionPostJob).
    GraphCall *get(const QUrl &url);
    GraphCall *post(const QUrl &url);

private:
    friend class GraphCall;
    QNetworkAccessManager *m_nam;
    ServerClock *m_clock;
    QUrl m_baseUrl;
    QByteArray m_token;
    TokenSource *m_tokenSource = nullptr;
    RetryPolicy m_retry;
    Limits m_limits;
};

} // namespace Passdesk
