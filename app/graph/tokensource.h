#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

namespace Passdesk {

// Where Graph requests get their access token, and a new one when it runs out.
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    virtual QByteArray accessToken() const = 0;
    virtual bool accessTokenExpiresSoon() const = 0;
    // Obtains a new access token and calls done(true), or done(false) when the
    // operator has to sign in again. Concurrent callers share one refresh.
    virtual void refreshAccessToken(QObject *context, const std::function<void(bool)> &done) = 0;
};

} // namespace Passdesk
