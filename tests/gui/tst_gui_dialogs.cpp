// SPDX-License-Identifier: GPL-3.0-or-later
// The details dialog (success and failure rows), "delete old executions" (counts and result)
// and the runtime language switch.
#include "connectionsettings.h"
#include "executiondetailsdialog.h"
#include "languagemenu.h"
#include "prunedialog.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "seed.h"
#include "translation.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

class TestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translation::install(QStringLiteral("en"));
    }

    void details_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("trace");
        QTest::addColumn<bool>("tree");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("success") << QStringLiteral("success")
                                 << QStringLiteral(R"({"delivered":3,"ids":[11,12,13]})") << QString()
                                 << QString() << true << QStringLiteral("\"delivered\": 3");
        QTest::newRow("failure") << QStringLiteral("failed") << QString()
                                 << QStringLiteral("DeliveryError: server unreachable")
                                 << QStringLiteral("#0 deliver() at delivery.cpp:42") << false
                                 << QStringLiteral("delivery.cpp:42");
    }

    void details()
    {
        QFETCH(QString, state);
        QFETCH(QString, output);
        QFETCH(QString, exception);
        QFETCH(QString, trace);
        QFETCH(bool, tree);
        QFETCH(QString, expectedText);
        test::freshDatabase(QStringLiteral("sqlite"));
        test::SeedRow row = test::makeRow(QStringLiteral("t:details"),
                                          QDateTime::currentDateTimeUtc().addSecs(-60), 1234, state);
        row.output = output;
        row.exception = exception;
        row.exceptionClass = exception.section(u':', 0, 0);
        row.trace = trace;
        test::seedRows({row});
        const qint64 id = test::scalar(QStringLiteral("SELECT MAX(id) FROM cron_logs")).toLongLong();

        ExecutionDetailsDialog dialog;
        QSignalSpy loaded(&dialog, &ExecutionDetailsDialog::loaded);
        dialog.loadExecution(id);
        QVERIFY(loaded.wait(10000));
        QVERIFY(dialog.isLoaded());
        QCOMPARE(dialog.stateText(), stateLabel(stateFromKey(state)));
        QCOMPARE(dialog.showsTree(), tree);
        QVERIFY(dialog.windowTitle().contains(QString::number(id)));
        if (exception.isEmpty()) {
            QVERIFY(dialog.outputText().contains(expectedText));
            QVERIFY(dialog.exceptionText().isEmpty());
        } else {
            QVERIFY(dialog.exceptionText().contains(exception));
            QVERIFY(dialog.exceptionText().contains(expectedText));
        }
        QVERIFY(dialog.clipboardText().contains(stateLabel(stateFromKey(state))));
    }

    void detailsOfAMissingRowSaysSo()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows({});
        ExecutionDetailsDialog dialog;
        QSignalSpy failed(&dialog, &ExecutionDetailsDialog::failed);
        dialog.loadExecution(999);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("999")));
        QVERIFY(!dialog.isLoaded());
    }

    void pruneCountsThenDeletes_data()
    {
        QTest::addColumn<int>("keepDays");
        QTest::addColumn<int>("keepLast");
        QTest::addColumn<bool>("allTasks");
        QTest::addColumn<int>("expected");
        // 60 old rows (20..79 days), 40 recent ones, one old running row, and another task.
        QTest::newRow("15 days, this task") << 15 << 10 << false << 60;
        QTest::newRow("45 days, this task") << 45 << 10 << false << 35;
        QTest::newRow("keep last 80 runs") << 15 << 80 << false << 20;
        QTest::newRow("15 days, all tasks") << 15 << 10 << true << 80;
    }

    void pruneCountsThenDeletes()
    {
        QFETCH(int, keepDays);
        QFETCH(int, keepLast);
        QFETCH(bool, allTasks);
        QFETCH(int, expected);
        test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<test::SeedRow> rows;
        rows << test::makeRow(QStringLiteral("t:prune"), now.addDays(-90), 0, QStringLiteral("running"));
        for (int i = 59; i >= 0; --i)
            rows << test::makeRow(QStringLiteral("t:prune"), now.addDays(-(20 + i)).addSecs(-3600));
        for (int i = 0; i < 40; ++i)
            rows << test::makeRow(QStringLiteral("t:prune"), now.addSecs(-3600 * (40 - i)));
        for (int i = 0; i < 30; ++i)
            rows << test::makeRow(QStringLiteral("t:other"), now.addDays(-(30 + i)));
        // Ids grow with time, as in production (Retention relies on it).
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        test::seedRows(rows);
        const qint64 before = test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toLongLong();

        PruneDialog dialog(QStringLiteral("t:prune"));
        QSignalSpy counted(&dialog, &PruneDialog::counted);
        dialog.setKeepDays(keepDays);
        dialog.setKeepLast(keepLast);
        dialog.setAllTasks(allTasks);
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() >= 0; }, 10000));
        QCOMPARE(dialog.pendingCount(), qint64(expected));
        QVERIFY(dialog.countText().contains(QString::number(expected)));
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toLongLong(),
                 before); // nothing yet

        QSignalSpy deleted(&dialog, &PruneDialog::deleted);
        dialog.startDelete();
        QVERIFY(deleted.wait(20000));
        QCOMPARE(deleted.first().at(0).toLongLong(), qint64(expected));
        QCOMPARE(deleted.first().at(1).toBool(), false);
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toLongLong(),
                 before - expected);
        QCOMPARE(
            test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")).toInt(),
            1);
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() == 0; }, 10000)); // recounted after
    }

    void languageSwitchChangesVisibleTexts()
    {
        ReportTableModel model;
        PruneDialog dialog(QStringLiteral("t:lang"));
        ReportFilterBar filters;
        LanguageMenu menu;
        QCOMPARE(model.headerData(int(ReportColumn::Duration), Qt::Horizontal).toString(),
                 QStringLiteral("Duration"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete old executions"));
        QCOMPARE(menu.title(), QStringLiteral("&Language"));

        menu.switchTo(QStringLiteral("fr"));
        QCoreApplication::processEvents(); // QEvent::LanguageChange is delivered to every widget
        QCOMPARE(Translation::current(), QStringLiteral("fr"));
        QCOMPARE(ConnectionSettings().language(), QStringLiteral("fr")); // remembered
        QCOMPARE(model.headerData(int(ReportColumn::Duration), Qt::Horizontal).toString(),
                 QStringLiteral("Durée"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Supprimer les anciennes exécutions"));
        QCOMPARE(menu.title(), QStringLiteral("&Langue"));
        QCOMPARE(filters.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("État :"));

        menu.switchTo(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete old executions"));
        QCOMPARE(filters.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("State:"));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_gui_dialogs.moc"
