// SPDX-License-Identifier: GPL-3.0-or-later
// The details of a running execution, whoever runs it: its output as it comes, refreshed off the
// GUI thread, and "Cancel run", which reaches the run's runner through the database, says
// "Cancelling…" and shows the cancelled record once the run ended.
#include "commandtask.h"
#include "database.h"
#include "executiondetailsdialog.h"
#include "historyrepository.h"
#include "runner.h"
#include "seed.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <thread>

using namespace cxcron;
using namespace cxcron::gui;

class TestLiveRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
    }

    void runningExecutionShowsItsOutputAndCanBeCancelled()
    {
        QTemporaryDir dir;
        TaskDefinition d;
        d.name = QStringLiteral("c:talk");
        d.program = test::writeScript(dir, QStringLiteral("talk.sh"),
                                      "i=0\nwhile true; do i=$((i+1)); echo \"line $i\"; sleep 0.2; done\n");
        TaskRegistry registry;
        registry.add(std::make_shared<CommandTask>(d, CmsSite()));
        RunnerOptions options;
        options.who = QStringLiteral("cron");
        Runner runner(registry, std::make_shared<DatabaseClock>(), options);
        // A runner of its own, as another process or host would run it.
        RunOutcome outcome;
        std::thread thread([&] {
            outcome = runner.runNow(d.name, Trigger::Cli);
            Database::closeThreadConnection();
        });
        const auto stopRunner = qScopeGuard([&] {
            runner.cancel();
            thread.join();
        });
        qint64 id = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                id = test::scalar(QStringLiteral("SELECT id FROM cron_logs WHERE state = 'running'"))
                         .toLongLong();
                return id > 0;
            },
            10000));

        ExecutionDetailsDialog dialog;
        dialog.setLiveInterval(300);
        dialog.setWho(QStringLiteral("erin@desk"));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        dialog.loadExecution(id);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
        QCOMPARE(dialog.stateText(), stateLabel(ExecState::Running));
        QVERIFY(dialog.isWatching());
        QVERIFY(dialog.canCancel());
        QVERIFY(QTest::qWaitFor([&] { return dialog.liveText().contains(QStringLiteral("line 3")); }, 15000));
        const QString first = dialog.liveText();
        QVERIFY(QTest::qWaitFor([&] { return dialog.liveText().size() > first.size(); }, 10000)); // it moves
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("event loop stalled: %1 ticks").arg(ticks)));
        // While it runs, the duration counts the time since the start.
        auto *duration = dialog.findChild<QLabel *>(QStringLiteral("durationValue"));
        QVERIFY(duration);
        QVERIFY2(duration->text().contains(ExecutionDetailsDialog::tr("%1 so far").arg(QString()).trimmed()),
                 qPrintable(duration->text()));

        dialog.cancelRun();
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.cancelButtonText() == ExecutionDetailsDialog::tr("Cancelling…"); }, 5000));
        QVERIFY(!dialog.canCancel());
        // The runner stops it within seconds; the dialog then shows the record.
        QVERIFY(
            QTest::qWaitFor([&] { return dialog.stateText() == stateLabel(ExecState::Cancelled); }, 15000));
        QVERIFY(!dialog.isWatching());
        QVERIFY(!dialog.canCancel());
        QVERIFY2(dialog.exceptionText().contains(QStringLiteral("TaskCancelled")),
                 qPrintable(dialog.exceptionText()));
        QVERIFY2(dialog.exceptionText().contains(QStringLiteral("erin@desk")),
                 qPrintable(dialog.exceptionText()));
        const auto e = HistoryRepository::get(test::db(), id);
        QCOMPARE(e->state, ExecState::Cancelled);
    }

    void endedExecutionHasNoLiveView()
    {
        test::seedRows({test::makeRow(QStringLiteral("t"), QDateTime::currentDateTimeUtc().addSecs(-60))});
        const qint64 id = test::scalar(QStringLiteral("SELECT MAX(id) FROM cron_logs")).toLongLong();
        ExecutionDetailsDialog dialog;
        dialog.loadExecution(id);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
        QVERIFY(!dialog.isWatching());
        QVERIFY(!dialog.canCancel());
    }
};

QTEST_MAIN(TestLiveRun)
#include "tst_gui_liverun.moc"
