// SPDX-License-Identifier: GPL-3.0-or-later
// The fencing rule: a run's processes never outlive its lease. Every way a command's
// descendants escape their process group is stopped with the run; a command that exits leaving
// processes behind does not release its lease while they live; a fence that is not renewed
// stops the command by itself (cxcron-shim); a native task cannot commit once its lease may
// have gone.
#include "cmssite.h"
#include "commandtask.h"
#include "database.h"
#include "faketask.h"
#include "historyrepository.h"
#include "processsupervisor.h"
#include "processsweep.h"
#include "runfence.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace cxcron;

namespace {

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

qint64 readPid(const QString &path)
{
    QFile file(path);
    for (int i = 0; i < 50 && !file.exists(); ++i)
        QThread::msleep(100);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

Runner makeRunner(const std::shared_ptr<Task> &task, RunnerOptions options = {})
{
    TaskRegistry registry;
    registry.add(task);
    options.zone = QTimeZone("Europe/Paris");
    options.who = QStringLiteral("tester");
    return Runner(registry, std::make_shared<DatabaseClock>(), options);
}

std::shared_ptr<Task> shellTask(const QString &name, const QString &line, int timeoutSeconds)
{
    TaskDefinition d;
    d.name = name;
    d.program = line;
    d.shell = true;
    d.schedule = QStringLiteral("1m");
    d.timeoutSeconds = timeoutSeconds;
    return std::make_shared<CommandTask>(d, CmsSite{});
}

} // namespace

class tst_Fencing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Database::closeThreadConnection(); }

    // Each escape writes the pid of the process that got away into $DIR/escaped, then the
    // command blocks until the timeout stops it.
    void escapesEndWithTheRun_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("setsid") << QStringLiteral(
            "setsid sh -c 'echo $$ > \"$DIR/escaped\"; exec sleep 300' & sleep 300");
        QTest::newRow("double fork") << QStringLiteral(
            "sh -c '(sh -c \"echo \\$\\$ > \\\"$DIR/escaped\\\"; exec sleep 300\" &) ; exit 0'; sleep 300");
        QTest::newRow("set -m") << QStringLiteral(
            "set -m; sh -c 'echo $$ > \"$DIR/escaped\"; exec sleep 300' & sleep 300");
        QTest::newRow("daemon") << QStringLiteral(
            "python3 -c 'import os,sys\n"
            "if os.fork(): sys.exit(0)\n"
            "os.setsid()\n"
            "if os.fork(): os._exit(0)\n"
            "os.chdir(\"/\"); [os.close(f) for f in (0,1,2)]\n"
            "open(os.environ[\"DIR\"] + \"/escaped\", \"w\").write(str(os.getpid()))\n"
            "import time; time.sleep(300)'; sleep 300");
        QTest::newRow("ignores TERM")
            << QStringLiteral("setsid sh -c 'trap \"\" TERM; echo $$ > \"$DIR/escaped\"; while :; do sleep "
                              "1; done' & sleep 300");
    }
    void escapesEndWithTheRun()
    {
        QFETCH(QString, command);
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        QTemporaryDir dir;
        qputenv("DIR", dir.path().toUtf8());
        Runner runner = makeRunner(shellTask(QStringLiteral("t:escape"), command, 2));
        const QList<RunOutcome> outcomes = runner.runDue();
        qunsetenv("DIR");
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().error.section(u':', 0, 0), QStringLiteral("TimeoutError"));
        const qint64 escaped = readPid(dir.filePath(QStringLiteral("escaped")));
        QVERIFY2(escaped > 0, "the escape did not happen");
        QVERIFY2(!alive(escaped), qPrintable(QStringLiteral("pid %1 outlived the run").arg(escaped)));
    }

    void leftoversEndBeforeTheLeaseIsReleased()
    {
        // The command exits at once, leaving a child that would keep running: the run ends with
        // its command, the child is stopped, and only then is the lease released.
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        QTemporaryDir dir;
        qputenv("DIR", dir.path().toUtf8());
        Runner runner =
            makeRunner(shellTask(QStringLiteral("t:leftover"),
                                 QStringLiteral("sh -c 'echo $$ > \"$DIR/escaped\"; exec sleep 300' & "
                                                "while [ ! -s \"$DIR/escaped\" ]; do sleep 0.05; done"),
                                 60));
        const QList<RunOutcome> outcomes = runner.runDue();
        qunsetenv("DIR");
        QCOMPARE(outcomes.first().state, ExecState::Success);
        QCOMPARE(outcomes.first().output.value(QStringLiteral("leftover_processes_stopped")).toInt(), 1);
        const qint64 left = readPid(dir.filePath(QStringLiteral("escaped")));
        QVERIFY(left > 0);
        QVERIFY2(!alive(left), "the leftover outlived the run and its lease");
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL"))
                     .toInt(),
                 0);
    }

    void shimStopsTheTreeWhenTheFenceIsNotRenewed()
    {
        // Nobody renews the lease (a frozen or blocked runner): the shim alone stops the tree
        // when the fence passes, without being asked.
        auto fence = std::make_shared<RunFence>(
            QStringLiteral("test|fence|%1").arg(QCoreApplication::applicationPid()));
        fence->extendTo(RunFence::nowMs() + 1000);
        ProcessSpec spec;
        spec.program = QStringLiteral("/bin/sh");
        spec.arguments = {QStringLiteral("-c"), QStringLiteral("setsid sleep 300 & sleep 300")};
        spec.fence = fence;
        spec.killGraceMs = 1000;
        OutputCapture capture;
        std::atomic_bool never{false};
        QElapsedTimer timer;
        timer.start();
        const ProcessResult r = ProcessSupervisor::run(spec, capture, &never);
        QVERIFY(r.started);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.fenced);
        QVERIFY(ProcessSweep::findMarked(fence->marker()).isEmpty());
    }

    void fenceRenewalKeepsALongCommand()
    {
        // The keeper's renewals move the fence: a command longer than one lease runs to its end.
        test::freshDatabase(QStringLiteral("sqlite"));
        Schema::migrate(test::db());
        RunnerOptions options;
        options.leaseTtlSeconds = 4;
        options.leaseRenewSeconds = 1;
        options.leaseSafetySeconds = 2;
        Runner runner =
            makeRunner(shellTask(QStringLiteral("t:long"), QStringLiteral("sleep 7"), 60), options);
        const QList<RunOutcome> outcomes = runner.runDue();
        QCOMPARE(outcomes.first().state, ExecState::Success);
    }

    void nativeTaskCannotCommitAfterItsLeaseWasTaken_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void nativeTaskCannotCommitAfterItsLeaseWasTaken()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
        Sql::exec(test::db(), QStringLiteral("CREATE TABLE fenced_work (id INTEGER PRIMARY KEY)"));
        auto body = [](TaskContext &ctx) {
            const QSqlDatabase db = ctx.db();
            // Another host declared this run dead and took the lease.
            Sql::exec(db, QStringLiteral("UPDATE cxcron_leases SET holder = 'elsewhere|x|1|y'"));
            Sql::Transaction tx(db);
            Sql::exec(db, QStringLiteral("INSERT INTO fenced_work (id) VALUES (1)"));
            tx.commit();
            return QJsonObject{};
        };
        Runner runner = makeRunner(
            std::make_shared<test::FakeTask>(QStringLiteral("t:native"), Schedule::everyMinutes(1), body));
        const QList<RunOutcome> outcomes = runner.runDue();
        QCOMPARE(outcomes.first().state, ExecState::Interrupted);
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM fenced_work")).toInt(), 0);
        Sql::exec(test::db(), QStringLiteral("DROP TABLE fenced_work"));
    }
};

QTEST_GUILESS_MAIN(tst_Fencing)
#include "tst_fencing.moc"
