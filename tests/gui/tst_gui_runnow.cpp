// SPDX-License-Identifier: GPL-3.0-or-later
// "Run now" runs off the GUI thread: the event loop keeps turning, the report gets the new
// manual row, and a second run of a task while the first is going on is refused politely, while
// other tasks may run side by side. A cancel is recorded as a cancel, whenever it comes, and the
// window's actions follow the selected task.
#include "faketask.h"
#include "reporttablemodel.h"
#include "runnowactions.h"
#include "runnowcontroller.h"
#include "seed.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {
const QString kTask = QStringLiteral("fake:slow");

const QString kLoop = QStringLiteral("fake:items");

AppContext slowContext(int ms = 300)
{
    TaskRegistry registry;
    registry.add(std::make_shared<test::FakeTask>(kTask, Schedule::everyMinutes(5), [ms](TaskContext &) {
        QThread::msleep(static_cast<unsigned long>(ms));
        return QJsonObject{{QStringLiteral("done"), true}};
    }));
    // Item by item, as the CMS tasks work; it ends early, without an exception, when stopped.
    registry.add(std::make_shared<test::FakeTask>(kLoop, Schedule::everyMinutes(5), [](TaskContext &ctx) {
        int done = 0;
        for (; done < 400 && !ctx.isCancelled(); ++done)
            QThread::msleep(25);
        return QJsonObject{{QStringLiteral("items_done"), done}};
    }));
    return AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester"));
}

bool rowRunning(const QString &task)
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE name = ? AND state = 'running'"),
                        {task})
               .toInt() == 1;
}
} // namespace

