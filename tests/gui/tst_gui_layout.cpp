// SPDX-License-Identifier: GPL-3.0-or-later
// The layout holds on a 1024×640 screen and in French: every dialog fits the screen with its
// buttons in sight, no message widens the window, a temporary message is not hidden behind the
// run message, the columns show their whole header and contents, state badges are whole, and
// the demo database leaves room for the tasks.
#include "alertruleeditor.h"
#include "alertrulesdialog.h"
#include "connectiondialog.h"
#include "demodatabase.h"
#include "executiondetailsdialog.h"
#include "executiontableview.h"
#include "failureswidget.h"
#include "format.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "prunedialog.h"
#include "reporttablemodel.h"
#include "seed.h"
#include "statedelegate.h"
#include "taskdialog.h"
#include "taskreportwidget.h"
#include "translation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

/// @p dialog is on the screen, whole, and so are its buttons.
bool fits(QWidget *dialog, QString *why)
{
    QCoreApplication::processEvents();
    const QRect frame = dialog->frameGeometry();
    if (!available().contains(frame)) {
        *why = QStringLiteral("%1 at %2,%3 %4×%5 is not inside the screen")
                   .arg(QString::fromLatin1(dialog->metaObject()->className()))
                   .arg(frame.x())
                   .arg(frame.y())
                   .arg(frame.width())
                   .arg(frame.height());
        return false;
    }
    for (auto *buttons : dialog->findChildren<QDialogButtonBox *>()) {
        if (!buttons->isVisible())
            continue;
        const QRect inDialog(buttons->mapTo(dialog, QPoint(0, 0)), buttons->size());
        if (!dialog->rect().contains(inDialog)) {
            *why = QStringLiteral("%1: its buttons are cut off")
                       .arg(QString::fromLatin1(dialog->metaObject()->className()));
            return false;
        }
    }
    return true;
}

/// Every visible column of @p view is as wide as its header and its rows in sight ask for;
/// @p capped columns (long titles, host names: their tooltip has them) only as their header.
bool columnsWhole(QTableView *view, const QList<int> &capped, QString *why)
{
    const QAbstractItemView *base = view;
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->isColumnHidden(c) || header->sectionResizeMode(c) == QHeaderView::Stretch)
            continue;
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        const int needed = qMax(header->sectionSizeHint(c), base->sizeHintForColumn(c));
        if (view->columnWidth(c) < (capped.contains(c) ? header->sectionSizeHint(c) : needed)) {
            *why = QStringLiteral("column “%1” is %2 px, its header needs %3")
                       .arg(title)
                       .arg(view->columnWidth(c))
                       .arg(needed);
            return false;
        }
    }
    return true;
}

