// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the report of one task over 1,000,000 executions in a temporary SQLite file and
// measures: time to first rows, time to sort by duration, to filter by state and by text, and
// the peak resident memory. Usage: bench_gui_report [rows]   (figures in docs/PERFORMANCE.md)
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
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-qint64(rows) * 60);
    const int perStatement = 400;
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, 0, 'schedule', 'www-data', 'bench', 1)");
    for (int done = 0; done < rows;) {
        Sql::Transaction tx(db);
        for (int batch = 0; batch < 100 && done < rows; ++batch) {
            const int n = qMin(perStatement, rows - done);
            QStringList tuples;
            QVariantList values;
            for (int k = 0; k < n; ++k, ++done) {
                const QDateTime start = base.addSecs(qint64(done) * 60);
                const qint64 ms = (qint64(done) * 7919) % 30000;
                const bool failed = done % 97 == 0;
                tuples << tuple;
                values << QStringLiteral("bench:task") << Sql::fromUtc(start)
                       << Sql::fromUtc(start.addMSecs(ms))
                       << (failed ? QStringLiteral("failed") : QStringLiteral("success"))
                       << QString(QStringLiteral("{\"n\":") + QString::number(done) + u'}')
                       << (failed ? QVariant(
                                        QString(QStringLiteral("BenchError: item ") + QString::number(done)))
                                  : QVariant(QMetaType(QMetaType::QString)))
                       << ms;
            }
            Sql::exec(
                db,
                QStringLiteral("INSERT INTO cron_logs (name, start_at, end_at, state, output, exception, "
                               "duration_ms, manual, trigger_kind, triggered_by, host, pid) VALUES ") +
                    tuples.join(u','),
                values);
        }
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
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    ConnectionProfile profile;
    profile.driver = ConnectionProfile::Driver::Sqlite;
    profile.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
    Database::setProfile(profile);
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
    text.text = QStringLiteral("item 4242");
    out << "filter text 'item 4242':   " << timeFirstPage(model, [&] { model.setFilter(text); }) << " ms\n";
    out << "peak RSS after seeding:    " << rssAfterSeed / 1024 << " MiB\n";
    out << "peak RSS (VmHWM) at end:   " << peakRssKb() / 1024 << " MiB\n";
    Database::closeThreadConnection();
    return 0;
}
