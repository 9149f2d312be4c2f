// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "database.h"
#include "demoseed.h"
#include "errors.h"
#include "meta.h"
#include "schema.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace cxcron::DemoDatabase {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
};

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

void create(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(ErrorKind::Config, Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const QString temp = path + QStringLiteral(".building");
    removeSqliteFiles(temp);
    const QString name = QStringLiteral("cxcron-demo-build");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temp);
        if (!db.open())
            throw Error(ErrorKind::Config, Tr::tr("Cannot create %1.").arg(temp));
        try {
            Schema::migrate(db);
            Meta::setValue(db, Meta::demoKey(), QStringLiteral("1")); // native tasks on by default here
            DemoSeed::seed(db, Database::serverNowUtc(db));
            // One self-contained file: no WAL side files to move with it.
            Sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            removeSqliteFiles(temp);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    removeSqliteFiles(path);
    if (!QFile::rename(temp, path))
        throw Error(ErrorKind::Config, Tr::tr("Cannot move the new demo database to %1.").arg(path));
}

} // namespace cxcron::DemoDatabase
