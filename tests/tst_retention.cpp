// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"
#include "retention.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);

// Per task: one run a day for 40 days (days 39..0 ago, oldest first), every 5th failed, the
// oldest one still `running` (a stuck row prune must never touch).
void seed(int tasks)
{
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    Sql::Transaction tx(db);
    for (int day = 39; day >= 0; --day) {
        for (int t = 0; t < tasks; ++t) {
            const QString state = day == 39      ? QStringLiteral("running")
                                  : day % 5 == 0 ? QStringLiteral("failed")
                                                 : QStringLiteral("success");
            Sql::exec(
                db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES (?, ?, ?)"),
                {QStringLiteral("task%1").arg(t), Sql::fromUtc(kNow.addDays(-day).addSecs(-60)), state});
        }
    }
    tx.commit();
}

int remaining(const QString &where = QStringLiteral("1 = 1"))
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE ") + where).toInt();
}

struct Row
{
    qint64 id;
    QString task;
    QDateTime start;
    QString state;
};

void insertRow(const QSqlDatabase &db, const QString &task, const QDateTime &start, const QString &state)
{
    Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES (?, ?, ?)"),
              {task, Sql::fromUtc(start), state});
}

// Tasks seeded one after another, as the demo database does, so ids do not follow time across
// tasks: "frequent" (every 2 hours for 20 days, ids ascending), then "daily" (30 days, newest
// first: ids descending as time goes back), then "rare" (3 runs 40 days ago). Every 7th run
// failed; each task has one old run still `running`.
void seedMixed()
{
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    Sql::Transaction tx(db);
    auto state = [](int i) {
        return i % 7 == 3 ? QStringLiteral("failed") : QStringLiteral("success");
    };
    for (int h = 20 * 24; h > 0; h -= 2)
        insertRow(db, QStringLiteral("frequent"), kNow.addSecs(-3600 * h + 17), state(h / 2));
    insertRow(db, QStringLiteral("frequent"), kNow.addDays(-19).addSecs(5), QStringLiteral("running"));
    for (int d = 0; d < 30; ++d)
        insertRow(db, QStringLiteral("daily"), kNow.addDays(-d).addSecs(-300), state(d));
    insertRow(db, QStringLiteral("daily"), kNow.addDays(-25).addSecs(7), QStringLiteral("running"));
    for (int i = 0; i < 3; ++i)
        insertRow(db, QStringLiteral("rare"), kNow.addDays(-40).addSecs(60 * i), state(i));
    insertRow(db, QStringLiteral("rare"), kNow.addDays(-45), QStringLiteral("running"));
    tx.commit();
}

QList<Row> allRows()
{
    QList<Row> rows;
    QSqlQuery q = Sql::exec(test::db(), QStringLiteral("SELECT id, name, start_at, state FROM cron_logs"));
    while (q.next())
        rows << Row{q.value(0).toLongLong(), q.value(1).toString(), Sql::toUtc(q.value(2)),
                    q.value(3).toString()};
    return rows;
}

/// The ids a policy must delete, worked out row by row in C++ (not in SQL) from the rules.
QSet<qint64> expectedDeleted(const QList<Row> &rows, const RetentionPolicy &p, const QDateTime &now)
{
    const QDateTime cutoff = now.addDays(-p.keepDays);
    const QDateTime failedCutoff = now.addDays(-qMax(p.keepDays, p.failedKeepDays));
    QHash<QString, QList<QDateTime>> starts;
    for (const Row &r : rows)
        starts[r.task] << r.start;
    QSet<qint64> ids;
    for (const Row &r : rows) {
        QList<QDateTime> mine = starts.value(r.task);
        std::sort(mine.begin(), mine.end(), std::greater<>());
        const bool lastN = p.keepLast > 0 && mine.indexOf(r.start) < p.keepLast;
        const bool failure = r.state == QLatin1String("failed");
        if ((p.task.isEmpty() || r.task == p.task) && r.start < cutoff &&
            r.state != QLatin1String("running") && (!failure || r.start < failedCutoff) && !lastN)
            ids.insert(r.id);
    }
    return ids;
}

} // namespace

