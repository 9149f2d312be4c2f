// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the report of one task over N executions and measures: time to first rows, time to
// sort by duration, to filter by state and by text, and the peak resident memory.
// Usage: bench_gui_report [rows] [--database mysql://user:pw@host:port/scratch_db]
//                         [--file /path/bench.sqlite] [--reuse] [--export | --export-only]
// (default: a temporary SQLite file; the bench rows of a MariaDB database are replaced unless
// --reuse finds them already there; --file keeps the SQLite file so a 10M-row database is built
// once; figures in docs/PERFORMANCE.md)
#include "csvexporter.h"
#include "database.h"
#include "historyexport.h"
#include "reporttablemodel.h"
#include "schema.h"
#include "sql.h"
#include "wordvocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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
    // Rows written by SQL, not by a run: their words go into the MariaDB search vocabulary here.
    QElapsedTimer t;
    t.start();
    WordVocabulary::addRowsAfter(db, 0);
    if (!sqlite)
        QTextStream(stdout) << "word vocabulary of the seeded rows: " << t.elapsed() << " ms\n" << Qt::flush;
}

/// The GUI's CSV export as the window runs it: gui::CsvExporter on the thread pool into a
/// QSaveFile, progress signals counted, then a second export cancelled at its first progress
/// signal (the time until cancelled() is emitted, and no file left behind).
int exportCsv(const QTemporaryDir &dir, const ReportFilter &filter, QTextStream &out)
{
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    gui::CsvExporter exporter;
    qint64 progressSignals = 0, done = -1;
    QObject::connect(&exporter, &gui::CsvExporter::progress, [&](qint64) { ++progressSignals; });
    QObject::connect(&exporter, &gui::CsvExporter::finished,
                     [&](const QString &, qint64 rows) { done = rows; });
    QObject::connect(&exporter, &gui::CsvExporter::failed, [&](const QString &message) {
        out << "export failed: " << message << "\n";
        done = -2;
    });
    QElapsedTimer t;
    t.start();
    exporter.exportTo(path, filter, ReportSort{ReportColumn::Id, true});
    (void)QTest::qWaitFor([&] { return done != -1; }, 3600000);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (done < 0)
        return 1;
    out << "CSV export (gui::CsvExporter): " << done << " rows in " << seconds
        << " s = " << qRound64(done / seconds) << " rows/s, " << QFileInfo(path).size() / (1024 * 1024)
        << " MiB, " << progressSignals << " progress signals\n";
    out << "peak RSS after export:     " << peakRssKb() / 1024 << " MiB\n" << Qt::flush;

    const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.csv"));
    gui::CsvExporter second;
    bool cancelled = false;
    qint64 rowsAtCancel = -1;
    QElapsedTimer c;
    QObject::connect(&second, &gui::CsvExporter::progress, [&](qint64 rows) {
        if (rowsAtCancel < 0) {
            rowsAtCancel = rows;
            c.start();
            second.cancel();
        }
    });
    QObject::connect(&second, &gui::CsvExporter::cancelled, [&] { cancelled = true; });
    second.exportTo(cancelledPath, filter, ReportSort{ReportColumn::Id, true});
    (void)QTest::qWaitFor([&] { return cancelled; }, 600000);
    out << "cancel after " << rowsAtCancel << " rows: cancelled() after " << c.nsecsElapsed() / 1e6
        << " ms, file left behind: " << (QFile::exists(cancelledPath) ? "yes" : "no") << "\n"
        << Qt::flush;
    return cancelled ? 0 : 1;
}

