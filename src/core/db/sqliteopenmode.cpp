// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteopenmode.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <unistd.h>

namespace cxcron {
namespace {

// access(2), not the permission bits: a read-only mount refuses root too (EROFS).
bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

SqliteOpenMode SqliteOpenMode::forFile(const QString &path)
{
    SqliteOpenMode mode;
    mode.databaseName = path;
    const QFileInfo info(path);
    const bool dirWritable = writable(info.absolutePath());
    if (!info.exists() || (writable(path) && dirWritable))
        return mode;
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setScheme(QStringLiteral("file"));
    uri.setQuery(dirWritable || hasWal ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
    mode.databaseName = uri.toString();
    mode.connectOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    mode.readOnly = true;
    return mode;
}

} // namespace cxcron
