// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron {

/// How Qt's QSQLITE driver opens a database file this process may not be able to write.
struct SqliteOpenMode
{
    QString databaseName;   ///< the path, or a file: URI with mode=ro / immutable=1
    QString connectOptions; ///< QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI when read-only
    bool readOnly = false;

    /// A file it cannot write (read-only mount, another owner) is opened read-only, so reading
    /// the history works and writes fail with SQLite's "readonly database". With a -wal file
    /// beside it (a runner still holds it, or was killed), the file alone is not the database:
    /// it is opened mode=ro, and SQLite reads the WAL through a read-only (or, failing that,
    /// private) index; "immutable" would ignore the WAL and read pages the WAL has replaced
    /// ("database disk image is malformed"). Without a WAL, in a folder it cannot write,
    /// SQLite cannot create the lock files: immutable (nothing here can change the file).
    static SqliteOpenMode forFile(const QString &path);
};

} // namespace cxcron
