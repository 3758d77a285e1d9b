#include "csvsource.h"

#include "textdecoder.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace churnlens {

namespace {
constexpr int ReadAttempts = 3;   // a file that keeps changing is reported after this many reads
constexpr int PollMilliseconds = 100;
constexpr qsizetype CheckBytes = 64 * 1024; // of a stream, looked at for binary data

Error readError(const QString &path, const QString &why)
{
    Error e;
    e.code = ErrorCode::Io;
    e.file = path;
    e.message = Tr::tr("The file cannot be read: %1").arg(why);
    return e;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

bool sameVersion(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
           && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// A regular file from \a base to its end with pread (it may have grown since fstat), or its
// first \a limit bytes (0 = no limit). Returns errno or 0.
int readRegular(int fd, off_t base, off_t expected, qsizetype limit, QByteArray &out)
{
    qsizetype capacity = qsizetype(std::max<off_t>(expected - base, 0)) + 1; // + 1 tells "grew" from "ended"
    if (limit > 0)
        capacity = std::min(capacity, limit);
    out = QByteArray(capacity, Qt::Uninitialized);
    qsizetype used = 0;
    for (;;) {
        if (used == capacity) {
            if (limit > 0 && used >= limit)
                break;
            capacity = capacity + capacity / 2 + 4096;
            out.resize(capacity);
        }
        const ssize_t n = ::pread(fd, out.data() + used, size_t(capacity - used), base + off_t(used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            break;
        used += qsizetype(n);
    }
    out.truncate(used);
    return 0;
}

// A pipe, FIFO, terminal or socket: read once, to the end, waiting with poll() so that a
// cancel is seen even when no writer ever comes. A stream whose first bytes are binary
// (/dev/zero, /dev/urandom) would never end: it stops with EILSEQ. Returns errno, ECANCELED,
// EILSEQ, or 0.
int readStream(int fd, const Progress *progress, QByteArray &out)
{
    out.clear();
    bool checked = false;
    char buffer[1 << 16];
    for (;;) {
        if (isCanceled(progress))
            return ECANCELED;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, PollMilliseconds);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (ready == 0)
            continue; // no data and no writer yet: keep waiting, checking for cancel
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return errno;
        }
        if (n == 0)
            return 0;
        out.append(buffer, qsizetype(n));
        if (!checked && out.size() >= CheckBytes) {
            checked = true;
            const std::string_view head(out.constData(), size_t(CheckBytes));
            if (TextDecoder::looksBinary(head) && TextDecoder::detectBom(head).encoding == TextEncoding::Auto
                && TextDecoder::guessUtf16(head) == TextEncoding::Auto)
                return EILSEQ;
        }
    }
}
} // namespace

CsvSource::CsvSource(CsvSource &&other) noexcept
{
    *this = std::move(other);
}

CsvSource &CsvSource::operator=(CsvSource &&other) noexcept
{
    if (this == &other)
        return *this;
    m_bytes = std::move(other.m_bytes);
    // A moved std::string may keep its characters in place (small-string buffer): re-point the view.
    const bool ownedView = !other.m_owned.empty() && other.m_view.data() == other.m_owned.data();
    m_owned = std::move(other.m_owned);
    if (ownedView)
        m_view = m_owned;
    else
        m_view = std::string_view(m_bytes.constData(), size_t(m_bytes.size()));
    other.m_view = {};
    return *this;
}

QString CsvSource::displayName(const QString &path)
{
    return path == QLatin1String("-") ? Tr::tr("standard input") : path;
}

Result<CsvSource> CsvSource::open(const QString &path, const Progress *progress, qsizetype maxBytes)
{
    const QString name = displayName(path);
    const bool standardInput = path == QLatin1String("-");
    // O_NONBLOCK: opening a FIFO would otherwise block until a writer comes, deaf to a cancel.
    int fd = STDIN_FILENO;
    if (!standardInput) {
        const QByteArray native = QFile::encodeName(path);
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            return std::unexpected(readError(name, errnoText(errno)));
    }
    auto closeFd = [&] {
        if (!standardInput)
            ::close(fd);
    };
    struct stat before {};
    if (::fstat(fd, &before) != 0) {
        const int err = errno;
        closeFd();
        return std::unexpected(readError(name, errnoText(err)));
    }
    if (S_ISDIR(before.st_mode)) {
        closeFd();
        return std::unexpected(readError(name, Tr::tr("it is a folder")));
    }
    CsvSource source;
    int err = 0;
    if (S_ISREG(before.st_mode)) {
        // Standard input redirected from a file is read from where its reader stands.
        const off_t base = standardInput ? std::max<off_t>(::lseek(fd, 0, SEEK_CUR), 0) : 0;
        bool consistent = false;
        for (int attempt = 0; attempt < ReadAttempts && !consistent && err == 0; ++attempt) {
            if (attempt > 0 && ::fstat(fd, &before) != 0) {
                err = errno;
                break;
            }
            err = readRegular(fd, base, before.st_size, maxBytes, source.m_bytes);
            struct stat after {};
            if (err == 0 && ::fstat(fd, &after) != 0)
                err = errno;
            const bool whole = qsizetype(after.st_size - base) == source.m_bytes.size()
                               || (maxBytes > 0 && source.m_bytes.size() == maxBytes);
            consistent = err == 0 && sameVersion(before, after) && whole;
        }
        if (err == 0 && !consistent) {
            closeFd();
            Error e = readError(name, Tr::tr("it changed while it was being read"));
            e.hint = Tr::tr("Wait until the program writing it has finished, then open it again.");
            return std::unexpected(e);
        }
    } else {
        err = readStream(fd, progress, source.m_bytes);
    }
    closeFd();
    if (err == ECANCELED)
        return std::unexpected(Error::canceled());
    if (err == EILSEQ) {
        Error e = readError(name, Tr::tr("it does not look like text (it holds binary data)"));
        e.code = ErrorCode::BadInput;
        return std::unexpected(e);
    }
    if (err != 0)
        return std::unexpected(readError(name, errnoText(err)));
    source.m_view = std::string_view(source.m_bytes.constData(), size_t(source.m_bytes.size()));
    return source;
}

CsvSource CsvSource::fromBytes(const QByteArray &bytes)
{
    CsvSource source;
    source.m_bytes = bytes;
    source.m_view = std::string_view(source.m_bytes.constData(), size_t(source.m_bytes.size()));
    return source;
}

void CsvSource::replace(std::string text)
{
    m_bytes.clear();
    m_owned = std::move(text);
    m_view = m_owned;
}

} // namespace churnlens