class tst_Retention : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void prune_data();
    void prune();
    void cancelStopsBetweenBatches_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void cancelStopsBetweenBatches();
    void rejectsNegativeValues();
    void idsOutOfTimeOrder_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void idsOutOfTimeOrder();
    void previewEqualsDeleted_data();
    void previewEqualsDeleted();
    void selectionIgnoresRowsAddedAfterPreview_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void selectionIgnoresRowsAddedAfterPreview();
};

void tst_Retention::prune_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<int>("failedKeepDays");
    QTest::addColumn<QString>("task");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("expectedDeleted");
    // 2 tasks x 40 rows: per task, day 39 running, days 38..0: failed on multiples of 5.
    // keep 15 days: rows of days 15..38 go (24 rows) minus keep-last / failed rules.
    for (const QString &b : test::backends()) {
        auto row = [&](const char *name) {
            return qPrintable(b + u'/' + QString::fromLatin1(name));
        };
        QTest::newRow(row("15 days")) << b << 15 << 0 << 0 << QString() << 5000 << 48;
        QTest::newRow(row("15 days, small batches")) << b << 15 << 0 << 0 << QString() << 3 << 48;
        QTest::newRow(row("one task")) << b << 15 << 0 << 0 << QStringLiteral("task1") << 5000 << 24;
        QTest::newRow(row("keep last 30")) << b << 15 << 30 << 0 << QString() << 5000 << 2 * 9;
        QTest::newRow(row("keep last more than all")) << b << 0 << 100 << 0 << QString() << 5000 << 0;
        // failures (days 15,20,25,30,35) kept 30 days: 30 and 35 still go.
        QTest::newRow(row("failures kept 30 days"))
            << b << 15 << 0 << 30 << QString() << 5000 << 2 * (24 - 3);
        QTest::newRow(row("keep 0 days")) << b << 0 << 0 << 0 << QString() << 7 << 2 * 39;
        QTest::newRow(row("keep 100 days")) << b << 100 << 0 << 0 << QString() << 5000 << 0;
    }
}

void tst_Retention::prune()
{
    QFETCH(QString, backend);
    QFETCH(int, keepDays);
    QFETCH(int, keepLast);
    QFETCH(int, failedKeepDays);
    QFETCH(QString, task);
    QFETCH(int, batchSize);
    QFETCH(int, expectedDeleted);
    test::freshDatabase(backend);
    seed(2);
    const RetentionPolicy policy{keepDays, keepLast, failedKeepDays, task, batchSize};
    QCOMPARE(Retention::count(test::db(), policy, kNow), qint64(expectedDeleted));
    QCOMPARE(remaining(), 80); // counting deletes nothing
    qint64 lastProgress = -1;
    const PruneResult result = Retention::prune(test::db(), policy, kNow, [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(expectedDeleted));
        QVERIFY(done >= lastProgress);
        lastProgress = done;
    });
    QCOMPARE(result.deleted, qint64(expectedDeleted));
    QVERIFY(!result.cancelled);
    QCOMPARE(remaining(), 80 - expectedDeleted);
    QCOMPARE(remaining(QStringLiteral("state = 'running'")), 2); // never deleted
    QVERIFY(remaining(QStringLiteral("start_at >= '") + Sql::fromUtc(kNow.addDays(-keepDays)) + u'\'') > 0 ||
            keepDays == 0);
    if (keepLast > 0)
        QVERIFY(remaining(QStringLiteral("name = 'task0'")) >= qMin(keepLast, 40));
    // Idempotent: a second prune finds nothing more.
    QCOMPARE(Retention::prune(test::db(), policy, kNow).deleted, qint64(0));
}

void tst_Retention::cancelStopsBetweenBatches()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    seed(2);
    std::atomic_bool cancel{false};
    const RetentionPolicy policy{0, 0, 0, QString(), 5};
    const PruneResult result = Retention::prune(
        test::db(), policy, kNow, [&](qint64, qint64) { cancel = true; }, &cancel);
    QVERIFY(result.cancelled);
    // Exactly one batch (at most 5 rows; the stuck `running` row in it stays), nothing half-done.
    QVERIFY(result.deleted > 0 && result.deleted <= 5);
    QCOMPARE(result.batches, qint64(1));
    QCOMPARE(remaining(), 80 - int(result.deleted));
}

