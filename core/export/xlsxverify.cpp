// Reads a freshly written .xlsx back before it replaces the target. libxlsxwriter streams rows
// through temporary files without checking their writes, so a full disk (or a file size limit)
// yields a truncated sheet and a "successful" close; only reading the package back tells.
#include "exportwriters.h"

#include <QFile>

#include <zlib.h>

#include <cstring>

namespace churnlens::exportwriters {

namespace {

quint32 le32(const uchar *p) { return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24; }
quint16 le16(const uchar *p) { return quint16(p[0] | p[1] << 8); }

struct Entry
{
    QByteArray name;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressed = 0;
    quint64 size = 0;
    quint64 localOffset = 0;
};

//! The name of the first element of an XML document ("worksheet" for "<?xml…?><worksheet …>").
QByteArray rootName(const QByteArray &head)
{
    qsizetype i = 0;
    while ((i = head.indexOf('<', i)) >= 0) {
        if (i + 1 < head.size() && head[i + 1] != '?' && head[i + 1] != '!') {
            qsizetype end = i + 1;
            while (end < head.size() && head[end] != ' ' && head[end] != '>' && head[end] != '/' && head[end] != '\r'
                   && head[end] != '\n')
                ++end;
            return head.mid(i + 1, end - i - 1);
        }
        ++i;
    }
    return {};
}

//! Inflates one entry, checking its size and CRC, and that an XML part ends with its root's closing tag.
bool checkEntry(const uchar *data, quint64 fileSize, const Entry &e)
{
    if (e.localOffset + 30 > fileSize || le32(data + e.localOffset) != 0x04034b50)
        return false;
    const uchar *local = data + e.localOffset;
    const quint64 start = e.localOffset + 30 + le16(local + 26) + le16(local + 28);
    if (start + e.compressed > fileSize)
        return false;
    const bool xml = e.name.endsWith(".xml") || e.name.endsWith(".rels");
    QByteArray head;
    QByteArray tail;
    uLong crc = crc32(0L, Z_NULL, 0);
    quint64 produced = 0;
    auto consume = [&](const uchar *out, size_t n) {
        crc = crc32(crc, out, uInt(n));
        produced += n;
        if (xml) {
            if (head.size() < 1024)
                head.append(reinterpret_cast<const char *>(out), qsizetype(std::min<size_t>(n, size_t(1024 - head.size()))));
            tail.append(reinterpret_cast<const char *>(out), qsizetype(n));
            if (tail.size() > 256)
                tail = tail.right(256);
        }
    };
    if (e.method == 0) {
        for (quint64 done = 0; done < e.compressed; done += 1 << 20)
            consume(data + start + done, size_t(std::min<quint64>(1 << 20, e.compressed - done)));
    } else if (e.method == 8) {
        z_stream z;
        std::memset(&z, 0, sizeof z);
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return false;
        std::vector<uchar> out(1 << 18);
        quint64 fed = 0;
        int status = Z_OK;
        while (status != Z_STREAM_END) {
            if (z.avail_in == 0 && fed < e.compressed) {
                const quint64 chunk = std::min<quint64>(1 << 30, e.compressed - fed);
                z.next_in = const_cast<Bytef *>(data + start + fed);
                z.avail_in = uInt(chunk);
                fed += chunk;
            }
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            status = inflate(&z, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END) {
                inflateEnd(&z);
                return false;
            }
            consume(out.data(), out.size() - z.avail_out);
            if (status == Z_OK && z.avail_in == 0 && fed >= e.compressed && z.avail_out != 0) {
                inflateEnd(&z); // input exhausted before the end of the stream: truncated
                return false;
            }
        }
        inflateEnd(&z);
    } else {
        return false;
    }
    if (produced != e.size || crc != e.crc)
        return false;
    if (xml) {
        const QByteArray root = rootName(head);
        if (root.isEmpty() || !tail.trimmed().endsWith("</" + root + ">"))
            return false;
    }
    return true;
}

} // namespace

Result<void> verifyXlsx(const QString &path)
{
    auto damaged = [&](const QString &why) {
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("The Excel file came out incomplete (%1).").arg(why), path, Tr::tr("Check the free disk space; nothing was written.")));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    const quint64 size = quint64(file.size());
    if (size < 22)
        return damaged(Tr::tr("too short"));
    const uchar *data = file.map(0, qint64(size));
    if (!data)
        return damaged(file.errorString());

    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    qint64 eocd = -1;
    for (qint64 i = qint64(size) - 22; i >= 0 && i >= qint64(size) - 22 - 65535; --i) {
        if (le32(data + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return damaged(Tr::tr("no zip directory"));
    const quint16 count = le16(data + eocd + 10);
    quint64 offset = le32(data + eocd + 16);
    if (count == 0)
        return damaged(Tr::tr("no parts"));
    bool sawSheet = false;
    for (quint16 n = 0; n < count; ++n) {
        if (offset + 46 > size || le32(data + offset) != 0x02014b50)
            return damaged(Tr::tr("broken zip directory"));
        const uchar *c = data + offset;
        Entry e;
        e.method = le16(c + 10);
        e.crc = le32(c + 16);
        e.compressed = le32(c + 20);
        e.size = le32(c + 24);
        const quint16 nameLength = le16(c + 28);
        e.localOffset = le32(c + 42);
        if (offset + 46 + nameLength > size)
            return damaged(Tr::tr("broken zip directory"));
        e.name = QByteArray(reinterpret_cast<const char *>(c + 46), nameLength);
        if (!checkEntry(data, size, e))
            return damaged(QString::fromUtf8(e.name));
        sawSheet = sawSheet || e.name.startsWith("xl/worksheets/");
        offset += 46 + nameLength + le16(c + 30) + le16(c + 32);
    }
    if (!sawSheet)
        return damaged(Tr::tr("no sheet"));
    return {};
}

} // namespace churnlens::exportwriters
