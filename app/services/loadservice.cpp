#include "loadservice.h"

#include "data/dataloader.h"

#include <QFileInfo>

namespace churnlens {

Result<LoadResult> LoadService::load(const DataSource &source, Progress *progress)
{
    // "-" is standard input (read once by the loader).
    if (source.kind != DataSource::Kind::Sql && source.path != QLatin1String("-") && !QFileInfo::exists(source.path)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = source.path;
        e.message = Tr::tr("The file does not exist.");
        return std::unexpected(e);
    }
    return DataLoader::load(source, progress);
}

} // namespace churnlens
