// SPDX-License-Identifier: GPL-3.0-or-later
// Runner benchmarks (docs/PERFORMANCE.md "Runner"):
//   1. process start-up (`cxcron --version`) and a no-work `cxcron run` on SQLite (every due
//      slot already claimed): the real binary spawned N times, median and p95 wall time;
//   2. recording overhead per execution: the bookkeeping round trips of one scheduled run
//      (slotTaken, claimSlot, lease acquire, finish, lease release), in-process;
//   3. prune throughput: Retention::prune over a cron_logs table of --rows rows (default 1M),
//      rows/s and the longest batch (the longest time a delete transaction holds its locks).
// SQLite (a temporary file) always; MariaDB too with --database mysql://user:pass@host:port/db
// (a scratch database: its cron_logs and cxcron_* tables are dropped and re-created).
//
//   bench_runner --cxcron build/src/cli/cxcron [--runs 50] [--executions 2000] [--rows 1000000]
//                [--database mysql://cxcron:cxcron@127.0.0.1:33064/cxcron_bench]
#include "benchutil.h"
#include "database.h"
#include "errors.h"
#include "historyrepository.h"
#include "lease.h"
#include "retention.h"
#include "schema.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace cxcron;

namespace {
QTextStream out(stdout);

const QDateTime kNow = QDateTime(QDate(2026, 3, 29), QTime(12, 0), QTimeZone::utc());

struct Stats
{
    double median = 0;
    double p95 = 0;
    double min = 0;
};

Stats stats(const QList<double> &v)
{
    return {bench::quantile(v, 0.5), bench::quantile(v, 0.95), bench::quantile(v, 0)};
}

QString f1(double v)
{
    return QString::number(v, 'f', 1);
}

/// Spawns @p program @p runs times; returns wall times in ms. Fails on a non-zero exit.
QList<double> spawn(const QString &program, const QStringList &args, const QProcessEnvironment &env, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            throw Error(
                ErrorKind::Usage,
                QStringLiteral("%1 %2 failed (exit %3)").arg(program, args.join(u' ')).arg(p.exitCode()));
        times << t.nsecsElapsed() / 1e6;
        p.readAllStandardOutput();
    }
    return times;
}

void startup(const QString &cxcron, int runs, const QString &dir)
{
    out << "\n## Start-up and no-work run (SQLite, " << runs << " runs each, wall time)\n";
    const QString url = QStringLiteral("sqlite:") + dir + QStringLiteral("/startup.sqlite");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CXCRON_NOW"), QStringLiteral("2026-03-29 12:00:00"));
    env.remove(QStringLiteral("CXCRON_DIAGNOSTIC_TASKS"));
    env.remove(QStringLiteral("CXCRON_DATABASE_URL"));
    // The first run claims (and runs) every due slot; the timed runs find nothing to do.
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(cxcron, {QStringLiteral("--database"), url, QStringLiteral("run")});
    first.waitForFinished(120000);
    const Stats baseline = stats(spawn(QStringLiteral("/bin/true"), {}, env, runs));
    const Stats version = stats(spawn(cxcron, {QStringLiteral("--version")}, env, runs));
    const Stats noWork =
        stats(spawn(cxcron, {QStringLiteral("--database"), url, QStringLiteral("run")}, env, runs));
    out << "| measure | median ms | p95 ms | min ms |\n|---|---|---|---|\n";
    out << "| `/bin/true` (fork+exec baseline of this machine) | " << f1(baseline.median) << " | "
        << f1(baseline.p95) << " | " << f1(baseline.min) << " |\n";
    out << "| `cxcron --version` (process start-up) | " << f1(version.median) << " | " << f1(version.p95)
        << " | " << f1(version.min) << " |\n";
    out << "| `cxcron run`, nothing due (SQLite) | " << f1(noWork.median) << " | " << f1(noWork.p95) << " | "
        << f1(noWork.min) << " |\n";
    out.flush();
}

