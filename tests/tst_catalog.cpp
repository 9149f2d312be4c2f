// SPDX-License-Identifier: GPL-3.0-or-later
// Which tasks an installation has: v2's schedule from the CMS root, stored tasks, native tasks
// off on a real CMS; and what `schedule:list` tells about modules' jobs.
#include "clientxcmsv2.h"
#include "database.h"
#include "errors.h"
#include "meta.h"
#include "schedulelist.h"
#include "schema.h"
#include "taskcatalog.h"
#include "tasksettings.h"
#include "taskstore.h"
#include "testdb.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

namespace {
QString fixtureRoot()
{
    return QStringLiteral(CXCRON_TEST_FIXTURES "/clientxcms-v2");
}

TaskConfig configOf(const TaskRegistry &registry, const QString &name)
{
    const auto task = registry.find(name);
    return TaskSettings::effective(*task, TaskSettings::loadOverrides(test::db()));
}
} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
    }
    void cleanup() { Database::closeThreadConnection(); }

    void v2SiteGetsItsSchedule_data() { rows(); }
    void v2SiteGetsItsSchedule()
    {
        const CmsSite site = CmsSite::detect(fixtureRoot() + QStringLiteral("/.env"));
        QCOMPARE(site.version, CmsSite::Version::V2);
        QVERIFY(site.installed);
        const TaskRegistry registry = TaskCatalog::load(test::db(), site);
        for (const TaskDefinition &d : ClientXcms::v2Schedule()) {
            const auto task = registry.find(d.name);
            QVERIFY2(task, qPrintable(d.name));
            QCOMPARE(task->kind(), QStringLiteral("artisan"));
            QVERIFY(task->commandLine().endsWith(QStringLiteral("artisan ") + d.name +
                                                 QStringLiteral(" --ansi")));
            QVERIFY(configOf(registry, d.name).enabled);
        }
        QCOMPARE(configOf(registry, QStringLiteral("services:renewals")).schedule.toString(),
                 QStringLiteral("0 */3 * * *"));
        QCOMPARE(configOf(registry, QStringLiteral("clientxcms:purge-metadata")).schedule.toString(),
                 QStringLiteral("0 0 * * 1"));
        // Installed once: a task the administrator removed stays removed.
        TaskStore::remove(test::db(), QStringLiteral("clientxcms:telemetry"));
        QVERIFY(!TaskCatalog::load(test::db(), site).find(QStringLiteral("clientxcms:telemetry")));
    }

    void nativeTasksAreOffOnARealCms_data() { rows(); }
    void nativeTasksAreOffOnARealCms()
    {
        const TaskRegistry registry = TaskCatalog::load(test::db(), CmsSite{});
        for (const auto &task : TaskCatalog::natives().tasks()) {
            const bool expected = task->name() == QLatin1String("history:prune");
            QCOMPARE(configOf(registry, task->name()).enabled, expected);
        }
        // Enabled one by one.
        const QString one = TaskCatalog::natives().tasks().first()->name();
        TaskOverride on;
        on.enabled = true;
        TaskSettings::save(test::db(), one, on);
        QVERIFY(configOf(registry, one).enabled);
        // The demo database keeps them on.
        Meta::setValue(test::db(), Meta::demoKey(), QStringLiteral("1"));
        const TaskRegistry demo = TaskCatalog::load(test::db(), CmsSite{});
        for (const auto &task : TaskCatalog::natives().tasks())
            QVERIFY2(configOf(demo, task->name()).enabled, qPrintable(task->name()));
    }

    void storedTaskReplacesNativeOfTheSameName_data() { rows(); }
    void storedTaskReplacesNativeOfTheSameName()
    {
        const QString name = TaskCatalog::natives().tasks().first()->name();
        TaskDefinition d;
        d.name = name;
        d.program = QStringLiteral("/bin/true");
        TaskStore::add(test::db(), d);
        const TaskRegistry registry = TaskCatalog::load(test::db(), CmsSite{});
        QCOMPARE(registry.find(name)->kind(), QStringLiteral("command"));
        QCOMPARE(registry.names().count(name), 1);
    }

    void namesDifferingInCaseAreOneTask_data() { rows(); }
    void namesDifferingInCaseAreOneTask()
    {
        // MariaDB compares names case-insensitively: "HISTORY:PRUNE" would take history:prune's
        // slots and lease there. On every engine it is the same task, and cannot be added twice.
        TaskDefinition d;
        d.name = QStringLiteral("quote:test");
        d.program = QStringLiteral("/bin/true");
        TaskStore::add(test::db(), d);
        d.name = QStringLiteral("QUOTE:Test");
        QVERIFY_THROWS_EXCEPTION(Error, TaskStore::add(test::db(), d));
        const TaskRegistry registry = TaskCatalog::load(test::db(), CmsSite{});
        QVERIFY(registry.find(QStringLiteral("HISTORY:PRUNE")));
        QCOMPARE(registry.find(QStringLiteral("HISTORY:PRUNE"))->name(), QStringLiteral("history:prune"));
        QCOMPARE(registry.find(QStringLiteral("Quote:TEST"))->name(), QStringLiteral("quote:test"));
        // Edited and removed under any case too, keeping the name it was stored with.
        QVERIFY(TaskStore::get(test::db(), QStringLiteral("Quote:TEST")));
        d.program = QStringLiteral("/bin/false");
        TaskStore::update(test::db(), d);
        QCOMPARE(TaskStore::get(test::db(), QStringLiteral("quote:test"))->program,
                 QStringLiteral("/bin/false"));
        QCOMPARE(TaskStore::get(test::db(), QStringLiteral("quote:test"))->name,
                 QStringLiteral("quote:test"));
        TaskStore::remove(test::db(), QStringLiteral("QUOTE:TEST"));
        QVERIFY(!TaskStore::get(test::db(), QStringLiteral("quote:test")));
    }

    void invalidDefinitionsAreRefused_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const QString &b : test::backends()) {
            QTest::newRow(qPrintable(b + QStringLiteral("/name")))
                << b << QStringLiteral("name") << QStringLiteral("bad name!");
            QTest::newRow(qPrintable(b + QStringLiteral("/schedule")))
                << b << QStringLiteral("schedule") << QStringLiteral("every tuesday");
            QTest::newRow(qPrintable(b + QStringLiteral("/timeout")))
                << b << QStringLiteral("timeout") << QStringLiteral("2147483647");
            QTest::newRow(qPrintable(b + QStringLiteral("/program")))
                << b << QStringLiteral("program") << QStringLiteral(" ");
            QTest::newRow(qPrintable(b + QStringLiteral("/env")))
                << b << QStringLiteral("env") << QStringLiteral("1BAD");
        }
    }
    void invalidDefinitionsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TaskDefinition d;
        d.name = QStringLiteral("backup");
        d.program = QStringLiteral("/bin/true");
        if (field == QLatin1String("name"))
            d.name = value;
        else if (field == QLatin1String("schedule"))
            d.schedule = value;
        else if (field == QLatin1String("timeout"))
            d.timeoutSeconds = value.toInt();
        else if (field == QLatin1String("program"))
            d.program = value;
        else
            d.environment.insert(value, QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(Error, TaskStore::add(test::db(), d));
        QCOMPARE(TaskStore::list(test::db()).size(), 0);
    }

    void cmsJobsRunInKernelOrderOneAtATime_data() { rows(); }
    void cmsJobsRunInKernelOrderOneAtATime()
    {
        // As schedule:run: v2's jobs in the Kernel's order, one concurrency group; an adopted job
        // joins them, the administrator's own command does not.
        const CmsSite site = CmsSite::detect(fixtureRoot() + QStringLiteral("/.env"));
        TaskRegistry registry = TaskCatalog::load(test::db(), site);
        TaskDefinition adopted;
        adopted.name = QStringLiteral("a-module:sync");
        adopted.kind = TaskDefinition::Kind::Artisan;
        adopted.program = adopted.name;
        adopted.schedule = QStringLiteral("*/15 * * * *");
        adopted.origin = QStringLiteral("discovered");
        TaskStore::add(test::db(), adopted);
        TaskDefinition own;
        own.name = QStringLiteral("0-backup");
        own.program = QStringLiteral("/bin/true");
        TaskStore::add(test::db(), own);
        registry = TaskCatalog::load(test::db(), site);
        QStringList expected;
        for (const TaskDefinition &d : ClientXcms::v2Schedule())
            expected << d.name;
        expected << adopted.name << own.name;
        QCOMPARE(registry.names().mid(0, expected.size()), expected);
        for (const QString &name : expected.mid(0, 10))
            QCOMPARE(registry.find(name)->concurrencyGroup(), TaskCatalog::inOrderGroup());
        QCOMPARE(registry.find(own.name)->concurrencyGroup(), QString());
        // Side by side on request, for every host (the choice is in the database).
        TaskCatalog::setRunsSideBySide(test::db(), QStringLiteral("services:renewals"), true);
        registry = TaskCatalog::load(test::db(), site);
        QCOMPARE(registry.find(QStringLiteral("services:renewals"))->concurrencyGroup(), QString());
        QCOMPARE(registry.find(QStringLiteral("services:expire"))->concurrencyGroup(),
                 TaskCatalog::inOrderGroup());
    }

    void readModeWritesNothing_data() { rows(); }
    void readModeWritesNothing()
    {
        // list, history, show… with a SELECT-only account: nothing created, nothing stored, and
        // v2's schedule still listed as the first run will store it.
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        const CmsSite site = CmsSite::detect(fixtureRoot() + QStringLiteral("/.env"));
        const TaskRegistry registry = TaskCatalog::load(test::db(), site, TaskCatalog::Mode::Read);
        QCOMPARE(registry.names().first(), QStringLiteral("invoices:delivery"));
        QVERIFY(registry.find(QStringLiteral("clientxcms:telemetry")));
        QCOMPARE(Schema::storedVersion(test::db()), 0);
        QVERIFY(!Database::tableExists(test::db(), QStringLiteral("cxcron_tasks")));
    }

    void scheduleListFormats_data()
    {
        test::addBackendColumn(); // init() reads it; parsing needs no database
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<QStringList>("commands"); // "expression|command|arguments"
        QTest::newRow("Laravel 8 table")
            << QStringLiteral("sqlite")
            << QByteArray("+--------+\n| Command | Interval | Description | Next Due |\n+---+\n"
                          "| '/usr/bin/php8.2' 'artisan' invoices:delivery | * * * * * | invoices:delivery | "
                          "2026-12-03 15:22:00 +01:00 |\n"
                          "| '/usr/bin/php8.2' 'artisan' mod:sync --items='5 x' | */15 * * * * |  | x |\n"
                          "|  | 0 4 * * * |  | 2026-12-04 04:00:00 +01:00 |\n+---+\n")
            << true
            << QStringList{QStringLiteral("* * * * *|invoices:delivery|"),
                           QStringLiteral("*/15 * * * *|mod:sync|--items=5 x"),
                           QStringLiteral("0 4 * * *||")};
        QTest::newRow("Laravel 8 table, nothing scheduled")
            << QStringLiteral("sqlite")
            << QByteArray("+---+\n| Command | Interval | Description | Next Due |\n+---+\n") << true
            << QStringList();
        QTest::newRow("Laravel 11, repeat and mutex")
            << QStringLiteral("sqlite")
            << QByteArray(
                   "\n  * * * * * 30s  php artisan queue:work --stop-when-empty ........ Has Mutex › Next "
                   "Due: 10 seconds from now\n  0 9 * * *        php artisan services:notify-expiration "
                   "..... Next Due: 2 hours from now\n                   \xe2\x87\x81 Send reminders\n\n")
            << true
            << QStringList{QStringLiteral("* * * * *|queue:work|--stop-when-empty"),
                           QStringLiteral("0 9 * * *|services:notify-expiration|")};
        QTest::newRow("Laravel 9+, nothing scheduled")
            << QStringLiteral("sqlite") << QByteArray("\n   INFO  No scheduled tasks have been defined.\n\n")
            << true << QStringList();
        QTest::newRow("not a listing")
            << QStringLiteral("sqlite")
            << QByteArray("Unexpected banner from a PHP wrapper\nnothing like a schedule\n") << false
            << QStringList();
        QTest::newRow("no output") << QStringLiteral("sqlite") << QByteArray() << false << QStringList();
    }
    void scheduleListFormats()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, understood);
        QFETCH(QStringList, commands);
        const ScheduleListing listing = parseScheduleListing(output);
        QCOMPARE(listing.understood, understood);
        QStringList got;
        for (const ScheduledJob &job : listing.jobs)
            got << job.expression + u'|' + job.command + u'|' + job.arguments.join(u' ');
        QCOMPARE(got, commands);
    }

    void scheduleListIsParsed_data() { rows(); }
    void scheduleListIsParsed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("php")).isEmpty())
            QSKIP("php (php-cli) is not installed");
        QProcess php;
        php.setWorkingDirectory(fixtureRoot());
        php.start(QStringLiteral("php"), {QStringLiteral("artisan"), QStringLiteral("schedule:list")});
        QVERIFY(php.waitForFinished(30000));
        const QList<ScheduledJob> jobs = parseScheduleList(php.readAllStandardOutput());
        QCOMPARE(jobs.size(), 11);
        QCOMPARE(jobs.at(2).expression, QStringLiteral("0 */3 * * *"));
        QCOMPARE(jobs.at(2).command, QStringLiteral("services:renewals"));
        QCOMPARE(jobs.at(9).expression, QStringLiteral("*/15 * * * *"));
        QCOMPARE(jobs.at(9).command, QStringLiteral("pterodactyl:sync"));
        QCOMPARE(jobs.at(9).arguments, QStringList{QStringLiteral("--force")});
        QVERIFY(!jobs.at(10).adoptable()); // a closure cannot be run from outside the CMS
    }

private:
    void rows()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
