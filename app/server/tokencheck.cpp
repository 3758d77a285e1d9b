#include "tokencheck.h"

#include <QCryptographicHash>
#include <QFile>

namespace churnlens {

Result<TokenCheck> TokenCheck::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the token file \"%1\": %2.").arg(path, f.errorString()));
    const QByteArray token = f.readLine(4096).trimmed();
    if (token.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The token file \"%1\" is empty: write the token on its first line.").arg(path));
    return fromToken(token);
}

TokenCheck TokenCheck::fromToken(const QByteArray &token)
{
    TokenCheck t;
    if (!token.isEmpty())
        t.m_digest = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    return t;
}

bool TokenCheck::accepts(QByteArrayView authorization) const
{
    if (!isEnabled())
        return true;
    const QByteArrayView scheme("Bearer ");
    QByteArrayView given;
    if (authorization.size() > scheme.size()
        && QByteArrayView(authorization.first(scheme.size())).compare(scheme, Qt::CaseInsensitive) == 0)
        given = authorization.sliced(scheme.size()).trimmed();
    // Hashed whatever was given, so a missing or malformed header takes as long as a wrong token.
    const QByteArray digest = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    return constantTimeEquals(digest, m_digest) && !given.isEmpty();
}

bool TokenCheck::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::max(a.size(), b.size());
    // volatile: the compiler may not turn the loop into an early-exit memcmp.
    volatile unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff = diff | static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

} // namespace churnlens