class TestRunNow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({});
    }

    void runNowDoesNotBlockAndUpdatesTheTable()
    {
        ReportTableModel model;
        ReportFilter filter;
        filter.task = kTask;
        model.setFilter(filter);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() == 0; }, 10000));

        // A task of 3 s: start() returning well before that cannot have waited for it, whatever
        // the load of the machine running the tests.
        RunNowController controller(slowContext(3000));
        QSignalSpy finished(&controller, &RunNowController::finished);
        QSignalSpy refused(&controller, &RunNowController::refused);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(controller.start(kTask));
        QVERIFY2(clock.elapsed() < 1500, "start() must return at once, not when the run ends");
        QVERIFY(controller.isRunning());

        QVERIFY(!controller.start(kTask)); // refused while running, no second row
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().at(1).toString().contains(kTask));

        QVERIFY(finished.wait(15000));
        QVERIFY2(ticks >= 5, qPrintable(QStringLiteral("event loop stalled: %1 ticks").arg(ticks)));
        QCOMPARE(finished.first().at(2).toInt(), int(ExecState::Success));
        QVERIFY(!controller.isRunning());

        QSignalSpy refreshed(&model, &ReportTableModel::refreshed);
        model.refresh();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() == 1 && !model.isLoading(); }, 10000));
        const Execution e = model.execution(0);
        QCOMPARE(e.id, finished.first().at(1).toLongLong());
        QCOMPARE(e.trigger, Trigger::Manual);
        QCOMPARE(e.triggeredBy, QStringLiteral("tester"));
        QCOMPARE(e.state, ExecState::Success);
    }

    void taskAlreadyRunningElsewhereIsRefused()
    {
        RunNowController first(slowContext());
        RunNowController second(slowContext());
        QSignalSpy firstDone(&first, &RunNowController::finished);
        QSignalSpy refused(&second, &RunNowController::refused);
        QSignalSpy secondDone(&second, &RunNowController::finished);
        QVERIFY(first.start(kTask));
        QVERIFY(QTest::qWaitFor(
            [] {
                return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE state = 'running'"))
                           .toInt() == 1;
            },
            10000));
        QVERIFY(second.start(kTask)); // accepted locally, refused by the task's lease
        QVERIFY(refused.wait(10000));
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        QVERIFY(firstDone.wait(15000) || firstDone.count() == 1);
        QCOMPARE(secondDone.count(), 0);
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
    }

    void aRefusedRunLeavesNoRunningMessage()
    {
        RunNowController first(slowContext(1500));
        RunNowController second(slowContext());
        QAction runNow(QStringLiteral("Run now"));
        QAction cancel(QStringLiteral("Cancel"));
        QLabel label;
        QProgressBar progress;
        RunNowActions actions(&second, &runNow, &cancel, &label, &progress);
        actions.setCurrentTask(kTask, true);
        QSignalSpy refused(&second, &RunNowController::refused);
        QVERIFY(first.start(kTask));
        QVERIFY(QTest::qWaitFor([] { return rowRunning(kTask); }, 10000));
        QVERIFY(second.start(kTask));
        QVERIFY(label.text().contains(kTask)); // "Running fake:slow…" while it tries
        QVERIFY(refused.wait(10000));
        QVERIFY2(label.text().isEmpty(), qPrintable(label.text()));
        QVERIFY(progress.isHidden());
        QVERIFY(runNow.isEnabled());
        QSignalSpy firstDone(&first, &RunNowController::finished);
        QVERIFY(firstDone.wait(15000));
    }

    void cancelIsRecordedAsCancelled_data()
    {
        QTest::addColumn<bool>("early");
        QTest::newRow("while running") << false;
        QTest::newRow("before the run started") << true; // the runner still prepares the run
    }
    void cancelIsRecordedAsCancelled()
    {
        QFETCH(bool, early);
        RunNowController controller(slowContext());
        QSignalSpy finished(&controller, &RunNowController::finished);
        QSignalSpy cancelling(&controller, &RunNowController::cancelling);
        QVERIFY(controller.start(kLoop));
        if (!early) {
            QVERIFY(QTest::qWaitFor([] { return rowRunning(kLoop); }, 10000));
            QTest::qWait(200);
        }
        controller.cancel();
        QCOMPARE(cancelling.count(), 1);
        QVERIFY(controller.isCancelling(kLoop));
        QVERIFY(finished.wait(15000));
        QCOMPARE(stateKey(ExecState(finished.first().at(2).toInt())), stateKey(ExecState::Cancelled));
        const QString message = finished.first().at(4).toString();
        QVERIFY2(message.startsWith(QStringLiteral("TaskCancelled: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("tester")), qPrintable(message));
        QVERIFY(!controller.isRunning());
        QVERIFY(!controller.isCancelling(kLoop));
        const qint64 id = finished.first().at(1).toLongLong();
        QCOMPARE(test::scalar(QStringLiteral("SELECT state FROM cron_logs WHERE id = ?"), {id}).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(test::scalar(QStringLiteral("SELECT exception_class FROM cron_logs WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("TaskCancelled"));
    }

    void tasksRunSideBySideOneRunEach()
    {
        RunNowController controller(slowContext(1500));
        QSignalSpy finished(&controller, &RunNowController::finished);
        QSignalSpy refused(&controller, &RunNowController::refused);
        QVERIFY(controller.start(kTask));
        QVERIFY(controller.start(kLoop));
        QVERIFY(controller.isRunning(kTask));
        QVERIFY(controller.isRunning(kLoop));
        QCOMPARE(controller.runningTasks(), (QStringList{kTask, kLoop}));
        QVERIFY(!controller.start(kTask));
        QCOMPARE(refused.count(), 1);
        QVERIFY(QTest::qWaitFor([] { return rowRunning(kTask) && rowRunning(kLoop); }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 15000));
        QCOMPARE(finished.first().at(0).toString(), kTask);
        QVERIFY(!controller.isRunning(kTask));
        QVERIFY(controller.isRunning(kLoop));
        QVERIFY(controller.cancelTask(kLoop));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 15000));
        QCOMPARE(finished.at(0).at(2).toInt(), int(ExecState::Success));
        QCOMPARE(finished.at(1).at(2).toInt(), int(ExecState::Cancelled));
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 2);
    }

    void actionsFollowTheSelectedTask()
    {
        RunNowController controller(slowContext(1500));
        QAction run(QStringLiteral("Run now"));
        QAction cancel(QStringLiteral("Cancel"));
        QLabel label;
        QProgressBar bar;
        RunNowActions actions(&controller, &run, &cancel, &label, &bar);
        QSignalSpy finished(&controller, &RunNowController::finished);
        QCOMPARE(cancel.shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
        actions.setCurrentTask(kLoop);
        QVERIFY(run.isEnabled());
        QVERIFY(!cancel.isEnabled());

        QVERIFY(controller.start(kLoop));
        QVERIFY(!run.isEnabled()); // its manual run goes on
        QVERIFY(cancel.isEnabled());
        QVERIFY(label.text().contains(kLoop));
        actions.setCurrentTask(kTask);
        QVERIFY(run.isEnabled()); // another task may run beside it
        QVERIFY(controller.start(kTask));
        QVERIFY(!run.isEnabled());

        actions.setCurrentTask(kLoop);
        QVERIFY(QTest::qWaitFor([] { return rowRunning(kLoop); }, 10000));
        cancel.trigger(); // the selected task's run, not the newest one
        QVERIFY(controller.isCancelling(kLoop));
        QVERIFY(!controller.isCancelling(kTask));
        QVERIFY(!cancel.isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, 15000));
        QCOMPARE(finished.first().at(0).toString(), kLoop);
        QCOMPARE(finished.first().at(2).toInt(), int(ExecState::Cancelled));
        QVERIFY(run.isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 2; }, 15000));
        QCOMPARE(finished.at(1).at(2).toInt(), int(ExecState::Success));
        QVERIFY(bar.isHidden());
    }

    void cancellingIsShown()
    {
        RunNowController controller(slowContext());
        QAction run;
        QAction cancel;
        QLabel label;
        QProgressBar bar;
        RunNowActions actions(&controller, &run, &cancel, &label, &bar);
        QSignalSpy finished(&controller, &RunNowController::finished);
        QVERIFY(controller.start(kLoop));
        QVERIFY(QTest::qWaitFor([] { return rowRunning(kLoop); }, 10000));
        actions.cancel();
        QVERIFY2(label.text().contains(QStringLiteral("Cancelling")), qPrintable(label.text()));
        QVERIFY(finished.wait(15000));
    }

    void lockedDatabaseIsExplained()
    {
        // A `cxcron run` holding SQLite's write lock longer than the busy timeout: the run cannot
        // even start. The window must say so in words, not leave "Running…" and a log line.
        RunNowController controller(slowContext());
        QSignalSpy refused(&controller, &RunNowController::refused);
        QSignalSpy finished(&controller, &RunNowController::finished);
        Sql::exec(test::db(), QStringLiteral("BEGIN IMMEDIATE"));
        QVERIFY(controller.start(kTask));
        const bool gotRefusal = refused.wait(30000);
        Sql::exec(test::db(), QStringLiteral("ROLLBACK"));
        QVERIFY(gotRefusal);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(refused.first().at(0).toString(), kTask);
        const QString message = refused.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("is busy: another cxcron process")), qPrintable(message));
        QVERIFY(!controller.isRunning());
    }
};

QTEST_MAIN(TestRunNow)
#include "tst_gui_runnow.moc"
