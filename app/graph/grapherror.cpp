#include "grapherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Passdesk {

GraphError GraphError::fromResponse(int httpStatus, const QByteArray &body)
{
    GraphError e;
    e.httpStatus = httpStatus;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    const QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    e.requestId = inner.value(QLatin1String("request-id")).toString();

    // Intune nests a second JSON document in "message".
    const QString trimmed = e.message.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        const QJsonObject nested = QJsonDocument::fromJson(trimmed.toUtf8()).object();
        if (!nested.isEmpty()) {
            e.customPhrase = nested.value(QLatin1String("CustomApiErrorPhrase")).toString();
            const QString text = nested.value(QLatin1String("Message")).toString();
            e.message = text.isEmpty() ? e.customPhrase : text;
        }
    }
    if (e.code.isEmpty() && e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(200)).simplified();
    return e;
}

GraphError GraphError::fromNetwork(const QString &text)
{
    GraphError e;
    e.kind = Kind::Network;
    e.networkError = text;
    e.message = text;
    return e;
}

GraphError GraphError::malformed(const QString &what)
{
    GraphError e;
    e.kind = Kind::Malformed;
    e.message = what;
    return e;
}

GraphError GraphError::refused(const QString &what)
{
    GraphError e;
    e.kind = Kind::Refused;
    e.message = what;
    return e;
}

bool GraphError::fateUnknown() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Malformed:
        return true;
    case Kind::Refused:
        return false;
    case Kind::Http:
        break;
    }
    // A redirect is not Graph's answer; a 5xx may come after the work was done.
    return (httpStatus >= 300 && httpStatus < 400) || httpStatus >= 500;
}

QString GraphError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("GraphError", "No complete answer from Microsoft Graph: %1")
            .arg(networkError);
    case Kind::Malformed:
        return QCoreApplication::translate("GraphError", "Microsoft Graph sent an answer Passdesk cannot read: %1")
            .arg(message);
    case Kind::Refused:
        return message;
    case Kind::Http:
        break;
    }
    switch (httpStatus) {
    case 401:
        if (claimsChallenge)
            return QCoreApplication::translate(
                "GraphError", "Intune asks you to sign in again to confirm it is you, then to repeat the action.");
        return QCoreApplication::translate("GraphError", "Your session is no longer valid. Sign in again.");
    case 403: {
        // Intune names the missing scope in its nested message.
        static const QRegularExpression scopes(
            QStringLiteral("following scopes?:\\s*([A-Za-z0-9.]+(?:\\s*,\\s*[A-Za-z0-9.]+)*)"));
        const QRegularExpressionMatch m = scopes.match(message);
        if (m.hasMatch())
            return QCoreApplication::translate("GraphError",
                "The application is missing the permission %1. An administrator has to grant it (admin consent) in "
                "Entra ID.")
                .arg(m.captured(1).trimmed());
        return QCoreApplication::translate("GraphError",
            "Your account is not allowed to do this. It needs an Intune role such as Help Desk Operator; ask an Intune "
            "administrator.");
    }
    case 404:
        return QCoreApplication::translate(
            "GraphError", "This device is no longer in Intune. Refresh the device list.");
    case 429:
    case 503:
        return QCoreApplication::translate("GraphError", "Microsoft Graph is busy. Try again in a few minutes.");
    default:
        break;
    }
    if (httpStatus == 400 && customPhrase.contains(QLatin1String("NotSupported"), Qt::CaseInsensitive))
        return QCoreApplication::translate(
            "GraphError", "Intune refused the action: this device does not support it (%1).")
            .arg(customPhrase);
    const QString detail = !customPhrase.isEmpty() ? customPhrase : !message.isEmpty() ? message : code;
    return QCoreApplication::translate("GraphError", "Microsoft Graph answered %1: %2").arg(httpStatus).arg(detail);
}

} // namespace Passdesk