void tst_Retention::rejectsNegativeValues()
{
    test::freshDatabase(QStringLiteral("sqlite"));
    seed(1);
    const RetentionPolicy policy{-1, 0, 0, QString(), 10};
    QVERIFY_THROWS_EXCEPTION(Error, Retention::count(test::db(), policy, kNow));
    QCOMPARE(remaining(), 40);
}

// Ids need not follow time: rows imported or written by hosts with different clocks. Task
// "late" gets the lowest ids for its newest runs; task "early" the highest ids for its oldest
// runs. The last N runs (by start time) of each task and every running row must stay, and the
// rest older than the cut-off must go, whatever the batch size.
void tst_Retention::idsOutOfTimeOrder()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    {
        Sql::Transaction tx(db);
        // "late": days 0..29 ago, newest first (so ids grow as time goes back).
        for (int day = 0; day < 30; ++day)
            Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES (?, ?, ?)"),
                      {QStringLiteral("late"), Sql::fromUtc(kNow.addDays(-day).addSecs(-60)),
                       day == 25 ? QStringLiteral("running") : QStringLiteral("success")});
        // "early": 30 runs 40..69 days ago, oldest first; "rare": 3 runs 50 days ago.
        for (int day = 69; day >= 40; --day)
            Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES (?, ?, ?)"),
                      {QStringLiteral("early"), Sql::fromUtc(kNow.addDays(-day)), QStringLiteral("success")});
        for (int i = 0; i < 3; ++i)
            Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state) VALUES (?, ?, ?)"),
                      {QStringLiteral("rare"), Sql::fromUtc(kNow.addDays(-50).addSecs(i)),
                       QStringLiteral("success")});
        tx.commit();
    }
    for (int batch : {1, 4, 5000}) {
        const RetentionPolicy policy{15, 5, 0, QString(), batch, batch == 1 ? 0 : 50};
        // late: days 15..29 go except the running one (14 rows); early: all but its newest 5
        // (25 rows); rare: fewer than 5 runs, all kept.
        const qint64 expected = remaining() == 63 ? 14 + 25 : 0;
        QCOMPARE(Retention::count(db, policy, kNow), expected);
        QCOMPARE(Retention::prune(db, policy, kNow).deleted, expected);
        QCOMPARE(remaining(QStringLiteral("name = 'late'")), 16);
        QCOMPARE(remaining(QStringLiteral("name = 'late' AND state = 'running'")), 1);
        QCOMPARE(remaining(QStringLiteral("name = 'rare'")), 3);
        QCOMPARE(remaining(QStringLiteral("name = 'early'")), 5);
        // The five kept of "early" are its newest (days 40..44).
        QCOMPARE(remaining(QStringLiteral("name = 'early' AND start_at >= '") +
                           Sql::fromUtc(kNow.addDays(-44)) + u'\''),
                 5);
    }
}

void tst_Retention::previewEqualsDeleted_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("task");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<int>("keepLast");
    QTest::addColumn<int>("failedKeepDays");
    QTest::addColumn<int>("batchSize");
    for (const QString &b : test::backends()) {
        for (const QString &task :
             {QString(), QStringLiteral("frequent"), QStringLiteral("daily"), QStringLiteral("rare")}) {
            const QString scope = task.isEmpty() ? QStringLiteral("all tasks") : task;
            auto row = [&](const QString &what) {
                return qPrintable(b + u'/' + scope + u'/' + what);
            };
            QTest::newRow(row(QStringLiteral("7 days"))) << b << task << 7 << 0 << 0 << 5000;
            QTest::newRow(row(QStringLiteral("7 days, keep last 10"))) << b << task << 7 << 10 << 0 << 5000;
            QTest::newRow(row(QStringLiteral("7 days, keep last 200, small batches")))
                << b << task << 7 << 200 << 0 << 7;
            QTest::newRow(row(QStringLiteral("2 days, keep last 3, failures 15 days")))
                << b << task << 2 << 3 << 15 << 50;
            QTest::newRow(row(QStringLiteral("0 days, keep last 1"))) << b << task << 0 << 1 << 0 << 5000;
        }
    }
}

