// SPDX-License-Identifier: GPL-3.0-or-later
#include "meta.h"

#include "database.h"
#include "sql.h"

#include <QSqlError>

namespace cxcron::Meta {

QString value(const QSqlDatabase &db, const QString &name, const QString &fallback)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT value FROM cxcron_meta WHERE name = ?"), {name});
    return q.next() ? q.value(0).toString() : fallback;
}

void setValue(const QSqlDatabase &db, const QString &name, const QString &value)
{
    Sql::Transaction tx(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_meta WHERE name = ?"), {name});
    Sql::exec(db, QStringLiteral("INSERT INTO cxcron_meta (name, value) VALUES (?, ?)"), {name, value});
    tx.commit();
}

bool claim(const QSqlDatabase &db, const QString &name, const QString &value)
{
    QSqlQuery q(db);
    QSqlError error;
    if (Sql::tryExec(q, QStringLiteral("INSERT INTO cxcron_meta (name, value) VALUES (?, ?)"), {name, value},
                     &error))
        return true;
    // A duplicate key, or on Galera a certification conflict with another node inserting the
    // same name at the same moment: another host claimed it.
    if (Sql::isUniqueViolation(error) || error.nativeErrorCode() == QLatin1String("1213"))
        return false;
    Sql::fail(q);
}

} // namespace cxcron::Meta
