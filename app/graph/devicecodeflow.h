#pragma once

#include "oauth.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace Passdesk {

class ServerClock;
class TokenRequest;

// The device authorization grant (RFC 8628), for machines whose browser cannot
// reach back to this program: the operator signs in elsewhere with a short code.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    DeviceCodeFlow(
        QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start();
    void cancel();

Q_SIGNALS:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void succeeded(const Passdesk::TokenGrant &grant);
    void failed(const Passdesk::OAuthError &error);
    void canceled();

private:
    void poll();

    QNetworkAccessManager *m_nam;
    ServerClock *m_clock;
    OAuthClient m_client;
    QByteArray m_deviceCode;
    QTimer *m_timer;
    QPointer<TokenRequest> m_pending;
    int m_intervalSecs = 5;
    bool m_done = false;
};

} // namespace Passdesk
