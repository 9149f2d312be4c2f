// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "database.h"
#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QTimeZone>

#include <sys/statvfs.h>

namespace cxcron::Sql {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};
// SQLite reports a failed write on a full file system as SQLITE_FULL (13) or, when the WAL or
// journal write itself fails with ENOSPC, as a plain SQLITE_IOERR (10) "disk I/O error". Both
// become "the disk is full" when the database's file system has (almost) no space left.
QString diskFullMessage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const bool full = code == QLatin1String("13") || code.startsWith(QLatin1String("13 ")) ||
                      error.databaseText().contains(QLatin1String("disk is full"));
    const bool ioError =
        code == QLatin1String("10") || error.databaseText().contains(QLatin1String("disk I/O"));
    if (!full && !ioError)
        return {};
    const ConnectionProfile profile = Database::profile();
    if (!profile.isSqlite())
        return {};
    const QString folder = QFileInfo(profile.filePath).absolutePath();
    struct statvfs fs = {};
    const bool nearlyNoSpace = ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0 &&
                               quint64(fs.f_bavail) * quint64(fs.f_frsize) < 1024 * 1024;
    if (!full && !nearlyNoSpace)
        return {};
    return Tr::tr("The disk holding the database %1 is full: free some space there (the write that "
                  "failed was rolled back).")
        .arg(profile.filePath);
}

bool isSqliteBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6) with their extended codes (BUSY_RECOVERY 261,
    // BUSY_SNAPSHOT 517, BUSY_TIMEOUT 773, LOCKED_SHAREDCACHE 262); the driver may give the code
    // alone or followed by text, so the message is checked as well.
    const QString code = error.nativeErrorCode().section(u' ', 0, 0);
    static const QStringList codes{QStringLiteral("5"),   QStringLiteral("6"),   QStringLiteral("261"),
                                   QStringLiteral("262"), QStringLiteral("517"), QStringLiteral("773")};
    const QString text = error.databaseText();
    return codes.contains(code) || text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("database table is locked")) ||
           text.contains(QLatin1String("database schema is locked"));
}

/// The message for a write that waited for another writer longer than allowed, or empty when
/// @p error is something else.
QString busyMessage(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("1205"))
        return Tr::tr("The database is busy: another session kept the rows this needs locked longer than "
                      "the server's lock wait timeout (innodb_lock_wait_timeout); try again in a moment.");
    if (!isSqliteBusy(error))
        return {};
    const ConnectionProfile profile = Database::profile();
    const double seconds = sqliteBusyTimeoutMs() / 1000.0;
    return Tr::tr("The database %1 is busy: another cxcron process (a runner, the desktop application) or "
                  "another program kept it locked for writing for more than %2 s; try again in a moment.")
        .arg(profile.isSqlite() ? profile.filePath : profile.redactedUrl(), QLocale().toString(seconds));
}

/// Throws the error for a failed statement or transaction: busy, a lost race (Conflict), disk
/// full, or @p fallback.
[[noreturn]] void throwFor(const QSqlError &error, const QString &fallback)
{
    const QString busy = busyMessage(error);
    if (!busy.isEmpty())
        throw Error(ErrorKind::Busy, busy);
    if (isConflict(error))
        throw Conflict(ErrorKind::Database, fallback);
    const QString full = diskFullMessage(error);
    throw Error(ErrorKind::Database, full.isEmpty() ? fallback : full);
}

} // namespace

int sqliteBusyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CXCRON_SQLITE_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : 15000;
}

bool isBusy(const QSqlError &error)
{
    return !busyMessage(error).isEmpty();
}

bool tryExec(QSqlQuery &query, const QString &sql, const QVariantList &values, QSqlError *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError();
        return false;
    }
    return true;
}

