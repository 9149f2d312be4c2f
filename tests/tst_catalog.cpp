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
