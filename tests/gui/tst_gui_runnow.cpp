// SPDX-License-Identifier: GPL-3.0-or-later
// "Run now" runs on the thread pool: the event loop keeps turning, the report gets the new
// manual row, and a second run while the first is going on is refused politely.
#include "faketask.h"
#include "reporttablemodel.h"
#include "runnowcontroller.h"
#include "seed.h"

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

AppContext slowContext()
{
    TaskRegistry registry;
    registry.add(std::make_shared<test::FakeTask>(kTask, Schedule::everyMinutes(5), [](TaskContext &) {
        QThread::msleep(300);
        return QJsonObject{{QStringLiteral("done"), true}};
    }));
    return AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester"));
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

        RunNowController controller(slowContext());
        QSignalSpy finished(&controller, &RunNowController::finished);
        QSignalSpy refused(&controller, &RunNowController::refused);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(controller.start(kTask));
        QVERIFY2(clock.elapsed() < 150, "start() must return at once");
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
};

QTEST_MAIN(TestRunNow)
#include "tst_gui_runnow.moc"