double timeFirstPage(gui::ReportTableModel &model, const std::function<void()> &action)
{
    QElapsedTimer t;
    t.start();
    action();
    (void)QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 600000);
    const double ms = t.nsecsElapsed() / 1e6;
    QTextStream(stdout).flush();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 1000000;
    const int dbOption = int(args.indexOf(QStringLiteral("--database")));
    const int fileOption = int(args.indexOf(QStringLiteral("--file")));
    const bool reuse = args.contains(QStringLiteral("--reuse")) || fileOption > 0;
    QTemporaryDir dir;
    ConnectionProfile profile;
    profile.driver = ConnectionProfile::Driver::Sqlite;
    profile.filePath = fileOption > 0 && fileOption + 1 < args.size()
                           ? args.at(fileOption + 1)
                           : dir.filePath(QStringLiteral("bench.sqlite"));
    if (dbOption > 0 && dbOption + 1 < args.size())
        profile = ConnectionProfile::fromUrl(args.at(dbOption + 1));
    Database::setProfile(profile);
    QTextStream out(stdout);
    const auto flushEach = qScopeGuard([&out] { out.flush(); });
    QElapsedTimer t;
    qint64 present = 0;
    {
        const QSqlDatabase db = Database::connection();
        t.start();
        Schema::migrate(db);       // schema step 4 on an existing big table builds its indexes here
        WordVocabulary::build(db); // what `cxcron migrate` adds (MariaDB's word vocabulary)
        out << "schema migration: " << t.elapsed() << " ms\n" << Qt::flush;
        QSqlQuery q =
            Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE name = 'bench:task'"));
        present = q.next() ? q.value(0).toLongLong() : 0;
        if (!(reuse && present == rows) && present > 0)
            Sql::exec(db, QStringLiteral("DELETE FROM cron_logs WHERE name = 'bench:task'"));
    }
    t.start();
    if (reuse && present == rows)
        out << "reusing " << rows << " rows\n";
    else
        seed(rows);
    out << "seeded " << rows << " rows in " << t.elapsed() << " ms\n" << Qt::flush;
    const qint64 rssAfterSeed = peakRssKb();

    ReportFilter filter;
    filter.task = QStringLiteral("bench:task");
    if (args.contains(QStringLiteral("--export-only"))) {
        const int rc = exportCsv(dir, filter, out);
        Database::closeThreadConnection();
        return rc;
    }
    gui::ReportTableModel model;
    const auto nextPage = [&] {
        const int before = model.rowCount();
        model.fetchMore({});
        (void)QTest::qWaitFor([&] { return model.rowCount() > before; }, 600000);
    };
    out << "time to first rows:        " << timeFirstPage(model, [&] { model.setFilter(filter); }) << " ms\n"
        << Qt::flush;
    (void)QTest::qWaitFor([&] { return model.totalCount() >= 0; }, 600000);
    out << "total count:               " << model.totalCount() << "\n";
    out << "next page (fetchMore):     " << timeFirstPage(model, nextPage) << " ms\n" << Qt::flush;
    out << "sort by duration (desc):   "
        << timeFirstPage(model, [&] { model.sort(int(ReportColumn::Duration), Qt::DescendingOrder); })
        << " ms\n"
        << Qt::flush;
    out << "page 2 sorted by duration: " << timeFirstPage(model, nextPage) << " ms\n" << Qt::flush;
    for (int column = int(ReportColumn::Start); column < int(ReportColumn::Count); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            out << "sort by column " << column << (order == Qt::AscendingOrder ? " asc:  " : " desc: ")
                << timeFirstPage(model, [&] { model.sort(column, order); }) << " ms\n"
                << Qt::flush;
        }
    }
    model.sort(int(ReportColumn::Id), Qt::DescendingOrder);
    (void)QTest::qWaitFor([&] { return !model.isLoading(); }, 600000);
    ReportFilter failed = filter;
    failed.states = {ExecState::Failed};
    out << "filter state=failed:       " << timeFirstPage(model, [&] { model.setFilter(failed); }) << " ms\n"
        << Qt::flush;
    ReportFilter text = filter;
    // A failed run in the middle of the history (failures are every 97th run): it exists at any size.
    text.text = QStringLiteral("item %1").arg(97 * (rows / 97 / 2));
    out << "filter text '" << text.text << "': " << timeFirstPage(model, [&] { model.setFilter(text); })
        << " ms\n"
        << Qt::flush;
    ReportFilter word = filter;
    // The same failed run's number alone: a single word (no separator before it in the text).
    word.text = QString::number(97 * (rows / 97 / 2));
    out << "filter text '" << word.text << "': " << timeFirstPage(model, [&] { model.setFilter(word); })
        << " ms\n"
        << Qt::flush;
    // The end of that number: inside a stored word ("99938" in "499938"), which FULLTEXT alone
    // cannot look up.
    ReportFilter inside = filter;
    inside.text = word.text.mid(1);
    out << "filter text '" << inside.text
        << "' (inside a word): " << timeFirstPage(model, [&] { model.setFilter(inside); }) << " ms\n"
        << Qt::flush;
    (void)QTest::qWaitFor([&] { return model.totalCount() >= 0; }, 600000);
    out << "  its count: " << model.totalCount() << "\n" << Qt::flush;
    // Beside the raw engine, same run: its own newest-first LIKE scan of the first page.
    for (const QString &w : {word.text, inside.text}) {
        const QSqlDatabase db = Database::connection();
        const QString like = u'%' + w + u'%';
        QElapsedTimer rt;
        rt.start();
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT id FROM cron_logs WHERE name = 'bench:task' AND (output LIKE "
                                     "? OR exception LIKE ? OR exception_trace LIKE ?) ORDER BY id DESC "
                                     "LIMIT 201"),
                      {like, like, like});
        int n = 0;
        while (q.next())
            ++n;
        out << "raw engine LIKE scan '" << w << "' (first page, " << n
            << " rows): " << rt.nsecsElapsed() / 1e6 << " ms\n"
            << Qt::flush;
    }
    ReportFilter common = filter;
    common.text = QStringLiteral("BenchError"); // every 97th run: a full page near the newest rows
    out << "filter text '" << common.text << "': " << timeFirstPage(model, [&] { model.setFilter(common); })
        << " ms\n"
        << Qt::flush;
    ReportFilter none = filter;
    none.text = QStringLiteral("no such text anywhere");
    {
        QElapsedTimer nt;
        nt.start();
        model.setFilter(none);
        (void)QTest::qWaitFor([&] { return !model.isLoading(); }, 600000);
        out << "filter text (no match): " << nt.nsecsElapsed() / 1e6 << " ms\n" << Qt::flush;
    }
    out << "peak RSS after seeding:    " << rssAfterSeed / 1024 << " MiB\n";
    out << "peak RSS (VmHWM) at end:   " << peakRssKb() / 1024 << " MiB\n";
    if (args.contains(QStringLiteral("--export")) && exportCsv(dir, filter, out) != 0)
        return 1;
    Database::closeThreadConnection();
    return 0;
}
