#pragma once

#include <QMetaType>

#include <QByteArray>
#include <QString>

namespace Passdesk {

// An error as Graph reports it: the standard envelope {"error":{"code","message"}},
// and Intune's variant whose message is itself a JSON document.
struct GraphError
{
    // What went wrong, which also says whether a POST may have been executed.
    enum class Kind {
        Http, // the server answered with an error status
        Network, // no complete answer: connection lost, reset, truncated, too slow
        Malformed, // an answer that is not what Graph sends (bad JSON, wrong shape)
        Refused, // Passdesk refused to send or to follow (another origin, redirect, loop, too large)
    };
    Kind kind = Kind::Http;
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
    static GraphError malformed(const QString &what);
    static GraphError refused(const QString &what);
    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    // For a POST: the request left and may have been executed, but no clear answer says so.
    bool fateUnknown() const;
    // What the operator reads, in their language.
    QString userMessage() const;
};

} // namespace Passdesk

Q_DECLARE_METATYPE(Passdesk::GraphError)
