// SPDX-License-Identifier: GPL-3.0-or-later
// Task control in the window: the task dialog stores a valid task and nothing else, a built-in
// task is disabled and rescheduled through its override, and a removed task's history stays
// listed and readable.
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "reporttablemodel.h"
#include "runnowcontroller.h"
#include "seed.h"
#include "shellwords.h"
#include "taskactions.h"
#include "taskdialog.h"
#include "taskreportwidget.h"
#include "taskstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

template<typename W>
W *field(QWidget &dialog, const char *name)
{
    W *w = dialog.findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void fill(TaskDialog &dialog, const QString &name, const QString &command, const QString &schedule,
          const QString &environment = {})
{
    field<QLineEdit>(dialog, "nameEdit")->setText(name);
    field<QLineEdit>(dialog, "commandEdit")->setText(command);
    field<QLineEdit>(dialog, "scheduleEdit")->setText(schedule);
    field<QPlainTextEdit>(dialog, "environmentEdit")->setPlainText(environment);
}

void clickOk(TaskDialog &dialog)
{
    field<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

int storedTasks()
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_tasks")).toInt();
}

/// Connects a window to a fresh SQLite database and waits until the overview lists @p task.
bool connectAndWait(MainWindow &window, const ConnectionProfile &profile, const QString &task)
{
    window.connectTo(profile);
    return QTest::qWaitFor(
        [&] {
            return !window.overview()->model()->isLoading() &&
                   window.overview()->model()->rowOfTask(task) >= 0;
        },
        15000);
}

const OverviewRow *rowOf(MainWindow &window, const QString &task)
{
    const int row = window.overview()->model()->rowOfTask(task);
    return row < 0 ? nullptr : &window.overview()->model()->overview().rows.at(row);
}

} // namespace

class TestTaskControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_profile = test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
    }

    void addingATaskStoresIt_data()
    {
        QTest::addColumn<bool>("shell");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("program and arguments")
            << false << QStringLiteral("/usr/bin/tar -czf \"/tmp/my backup.tgz\" /var/www")
            << QStringLiteral("/usr/bin/tar")
            << QStringList{QStringLiteral("-czf"), QStringLiteral("/tmp/my backup.tgz"),
                           QStringLiteral("/var/www")};
        QTest::newRow("shell line") << true << QStringLiteral("mysqldump shop | gzip > /tmp/shop.sql.gz")
                                    << QStringLiteral("mysqldump shop | gzip > /tmp/shop.sql.gz")
                                    << QStringList();
    }

    void addingATaskStoresIt()
    {
        QFETCH(bool, shell);
        QFETCH(QString, command);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        TaskDialog dialog(TaskDialog::Mode::Add);
        dialog.show();
        fill(dialog, QStringLiteral("backup:site"), command, QStringLiteral("0 3 * * *"),
             QStringLiteral("FOO=bar\n\nBACKUP_DIR = /tmp"));
        field<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Nightly backup"));
        field<QCheckBox>(dialog, "shellCheck")->setChecked(shell);
        field<QSpinBox>(dialog, "timeoutSpin")->setValue(120);
        field<QCheckBox>(dialog, "enabledCheck")->setChecked(false);
        // The schedule is read as it is typed.
        QCOMPARE(field<QLabel>(dialog, "scheduleHint")->text(),
                 TaskDialog::tr("Runs %1.").arg(Schedule::parse(QStringLiteral("0 3 * * *")).describe()));
        QCOMPARE(storedTasks(), 0);

        QSignalSpy saved(&dialog, &TaskDialog::saved);
        clickOk(dialog);
        QVERIFY(saved.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());
        const auto stored = TaskStore::get(test::db(), QStringLiteral("backup:site"));
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("Nightly backup"));
        QCOMPARE(stored->kind, TaskDefinition::Kind::Command);
        QCOMPARE(stored->shell, shell);
        QCOMPARE(stored->program, program);
        QCOMPARE(stored->arguments, arguments);
        QCOMPARE(stored->schedule, QStringLiteral("0 3 * * *"));
        QCOMPARE(stored->timeoutSeconds, 120);
        QCOMPARE(stored->enabled, false);
        QCOMPARE(stored->environment.value(QStringLiteral("FOO")), QStringLiteral("bar"));
        QCOMPARE(stored->environment.value(QStringLiteral("BACKUP_DIR")), QStringLiteral(" /tmp"));
        QCOMPARE(stored->environment.size(), 2);
        QCOMPARE(storedTasks(), 1);
    }

    void invalidInputIsNotStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expected"); ///< part of the message shown in the dialog
        QString scheduleError;
        Schedule::parse(QStringLiteral("every blue moon"), &scheduleError);
        QVERIFY(!scheduleError.isEmpty());
        QTest::newRow("invalid schedule") << "t:a"
                                          << "/bin/true"
                                          << "every blue moon"
                                          << "" << scheduleError;
        QTest::newRow("empty program") << "t:a"
                                       << "   "
                                       << "5m"
                                       << ""
                                       << "The program of t:a is empty.";
        QTest::newRow("environment line") << "t:a"
                                          << "/bin/true"
                                          << "5m"
                                          << "NOEQUALS"
                                          << "KEY=VALUE";
        QTest::newRow("environment key") << "t:a"
                                         << "/bin/true"
                                         << "5m"
                                         << "1BAD=x"
                                         << "1BAD";
        QTest::newRow("name") << "bad name!"
                              << "/bin/true"
                              << "5m"
                              << ""
                              << "bad name!";
        QTest::newRow("name taken") << "history:prune"
                                    << "/bin/true"
                                    << "5m"
                                    << ""
                                    << "already exists";
    }

    void invalidInputIsNotStored()
    {
        QFETCH(QString, name);
        QFETCH(QString, command);
        QFETCH(QString, schedule);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        TaskDialog dialog(TaskDialog::Mode::Add);
        dialog.setTakenNames({QStringLiteral("history:prune")});
        dialog.show();
        fill(dialog, name, command, schedule, environment);
        QSignalSpy saved(&dialog, &TaskDialog::saved);
        clickOk(dialog);
        QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.isSaving());
        QVERIFY(!saved.wait(300)); // no write was started in the background either
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(storedTasks(), 0);
    }

    void commandWordsSurviveEditing_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringList{QStringLiteral("/bin/echo"), QStringLiteral("a")};
        QTest::newRow("spaces") << QStringList{QStringLiteral("/opt/my tools/run"), QStringLiteral("x y")};
        QTest::newRow("quotes") << QStringList{QStringLiteral("echo"), QStringLiteral("say \"hi\" now"),
                                               QStringLiteral("a\"b")};
    }

    void commandWordsSurviveEditing()
    {
        QFETCH(QStringList, words);
        QCOMPARE(ShellWords::split(ShellWords::join(words)), words);
    }

    void disablingABuiltInTaskStoresTheOverride()
    {
        const QString task = QStringLiteral("history:prune"); // on by default on any database
        MainWindow window(AppContext::catalog());
        QVERIFY(connectAndWait(window, m_profile, task));
        QVERIFY(rowOf(window, task)->enabled);
        QCOMPARE(rowOf(window, task)->kind, QStringLiteral("native"));
        window.overview()->selectTask(task);
        TaskActions *actions = window.taskActions();
        QVERIFY(actions->enableAction()->isEnabled());
        QVERIFY(actions->enableAction()->isChecked());
        QVERIFY(!actions->removeAction()->isEnabled()); // built-in: cannot be removed
        QVERIFY(!actions->editAction()->isEnabled());

        QSignalSpy reloaded(actions, &TaskActions::reloaded);
        actions->enableAction()->trigger();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(test::scalar(QStringLiteral(
                                  "SELECT COUNT(*) FROM cxcron_task_settings WHERE name = ? AND enabled = 0"),
                              {task})
                     .toInt(),
                 1); // a row that says "off", not just no row
        QVERIFY(QTest::qWaitFor([&] { return !rowOf(window, task)->enabled; }, 10000));
        QVERIFY(!actions->enableAction()->isChecked());
        const QModelIndex schedule = window.overview()->model()->index(
            window.overview()->model()->rowOfTask(task), OverviewModel::Schedule);
        QVERIFY(schedule.data().toString().contains(OverviewModel::tr("%1 (disabled)").arg(QString())));

        // Schedule and timeout through the settings dialog; the state set above is kept.
        QSignalSpy opened(actions, &TaskActions::dialogOpened);
        actions->settingsAction()->trigger();
        QVERIFY(opened.wait(10000));
        auto *dialog = opened.first().first().value<TaskDialog *>();
        QCOMPARE(dialog->mode(), TaskDialog::Mode::Settings);
        QVERIFY(!field<QCheckBox>(*dialog, "enabledCheck")->isChecked());
        field<QLineEdit>(*dialog, "scheduleEdit")->setText(QStringLiteral("every blue moon"));
        clickOk(*dialog);
        QVERIFY(!dialog->errorText().isEmpty());
        field<QLineEdit>(*dialog, "scheduleEdit")->setText(QStringLiteral("2h"));
        QSignalSpy saved(dialog, &TaskDialog::saved);
        clickOk(*dialog);
        QVERIFY(saved.wait(10000));
        QCOMPARE(
            test::scalar(QStringLiteral("SELECT schedule FROM cxcron_task_settings WHERE name = ?"), {task})
                .toString(),
            QStringLiteral("2h"));
        QCOMPARE(test::scalar(QStringLiteral(
                                  "SELECT COUNT(*) FROM cxcron_task_settings WHERE name = ? AND enabled = 0"),
                              {task})
                     .toInt(),
                 1); // a row that says "off", not just no row
        QVERIFY(QTest::qWaitFor(
            [&] { return rowOf(window, task)->schedule == Schedule::parse(QStringLiteral("2h")).describe(); },
            10000));
    }

    void removingAStoredTaskKeepsItsHistoryVisible_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }

    void removingAStoredTaskKeepsItsHistoryVisible()
    {
        QFETCH(QString, backend);
        m_profile = test::freshDatabase(backend); // the history's names are read per backend
        Schema::migrate(test::db());
        const QString task = QStringLiteral("site:backup");
        TaskDefinition d;
        d.name = task;
        d.program = QStringLiteral("/bin/true");
        d.schedule = QStringLiteral("1h");
        TaskStore::add(test::db(), d);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::seedRows({test::makeRow(task, now.addSecs(-7200)), test::makeRow(task, now.addSecs(-3600)),
                        test::makeRow(task, now.addSecs(-60), 50, QStringLiteral("failed"))});

        MainWindow window(AppContext::catalog());
        QVERIFY(connectAndWait(window, m_profile, task));
        QCOMPARE(rowOf(window, task)->kind, QStringLiteral("command"));
        QCOMPARE(rowOf(window, task)->commandLine, QStringLiteral("/bin/true"));
        QVERIFY(!rowOf(window, task)->removed);
        // Right click on its row: the row becomes current and the menu offers the task's actions.
        window.show();
        window.overview()->selectTask(QStringLiteral("history:prune"));
        QTableView *view = window.overview()->view();
        const QModelIndex index =
            window.overview()->model()->index(window.overview()->model()->rowOfTask(task), 0);
        view->scrollTo(index);
        Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
        QCOMPARE(window.overview()->currentTask(), task);
        TaskActions *actions = window.taskActions();
        QVERIFY(actions->contextMenu()->isVisible());
        QVERIFY(actions->contextMenu()->actions().contains(actions->removeAction()));
        actions->contextMenu()->hide();
        QVERIFY(
            window.findChild<QMenu *>(QStringLiteral("tasksMenu"))->actions().contains(actions->newAction()));
        QVERIFY(actions->removeAction()->isEnabled());

        QStringList questions;
        actions->confirm = [&](const QString &, const QString &question) {
            questions << question;
            return false;
        };
        actions->removeAction()->trigger();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("history stays")));
        QTest::qWait(200);
        QVERIFY(TaskStore::get(test::db(), task)); // declined: still there

        actions->confirm = [](const QString &, const QString &) {
            return true;
        };
        QSignalSpy reloaded(actions, &TaskActions::reloaded);
        actions->removeAction()->trigger();
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!TaskStore::get(test::db(), task));
        QCOMPARE(
            test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE name = ?"), {task}).toInt(), 3);

        // Still listed, marked removed, with its runs; the report shows them.
        QVERIFY(QTest::qWaitFor([&] { return rowOf(window, task) && rowOf(window, task)->removed; }, 10000));
        const int row = window.overview()->model()->rowOfTask(task);
        QVERIFY(window.overview()
                    ->model()
                    ->index(row, OverviewModel::Title)
                    .data()
                    .toString()
                    .contains(OverviewModel::tr("%1 (removed)").arg(QString())));
        QCOMPARE(rowOf(window, task)->week.total, 3);
        QCOMPARE(window.overview()->currentTask(), task); // the selection followed the task
        QVERIFY(!actions->removeAction()->isEnabled());
        QVERIFY(!actions->enableAction()->isEnabled());
        window.runSelectedTask(); // nothing to run any more
        QVERIFY(!window.runNowController()->isRunning());
        ReportTableModel *report = window.report()->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.report()->task() == task && !report->isLoading() && report->totalCount() == 3;
            },
            10000));
        QCOMPARE(report->rowCount(), 3);
    }

    void editingAStoredTaskReplacesItsOverride()
    {
        const QString task = QStringLiteral("site:report");
        TaskDefinition d;
        d.name = task;
        d.program = QStringLiteral("/usr/bin/report");
        d.arguments = {QStringLiteral("--to"), QStringLiteral("ops team")};
        d.environment.insert(QStringLiteral("API_TOKEN"), QStringLiteral("s3cret"));
        d.schedule = QStringLiteral("1h");
        TaskStore::add(test::db(), d);
        TaskOverride o;
        o.schedule = QStringLiteral("3h");
        TaskSettings::save(test::db(), task, o);

        MainWindow window(AppContext::catalog());
        QVERIFY(connectAndWait(window, m_profile, task));
        window.overview()->selectTask(task);
        TaskActions *actions = window.taskActions();
        QVERIFY(actions->editAction()->isEnabled());
        QSignalSpy opened(actions, &TaskActions::dialogOpened);
        actions->editAction()->trigger();
        QVERIFY(opened.wait(10000));
        auto *dialog = opened.first().first().value<TaskDialog *>();
        QCOMPARE(dialog->mode(), TaskDialog::Mode::Edit);
        QVERIFY(field<QLineEdit>(*dialog, "nameEdit")->isReadOnly());
        QCOMPARE(field<QLineEdit>(*dialog, "scheduleEdit")->text(), QStringLiteral("3h")); // in force
        QCOMPARE(field<QLineEdit>(*dialog, "commandEdit")->text(),
                 QStringLiteral("/usr/bin/report --to 'ops team'")); // as a shell writes it
        const QString env = field<QPlainTextEdit>(*dialog, "environmentEdit")->toPlainText();
        QVERIFY2(!env.contains(QStringLiteral("s3cret")), qPrintable(env)); // secrets stay hidden
        field<QLineEdit>(*dialog, "commandEdit")
            ->setText(QStringLiteral("/usr/bin/report --to \"dev team\""));
        field<QSpinBox>(*dialog, "timeoutSpin")->setValue(90);
        QSignalSpy saved(dialog, &TaskDialog::saved);
        clickOk(*dialog);
        QVERIFY(saved.wait(10000));

        const auto stored = TaskStore::get(test::db(), task);
        QVERIFY(stored);
        QCOMPARE(stored->arguments, (QStringList{QStringLiteral("--to"), QStringLiteral("dev team")}));
        QCOMPARE(stored->schedule, QStringLiteral("3h"));
        QCOMPARE(stored->timeoutSeconds, 90);
        QCOMPARE(stored->environment.value(QStringLiteral("API_TOKEN")), QStringLiteral("s3cret")); // kept
        QCOMPARE(
            test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_task_settings WHERE name = ?"), {task})
                .toInt(),
            0);
    }

    void theNewTaskFormIsHonest()
    {
        TaskDialog dialog(TaskDialog::Mode::Add);
        dialog.show();
        // No schedule and not enabled until the user says so.
        QVERIFY(field<QLineEdit>(dialog, "scheduleEdit")->text().isEmpty());
        QVERIFY(!field<QCheckBox>(dialog, "enabledCheck")->isChecked());
        // A timeout typed out of range is refused with a message, not changed into another.
        fill(dialog, QStringLiteral("t:timeout"), QStringLiteral("/bin/true"), QStringLiteral("1h"));
        auto *timeout = field<QSpinBox>(dialog, "timeoutSpin");
        for (const char *typed : {"-5", "0"}) {
            timeout->selectAll();
            timeout->clear();
            QTest::keyClicks(timeout, QString::fromLatin1(typed));
            timeout->interpretText();
            QCOMPARE(timeout->value(), QString::fromLatin1(typed).toInt());
            clickOk(dialog);
            QVERIFY2(dialog.errorText().contains(QStringLiteral("timeout")), qPrintable(dialog.errorText()));
            QCOMPARE(storedTasks(), 0);
        }
        // Esc on a filled form asks first; declining keeps the form.
        QString asked;
        QTimer::singleShot(50, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!asked.isEmpty());
        QVERIFY(dialog.isVisible());
        // An untouched form closes at once.
        TaskDialog untouched(TaskDialog::Mode::Add);
        untouched.show();
        QTest::keyClick(&untouched, Qt::Key_Escape);
        QVERIFY(!untouched.isVisible());
    }

    void tasksChangedElsewhereAppearOnRefresh()
    {
        MainWindow window(AppContext::catalog());
        QVERIFY(connectAndWait(window, m_profile, QStringLiteral("history:prune")));
        // Another machine adds a task, and it runs there.
        const QString task = QStringLiteral("site:elsewhere");
        TaskDefinition d;
        d.name = task;
        d.title = QStringLiteral("Added elsewhere");
        d.program = QStringLiteral("/bin/true");
        d.schedule = QStringLiteral("1h");
        TaskStore::add(test::db(), d);
        test::seedRows({test::makeRow(task, QDateTime::currentDateTimeUtc().addSecs(-30))});

        // F5: the task list is read again, not only the runs.
        window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return rowOf(window, task) != nullptr; }, 10000));
        QVERIFY(!rowOf(window, task)->removed);
        QCOMPARE(rowOf(window, task)->title, QStringLiteral("Added elsewhere"));
        QVERIFY(!rowOf(window, task)->schedule.isEmpty());
        window.overview()->selectTask(task);
        QVERIFY(window.runNowAction()->isEnabled());
        QVERIFY(window.taskActions()->editAction()->isEnabled());

        // Removed elsewhere: the periodic refresh (the overview's own) notices it.
        TaskStore::remove(test::db(), task);
        window.overview()->refresh();
        QVERIFY(QTest::qWaitFor([&] { return rowOf(window, task) && rowOf(window, task)->removed; }, 10000));
        QVERIFY(!window.runNowAction()->isEnabled());
        QVERIFY(!window.taskActions()->editAction()->isEnabled());
    }

    void shellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("valid");
        QTest::newRow("issue example")
            << QStringLiteral("echo 'say \"hi\"' \"two words\" \"\" 'back\\slash'")
            << QStringList{QStringLiteral("echo"), QStringLiteral("say \"hi\""), QStringLiteral("two words"),
                           QString(), QStringLiteral("back\\slash")}
            << true;
        QTest::newRow("backslash outside quotes")
            << QStringLiteral("a\\ b c\\\"d") << QStringList{QStringLiteral("a b"), QStringLiteral("c\"d")}
            << true;
        QTest::newRow("escapes in double quotes") << QStringLiteral("\"a\\\"b\\\\c\\$d\\e\"")
                                                  << QStringList{QStringLiteral("a\"b\\c$d\\e")} << true;
        QTest::newRow("quote in single quotes")
            << QStringLiteral("'it'\\''s'") << QStringList{QStringLiteral("it's")} << true;
        QTest::newRow("empty single quotes")
            << QStringLiteral("x ''") << QStringList{QStringLiteral("x"), QString()} << true;
        QTest::newRow("blanks") << QStringLiteral("  a \t  b  ")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")} << true;
        QTest::newRow("open single quote") << QStringLiteral("echo 'oops") << QStringList() << false;
        QTest::newRow("open double quote") << QStringLiteral("echo \"oops") << QStringList() << false;
    }

    void shellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(ShellWords::split(line, &error), words);
        QCOMPARE(error.isEmpty(), valid);
        if (valid)
            QCOMPARE(ShellWords::split(ShellWords::join(words)), words);
    }

    void editingWithoutChangesKeepsEveryArgument()
    {
        const QString task = QStringLiteral("quote:test");
        TaskDefinition d;
        d.name = task;
        d.program = QStringLiteral("echo");
        d.arguments = {QStringLiteral("say \"hi\""), QStringLiteral("two words"), QString(),
                       QStringLiteral("back\\slash")};
        d.schedule = QStringLiteral("1h");
        TaskStore::add(test::db(), d);

        MainWindow window(AppContext::catalog());
        QVERIFY(connectAndWait(window, m_profile, task));
        window.overview()->selectTask(task);
        TaskActions *actions = window.taskActions();
        QSignalSpy opened(actions, &TaskActions::dialogOpened);
        actions->editAction()->trigger();
        QVERIFY(opened.wait(10000));
        auto *dialog = opened.first().first().value<TaskDialog *>();
        // Shown the way a shell (and `cxcron task show`) writes it.
        QCOMPARE(field<QLineEdit>(*dialog, "commandEdit")->text(),
                 QStringLiteral("echo 'say \"hi\"' 'two words' '' 'back\\slash'"));
        QSignalSpy saved(dialog, &TaskDialog::saved);
        clickOk(*dialog);
        QVERIFY(saved.wait(10000));
        const auto stored = TaskStore::get(test::db(), task);
        QVERIFY(stored);
        QCOMPARE(stored->program, d.program);
        QCOMPARE(stored->arguments, d.arguments);
    }

private:
    ConnectionProfile m_profile;
};

QTEST_MAIN(TestTaskControl)
#include "tst_gui_taskcontrol.moc"
