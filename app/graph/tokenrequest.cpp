#include "tokenrequest.h"

#include "serverclock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Passdesk {

TokenRequest::TokenRequest(QNetworkAccessManager *nam, ServerClock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{ }

void TokenRequest::post(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    send(url, fields, true);
}

void TokenRequest::postForJson(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    send(url, fields, false);
}

void TokenRequest::send(const QUrl &url, const QList<QPair<QString, QString>> &fields, bool expectTokens)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->post(request, formEncode(fields));
    connect(reply, &QNetworkReply::finished, this, [this, reply, expectTokens] {
        reply->deleteLater();
        if (reply->hasRawHeader("Date"))
            m_clock->observeServerDate(ServerClock::parseHttpDate(reply->rawHeader("Date")));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = reply->readAll();
        if (status == 200 && !expectTokens) {
            Q_EMIT codeIssued(QJsonDocument::fromJson(body).object());
            return;
        }
        if (status == 200) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            const TokenGrant grant = tokenGrantFromJson(json, m_clock->now());
            body.fill('\0');
            if (grant.accessToken.isEmpty()) {
                Q_EMIT failed(
                    OAuthError::fromReply(status, QByteArrayLiteral("{\"error\":\"server_error\"}"), QString()));
                return;
            }
            Q_EMIT succeeded(grant, json);
            return;
        }
        Q_EMIT failed(OAuthError::fromReply(status, body, reply->errorString()));
    });
}

TokenRequest *TokenRequest::refresh(QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client,
    const QByteArray &refreshToken, QObject *parent)
{
    auto *request = new TokenRequest(nam, clock, parent);
    request->post(client.tokenUrl(),
        {{QStringLiteral("client_id"), client.clientId},
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)},
            {QStringLiteral("scope"), client.scopes.join(QLatin1Char(' '))}});
    return request;
}

} // namespace Passdesk
