#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace churnlens {

/*!
 * The service's access token (--token-file) and the check of a request's credentials against it.
 * The comparison takes the same time whatever the given token is and wherever it differs: both
 * are hashed (SHA-256) and the digests compared without an early exit, so neither the length nor
 * a matching prefix leaks through timing. Immutable; thread-safe.
 */
class TokenCheck
{
public:
    TokenCheck() = default;
    //! Reads the token from \a path: its first line, spaces trimmed; an empty token is an error.
    static Result<TokenCheck> fromFile(const QString &path);
    static TokenCheck fromToken(const QByteArray &token);

    //! True when a token is required.
    bool isEnabled() const { return !m_digest.isEmpty(); }
    //! Whether \a header (an Authorization value "Bearer <token>") carries the token; true when none is required.
    bool accepts(QByteArrayView authorization) const;

    //! \a a == \a b in time independent of their contents (not of the longer one's length).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_digest;
};

} // namespace churnlens
