#pragma once

#include <QMetaType>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Passdesk {

// Where and as whom to sign in: the identity platform's v2.0 endpoints of one tenant.
struct OAuthClient
{
    QUrl authority; // e.g. https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0
    QString clientId; // the organisation's app registration
    QStringList scopes; // resource-qualified Graph scopes plus offline_access

    QUrl authorizeUrl() const { return endpoint(QStringLiteral("authorize")); }
    QUrl tokenUrl() const { return endpoint(QStringLiteral("token")); }
    QUrl deviceCodeUrl() const { return endpoint(QStringLiteral("devicecode")); }
    QUrl endpoint(const QString &name) const;
};

// Tokens from a successful grant. Held in memory; only the refresh token is
// stored, in the OS keychain.
struct TokenGrant
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt;
    QStringList scopes;
    QString userName; // from the id_token, for display
    QString userPrincipalName;
    QDateTime authTime; // last interactive sign-in, from the id_token
    void wipe();
};

// An error from the token or device code endpoint ({"error","error_description"}).
struct OAuthError
{
    int httpStatus = 0; // 0: no answer
    QString error; // invalid_grant, authorization_pending, expired_token...
    QString description;
    QString suberror; // consent_required, basic_action... (Entra ID)
    QList<int> errorCodes; // AADSTS numbers

    static OAuthError fromReply(int httpStatus, const QByteArray &body, const QString &networkError);
    // A new interactive sign-in is the only way out (revoked or expired refresh token...).
    bool needsInteractiveSignIn() const;
    // Refused because a scope asked for has not been consented (AADSTS65001):
    // the sign-in itself is still good; the scope needs an interactive request.
    bool consentRequired() const;
    QString userMessage() const;
};

TokenGrant tokenGrantFromJson(const QJsonObject &json, const QDateTime &now);
// The id_token's claims, read without verifying its signature: used for
// display and sign-in time only, never for a security decision.
QJsonObject unverifiedJwtClaims(const QByteArray &jwt);
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::TokenGrant)
Q_DECLARE_METATYPE(Passdesk::OAuthError)
