// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the report of one task over N executions and measures: time to first rows, time to
// sort by duration, to filter by state and by text, and the peak resident memory.
// Usage: bench_gui_report [rows] [--database mysql://user:pw@host:port/scratch_db]
// (default: a temporary SQLite file; the bench rows of a MariaDB database are replaced;
// figures in docs/PERFORMANCE.md)
#include "database.h"
#include "reporttablemodel.h"
#include "schema.h"
#include "sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtCore/qtestsupport_core.h>

using namespace cxcron;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void seed(int rows)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    // Set-based: the database generates the rows itself (recursive CTE), one million per
    // transaction, so seeding 10,000,000 rows takes a minute. One run a minute, ~1 % failures.
    const bool sqlite = Database::isSqlite(db);
    const qint64 base = QDateTime::currentSecsSinceEpoch() - qint64(rows) * 60;
    const QString generator =
        QStringLiteral("WITH RECURSIVE seq(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?) ");
    const QString insert = QStringLiteral(
        "INSERT INTO cron_logs (name, start_at, end_at, state, output, exception, duration_ms, manual, "
        "trigger_kind, triggered_by, host, pid) ");
    // SQLite: strftime and ||; MariaDB (session time zone UTC): FROM_UNIXTIME and CONCAT.
    const QString select =
        sqlite
            ? QStringLiteral(
                  "SELECT 'bench:task', strftime('%Y-%m-%d %H:%M:%f', ? + n * 60, 'unixepoch'), "
                  "strftime('%Y-%m-%d %H:%M:%f', ? + n * 60 + ((n * 7919) % 30000) / 1000.0, 'unixepoch'), "
                  "CASE WHEN n % 97 = 0 THEN 'failed' ELSE 'success' END, '{\"n\":' || n || '}', "
                  "CASE WHEN n % 97 = 0 THEN 'BenchError: item ' || n END, (n * 7919) % 30000, "
                  "0, 'schedule', 'www-data', 'bench', 1 FROM seq")
            : QStringLiteral(
                  "SELECT 'bench:task', FROM_UNIXTIME(? + n * 60), "
                  "FROM_UNIXTIME(? + n * 60 + ((n * 7919) % 30000) / 1000.0), "
                  "CASE WHEN n % 97 = 0 THEN 'failed' ELSE 'success' END, CONCAT('{\"n\":', n, '}'), "
                  "CASE WHEN n % 97 = 0 THEN CONCAT('BenchError: item ', n) END, (n * 7919) % 30000, "
                  "0, 'schedule', 'www-data', 'bench', 1 FROM seq");
    // SQLite wants the WITH clause first; MariaDB wants it after INSERT INTO … (columns).
    const QString sql = sqlite ? generator + insert + select : insert + generator + select;
    if (!sqlite) // MariaDB stops recursive CTEs after 1000 rows unless told otherwise
        Sql::exec(db, QStringLiteral("SET SESSION max_recursive_iterations = 100000000"));
    const int chunk = 1000000;
    for (int from = 0; from < rows; from += chunk) {
        const int to = qMin(rows, from + chunk) - 1;
        Sql::Transaction tx(db);
        Sql::exec(db, sql, {from, to, base, base});
        tx.commit();
    }
}

double timeFirstPage(gui::ReportTableModel &model, const std::function<void()> &action)
{
    QElapsedTimer t;
    t.start();
    action();
    (void)QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 600000);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 1000000;
    const int dbOption = int(args.indexOf(QStringLiteral("--database")));
    QTemporaryDir dir;
    ConnectionProfile profile;
    profile.driver = ConnectionProfile::Driver::Sqlite;
    profile.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
    if (dbOption > 0 && dbOption + 1 < args.size())
        profile = ConnectionProfile::fromUrl(args.at(dbOption + 1));
    Database::setProfile(profile);
    if (!profile.isSqlite()) {
        const QSqlDatabase db = Database::connection();
        Schema::migrate(db);
        Sql::exec(db, QStringLiteral("DELETE FROM cron_logs WHERE name = 'bench:task'"));
    }
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    seed(rows);
    out << "seeded " << rows << " rows in " << t.elapsed() << " ms\n";
    const qint64 rssAfterSeed = peakRssKb();

    gui::ReportTableModel model;
    ReportFilter filter;
    filter.task = QStringLiteral("bench:task");
    out << "time to first rows:        " << timeFirstPage(model, [&] { model.setFilter(filter); }) << " ms\n";
    (void)QTest::qWaitFor([&] { return model.totalCount() >= 0; }, 600000);
    out << "total count:               " << model.totalCount() << "\n";
    out << "next page (fetchMore):     " << timeFirstPage(model, [&] {
        const int before = model.rowCount();
        model.fetchMore({});
        (void)QTest::qWaitFor([&] { return model.rowCount() > before; }, 600000);
    }) << " ms\n";
    out << "sort by duration (desc):   " << timeFirstPage(model, [&] {
        model.sort(int(ReportColumn::Duration), Qt::DescendingOrder);
    }) << " ms\n";
    out << "page 2 sorted by duration: " << timeFirstPage(model, [&] {
        const int before = model.rowCount();
        model.fetchMore({});
        (void)QTest::qWaitFor([&] { return model.rowCount() > before; }, 600000);
    }) << " ms\n";
    model.sort(int(ReportColumn::Id), Qt::DescendingOrder);
    (void)QTest::qWaitFor([&] { return !model.isLoading(); }, 600000);
    ReportFilter failed = filter;
    failed.states = {ExecState::Failed};
    out << "filter state=failed:       " << timeFirstPage(model, [&] { model.setFilter(failed); }) << " ms\n";
    ReportFilter text = filter;
    // A failed run in the middle of the history (failures are every 97th run): it exists at any size.
    text.text = QStringLiteral("item %1").arg(97 * (rows / 97 / 2));
    out << "filter text '" << text.text << "': " << timeFirstPage(model, [&] { model.setFilter(text); })
        << " ms\n";
    out << "peak RSS after seeding:    " << rssAfterSeed / 1024 << " MiB\n";
    out << "peak RSS (VmHWM) at end:   " << peakRssKb() / 1024 << " MiB\n";
    Database::closeThreadConnection();
    return 0;
}