void recording(const QString &label, int executions, bool newWord = false)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cron_logs"));
    QElapsedTimer t;
    QList<double> each;
    each.reserve(executions);
    for (int i = 0; i < executions; ++i) {
        const QDateTime slot = kNow.addSecs(60LL * i);
        t.start();
        if (HistoryRepository::slotTaken(db, QStringLiteral("bench:task"), slot))
            throw Error(ErrorKind::Database, QStringLiteral("slot unexpectedly taken"));
        const qint64 id = HistoryRepository::claimSlot(db, QStringLiteral("bench:task"), slot, slot,
                                                       QStringLiteral("bench"));
        const QString holder = Lease::newHolderToken();
        if (!Lease::tryAcquire(db, QStringLiteral("bench:task"), holder, id, slot, slot.addSecs(660)))
            throw Error(ErrorKind::Database, QStringLiteral("lease unexpectedly held"));
        // With newWord, each output holds a number no run printed before (an invoice id): on
        // MariaDB its words are new to the search vocabulary, the costly case of its write.
        HistoryRepository::finish(db, id, ExecState::Success, slot.addMSecs(5), 5,
                                  newWord ? QStringLiteral("{\"done\":1,\"invoice\":%1}").arg(4000000 + i)
                                          : QStringLiteral("{\"done\":1}"));
        Lease::release(db, QStringLiteral("bench:task"), holder);
        each << t.nsecsElapsed() / 1e6;
    }
    const Stats s = stats(each);
    double total = 0;
    for (double v : each)
        total += v;
    out << "| " << label << " | " << executions << " | " << QString::number(total / executions, 'f', 3)
        << " | " << QString::number(s.median, 'f', 3) << " | " << QString::number(s.p95, 'f', 3) << " |\n";
    out.flush();
}

void fillHistory(const QSqlDatabase &db, qint64 rows)
{
    // 60 days of history over 20 tasks, every 50th run failed; inserted 500 rows per statement.
    const QStringList columns{QStringLiteral("name"),     QStringLiteral("scheduled_for"),
                              QStringLiteral("start_at"), QStringLiteral("end_at"),
                              QStringLiteral("state"),    QStringLiteral("duration_ms"),
                              QStringLiteral("output")};
    const int perStatement = 500;
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const QString head =
        QStringLiteral("INSERT INTO cron_logs (") + columns.join(u',') + QStringLiteral(") VALUES ");
    QSqlQuery full(db);
    full.prepare(head + QStringList(perStatement, one).join(u','));
    const qint64 spanSeconds = 60LL * 86400;
    qint64 i = 0;
    while (i < rows) {
        Sql::Transaction tx(db);
        const qint64 txEnd = qMin(rows, i + 50000);
        while (i < txEnd) {
            const int n = int(qMin<qint64>(perStatement, txEnd - i));
            QVariantList values;
            values.reserve(n * columns.size());
            for (int k = 0; k < n; ++k) {
                const qint64 r = i + k;
                const QDateTime start = kNow.addSecs(-spanSeconds + (spanSeconds * r) / rows);
                values << QStringLiteral("bench:t%1").arg(r % 20)
                       << Sql::fromUtc(kNow.addSecs(-60 * r)).left(19) << Sql::fromUtc(start)
                       << Sql::fromUtc(start.addMSecs(120))
                       << (r % 50 == 0 ? QStringLiteral("failed") : QStringLiteral("success")) << 120
                       << QStringLiteral("{\"processed\":3}");
            }
            if (n == perStatement) {
                for (const QVariant &v : values)
                    full.addBindValue(v);
                if (!full.exec())
                    Sql::fail(full, QStringLiteral("cron_logs"));
            } else {
                Sql::exec(db, head + QStringList(n, one).join(u','), values);
            }
            i += n;
        }
        tx.commit();
    }
}

qint64 serverPid = 0; // --server-pid: a local MariaDB server whose CPU time is counted too

/// CPU seconds of this process (user + system) and, with --server-pid, of the database server:
/// on a machine shared with other work, steadier than wall time.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    double s =
        double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    if (serverPid > 0) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(serverPid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th.
            const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (f.size() > 12)
                s += double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
        }
    }
    return s;
}

/// MariaDB: waits until InnoDB's purge has caught up (the history list back to @p baseline).
/// A DELETE only marks rows and index entries deleted; purge threads remove them after the
/// commit. Both sides are timed up to that point, so the one big DELETE does not hand its
/// index clean-up to the prune that runs after it.
void waitForPurge(const QSqlDatabase &db, qint64 baseline)
{
    for (int i = 0; i < 6000; ++i) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT count FROM information_schema.innodb_metrics "
                                                   "WHERE name = 'trx_rseg_history_len'"));
        if (!q.next() || q.value(0).toLongLong() <= baseline)
            return;
        QThread::msleep(50);
    }
}

