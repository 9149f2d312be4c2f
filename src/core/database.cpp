// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace cxcron::Database {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QMutex s_mutex;
ConnectionProfile s_profile = ConnectionProfile::defaultSqlite();
int s_generation = 0;

QString connectionErrorMessage(const ConnectionProfile &p, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString where = p.redactedUrl();
    if (code == QLatin1String("1045") || code == QLatin1String("1044") || code == QLatin1String("1698"))
        return Tr::tr("Access denied to %1: check the user name and password.").arg(where);
    if (code == QLatin1String("1049"))
        return Tr::tr("The database \"%1\" does not exist on %2.").arg(p.database, where);
    if (code == QLatin1String("2002") || code == QLatin1String("2003") || code == QLatin1String("2005") ||
        code == QLatin1String("2006") || code == QLatin1String("2013"))
        return Tr::tr("Cannot reach the database server %1: %2").arg(where, error.databaseText().trimmed());
    return Tr::tr("Cannot open the database %1: %2").arg(where, error.text().trimmed());
}

void configureSqlite(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery q(db);
    if (readOnly) {
        q.exec(QStringLiteral("PRAGMA busy_timeout = 15000"));
        return;
    }
    // WAL lets the GUI read while a runner writes; busy_timeout absorbs short write locks.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 15000"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void configureMySql(QSqlDatabase &db, const ConnectionProfile &p)
{
    QSqlQuery q(db);
    // All timestamps are UTC in the session: NOW(), CURRENT_TIMESTAMP and TIMESTAMP columns agree.
    if (!q.exec(QStringLiteral("SET time_zone = '+00:00'")))
        qCWarning(lcDb) << "cannot set the session time zone:" << q.lastError().text();
    if (!p.charset.isEmpty() &&
        !q.exec(QStringLiteral("SET NAMES ") +
                (p.charset == QLatin1String("utf8") ? QStringLiteral("utf8") : QStringLiteral("utf8mb4"))))
        qCWarning(lcDb) << "cannot set the character set:" << q.lastError().text();
}

QSqlDatabase open(const ConnectionProfile &p, const QString &name)
{
    if (!QSqlDatabase::isDriverAvailable(p.qtDriverName()))
        throw Error(
            ErrorKind::Connection,
            Tr::tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-sqlite).")
                .arg(p.qtDriverName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(p.qtDriverName(), name);
    if (p.isSqlite()) {
        const QFileInfo info(p.filePath);
        if (p.filePath.isEmpty())
            throw Error(ErrorKind::Config, Tr::tr("No SQLite database file is configured."));
        if (!info.dir().exists())
            throw Error(ErrorKind::Connection,
                        Tr::tr("The folder of the SQLite database %1 does not exist.").arg(p.filePath));
        db.setDatabaseName(p.filePath);
        // A file we cannot write (read-only mount, another owner) is opened read-only, so
        // reading the history still works and writes fail with a clear "read-only" error. In a
        // folder we cannot write either, SQLite cannot create the WAL index: the file is then
        // opened as immutable (nothing on this host can be changing it).
        const bool dirWritable = QFileInfo(info.absolutePath()).isWritable();
        if (info.exists() && (!info.isWritable() || !dirWritable)) {
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setScheme(QStringLiteral("file"));
            uri.setQuery(dirWritable ? QStringLiteral("mode=ro") : QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(uri.toString());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
    } else {
        db.setDatabaseName(p.database);
        db.setUserName(p.user);
        QString password = p.password;
        if (password.isEmpty())
            password = qEnvironmentVariable("CXCRON_DB_PASSWORD");
        db.setPassword(password);
        QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"),
                            QStringLiteral("MYSQL_OPT_READ_TIMEOUT=300"),
                            QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=300")};
        if (!p.socket.isEmpty()) {
            options << QStringLiteral("UNIX_SOCKET=") + p.socket;
        } else {
            db.setHostName(p.host);
            db.setPort(p.port);
        }
        if (p.tls) {
            options << QStringLiteral("CLIENT_SSL=1");
            if (!p.tlsCa.isEmpty())
                options << QStringLiteral("SSL_CA=") + p.tlsCa;
        }
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        const QString message = connectionErrorMessage(p, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(ErrorKind::Connection, message);
    }
    if (p.isSqlite())
        configureSqlite(db, db.connectOptions().contains(QLatin1String("READONLY")));
    else
        configureMySql(db, p);
    qCDebug(lcDb) << "opened" << name << p.redactedUrl();
    return db;
}

} // namespace

void setProfile(const ConnectionProfile &profile)
{
    QMutexLocker lock(&s_mutex);
    s_profile = profile;
    ++s_generation;
}

ConnectionProfile profile()
{
    QMutexLocker lock(&s_mutex);
    return s_profile;
}

QString threadConnectionName()
{
    QMutexLocker lock(&s_mutex);
    return QStringLiteral("cxcron-g%1-t%2")
        .arg(s_generation)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return open(profile(), name);
}

void ensureConnected()
{
    connection();
}

void closeThreadConnection()
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Dialect dialect(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE") ? Dialect::Sqlite : Dialect::MySql;
}

QDateTime serverNowUtc(const QSqlDatabase &db)
{
    const QString sql = isSqlite(db)
                            ? QStringLiteral("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")
                            : QStringLiteral("SELECT DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%d %H:%i:%s.%f')");
    QSqlQuery q = Sql::exec(db, sql);
    if (!q.next())
        throw Error(ErrorKind::Database, Tr::tr("The database did not return its clock."));
    return Sql::toUtc(q.value(0));
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    if (isSqlite(db)) {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
        return q.next();
    }
    QSqlQuery q = Sql::exec(db,
                            QStringLiteral("SELECT 1 FROM information_schema.tables "
                                           "WHERE table_schema = DATABASE() AND table_name = ?"),
                            {table});
    return q.next();
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList result;
    if (isSqlite(db)) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
        while (q.next())
            result << q.value(0).toString();
        return result;
    }
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT column_name FROM information_schema.columns "
                       "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position"),
        {table});
    while (q.next())
        result << q.value(0).toString();
    return result;
}

} // namespace cxcron::Database
