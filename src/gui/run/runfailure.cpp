// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfailure.h"

#include <QCoreApplication>

namespace cxcron::gui::RunFailure {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunNowController)
};

bool isLockError(const QString &error)
{
    // SQLite's own words (the driver's text is not translated): another process holds the write
    // lock longer than the busy timeout, usually a `cxcron run` working through its tasks.
    return error.contains(QLatin1String("database is locked"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("database table is locked"), Qt::CaseInsensitive) ||
           error.contains(QLatin1String("SQLITE_BUSY"), Qt::CaseInsensitive);
}
} // namespace

QString message(const QString &task, ErrorKind kind, const QString &error, bool cancelled)
{
    if (isLockError(error))
        return Tr::tr("%1 could not run: the database is locked by another program (probably a "
                      "\"cxcron run\" in progress). Try again when it has finished.")
            .arg(task);
    if (kind == ErrorKind::Connection)
        return Tr::tr("%1 could not run: the database connection was lost (%2).").arg(task, error);
    if (cancelled)
        return Tr::tr("%1 was cancelled, but its end could not be recorded: %2").arg(task, error);
    return Tr::tr("%1 could not run: %2").arg(task, error);
}

} // namespace cxcron::gui::RunFailure
