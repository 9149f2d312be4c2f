// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as an administrator uses it: nothing of a previous database stays on screen,
// the report page keeps v1's Details and Run buttons, the keyboard works, the overview and the
// failures refresh themselves, and the window fits a short screen.
#include "demodatabase.h"
#include "durationchart.h"
#include "emptyplaceholder.h"
#include "executiontableview.h"
#include "failureswidget.h"
#include "faketask.h"
#include "format.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "runnowcontroller.h"
#include "seed.h"
#include "taskreportwidget.h"
#include "viewmenu.h"

#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        ConnectionProfile demo = ConnectionProfile::defaultSqlite();
        demo.filePath = path;
        Database::setProfile(demo);
        DemoDatabase::create(path);
        Database::closeThreadConnection();
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
