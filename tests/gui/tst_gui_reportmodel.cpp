// SPDX-License-Identifier: GPL-3.0-or-later
// The report model against a seeded SQLite database: paging past the first page, server-side
// sorting on every column kind, filters, auto-refresh and CSV export.
#include "csvexporter.h"
#include "historyexport.h"
#include "reporttablemodel.h"
#include "seed.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace cxcron;
using namespace cxcron::gui;

namespace {
const QString kTask = QStringLiteral("t:report");
const int kRows = 450;
const QDateTime kBase(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);

bool waitIdle(ReportTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() >= 0; }, 15000);
}

bool loadAll(ReportTableModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!waitIdle(model))
            return false;
    }
    return true;
}
} // namespace

class TestReportModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::freshDatabase(QStringLiteral("sqlite"));
        QList<test::SeedRow> rows;
        for (int i = 1; i <= kRows; ++i) {
            test::SeedRow r;
            r.task = kTask;
            r.start = kBase.addSecs(i * 60);
            r.durationMs = (i * 37) % 1000;
            QJsonObject output{{QStringLiteral("n"), i}};
            if (i % 50 == 0)
                output.insert(QStringLiteral("marker"), QStringLiteral("needle"));
            r.output = QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact));
            if (i % 10 == 0) {
                r.state = QStringLiteral("failed");
                r.exceptionClass = QStringLiteral("DeliveryError");
                r.exception = QStringLiteral("DeliveryError: boom %1").arg(i);
            } else if (i % 7 == 0) {
                r.state = QStringLiteral("skipped");
            }
            r.who = i % 3 == 0 ? QStringLiteral("alice") : QStringLiteral("www-data");
            rows << r;
        }
        for (int i = 1; i <= 20; ++i)
            rows << test::makeRow(QStringLiteral("t:other"), kBase.addSecs(i * 60));
        test::seedRows(rows);
    }

    void firstPageThenPagingPastIt()
    {
        ReportTableModel model;
        model.setPageSize(100);
        ReportFilter filter;
        filter.task = kTask;
        model.setFilter(filter);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), qint64(kRows));
        QCOMPARE(model.execution(0).id, qint64(kRows)); // newest first
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), kRows);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.execution(row).id < model.execution(row - 1).id);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("duration asc") << int(ReportColumn::Duration) << false;
        QTest::newRow("duration desc") << int(ReportColumn::Duration) << true;
        QTest::newRow("start asc") << int(ReportColumn::Start) << false;
        QTest::newRow("state desc") << int(ReportColumn::State) << true;
        QTest::newRow("who asc") << int(ReportColumn::Who) << false;
        QTest::newRow("id asc") << int(ReportColumn::Id) << false;
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        ReportTableModel model;
        model.setPageSize(64); // many page boundaries inside ties
        ReportFilter filter;
        filter.task = kTask;
        model.setFilter(filter);
        QVERIFY(waitIdle(model));
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 64);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), kRows);
        const auto key = [column](const Execution &e) -> QVariant {
            switch (ReportColumn(column)) {
            case ReportColumn::Duration:
                return e.durationMs;
            case ReportColumn::Start:
                return e.startAt;
            case ReportColumn::State:
                return stateKey(e.state);
            case ReportColumn::Who:
                return e.triggeredBy;
            default:
                return e.id;
            }
        };
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Execution e = model.execution(row);
            QVERIFY2(!seen.contains(e.id), "a row appeared twice across pages");
            seen.insert(e.id);
            if (row == 0)
                continue;
            const Execution p = model.execution(row - 1);
            const int order = QVariant::compare(key(p), key(e)) == QPartialOrdering::Less      ? -1
                              : QVariant::compare(key(p), key(e)) == QPartialOrdering::Greater ? 1
                                                                                               : 0;
            const int idOrder = p.id < e.id ? -1 : 1;
            const int expected = descending ? 1 : -1;
            QVERIFY2(order == expected || (order == 0 && idOrder == expected),
                     qPrintable(QStringLiteral("rows %1/%2 out of order").arg(p.id).arg(e.id)));
        }
    }

    void filtering_data()
    {
        QTest::addColumn<QList<ExecState>>("states");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sinceMinute");
        QTest::addColumn<int>("untilMinute");
        QTest::addColumn<int>("expected");
        QTest::newRow("failed") << QList<ExecState>{ExecState::Failed} << QString() << 0 << 0 << 45;
        QTest::newRow("skipped") << QList<ExecState>{ExecState::Skipped} << QString() << 0 << 0 << 58;
        QTest::newRow("text in output") << QList<ExecState>{} << QStringLiteral("needle") << 0 << 0 << 9;
        QTest::newRow("text in exception") << QList<ExecState>{} << QStringLiteral("boom 12") << 0 << 0 << 1;
        QTest::newRow("like wildcards are literal")
            << QList<ExecState>{} << QStringLiteral("%") << 0 << 0 << 0;
        QTest::newRow("date range") << QList<ExecState>{} << QString() << 101 << 201 << 100;
        QTest::newRow("failed in range")
            << QList<ExecState>{ExecState::Failed} << QString() << 101 << 201 << 10;
    }

    void filtering()
    {
        QFETCH(QList<ExecState>, states);
        QFETCH(QString, text);
        QFETCH(int, sinceMinute);
        QFETCH(int, untilMinute);
        QFETCH(int, expected);
        ReportTableModel model;
        ReportFilter filter;
        filter.task = kTask;
        filter.states = states;
        filter.text = text;
        if (sinceMinute > 0) {
            filter.since = kBase.addSecs(sinceMinute * 60);
            filter.until = kBase.addSecs(untilMinute * 60);
        }
        model.setFilter(filter);
        QVERIFY(waitIdle(model));
        QVERIFY(loadAll(model));
        QCOMPARE(model.totalCount(), qint64(expected));
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!states.isEmpty())
                QVERIFY(states.contains(model.execution(row).state));
        }
    }

    void displayAndRoles()
    {
        ReportTableModel model;
        ReportFilter filter;
        filter.task = kTask;
        filter.states = {ExecState::Failed};
        model.setFilter(filter);
        QVERIFY(waitIdle(model));
        const QModelIndex state = model.index(0, int(ReportColumn::State));
        QCOMPARE(state.data().toString(), stateLabel(ExecState::Failed));
        QCOMPARE(state.data(ReportTableModel::StateRole).toInt(), int(ExecState::Failed));
        QCOMPARE(state.data(Qt::ToolTipRole).toString(), QStringLiteral("DeliveryError"));
        QCOMPARE(model.index(0, int(ReportColumn::Id)).data(ReportTableModel::ExecutionIdRole).toLongLong(),
                 qint64(kRows));
        QCOMPARE(model.headerData(int(ReportColumn::Duration), Qt::Horizontal).toString(),
                 QStringLiteral("Duration"));
    }

    void refreshInsertsNewRunsAtTheTop()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        QList<test::SeedRow> rows;
        for (int i = 1; i <= 30; ++i)
            rows << test::makeRow(QStringLiteral("t:live"), kBase.addSecs(i * 60));
        test::seedRows(rows);
        ReportTableModel model;
        ReportFilter filter;
        filter.task = QStringLiteral("t:live");
        model.setFilter(filter);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 30);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        test::seedRows(
            {test::makeRow(QStringLiteral("t:live"), kBase.addSecs(31 * 60), 5, QStringLiteral("running")),
             test::makeRow(QStringLiteral("t:live"), kBase.addSecs(32 * 60))});
        QSignalSpy refreshed(&model, &ReportTableModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 32);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0); // selection and scroll position survive
        QCOMPARE(model.execution(1).state, ExecState::Running);
    }

    void csvExportOfTheView()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        test::SeedRow failed = test::makeRow(QStringLiteral("t:csv"), kBase, 10, QStringLiteral("failed"));
        failed.exception = QStringLiteral("Err: a, \"quoted\" message");
        failed.exceptionClass = QStringLiteral("Err,Class");
        test::seedRows({failed, test::makeRow(QStringLiteral("t:csv"), kBase.addSecs(60), 20)});
        QByteArray csv;
        ReportFilter filter;
        filter.task = QStringLiteral("t:csv");
        const qint64 rows = HistoryExport::writeCsv(test::db(), filter, ReportSort{}, {},
                                                    [&csv](QByteArrayView chunk) { csv += chunk; });
        QCOMPARE(rows, qint64(2));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("id,task,start_utc"));
        QVERIFY(lines.at(2).contains("\"Err,Class\""));
    }

    void csvExporterWritesWithOptionsOrNothingWhenCancelled()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        QList<test::SeedRow> rows;
        for (int i = 0; i < 20000; ++i)
            rows << test::makeRow(QStringLiteral("t:big"), kBase.addSecs(60 * i), i % 50);
        test::seedRows(rows);
        ReportFilter filter;
        filter.task = QStringLiteral("t:big");
        QTemporaryDir dir;

        CsvExporter done;
        QSignalSpy finished(&done, &CsvExporter::finished);
        QSignalSpy progress(&done, &CsvExporter::progress);
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        done.exportTo(path, filter, ReportSort{ReportColumn::Duration, true},
                      HistoryExport::CsvOptions{u';', true});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(20000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toLongLong(), qint64(20000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(64);
        QVERIFY(head.startsWith("\xEF\xBB\xBFid;task;start_utc;"));

        CsvExporter stopped;
        QSignalSpy cancelled(&stopped, &CsvExporter::cancelled);
        const QString none = dir.filePath(QStringLiteral("cancelled.csv"));
        stopped.exportTo(none, filter, ReportSort{}, {});
        stopped.cancel();
        QVERIFY(cancelled.wait(30000));
        QVERIFY(!QFile::exists(none)); // nothing half-written
    }
};

QTEST_MAIN(TestReportModel)
#include "tst_gui_reportmodel.moc"
