// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as an administrator uses it: nothing of a previous database stays on screen,
// the report page keeps v1's Details and Run buttons, the keyboard works, the overview and the
// failures refresh themselves, and the window fits a short screen.
#include "demodatabase.h"
#include "durationchart.h"
#include "emptyplaceholder.h"
#include "executiondetailsdialog.h"
#include "executiontableview.h"
#include "failureswidget.h"
#include "faketask.h"
#include "format.h"
#include "historyrepository.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "runnowactions.h"
#include "runnowcontroller.h"
#include "seed.h"
#include "taskreportwidget.h"
#include "taskstore.h"
#include "viewmenu.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

const QString kTask = QStringLiteral("fake:report");
const QString kOther = QStringLiteral("fake:other");

AppContext fakeContext()
{
    TaskRegistry registry;
    for (const QString &name : {kTask, kOther})
        registry.add(std::make_shared<test::FakeTask>(name, Schedule::everyMinutes(1),
                                                      [](TaskContext &) { return QJsonObject(); }));
    return AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester"));
}

QList<test::SeedRow> someRuns(const QString &task, int count,
                              const QString &state = QStringLiteral("success"))
{
    QList<test::SeedRow> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i)
        rows << test::makeRow(task, now.addSecs(-60 * (count - i)), 100, state);
    return rows;
}

/// A fresh demo database in @p dir, and the profile that opens it.
ConnectionProfile createDemo(const QTemporaryDir &dir)
{
    ConnectionProfile demo = ConnectionProfile::defaultSqlite();
    demo.filePath = dir.filePath(QStringLiteral("demo.sqlite"));
    Database::setProfile(demo);
    DemoDatabase::create(demo.filePath);
    Database::closeThreadConnection();
    return demo;
}

bool waitConnected(MainWindow &window, const ConnectionProfile &profile)
{
    QSignalSpy connected(&window, &MainWindow::connected);
    window.connectTo(profile);
    return connected.wait(15000) &&
           QTest::qWaitFor([&] { return window.overview()->model()->rowCount() > 0; }, 15000);
}

