#pragma once

#include <QByteArray>

namespace Passdesk {

// Proof Key for Code Exchange (RFC 7636), S256 method.
struct Pkce
{
    QByteArray verifier; // 43 characters of [A-Za-z0-9-_]
    QByteArray challenge; // BASE64URL-NOPAD(SHA256(verifier))

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // URL-safe random text of `bytes` random bytes (for state, verifier).
    static QByteArray randomUrlSafe(int bytes);
    void wipe();
};

} // namespace Passdesk
