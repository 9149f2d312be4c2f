// SPDX-License-Identifier: GPL-3.0-or-later
// The alert rules dialog (rules and their delivery status from the database, add and remove off
// the GUI thread), the rule editor's validation, and the desktop notifier (a failure recorded
// after its first poll is notified once; a silent runner is reported).
#include "alertruleeditor.h"
#include "alertrulesdialog.h"
#include "alertsmenu.h"
#include "alertstore.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "seed.h"
#include "taskstore.h"
#include "translation.h"
#include "traynotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

class TestAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translation::install(QStringLiteral("en"));
    }

    void rulesDialogShowsAddsRemoves()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        AlertRule rule;
        rule.kind = AlertKind::Webhook;
        rule.target = QStringLiteral("https://user:secret@hooks.example.com/x");
        rule.task = QStringLiteral("t:one");
        AlertStore::add(test::db(), rule, QDateTime::currentDateTimeUtc());

        AlertRulesDialog dialog([] { return QStringList{QStringLiteral("t:one")}; });
        QSignalSpy loaded(&dialog, &AlertRulesDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("t:one"));
        QVERIFY(!dialog.table()->item(0, 2)->text().contains(QLatin1String("secret"))); // password hidden

        AlertRule mail;
        mail.kind = AlertKind::Email;
        mail.target = QStringLiteral("ops@example.com");
        dialog.save(mail);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 2);
        dialog.removeRule(1);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(AlertStore::list(test::db()).size(), 1);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void editorRefusesMalformedUrl()
    {
        AlertRuleEditor editor({QStringLiteral("t:one")});
        editor.kindBox()->setCurrentIndex(editor.kindBox()->findData(QStringLiteral("webhook")));
        editor.targetEdit()->setText(QStringLiteral("not a url"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(editor.errorText().contains(QLatin1String("URL")));
        editor.targetEdit()->setText(QStringLiteral("https://hooks.example.com/x"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.rule().kind, AlertKind::Webhook);
    }

    void notifierReportsNewFailuresOnce()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::seedRows(
            {test::makeRow(QStringLiteral("t:old"), now.addSecs(-600), 100, QStringLiteral("failed"))});
        QWidget window;
        TrayNotifier notifier(&window, 3600);
        notifier.setRunnerSilentMinutes(24 * 60); // this test is about failures only
        QSignalSpy polled(&notifier, &TrayNotifier::polled);
        QSignalSpy notified(&notifier, &TrayNotifier::notified);
        notifier.poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(notified.count(), 0); // history from before the window opened is not notified
        test::SeedRow fresh =
            test::makeRow(QStringLiteral("t:new"), now.addSecs(1), 100, QStringLiteral("failed"));
        fresh.exception = QStringLiteral("BoomError: it broke\nsecond line");
        test::seedRows({fresh});
        notifier.poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(QLatin1String("t:new")));
        QVERIFY(notified.at(0).at(1).toString().contains(QLatin1String("BoomError: it broke")));
        notifier.poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(notified.count(), 1);
    }

    void notifierReportsSilentRunner()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        test::seedRows(
            {test::makeRow(QStringLiteral("t:a"), QDateTime::currentDateTimeUtc().addSecs(-3600))});
        QWidget window;
        TrayNotifier notifier(&window, 3600);
        notifier.setRunnerSilentMinutes(5);
        QSignalSpy polled(&notifier, &TrayNotifier::polled);
        QSignalSpy notified(&notifier, &TrayNotifier::notified);
        notifier.poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(QLatin1String("runner")));
        notifier.poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(notified.count(), 1); // told once, not every minute
    }

    void ruleEditorOffersTheConnectedDatabasesTasks()
    {
        const ConnectionProfile profile = test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        TaskDefinition d;
        d.name = QStringLiteral("site:backup");
        d.program = QStringLiteral("/bin/true");
        d.schedule = QStringLiteral("1h");
        TaskStore::add(test::db(), d);
        // The window is built before any database is read: the menu must not keep that empty list.
        MainWindow window(AppContext::catalog());
        window.connectTo(profile);
        QVERIFY(QTest::qWaitFor([&] { return window.overview()->model()->rowOfTask(d.name) >= 0; }, 15000));

        auto *menu = window.findChild<AlertsMenu *>(QStringLiteral("alertsMenu"));
        QVERIFY(menu);
        menu->openRules();
        auto *rules = window.findChild<AlertRulesDialog *>();
        QVERIFY(rules);
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<AlertRuleEditor *>(QApplication::activeModalWidget());
            QVERIFY(editor);
            auto *task = editor->findChild<QComboBox *>(QStringLiteral("taskCombo"));
            QVERIFY(task);
            for (int i = 0; i < task->count(); ++i)
                offered << task->itemData(i).toString();
            editor->reject();
        });
        const auto buttons = rules->findChildren<QPushButton *>();
        const auto add = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *b) {
            return b->text() == AlertRulesDialog::tr("&Add…");
        });
        QVERIFY(add != buttons.cend());
        (*add)->click();
        QVERIFY2(offered.contains(d.name), qPrintable(offered.join(u',')));
        QVERIFY(offered.contains(QStringLiteral("history:prune")));
        QVERIFY(offered.contains(QString())); // all tasks
        rules->close();
    }
};

QTEST_MAIN(TestAlerts)
#include "tst_gui_alerts.moc"