bool waitConnected(MainWindow &window, const ConnectionProfile &profile)
{
    QSignalSpy connected(&window, &MainWindow::connected);
    window.connectTo(profile);
    return connected.wait(15000) && QTest::qWaitFor(
                                        [&] {
                                            return window.overview()->model()->rowCount() > 0 &&
                                                   !window.overview()->model()->isLoading();
                                        },
                                        15000);
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(available().size(), QSize(1024, 640)); // see main()
    }

    void init()
    {
        QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui")).clear();
        Translation::install(QStringLiteral("en"));
    }

    void cleanup() { Translation::install(QStringLiteral("en")); }

    void everyDialogFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyDialogFitsTheScreen()
    {
        QFETCH(QString, language);
        Translation::install(language);
        test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows(
            {test::makeRow(QStringLiteral("t:one"), QDateTime::currentDateTimeUtc().addSecs(-60))});
        QString why;
        {
            ConnectionDialog dialog;
            ConnectionProfile p;
            p.driver = ConnectionProfile::Driver::MySql;
            p.host = QStringLiteral("127.0.0.1");
            p.database = QStringLiteral("shop");
            p.ssh.enabled = true; // the tallest form
            p.ssh.host = QStringLiteral("web.example.com");
            dialog.setProfile(p);
            dialog.setMessage(
                QStringLiteral("Access denied for user 'shop'@'localhost' (using password: YES)"));
            dialog.show();
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
        {
            TaskDialog dialog(TaskDialog::Mode::Add);
            dialog.show();
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
        {
            PruneDialog dialog(QStringLiteral("t:one"));
            dialog.show();
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
        {
            ExecutionDetailsDialog dialog;
            dialog.loadExecution(1);
            dialog.show();
            QVERIFY(QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000));
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
        {
            AlertRulesDialog dialog([] { return QStringList{QStringLiteral("t:one")}; });
            dialog.show();
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
        {
            AlertRuleEditor dialog({QStringLiteral("t:one")});
            dialog.show();
            QVERIFY2(fits(&dialog, &why), qPrintable(why));
        }
    }

    // A 2,000-character run message made the window 1067 px wide, for good.
    void noMessageWidensTheWindow()
    {
        const ConnectionProfile profile = test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({});
        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, profile));
        auto *runLabel = window.findChild<QLabel *>(QStringLiteral("runLabel"));
        QVERIFY(runLabel);
        const QString longMessage = QStringLiteral("history:prune: run #12 Failed: ") +
                                    QString(QStringLiteral("SQLSTATE[HY000] ")).repeated(120);
        runLabel->setText(longMessage);
        QCoreApplication::processEvents();
        QVERIFY2(window.minimumSizeHint().width() <= available().width(),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.frameGeometry().width() <= available().width());
        QCOMPARE(runLabel->text(), longMessage); // whole, for the tooltip

        // A temporary message (an export done) is shown whole, not behind the run message.
        const QString done = QStringLiteral("1,234 executions exported to /home/admin/history.csv");
        window.statusBar()->showMessage(done, 8000);
        QCoreApplication::processEvents();
        QCOMPARE(window.statusBar()->currentMessage(), done);
        QVERIFY(!runLabel->isVisible());
        window.statusBar()->clearMessage();
        QCoreApplication::processEvents();
        QVERIFY(runLabel->isVisible());
    }

    void columnsShowTheirHeaderAndStates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void columnsShowTheirHeaderAndStates()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        ConnectionProfile demo = ConnectionProfile::defaultSqlite();
        demo.filePath = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoDatabase::create(demo.filePath);
        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, demo));
        // The language is switched while the window is open, as from the Language menu.
        Translation::install(language);
        QCoreApplication::processEvents();
        QVERIFY(QTest::qWaitFor([&] { return !window.overview()->model()->isLoading(); }, 10000));
        QCoreApplication::processEvents();
        QString why;
        const QList<int> longTexts{OverviewModel::Title, OverviewModel::Name, OverviewModel::Schedule};
        QVERIFY2(columnsWhole(window.overview()->view(), longTexts, &why), qPrintable(why));
        const int badge = StateDelegate::columnWidth(window.overview()->view()->fontMetrics());
        QVERIFY(window.overview()->view()->columnWidth(OverviewModel::State) >= badge);
        // The success rate no longer takes every spare pixel.
        QVERIFY(window.overview()->view()->columnWidth(OverviewModel::SuccessRate) < 250);

        window.overview()->selectTask(window.overview()->model()->taskName(0));
        ReportTableModel *report = window.report()->model();
        QVERIFY(QTest::qWaitFor([&] { return !report->isLoading() && report->rowCount() > 0; }, 10000));
        QCoreApplication::processEvents();
        const QList<int> names{int(ReportColumn::Who), int(ReportColumn::Host),
                               ReportTableModel::TaskSection};
        QVERIFY2(columnsWhole(window.report()->view(), names, &why), qPrintable(why));
        QVERIFY(window.report()->view()->columnWidth(int(ReportColumn::State)) >= badge);

        window.topTabs()->setCurrentWidget(window.failures());
        QVERIFY(QTest::qWaitFor([&] { return window.failures()->count() >= 0; }, 10000));
        QCoreApplication::processEvents();
        QVERIFY2(columnsWhole(window.failures()->view(), names, &why), qPrintable(why));
        auto *period = window.failures()->findChild<QComboBox *>(QStringLiteral("failuresPeriod"));
        QVERIFY(period);
        for (int i = 0; i < period->count(); ++i)
            QVERIFY2(period->width() >= period->fontMetrics().horizontalAdvance(period->itemText(i)) + 20,
                     qPrintable(period->itemText(i)));
    }

    // Both banners at 1024×640 left room for two task rows.
    void theDemoLeavesRoomForTheTasks()
    {
        QTemporaryDir dir;
        ConnectionProfile demo = ConnectionProfile::defaultSqlite();
        demo.filePath = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoDatabase::create(demo.filePath);
        MainWindow window(AppContext::catalog());
        window.show();
        QVERIFY(waitConnected(window, demo));
        QCoreApplication::processEvents();
        QVERIFY(window.overview()->demoNoticeVisible());
        QVERIFY(!window.overview()->runnerWarningVisible()); // made-up data: no runner expected
        QTableView *view = window.overview()->view();
        const int rows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= qMin(4, window.overview()->model()->rowCount()),
                 qPrintable(QStringLiteral("%1 rows; viewport %2, tabs %3, window %4")
                                .arg(rows)
                                .arg(view->viewport()->height())
                                .arg(window.topTabs()->height())
                                .arg(window.height())));
    }
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
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_layout.moc"
