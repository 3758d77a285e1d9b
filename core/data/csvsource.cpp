#include "csvsource.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace churnlens {

CsvSource::~CsvSource()
{
    unmap();
}

CsvSource::CsvSource(CsvSource &&other) noexcept
{
    *this = std::move(other);
}

CsvSource &CsvSource::operator=(CsvSource &&other) noexcept
{
    if (this == &other)
        return *this;
    unmap();
    m_map = std::exchange(other.m_map, nullptr);
    m_mapLength = std::exchange(other.m_mapLength, 0);
    m_bytes = std::move(other.m_bytes);
    // A moved std::string may keep its characters in place (small-string buffer): re-point the view.
    const bool ownedView = !other.m_owned.empty() && other.m_view.data() == other.m_owned.data();
    m_owned = std::move(other.m_owned);
    if (m_map)
        m_view = std::string_view(static_cast<const char *>(m_map), m_mapLength);
    else if (ownedView)
        m_view = m_owned;
    else
        m_view = std::string_view(m_bytes.constData(), size_t(m_bytes.size()));
    other.m_view = {};
    return *this;
}

void CsvSource::unmap()
{
    if (m_map) {
        ::munmap(m_map, m_mapLength);
        m_map = nullptr;
        m_mapLength = 0;
    }
}

Result<CsvSource> CsvSource::open(const QString &path)
{
    auto fail = [&](const QString &why) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("The file cannot be read: %1").arg(why);
        return std::unexpected(e);
    };
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(QString::fromLocal8Bit(std::strerror(err)));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return fail(Tr::tr("it is a folder"));
    }
    CsvSource source;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        void *map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            ::close(fd);
            source.m_map = map;
            source.m_mapLength = size_t(st.st_size);
            source.m_view = std::string_view(static_cast<const char *>(map), source.m_mapLength);
            return source;
        }
    }
    ::close(fd);
    // Not mappable (a pipe, a special file) or empty: read it the ordinary way.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    source.m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
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
    unmap();
    m_bytes.clear();
    m_owned = std::move(text);
    m_view = m_owned;
}

void CsvSource::release(size_t begin, size_t end) const
{
    if (!m_map || end <= begin)
        return;
    static const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<uintptr_t>(m_map);
    const uintptr_t b = (base + begin + page - 1) / page * page;
    const uintptr_t e = (base + end) / page * page;
    if (e > b)
        ::madvise(reinterpret_cast<void *>(b), e - b, MADV_DONTNEED);
}

} // namespace churnlens

