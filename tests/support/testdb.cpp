// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdb.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace cxcron::test {
namespace {
std::unique_ptr<QTemporaryDir> s_tempDir;
} // namespace

bool mariadbRequired()
{
    return qEnvironmentVariable("CXCRON_REQUIRE_MARIADB") == QLatin1String("1");
}

QStringList backends()
{
    QStringList list{QStringLiteral("sqlite")};
    if (!qEnvironmentVariable("CXCRON_TEST_MARIADB_URL").isEmpty())
        list << QStringLiteral("mariadb");
    return list;
}

void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

void addBackendRows(const QString &prefix)
{
    for (const QString &b : backends())
        QTest::newRow(qPrintable(prefix.isEmpty() ? b : prefix + u'/' + b)) << b;
}

ConnectionProfile freshDatabase(const QString &backend)
{
    Database::closeThreadConnection();
    if (backend == QLatin1String("sqlite")) {
        if (!s_tempDir)
            s_tempDir = std::make_unique<QTemporaryDir>();
        ConnectionProfile p;
        p.driver = ConnectionProfile::Driver::Sqlite;
        p.filePath =
            QDir(s_tempDir->path())
                .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".sqlite"));
        Database::setProfile(p);
        return p;
    }
    ConnectionProfile p = ConnectionProfile::fromUrl(qEnvironmentVariable("CXCRON_TEST_MARIADB_URL"));
    p.driver = ConnectionProfile::Driver::MariaDb;
    const QString name =
        QStringLiteral("cxt_") + QCoreApplication::applicationName().replace(u'-', u'_').left(40);
    Database::setProfile(p);
    {
        const QSqlDatabase admin = Database::connection();
        Sql::exec(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + name);
        Sql::exec(admin, QStringLiteral("CREATE DATABASE ") + name +
                             QStringLiteral(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
    }
    Database::closeThreadConnection();
    p.database = name;
    Database::setProfile(p);
    return p;
}

QSqlDatabase db()
{
    return Database::connection();
}

QVariant scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = Sql::exec(db(), sql, values);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace cxcron::test
