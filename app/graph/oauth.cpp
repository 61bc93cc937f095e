#include "oauth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Passdesk {

QUrl OAuthClient::endpoint(const QString &name) const
{
    QUrl url = authority;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + name);
    return url;
}

void TokenGrant::wipe()
{
    accessToken.fill('\0');
    refreshToken.fill('\0');
    accessToken.clear();
    refreshToken.clear();
}

QJsonObject unverifiedJwtClaims(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

TokenGrant tokenGrantFromJson(const QJsonObject &json, const QDateTime &now)
{
    TokenGrant g;
    g.accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    g.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    const qint64 secs = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(3600));
    g.expiresAt = now.addSecs(secs);
    g.scopes = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QJsonObject claims = unverifiedJwtClaims(json.value(QLatin1String("id_token")).toString().toUtf8());
    g.userName = claims.value(QLatin1String("name")).toString();
    g.userPrincipalName = claims.value(QLatin1String("preferred_username")).toString();
    const qint64 authTime = qint64(claims.value(QLatin1String("auth_time")).toDouble(0));
    if (authTime > 0)
        g.authTime = QDateTime::fromSecsSinceEpoch(authTime, QTimeZone::utc());
    return g;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

OAuthError OAuthError::fromReply(int httpStatus, const QByteArray &body, const QString &networkError)
{
    OAuthError e;
    e.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    e.error = json.value(QLatin1String("error")).toString();
    // Entra appends trace and correlation ids on new lines: the first line is the message.
    e.description
        = json.value(QLatin1String("error_description")).toString().section(QLatin1Char('\n'), 0, 0).trimmed();
    e.suberror = json.value(QLatin1String("suberror")).toString();
    const QJsonArray codes = json.value(QLatin1String("error_codes")).toArray();
    for (qsizetype i = 0; i < codes.size() && i < 8; ++i) {
        if (codes.at(i).isDouble())
            e.errorCodes.append(codes.at(i).toInt());
    }
    if (httpStatus == 0) {
        e.error = QStringLiteral("network_error");
        e.description = networkError;
    } else if (e.error.isEmpty()) {
        e.error = QStringLiteral("server_error");
        e.description = QString::fromUtf8(body.left(200)).simplified();
    }
    return e;
}

bool OAuthError::needsInteractiveSignIn() const
{
    return error == QLatin1String("invalid_grant") || error == QLatin1String("interaction_required")
        || error == QLatin1String("login_required") || error == QLatin1String("consent_required");
}

bool OAuthError::consentRequired() const
{
    return error == QLatin1String("consent_required") || suberror == QLatin1String("consent_required")
        || errorCodes.contains(65001);
}

QString OAuthError::userMessage() const
{
    if (error == QLatin1String("network_error"))
        return QCoreApplication::translate("OAuthError", "Cannot reach the sign-in service: %1").arg(description);
    if (needsInteractiveSignIn())
        return QCoreApplication::translate("OAuthError", "Your sign-in has expired or was revoked. Sign in again.");
    if (error == QLatin1String("expired_token"))
        return QCoreApplication::translate("OAuthError", "The code expired before it was entered. Start again.");
    if (error == QLatin1String("authorization_declined") || error == QLatin1String("access_denied"))
        return QCoreApplication::translate("OAuthError", "The sign-in was declined.");
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return QCoreApplication::translate("OAuthError",
            "The application (client) ID of this profile is not accepted by the tenant. Check the profile.");
    return QCoreApplication::translate("OAuthError", "Sign-in failed: %1 (%2)").arg(description, error);
}

} // namespace Passdesk
