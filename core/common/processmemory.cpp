#include "processmemory.h"

#include <QFile>
#include <QList>

#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace churnlens::ProcessMemory {

namespace {

//! Field \a index of /proc/self/statm (0 = virtual, 1 = resident), in bytes.
double statm(int index)
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > index ? parts[index].toDouble() * double(sysconf(_SC_PAGESIZE)) : 0.0;
}

} // namespace

double residentBytes()
{
    return statm(1);
}

double virtualBytes()
{
    return statm(0);
}

void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace churnlens::ProcessMemory
