// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitereserve.h"

#include "database.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <unistd.h>

namespace cxcron::SqliteReserve {
namespace {

constexpr off_t kReserveBytes = 4 * 1024 * 1024;

QString reservePath(const QSqlDatabase &db)
{
    if (!Database::isSqlite(db) || db.connectOptions().contains(QLatin1String("READONLY")))
        return {};
    const QString file = db.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:"))
        return {};
    return file + QStringLiteral("-reserve");
}

} // namespace

void ensure(const QSqlDatabase &db)
{
    const QString path = reservePath(db);
    if (path.isEmpty() || QFileInfo::exists(path))
        return;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    // Real blocks, not a sparse file: deleting it must give the space back.
    const bool ok = ::posix_fallocate(fd, 0, kReserveBytes) == 0;
    ::close(fd);
    if (!ok) {
        QFile::remove(path); // no room for it now: tried again at the next run
        return;
    }
    qCDebug(lcDb).noquote() << "reserve space kept in" << path;
}

bool release(const QSqlDatabase &db)
{
    const QString path = reservePath(db);
    if (path.isEmpty() || !QFile::remove(path))
        return false;
    qCCritical(lcDb).noquote()
        << "the disk holding" << db.databaseName()
        << "is full: released the reserve space to record the runs; free some space there";
    return true;
}

} // namespace cxcron::SqliteReserve
