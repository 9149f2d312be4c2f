// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace cxcron::SqliteReserve {

/// A few MiB kept beside a SQLite database (FILE-reserve) so that a full disk never prevents a
/// runner from recording how a run ended: the task ran, its end must be written. ensure() makes
/// the file when it is missing and there is room; release() deletes it, freeing the room for
/// the write that needs it. Both do nothing on MariaDB or a read-only database.
void ensure(const QSqlDatabase &db);
/// True when there was a reserve to free.
bool release(const QSqlDatabase &db);

} // namespace cxcron::SqliteReserve
