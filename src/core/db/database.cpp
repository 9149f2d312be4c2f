// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "errors.h"
#include "logging.h"
#include "privatefile.h"
#include "sharedtunnel.h"
#include "sql.h"
#include "sqliteopenmode.h"
#include "tlsoptions.h"

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
    if (code == QLatin1String("1049"))
        return Tr::tr("The database \"%1\" does not exist on %2.").arg(p.database, where);
    if (code == QLatin1String("1044"))
        return Tr::tr("Access denied to the database \"%1\" on %2: it does not exist or the user has "
                      "no rights on it.")
            .arg(p.database, where);
    if (code == QLatin1String("1045") || code == QLatin1String("1698")) {
        // An account created with REQUIRE SSL/X509 is refused with this same error over plain text.
        if (!p.tls)
            return Tr::tr("Access denied to %1: check the user name and password; if the account "
                          "requires TLS (REQUIRE SSL), add ?tls=1 to the URL.")
                .arg(where);
        return Tr::tr("Access denied to %1: check the user name and password.").arg(where);
    }
    if (p.tls && (code == QLatin1String("2026") || error.databaseText().contains(QLatin1String("SSL")) ||
                  error.databaseText().contains(QLatin1String("TLS"))))
        return Tr::tr("The TLS connection to %1 failed: %2. Check that the server has TLS enabled and "
                      "that its certificate is signed by the CA given in tls-ca (or a CA of the "
                      "system store).")
            .arg(where, error.databaseText().trimmed());
    // Through a tunnel, ssh accepts locally and then cannot reach the server on the far side.
    if (p.ssh.enabled && (code == QLatin1String("2013") || code == QLatin1String("2006")))
        return Tr::tr("The SSH tunnel to %1 works, but nothing answered on %2 from there: is the database "
                      "server listening on that address of the SSH server?")
            .arg(p.ssh.target(), p.socket.isEmpty() ? p.host + u':' + QString::number(p.port) : p.socket);
    if (code == QLatin1String("2002") || code == QLatin1String("2003") || code == QLatin1String("2005") ||
        code == QLatin1String("2006") || code == QLatin1String("2013"))
        return Tr::tr("Cannot reach the database server %1: %2").arg(where, error.databaseText().trimmed());
    return Tr::tr("Cannot open the database %1: %2").arg(where, error.text().trimmed());
}

void configureSqlite(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery q(db);
    const QString busyTimeout = QStringLiteral("PRAGMA busy_timeout = %1").arg(Sql::sqliteBusyTimeoutMs());
    if (readOnly) {
        q.exec(busyTimeout);
        return;
    }
    // WAL lets the GUI read while a runner writes; busy_timeout absorbs short write locks.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(busyTimeout);
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

thread_local int t_linkTimeoutSeconds = 300;

void configureMySql(QSqlDatabase &db, const ConnectionProfile &p)
{
    QSqlQuery q(db);
    // A LOCK TABLES or a long transaction elsewhere must not hold a runner for a year (the
    // server's default for metadata locks): a bounded wait, reported as "busy".
    if (!q.exec(QStringLiteral("SET SESSION innodb_lock_wait_timeout = %1, lock_wait_timeout = %1")
                    .arg(lockWaitSeconds())))
        qCWarning(lcDb) << "cannot bound the lock waits:" << q.lastError().text();
    // All timestamps are UTC in the session: NOW(), CURRENT_TIMESTAMP and TIMESTAMP columns agree.
    if (!q.exec(QStringLiteral("SET time_zone = '+00:00'")))
        qCWarning(lcDb) << "cannot set the session time zone:" << q.lastError().text();
    if (!p.charset.isEmpty() &&
        !q.exec(QStringLiteral("SET NAMES ") +
                (p.charset == QLatin1String("utf8") ? QStringLiteral("utf8") : QStringLiteral("utf8mb4"))))
        qCWarning(lcDb) << "cannot set the character set:" << q.lastError().text();
}

// A client option alone does not prove the session is encrypted (a server without TLS answers in
// plain text): ask the server what it negotiated, and refuse the connection if nothing was.
void checkEncrypted(QSqlDatabase &db, const ConnectionProfile &p, const QString &name)
{
    QString cipher;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) && q.next())
            cipher = q.value(1).toString();
    }
    if (!cipher.isEmpty()) {
        qCInfo(lcDb).noquote() << "TLS cipher" << cipher << (p.tlsVerify ? "(verified)" : "(not verified)");
        return;
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    if (!p.socket.isEmpty())
        throw Error(ErrorKind::Config,
                    Tr::tr("The URL asks for TLS on the Unix socket %1, where the server does not encrypt: "
                           "connect by host and port for TLS, or drop tls (a local socket never leaves "
                           "the machine).")
                        .arg(p.socket));
    throw Error(ErrorKind::Connection,
                Tr::tr("The connection to %1 is not encrypted although the URL asks for TLS: the server "
                       "has TLS disabled (have_ssl). Enable TLS on the server; cxcron does not fall "
                       "back to plain text.")
                    .arg(p.redactedUrl()));
}

} // namespace

QSqlDatabase openAs(const ConnectionProfile &p, const QString &name)
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
        PrivateFile::createIfMissing(p.filePath); // task outputs: not world-readable
        const SqliteOpenMode mode = SqliteOpenMode::forFile(p.filePath);
        db.setDatabaseName(mode.databaseName);
        if (mode.readOnly) {
            db.setConnectOptions(mode.connectOptions);
            qCInfo(lcDb) << "cannot write" << p.filePath
                         << "(read-only file system or permissions): opened read-only";
        }
    } else {
        db.setDatabaseName(p.database);
        db.setUserName(p.user);
        QString password = p.password;
        if (password.isEmpty())
            password = qEnvironmentVariable("CXCRON_DB_PASSWORD");
        db.setPassword(password);
        QStringList options{QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"),
                            QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(t_linkTimeoutSeconds),
                            QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=%1").arg(t_linkTimeoutSeconds)};
        if (p.ssh.forwardedPort > 0) {
            db.setHostName(QStringLiteral("127.0.0.1")); // the tunnel's end, see SharedTunnel
            db.setPort(p.ssh.forwardedPort);
        } else if (!p.socket.isEmpty()) {
            options << QStringLiteral("UNIX_SOCKET=") + p.socket;
        } else {
            db.setHostName(p.host);
            db.setPort(p.port);
        }
        if (p.tls) {
            options << TlsOptions::connectOptions(p);
            TlsOptions::verifyServerName(p);
        }
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        const QString message = connectionErrorMessage(p, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(ErrorKind::Connection, message);
    }
    if (p.isSqlite()) {
        configureSqlite(db, db.connectOptions().contains(QLatin1String("READONLY")));
    } else {
        if (p.tls)
            checkEncrypted(db, p, name);
        configureMySql(db, p);
    }
    qCDebug(lcDb) << "opened" << name << p.redactedUrl();
    return db;
}

void setProfile(const ConnectionProfile &profile)
{
    {
        QMutexLocker lock(&s_mutex);
        s_profile = profile;
        ++s_generation;
    }
    SharedTunnel::keepOnly(profile);
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
    ConnectionProfile p = profile();
    if (p.ssh.enabled && !p.isSqlite())
        p.ssh.forwardedPort = SharedTunnel::forwardedPort(p);
    return openAs(p, name);
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

void setThreadLinkTimeout(int seconds)
{
    t_linkTimeoutSeconds = qMax(1, seconds);
}

int lockWaitSeconds()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CXCRON_DB_LOCK_WAIT_S", &ok);
    return ok && fromEnv > 0 ? fromEnv : 20;
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