// The preview (select/count), the delete and the rules agree, for one task and for all tasks,
// with ids out of time order across tasks: the number previewed is the number deleted, the rows
// deleted are exactly those the rules name, and every row left is newer than its cut-off,
// running, another task's, or among the last N of its task.
void tst_Retention::previewEqualsDeleted()
{
    QFETCH(QString, backend);
    QFETCH(QString, task);
    QFETCH(int, keepDays);
    QFETCH(int, keepLast);
    QFETCH(int, failedKeepDays);
    QFETCH(int, batchSize);
    test::freshDatabase(backend);
    seedMixed();
    const QList<Row> before = allRows();
    const RetentionPolicy policy{keepDays, keepLast, failedKeepDays, task, batchSize};
    const QSet<qint64> expected = expectedDeleted(before, policy, kNow);
    QVERIFY(!expected.isEmpty() || !task.isEmpty());

    const RetentionSelection preview = Retention::select(test::db(), policy, kNow);
    QCOMPARE(preview.rows, qint64(expected.size()));
    QCOMPARE(Retention::count(test::db(), policy, kNow), qint64(expected.size()));
    QCOMPARE(remaining(), before.size()); // previewing deletes nothing
    const PruneResult result = Retention::prune(test::db(), preview);
    QCOMPARE(result.deleted, preview.rows);

    QSet<qint64> left;
    for (const Row &r : allRows())
        left.insert(r.id);
    for (const Row &r : before) {
        if (expected.contains(r.id))
            QVERIFY2(!left.contains(r.id), qPrintable(QStringLiteral("row %1 of %2 at %3 (%4) should be gone")
                                                          .arg(r.id)
                                                          .arg(r.task, Sql::fromUtc(r.start), r.state)));
        else
            QVERIFY2(left.contains(r.id), qPrintable(QStringLiteral("row %1 of %2 at %3 (%4) was deleted")
                                                         .arg(r.id)
                                                         .arg(r.task, Sql::fromUtc(r.start), r.state)));
    }
    QCOMPARE(remaining(QStringLiteral("state = 'running'")), 3);
    // Nothing more to delete by the same rules, whichever way it is asked.
    QCOMPARE(Retention::count(test::db(), policy, kNow), qint64(0));
    QCOMPARE(Retention::prune(test::db(), policy, kNow).deleted, qint64(0));
}

// A preview shown to the user, then runs written (new runs of a task, which move its "last N";
// old rows of a task imported meanwhile) before the user confirms: the delete removes exactly
// the rows previewed, never rows the preview did not count.
void tst_Retention::selectionIgnoresRowsAddedAfterPreview()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    seedMixed();
    const QSqlDatabase db = test::db();
    const RetentionPolicy policy{7, 10, 0, QString(), 5000};
    const RetentionSelection preview = Retention::select(db, policy, kNow);
    const QSet<qint64> expected = expectedDeleted(allRows(), policy, kNow);
    QCOMPARE(preview.rows, qint64(expected.size()));
    {
        Sql::Transaction tx(db);
        for (int i = 1; i <= 10; ++i) // "rare" runs again: its old runs leave its last 10
            insertRow(db, QStringLiteral("rare"), kNow.addSecs(-60 * i), QStringLiteral("success"));
        for (int d = 10; d < 25; ++d) // an old history copied in
            insertRow(db, QStringLiteral("imported"), kNow.addDays(-d), QStringLiteral("success"));
        tx.commit();
    }
    const PruneResult result = Retention::prune(db, preview);
    QCOMPARE(result.deleted, preview.rows);
    QCOMPARE(remaining(QStringLiteral("name = 'imported'")), 15);
    QCOMPARE(remaining(QStringLiteral("name = 'rare'")), 14);
    // A new preview sees them: the 3 old runs of "rare" and the 5 imported rows beyond its last 10.
    QCOMPARE(Retention::count(db, policy, kNow), qint64(3 + 5));
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
