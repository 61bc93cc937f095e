#pragma once

#include <QMetaType>

#include <QByteArray>
#include <QString>

namespace Passdesk {

// An error as Graph reports it: the standard envelope {"error":{"code","message"}},
// and Intune's variant whose message is itself a JSON document.
struct GraphError
{
    int httpStatus = 0; // 0: no HTTP answer (network error)
    QString code; // "BadRequest", "ResourceNotFound", ...
    QString message; // the readable message (inner "Message" when nested)
    QString customPhrase; // Intune's CustomApiErrorPhrase, if any
    QString requestId;
    QString networkError; // QNetworkReply's text when there was no answer
    double retryAfterSecs = -1; // from Retry-After, when the server sent one
    bool claimsChallenge = false; // 401 asking for a fresh interactive sign-in (step-up)

    static GraphError fromResponse(int httpStatus, const QByteArray &body);
    static GraphError fromNetwork(const QString &text);
    bool isNotFound() const { return httpStatus == 404; }
    // What the operator reads, in their language.
    QString userMessage() const;
};

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::GraphError)