void fail(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    qCInfo(lcDb).noquote() << "query failed:" << query.lastQuery().left(200) << '|' << text;
    const QString code = error.nativeErrorCode();
    // Lost connection mid-run: a connection problem, not a schema one.
    const bool lost = code == QLatin1String("2006") || code == QLatin1String("2013") ||
                      code == QLatin1String("1927") || code == QLatin1String("4031");
    if (lost)
        throw Error(ErrorKind::Connection,
                    Tr::tr("Lost the connection to the database server: %1").arg(text));
    throwFor(error,
             what.isEmpty() ? Tr::tr("Database error: %1").arg(text) : Tr::tr("%1: %2").arg(what, text));
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!tryExec(query, sql, values, nullptr))
        fail(query);
    return query;
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("1062") || code == QLatin1String("2067") || code == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool isRetryableConflict(const QSqlError &error)
{
    // Not SQLite's busy: it is reported only after the busy timeout was spent waiting (every
    // transaction takes its write lock up front), so a retry would wait that long again and a
    // caller that gives up quietly would hide a database locked for that long.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("1213") || code == QLatin1String("1205");
}

bool isConflict(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("1213");
}

void conflictPause(const char *what, int attempt, const QString &message)
{
    qCInfo(lcDb).noquote() << what << "lost a race with another transaction (attempt" << attempt
                           << "), running it again:" << message;
    // Random, so two runners that conflicted do not start again in the same millisecond.
    const int ms = 5 * attempt + int(QRandomGenerator::global()->bounded(20 * attempt));
    QThread::msleep(ulong(ms));
}

QString placeholders(qsizetype count, const QString &one)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << one;
    return marks.join(u',');
}

QString fromUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime toUtc(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        // The MySQL driver hands DATETIME back as a local-time QDateTime built from the stored
        // fields; the fields are UTC, so rebuild it without any zone conversion.
        const QDateTime dt = value.toDateTime();
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    text.replace(u'T', u' ');
    if (text.endsWith(u'Z'))
        text.chop(1);
    // MySQL's %f prints microseconds; keep milliseconds.
    const int dot = text.indexOf(u'.');
    if (dot > 0 && text.size() > dot + 4)
        text.truncate(dot + 4);
    // Date and time are parsed apart, never as a local QDateTime: the fields are UTC, and a
    // local-time parse both costs a time-zone lookup per value (a stat of /etc/localtime: most of
    // the time spent reading history rows) and moves times that fall in a local DST gap.
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return {};
    if (text.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    if (text.at(10) != u' ')
        return {};
    const QTime time = QTime::fromString(text.mid(11), dot > 0 ? QStringLiteral("HH:mm:ss.zzz")
                                                               : QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

namespace {
thread_local std::function<void(const QSqlDatabase &)> t_commitGuard;
}

void setThreadCommitGuard(std::function<void(const QSqlDatabase &)> guard)
{
    t_commitGuard = std::move(guard);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
    QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
    if (Database::isSqlite(conn)) {
        // A deferred BEGIN (what QSqlDatabase::transaction() sends) takes the write lock only at
        // the first write; when another connection wrote in between, that upgrade fails at once
        // with SQLITE_BUSY, without the busy timeout. Every transaction here writes: take the
        // write lock up front, waiting up to the busy timeout for it.
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throwFor(q.lastError(), Tr::tr("Cannot start a transaction: %1").arg(q.lastError().text()));
        return;
    }
    if (!conn.transaction())
        throwFor(conn.lastError(), Tr::tr("Cannot start a transaction: %1").arg(conn.lastError().text()));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
    if (conn.isOpen() && !conn.rollback())
        qCInfo(lcDb) << "rollback failed:" << conn.lastError().text();
}

void Transaction::commit()
{
    QSqlDatabase conn = QSqlDatabase::database(m_connection, false);
    if (t_commitGuard)
        t_commitGuard(conn);
    if (!conn.commit())
        throwFor(conn.lastError(), Tr::tr("Cannot commit the transaction: %1").arg(conn.lastError().text()));
    m_done = true;
}

} // namespace cxcron::Sql