bool waitReportRows(MainWindow &window, int rows)
{
    ReportTableModel *model = window.report()->model();
    return QTest::qWaitFor(
        [&] { return !model->isLoading() && model->rowCount() == rows && model->totalCount() == rows; },
        15000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui")).clear();
        Format::setDisplayZone(QTimeZone::systemTimeZone());
        m_profile = test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows(someRuns(kTask, 5) + someRuns(kOther, 2, QStringLiteral("failed")));
    }

    // A failed connection used to leave the old rows under the new title.
    void aFailedConnectionClearsWhatWasShown()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));

        ConnectionProfile broken = ConnectionProfile::defaultSqlite();
        broken.filePath = QStringLiteral("/nonexistent-dir/sub/cxcron.sqlite");
        QSignalSpy failed(&window, &MainWindow::connectionFailed);
        window.connectTo(broken);
        QCOMPARE(window.overview()->model()->rowCount(), 0); // at once, not after the failure
        QCOMPARE(window.report()->model()->rowCount(), 0);
        QVERIFY(failed.wait(15000));
        QVERIFY(!window.errorText().isEmpty());
        QCOMPARE(window.overview()->model()->rowCount(), 0);
        QCOMPARE(window.report()->model()->rowCount(), 0);
        QVERIFY(window.report()->task().isEmpty());
        QCOMPARE(window.failures()->model()->rowCount(), 0);
    }

    // Connecting to a database without runs used to keep the previous database's report.
    // The demo's last-run message stayed while connected to MariaDB, and the chart kept the
    // previous task's time axis.
    void aNewConnectionClearsMessagesAndTheChart()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        DurationChart *chart = window.report()->chart();
        QVERIFY(QTest::qWaitFor([&] { return chart->pointCount() == 5; }, 10000));
        QVERIFY(chart->timeAxisShown());
        QSignalSpy finished(window.runNowController(), &RunNowController::finished);
        window.runTask(kTask);
        QVERIFY(finished.wait(15000));
        auto *runLabel = window.findChild<QLabel *>(QStringLiteral("runLabel"));
        QVERIFY(runLabel);
        QVERIFY(runLabel->text().contains(kTask));
        window.statusBar()->showMessage(QStringLiteral("a message of the first database"));

        const ConnectionProfile other = test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({});
        QVERIFY(waitConnected(window, other));
        QVERIFY2(runLabel->text().isEmpty(), qPrintable(runLabel->text()));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 0));
        QTest::qWait(300); // the chart's own read
        QCOMPARE(chart->pointCount(), 0);
        QVERIFY(!chart->timeAxisShown());
    }

    // A cancelled run is neither a failure nor a success: not in Recent failures, not in the
    // success rate; rows written before the state existed (failed, TaskCancelled) stay failures.
    void aCancelledRunIsNotAFailure()
    {
        const ConnectionProfile profile = test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<test::SeedRow> rows{test::makeRow(kTask, now.addSecs(-400)),
                                  test::makeRow(kTask, now.addSecs(-300)),
                                  test::makeRow(kTask, now.addSecs(-200), 50, QStringLiteral("cancelled")),
                                  test::makeRow(kTask, now.addSecs(-100), 50, QStringLiteral("failed"))};
        rows.last().exceptionClass = QStringLiteral("TaskCancelled"); // an old row: stays as it was
        test::seedRows(rows);
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, profile));
        OverviewModel *overview = window.overview()->model();
        const int row = overview->rowOfTask(kTask);
        QCOMPARE(overview->overview().rows.at(row).week.cancelled, 1);
        QCOMPARE(overview->overview().rows.at(row).week.failed, 1);
        QCOMPARE(overview->index(row, OverviewModel::SuccessRate).data().toString(),
                 OverviewModel::tr("%1 %").arg(QLocale().toString(2.0 / 3 * 100.0, 'f', 1)));
        QCOMPARE(overview->index(row, OverviewModel::State).data().toString(), stateLabel(ExecState::Failed));
        QVERIFY(QTest::qWaitFor([&] { return window.failures()->count() >= 0; }, 10000));
        QCOMPARE(window.failures()->count(), 1);
        // The report names the state, and its filter offers it.
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 4));
        QCOMPARE(stateKey(window.report()->model()->execution(1).state), QStringLiteral("cancelled"));
        QCOMPARE(stateLabel(ExecState::Cancelled), QStringLiteral("Cancelled"));
        auto *states = window.report()->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        QVERIFY(states);
        QVERIFY(states->findText(stateLabel(ExecState::Cancelled)) >= 0);
    }

    // Ids follow the insert, not the start: a run recorded late (another host, an import) must
    // still be listed by when it started.
    void newestFirstMeansByStartTime()
    {
        const ConnectionProfile profile = test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::seedRows({test::makeRow(kTask, now.addSecs(-600), 10, QStringLiteral("failed")),    // id 1
                        test::makeRow(kTask, now.addSecs(-50000), 10, QStringLiteral("failed")),  // id 2
                        test::makeRow(kTask, now.addSecs(-3600), 10, QStringLiteral("failed"))}); // id 3
        const QList<qint64> expected{1, 3, 2};
        HistoryFilter filter;
        QList<qint64> listed;
        for (const Execution &e : HistoryRepository::list(test::db(), filter))
            listed << e.id;
        QCOMPARE(listed, expected); // cxcron history
        filter.beforeId = 1;
        listed.clear();
        for (const Execution &e : HistoryRepository::list(test::db(), filter))
            listed << e.id;
        QCOMPARE(listed, (QList<qint64>{3, 2})); // the next page
        QCOMPARE(HistoryRepository::lastRun(test::db(), kTask)->id, 1);

        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, profile));
        FailuresWidget *failures = window.failures();
        QVERIFY(QTest::qWaitFor([&] { return failures->count() == 3 && failures->model()->rowCount() == 3; },
                                10000));
        listed.clear();
        for (int i = 0; i < failures->model()->rowCount(); ++i)
            listed << failures->model()->execution(i).id;
        QCOMPARE(listed, expected); // Recent failures
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 3));
        listed.clear();
        for (int i = 0; i < 3; ++i)
            listed << window.report()->model()->execution(i).id;
        QCOMPARE(listed, expected); // the task's report
    }

    void detailsOpensTheSelectedRunOrSaysWhy()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        auto *details = window.findChild<QAction *>(QStringLiteral("actionDetails"));
        QVERIFY(details);
        // Nothing selected: told so, no dialog.
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        window.report()->view()->setCurrentIndex({});
        window.statusBar()->clearMessage();
        details->trigger();
        QVERIFY(window.findChildren<ExecutionDetailsDialog *>().isEmpty());
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());

        // A row selected in Recent failures, with that tab shown: that run.
        FailuresWidget *failures = window.failures();
        QVERIFY(QTest::qWaitFor([&] { return failures->model()->rowCount() == 2; }, 10000));
        window.topTabs()->setCurrentWidget(failures);
        failures->view()->setCurrentIndex(failures->model()->index(1, 0));
        const qint64 wanted = failures->model()->execution(1).id;
        details->trigger();
        const auto dialogs = window.findChildren<ExecutionDetailsDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return dialogs.first()->isLoaded(); }, 10000));
        QCOMPARE(dialogs.first()->executionId(), wanted);
        dialogs.first()->close();
    }

    void aStartedRunShowsAtOnce()
    {
        TaskRegistry registry;
        registry.add(std::make_shared<test::FakeTask>(kTask, Schedule::everyMinutes(1), [](TaskContext &) {
            QThread::msleep(2500);
            return QJsonObject();
        }));
        MainWindow window(AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester")));
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        QSignalSpy finished(window.runNowController(), &RunNowController::finished);
        window.runTask(kTask);
        ReportTableModel *report = window.report()->model();
        // Well before the report's own 10-second refresh.
        const bool shownAtOnce = QTest::qWaitFor(
            [&] { return report->rowCount() == 6 && report->execution(0).state == ExecState::Running; },
            2000);
        QVERIFY(finished.wait(15000)); // the run ends before the window goes, whatever the outcome
        QVERIFY(shownAtOnce);
    }

    // With no zone recorded by a runner, the "CMS zone" was labelled with this computer's zone.
    void anUnrecordedZoneStaysUnknown()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        QVERIFY(!window.overview()->model()->overview().scheduleZone.isValid());
        bool saysUnknown = false;
        for (QAction *a : window.viewMenu()->actions())
            saysUnknown =
                saysUnknown ||
                a->text() == ViewMenu::tr("Times in the CMS's zone (not known until the runner has run)");
        QVERIFY(saysUnknown);
    }

    void tabReachesTheFiltersBeforeTheRunButton()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        const auto nextStop = [](QWidget *from) {
            QWidget *w = from;
            do {
                w = w->nextInFocusChain();
            } while (w != from && (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled() ||
                                   qobject_cast<QTabBar *>(w) || qobject_cast<QTabWidget *>(w)));
            return w; // (the Tasks / Recent failures tabs come between: fine)
        };
        QWidget *next = nextStop(window.overview()->view());
        QVERIFY2(window.report()->findChild<ReportFilterBar *>()->isAncestorOf(next),
                 next->metaObject()->className());
        QCOMPARE(nextStop(window.report()->view())->objectName(), QStringLiteral("reportRunButton"));
    }

    void exportIsOfferedOnlyWithRuns()
    {
        MainWindow window(fakeContext());
        window.show();
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(!exportAction->isEnabled()); // nothing connected
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        QVERIFY(exportAction->isEnabled());
        // The English list of file types names each format once.
        QStringList types;
        QTimer::singleShot(100, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            types = dialog->nameFilters();
            dialog->reject();
        });
        exportAction->trigger();
        QVERIFY(!types.isEmpty());
        QCOMPARE(QSet<QString>(types.cbegin(), types.cend()).size(), types.size());
    }

    void anEmptyDatabaseShowsNoRunsOfAnotherOne()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));

        const ConnectionProfile empty = test::freshDatabase(QStringLiteral("sqlite"));
        QVERIFY(waitConnected(window, empty));
        QVERIFY(QTest::qWaitFor([&] { return !window.report()->model()->isLoading(); }, 10000));
        QTest::qWait(300);
        QCOMPARE(window.report()->model()->rowCount(), 0);
        QVERIFY(window.report()->model()->totalCount() <= 0);
    }

    void theTitleNamesTheConnectionOnce()
    {
        MainWindow window(fakeContext());
        window.connectTo(m_profile);
        // The platform appends the application name; the title must not carry it as well.
        QVERIFY2(!window.windowTitle().contains(QLatin1String("cxcron")), qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().contains(m_profile.redactedUrl()));
    }

    void everyRowHasADetailsButtonAndTheReportARunButton()
    {
        MainWindow window(fakeContext());
        window.resize(1100, 800);
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        ExecutionTableView *table = window.report()->table();
        QVERIFY(!table->isColumnHidden(ReportTableModel::DetailsSection));
        const QModelIndex button = table->model()->index(2, ReportTableModel::DetailsSection);
        QCOMPARE(button.data().toString(), ReportTableModel::tr("Details"));

        QSignalSpy details(window.report(), &TaskReportWidget::detailsRequested);
        const QRect cell = table->visualRect(button);
        QVERIFY(table->viewport()->rect().contains(cell)); // on screen, not scrolled away
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(details.count(), 1);
        QCOMPARE(details.first().first().toLongLong(),
                 button.data(ReportTableModel::ExecutionIdRole).toLongLong());

        QPushButton *run = window.report()->runButton();
        QVERIFY(run->isVisible());
        QVERIFY(run->isEnabled());
        QSignalSpy started(window.runNowController(), &RunNowController::started);
        QSignalSpy finished(window.runNowController(), &RunNowController::finished);
        run->click();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toString(), kTask);
        QVERIFY(!run->isEnabled()); // no second click while it runs
        QVERIFY(finished.wait(15000));
        QVERIFY(run->isEnabled());
    }

    // A task only the history still names cannot be run, from the toolbar or from the report.
    void aRemovedTaskCannotBeRun()
    {
        test::seedRows(someRuns(QStringLiteral("fake:gone"), 2));
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        QVERIFY(QTest::qWaitFor(
            [&] { return window.overview()->model()->rowOfTask(QStringLiteral("fake:gone")) >= 0; }, 10000));
        window.overview()->selectTask(kTask);
        QVERIFY(window.runNowAction()->isEnabled());
        QVERIFY(window.report()->runButton()->isEnabled());
        window.overview()->selectTask(QStringLiteral("fake:gone"));
        QVERIFY(!window.runNowAction()->isEnabled());
        QVERIFY(!window.report()->runButton()->isEnabled());
    }

    void enterOpensTheDetailsAndTabLeavesTheTable()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        QVERIFY(!window.overview()->view()->tabKeyNavigation());
        QVERIFY(!window.report()->view()->tabKeyNavigation());

        // Enter on a task moves to its runs; Enter on a run opens it.
        window.overview()->view()->setFocus();
        QTest::keyClick(window.overview()->view(), Qt::Key_Return);
        QVERIFY(window.report()->view()->hasFocus());
        window.report()->view()->setCurrentIndex(window.report()->model()->index(1, 0));
        QSignalSpy details(window.report(), &TaskReportWidget::detailsRequested);
        QTest::keyClick(window.report()->view(), Qt::Key_Return);
        QCOMPARE(details.count(), 1);
        QCOMPARE(details.first().first().toLongLong(), window.report()->model()->execution(1).id);
    }

    void anEmptyResultSaysSo()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->selectTask(kTask);
        QVERIFY(waitReportRows(window, 5));
        window.report()->filterBar()->setText(QStringLiteral("no run has this text"));
        QVERIFY(waitReportRows(window, 0));
        EmptyPlaceholder *placeholder = window.report()->table()->placeholder();
        QVERIFY(QTest::qWaitFor([&] { return placeholder->isVisible(); }, 5000));
        QCOMPARE(placeholder->text(), TaskReportWidget::tr("No execution matches these filters."));
    }

    // "Running" and "in 54 s" used to stay on screen until F5.
    void theOverviewRefreshesItself()
    {
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        window.overview()->setAutoRefreshSeconds(5);
        OverviewModel *model = window.overview()->model();
        const int row = model->rowOfTask(kTask);
        const QString before = model->index(row, OverviewModel::LastRun).data().toString();
        test::SeedRow fresh =
            test::makeRow(kTask, QDateTime::currentDateTimeUtc(), 50, QStringLiteral("failed"));
        test::seedRows({fresh});
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model->index(model->rowOfTask(kTask), OverviewModel::State).data().toString() ==
                       stateLabel(ExecState::Failed);
            },
            12000));
        QVERIFY(model->index(model->rowOfTask(kTask), OverviewModel::LastRun).data().toString() != before);
    }

    void recentFailuresListEveryTask()
    {
        test::seedRows({[] {
            test::SeedRow old = test::makeRow(kTask, QDateTime::currentDateTimeUtc().addDays(-40), 10,
                                              QStringLiteral("failed"));
            return old;
        }()});
        test::seedRows(someRuns(kTask, 1, QStringLiteral("interrupted")));
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        FailuresWidget *failures = window.failures();
        QVERIFY(QTest::qWaitFor([&] { return failures->count() >= 0 && !failures->model()->isLoading(); },
                                10000));
        // Two failed runs of one task and an interrupted run of the other, not the 40-day-old one.
        QCOMPARE(failures->count(), 3);
        QSet<QString> tasks;
        for (int i = 0; i < failures->model()->rowCount(); ++i)
            tasks << failures->model()->execution(i).task;
        QCOMPARE(tasks, (QSet<QString>{kTask, kOther}));
        QVERIFY(!failures->view()->isColumnHidden(ReportTableModel::TaskSection));
        QVERIFY(window.topTabs()->tabText(1).contains(QLatin1String("3")));
    }

    // A short screen: the chart is hidden at first start and the window fits.
    void theWindowFitsAShortScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.height(), 640); // see main()
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(!window.report()->chart()->isVisible());
        QVERIFY(window.frameGeometry().height() <= available.height());
        QVERIFY(window.minimumSizeHint().height() <= available.height());
        window.viewMenu()->chartAction()->setChecked(true);
        QVERIFY(window.report()->chart()->isVisible());
    }

    // The heading kept the English title after switching to French.
    void aLanguageSwitchRetitlesTheReport()
    {
        QTemporaryDir dir;
        const ConnectionProfile demo = createDemo(dir);
        LanguageMenu::apply(QStringLiteral("en"));
        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, demo));
        window.overview()->selectTask(QStringLiteral("invoices:delivery"));
        QVERIFY(window.overview()->demoNoticeVisible());
        auto *heading = window.report()->findChildren<QLabel *>().value(0);
        QVERIFY(heading);
        QVERIFY(QTest::qWaitFor([&] { return heading->text().contains(QLatin1String("Deliver")); }, 5000));
        LanguageMenu menu;
        menu.switchTo(QStringLiteral("fr"));
        QVERIFY2(QTest::qWaitFor([&] { return heading->text().contains(QStringLiteral("Livrer")); }, 10000),
                 qPrintable(heading->text()));
        menu.switchTo(QStringLiteral("en"));
    }

    // The demo's daily tasks showed yesterday's run once today's time had passed, as if the
    // runner had stopped: the made-up history is that of a runner that ran every slot so far.
    void theDemoShowsTodaysDailyRuns()
    {
        QTemporaryDir dir;
        const ConnectionProfile demo = createDemo(dir);
        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, demo));
        const OverviewModel *model = window.overview()->model();
        const QDateTime now = model->nowUtc();
        const QDateTime thisMinute =
            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
        int daily = 0;
        for (const auto &task : TaskRegistry::builtin().tasks()) {
            const Schedule schedule = task->defaultSchedule();
            if (schedule.isInterval())
                continue;
            const QDateTime due = schedule.latestSlot(now, QTimeZone::systemTimeZone());
            if (due >= thisMinute)
                continue; // due now: left for `cxcron run`
            ++daily;
            const int row = model->rowOfTask(task->name());
            QVERIFY2(row >= 0, qPrintable(task->name()));
            const std::optional<Execution> last = model->overview().rows.at(row).lastRun;
            QVERIFY2(last, qPrintable(task->name()));
            QVERIFY2(last->scheduledFor == due,
                     qPrintable(task->name() + QStringLiteral(": last run for ") +
                                last->scheduledFor.toString(Qt::ISODate) + QStringLiteral(", due ") +
                                due.toString(Qt::ISODate)));
            const QString shown = model->index(row, OverviewModel::LastRun).data().toString();
            QVERIFY2(shown.startsWith(Format::localTime(last->startAt)), qPrintable(shown));
        }
        QVERIFY(daily >= 2); // invoices:cancel-stale and history:prune
    }

    // Deleting the window while a Run now went on: the controller, deleted among the window's
    // children, cancelled the run and its signals reached widgets already gone.
    void deletingTheWindowDuringARunIsSafe()
    {
        const QString slow = QStringLiteral("fake:long");
        TaskRegistry registry;
        registry.add(std::make_shared<test::FakeTask>(slow, Schedule::everyMinutes(1), [](TaskContext &ctx) {
            int done = 0;
            for (; done < 400 && !ctx.isCancelled(); ++done) {
                ctx.setProgress(done, 400);
                QThread::msleep(25);
            }
            return QJsonObject{{QStringLiteral("items_done"), done}};
        }));
        auto *window =
            new MainWindow(AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester")));
        window->show();
        QSignalSpy connected(window, &MainWindow::connected);
        window->connectTo(m_profile);
        QVERIFY(connected.wait(15000));
        QVERIFY(QTest::qWaitFor([&] { return window->overview()->model()->rowOfTask(slow) >= 0; }, 15000));
        QSignalSpy started(window->runNowController(), &RunNowController::started);
        window->runTask(slow);
        QCOMPARE(started.count(), 1);
        const auto state = [&] {
            return test::scalar(QStringLiteral("SELECT state FROM cron_logs WHERE name = ? ORDER BY id DESC"),
                                {slow})
                .toString();
        };
        QVERIFY(QTest::qWaitFor([&] { return state() == QLatin1String("running"); }, 10000));
        QTest::qWait(200); // progress under way
        // Whatever the run still says while the window is destroyed must not reach its
        // showRunState(): its members are freed by then (valgrind: an invalid read of m_ui).
        auto *actions = window->findChild<RunNowActions *>();
        QVERIFY(actions);
        bool deleting = false;
        bool reached = false;
        connect(actions, &RunNowActions::changed, this, [&] { reached = reached || deleting; });
        deleting = true;
        delete window;
        deleting = false;
        QTest::qWait(1000); // whatever the run's threads queued for the window
        QVERIFY2(!reached, "the run's signals reached the window while it was being destroyed");
        QVERIFY2(state() == QLatin1String("cancelled"), qPrintable(state()));
    }

    // A task removed with `cxcron task remove` was listed under its bare name: its history is
    // shown under the title it last had, marked removed.
    void aRemovedTaskKeepsItsTitle()
    {
        const QSqlDatabase db = test::db();
        TaskDefinition backup;
        backup.name = QStringLiteral("backup:nightly");
        backup.title = QStringLiteral("Nightly backup of the uploads");
        backup.program = QStringLiteral("/bin/true");
        backup.schedule = QStringLiteral("0 2 * * *");
        try {
            TaskStore::add(db, backup);
            test::seedRows(someRuns(backup.name, 2) + someRuns(QStringLiteral("services:renewals"), 1) +
                           someRuns(QStringLiteral("custom:unknown"), 1));
            TaskStore::remove(db, backup.name);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        Database::closeThreadConnection();

        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        const OverviewModel *model = window.overview()->model();
        QVERIFY(
            QTest::qWaitFor([&] { return model->rowOfTask(QStringLiteral("custom:unknown")) >= 0; }, 10000));
        const auto title = [&](const QString &name) {
            return model->index(model->rowOfTask(name), OverviewModel::Title).data().toString();
        };
        QCOMPARE(title(backup.name), QStringLiteral("Nightly backup of the uploads (removed)"));
        // Removed before titles were recorded: the CMS's schedule still names it.
        QCOMPARE(title(QStringLiteral("services:renewals")),
                 QStringLiteral("Create renewal invoices (removed)"));
        QCOMPARE(title(QStringLiteral("custom:unknown")), QStringLiteral("custom:unknown (removed)"));
        window.overview()->selectTask(backup.name);
        QCOMPARE(window.overview()->currentTitle(),
                 QStringLiteral("Nightly backup of the uploads (removed)"));
    }

    // A runner that fails every minute records nothing: the banner says so, and where its
    // errors are (the docs' crontab line and the systemd units send them to the system log).
    void aSilentRunnerIsShownWithWhereToLook()
    {
        m_profile = test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({test::makeRow(kTask, QDateTime::currentDateTimeUtc().addSecs(-12 * 60 - 20))});
        MainWindow window(fakeContext());
        window.show();
        QVERIFY(waitConnected(window, m_profile));
        OverviewWidget *overview = window.overview();
        QVERIFY(overview->runnerWarningVisible());
        QVERIFY2(overview->runnerWarningText().contains(QLatin1String("12 minute")),
                 qPrintable(overview->runnerWarningText()));
        QVERIFY2(overview->runnerWarningText().contains(QLatin1String("journalctl -t cxcron")),
                 qPrintable(overview->runnerWarningText()));

        const ConnectionProfile never = test::freshDatabase(QStringLiteral("sqlite"));
        test::SeedRow manual = test::makeRow(kTask, QDateTime::currentDateTimeUtc().addSecs(-30));
        manual.trigger = QStringLiteral("manual");
        test::seedRows({manual});
        Database::closeThreadConnection();
        QVERIFY(waitConnected(window, never));
        QVERIFY(overview->runnerWarningVisible());
        QVERIFY2(overview->runnerWarningText().contains(QLatin1String("never recorded")),
                 qPrintable(overview->runnerWarningText()));
        QVERIFY2(overview->runnerWarningText().contains(QLatin1String("journalctl -t cxcron")),
                 qPrintable(overview->runnerWarningText()));

        // Seen a minute ago: no banner.
        test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({test::makeRow(kTask, QDateTime::currentDateTimeUtc().addSecs(-60))});
        Database::closeThreadConnection();
        QVERIFY(waitConnected(window, Database::profile()));
        QVERIFY(!overview->runnerWarningVisible());
    }

    // A run still going on was drawn with a duration of 0; an empty chart showed a time axis.
    void theChartDrawsEndedRunsOnly()
    {
        DurationChart chart;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-600);
        chart.setPoints({ChartPoint{start, 1200, ExecState::Success},
                         ChartPoint{start.addSecs(60), 900, ExecState::Failed},
                         ChartPoint{start.addSecs(120), -1, ExecState::Running}});
        QCOMPARE(chart.pointCount(), 3);
        QCOMPARE(chart.drawnPointCount(), 2);
        QVERIFY(chart.timeAxisShown());
        chart.setPoints({});
        QCOMPARE(chart.drawnPointCount(), 0);
        QVERIFY(!chart.timeAxisShown());
    }

    void chartTicksAreDistinct_data()
    {
        QTest::addColumn<qint64>("maxMs");
        QTest::newRow("sub-second") << qint64(340);
        QTest::newRow("seconds") << qint64(2600);
        QTest::newRow("a few ms") << qint64(4);
        QTest::newRow("minutes") << qint64(11 * 60000);
    }

    // "0, 0, 1, 1, 1" for sub-second tasks.
    void chartTicksAreDistinct()
    {
        QFETCH(qint64, maxMs);
        DurationChart chart;
        QList<ChartPoint> points;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 60; ++i)
            points << ChartPoint{start.addSecs(60 * i), maxMs * (i % 7) / 6, ExecState::Success};
        chart.setPoints(points);
        QStringList labels;
        for (int i = 0; i < chart.valueTickCount(); ++i)
            labels << chart.valueAxisLabel(i);
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        QVERIFY2(chart.title().contains(QLatin1String("60")), qPrintable(chart.title()));
    }

private:
    ConnectionProfile m_profile;
};

// The whole suite runs on a 1024×640 screen, the smallest an administrator's laptop offers.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens":[{"name":"small","x":0,"y":0,"width":1024,"height":640,)"
                   R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})") < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_mainwindow.moc"
