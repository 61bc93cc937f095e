#pragma once

#include "oauth.h"

#include <QObject>

class QNetworkAccessManager;

namespace Passdesk {

class ServerClock;

// Posts one form to the token endpoint and reads the answer. Used for the
// refresh-token and device-code grants.
class TokenRequest : public QObject
{
    Q_OBJECT
public:
    TokenRequest(QNetworkAccessManager *nam, ServerClock *clock, QObject *parent = nullptr);
    // A token grant: succeeded() with the tokens, or failed().
    void post(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    // Any other JSON answer (the device code endpoint): codeIssued(), or failed().
    void postForJson(const QUrl &url, const QList<QPair<QString, QString>> &fields);

    // The refresh-token grant for this client.
    static TokenRequest *refresh(QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client,
        const QByteArray &refreshToken, QObject *parent);

Q_SIGNALS:
    void succeeded(const Passdesk::TokenGrant &grant, const QJsonObject &json);
    void failed(const Passdesk::OAuthError &error);
    void codeIssued(const QJsonObject &json);

private:
    void send(const QUrl &url, const QList<QPair<QString, QString>> &fields, bool expectTokens);

    QNetworkAccessManager *m_nam;
    ServerClock *m_clock;
};

} // namespace Passdesk
