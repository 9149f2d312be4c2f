// SPDX-License-Identifier: GPL-3.0-or-later
// The details dialog (success and failure rows) and the runtime language switch (the "delete
// old executions" dialog has its own test, tst_gui_prune).
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
#include <QPlainTextEdit>
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
        // Items failed: the summary is the run's result, beside the exception.
        QTest::newRow("failure with a result")
            << QStringLiteral("failed") << QStringLiteral(R"({"delivered":13,"errors":[{"item_id":4}]})")
            << QStringLiteral("DeliveryError: 1 of 14 items failed") << QStringLiteral("#0 deliver()") << true
            << QStringLiteral("1 of 14");
        // Recorded by an older version, the summary on one line of the trace: shown as a result.
        QTest::newRow("result left in the trace")
            << QStringLiteral("failed") << QString() << QStringLiteral("DeliveryError: 1 of 14 items failed")
            << QStringLiteral("{\"item_id\":4}\nResult: {\"delivered\":13}\n#0 deliver()") << true
            << QStringLiteral("#0 deliver()");
    }

    // The key error used to be cut off at the window's edge.
    void longErrorsWrap()
    {
        ExecutionDetailsDialog dialog;
        for (const char *name : {"exceptionText", "outputText"}) {
            auto *text = dialog.findChild<QPlainTextEdit *>(QLatin1String(name));
            QVERIFY(text);
            QCOMPARE(text->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        }
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
            QVERIFY(!dialog.exceptionText().contains(QLatin1String("Result: ")));
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