qint64 historyLength(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT count FROM information_schema.innodb_metrics WHERE "
                                               "name = 'trx_rseg_history_len'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

/// The same rows as the default policy deletes here (every task has more than 10 runs in the
/// last 15 days, so keep-last-N protects nothing older), as one plain DELETE.
const char *const kRawDelete = "DELETE FROM %1 WHERE start_at < ? AND state <> 'running' "
                               "AND (state NOT IN ('failed', 'interrupted') OR start_at < ?)";

/// One plain DELETE of the same rows by the engine, on a copy of the same table: the floor
/// prune is compared with.
struct RawResult
{
    double seconds = 0;
    double cpu = 0;
    qint64 rows = 0;
};

RawResult rawDelete(const QSqlDatabase &db, const ConnectionProfile &profile, const QString &dir)
{
    const QVariantList cutoffs{Sql::fromUtc(kNow.addDays(-15)), Sql::fromUtc(kNow.addDays(-15))};
    QElapsedTimer t;
    if (Database::isSqlite(db)) {
        Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString copy = dir + QStringLiteral("/raw.sqlite");
        QFile::remove(copy);
        QFile::copy(profile.filePath, copy);
        RawResult r;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(copy);
            raw.open();
            Sql::exec(raw, QStringLiteral("PRAGMA journal_mode=WAL"));
            Sql::exec(raw, QStringLiteral("PRAGMA synchronous=NORMAL"));
            t.start();
            const double cpu = cpuSeconds();
            raw.transaction();
            QSqlQuery q =
                Sql::exec(raw, QString::fromLatin1(kRawDelete).arg(QStringLiteral("cron_logs")), cutoffs);
            r.rows = q.numRowsAffected();
            q.finish();
            raw.commit();
            r.seconds = t.nsecsElapsed() / 1e9;
            r.cpu = cpuSeconds() - cpu;
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        return r;
    }
    Sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS cron_logs_raw"));
    Sql::exec(db, QStringLiteral("CREATE TABLE cron_logs_raw LIKE cron_logs"));
    Sql::exec(db, QStringLiteral("INSERT INTO cron_logs_raw SELECT * FROM cron_logs"));
    waitForPurge(db, 0);
    const qint64 history = historyLength(db);
    RawResult r;
    t.start();
    const double cpu = cpuSeconds();
    Sql::Transaction tx(db);
    QSqlQuery q =
        Sql::exec(db, QString::fromLatin1(kRawDelete).arg(QStringLiteral("cron_logs_raw")), cutoffs);
    r.rows = q.numRowsAffected();
    tx.commit();
    waitForPurge(db, history);
    r.seconds = t.nsecsElapsed() / 1e9;
    r.cpu = cpuSeconds() - cpu;
    Sql::exec(db, QStringLiteral("DROP TABLE cron_logs_raw"));
    return r;
}

int targetMs = -1; // --target-ms; -1 = the policy's default

void prune(const QString &label, qint64 rows, const ConnectionProfile &profile, const QString &dir)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cron_logs"));
    QElapsedTimer t;
    t.start();
    fillHistory(db, rows);
    const double fillS = t.elapsed() / 1000.0;
    const RawResult raw = rawDelete(db, profile, dir);
    RetentionPolicy policy; // 15 days, last 10 per task, failures as long
    if (targetMs >= 0)
        policy.targetBatchMs = targetMs;
    t.start();
    const qint64 expected = Retention::count(db, policy, kNow);
    const double countMs = t.nsecsElapsed() / 1e6;
    const bool maria = !Database::isSqlite(db);
    if (maria)
        waitForPurge(db, 0);
    const qint64 history = maria ? historyLength(db) : 0;
    t.start();
    const double cpu = cpuSeconds();
    const PruneResult r = Retention::prune(db, policy, kNow);
    if (maria)
        waitForPurge(db, history);
    const double seconds = t.nsecsElapsed() / 1e9;
    const double pruneCpu = cpuSeconds() - cpu;
    if (r.deleted != expected || r.deleted != raw.rows)
        throw Error(ErrorKind::Database,
                    QStringLiteral("prune deleted %1 rows, count() said %2, the raw DELETE %3")
                        .arg(r.deleted)
                        .arg(expected)
                        .arg(raw.rows));
    const auto f2 = [](double v) {
        return QString::number(v, 'f', 2);
    };
    out << "| " << label << " | " << rows << " | " << r.deleted << " | " << f2(seconds) << " | "
        << f2(raw.seconds) << " | **" << f2(seconds / raw.seconds) << "** | " << f2(pruneCpu) << " | "
        << f2(raw.cpu) << " | **" << f2(pruneCpu / qMax(raw.cpu, 1e-9)) << "** | "
        << qRound64(r.deleted / qMax(seconds, 1e-9)) << " | " << r.batches << " | " << r.longestBatchMs
        << " | " << r.batchesOver200Ms << " | " << f1(countMs) << " | " << QString::number(fillS, 'f', 1)
        << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("cxcron runner benchmarks (docs/PERFORMANCE.md)"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("cxcron"), QStringLiteral("Path of the cxcron binary."), QStringLiteral("path")},
         {QStringLiteral("database"), QStringLiteral("Also run on this MariaDB scratch database."),
          QStringLiteral("url")},
         {QStringLiteral("runs"), QStringLiteral("Process spawns per start-up measure (50)."),
          QStringLiteral("n")},
         {QStringLiteral("executions"), QStringLiteral("Recorded executions (2000)."), QStringLiteral("n")},
         {QStringLiteral("rows"), QStringLiteral("History rows for the prune (1000000)."),
          QStringLiteral("n")},
         {QStringLiteral("skip-prune"), QStringLiteral("Skip the prune measure.")},
         {QStringLiteral("skip-sqlite"), QStringLiteral("Only MariaDB (with --database).")},
         {QStringLiteral("target-ms"),
          QStringLiteral("Prune's target batch duration (RetentionPolicy default)."), QStringLiteral("ms")},
         {QStringLiteral("server-pid"),
          QStringLiteral("Pid of the local MariaDB server, whose CPU time is added to the CPU columns."),
          QStringLiteral("pid")}});
    parser.process(app);
    const int runs =
        parser.value(QStringLiteral("runs")).isEmpty() ? 50 : parser.value(QStringLiteral("runs")).toInt();
    const int executions = parser.value(QStringLiteral("executions")).isEmpty()
                               ? 2000
                               : parser.value(QStringLiteral("executions")).toInt();
    const qint64 rows = parser.value(QStringLiteral("rows")).isEmpty()
                            ? 1000000
                            : parser.value(QStringLiteral("rows")).toLongLong();
    if (parser.isSet(QStringLiteral("target-ms")))
        targetMs = parser.value(QStringLiteral("target-ms")).toInt();
    serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
    QTemporaryDir dir;
    try {
        out << "# bench_runner (" << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
            << " threads, Qt " << qVersion() << ")\n";
        if (parser.isSet(QStringLiteral("cxcron")))
            startup(parser.value(QStringLiteral("cxcron")), runs, dir.path());
        else
            out << "\n(start-up skipped: pass --cxcron path/to/cxcron)\n";

        ConnectionProfile sqlite;
        sqlite.driver = ConnectionProfile::Driver::Sqlite;
        sqlite.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
        std::optional<ConnectionProfile> maria;
        if (parser.isSet(QStringLiteral("database")))
            maria = ConnectionProfile::fromUrl(parser.value(QStringLiteral("database")));

        out << "\n## Recording overhead per execution (slotTaken + claimSlot + lease + finish + release)\n";
        out << "| backend | executions | mean ms | median ms | p95 ms |\n|---|---|---|---|---|\n";
        const bool withSqlite = !parser.isSet(QStringLiteral("skip-sqlite"));
        Database::setProfile(sqlite);
        if (withSqlite)
            recording(QStringLiteral("SQLite (WAL, synchronous=NORMAL)"), executions);
        if (maria) {
            bench::resetDatabase(*maria, {QStringLiteral("cron_logs_raw")});
            recording(QStringLiteral("MariaDB (TCP 127.0.0.1)"), executions);
            bench::resetDatabase(*maria, {QStringLiteral("cron_logs_raw")});
            recording(QStringLiteral("MariaDB, a new number in every output"), executions, true);
        }
        if (!parser.isSet(QStringLiteral("skip-prune"))) {
            out << "\n## Prune (15 days, last 10 per task; 60 days of history, 20 tasks)\n";
            out << "| backend | rows | deleted | prune s | one raw DELETE s | ratio | prune CPU s | raw CPU "
                   "s | "
                   "CPU ratio | rows/s | batches | longest batch ms | batches > 200 ms | count() ms | fill s "
                   "|\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
            Database::setProfile(sqlite);
            if (withSqlite)
                prune(QStringLiteral("SQLite"), rows, sqlite, dir.path());
            if (maria) {
                bench::resetDatabase(*maria, {QStringLiteral("cron_logs_raw")});
                prune(QStringLiteral("MariaDB"), rows, *maria, dir.path());
            }
        }
    } catch (const Error &e) {
        out.flush();
        QTextStream(stderr) << "bench_runner: " << e.message() << '\n';
        return 1;
    }
    Database::closeThreadConnection();
    return 0;
}
