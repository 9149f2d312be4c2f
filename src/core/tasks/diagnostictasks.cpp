// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostic tasks for the fault-injection and multi-host tests. They exist only when
// CXCRON_DIAGNOSTIC_TASKS=1, so a production installation never lists them.
//
//   diag:tick        every minute; writes two rows into cxcron_diag in one transaction
//   diag:sleep       every minute; sleeps CXCRON_DIAG_SLEEP_MS (default 1000) inside a transaction
//                    that wrote half of its item, honouring cancellation (kill/overlap tests)
//   diag:hang        ignores cancellation and busy-waits (timeout CXCRON_DIAG_TIMEOUT_S, default 2)
//   diag:fail        throws TaskError with the class name "DiagnosticError"
//   diag:big-output  returns about 10 MB of output with replacement characters, a lone
//                    surrogate and a NUL (the runner stores a truncated summary)
//
// Which ones are enabled for the schedule: CXCRON_DIAG_ENABLE, a comma-separated list of short
// names (default "tick,sleep"). Every diag task can still be run by name (`cxcron run diag:hang`).
// cxcron_diag rows carry the real wall-clock start and end of each run, so tests can check that
// two runs of one task never overlapped even when the runners use a simulated clock.
#include "diagnostictasks.h"

#include "database.h"
#include "hostinfo.h"
#include "logging.h"
#include "sql.h"
#include "taskregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace cxcron::DiagnosticTasks {
namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QString wallNow()
{
    return Sql::fromUtc(QDateTime::currentDateTimeUtc());
}

void ensureDiagTable(const QSqlDatabase &db)
{
    // Not CREATE … IF NOT EXISTS on every run: on a Galera cluster each DDL statement is
    // replicated in total order and aborts the transactions of other nodes' runs on the table.
    if (Database::tableExists(db, QStringLiteral("cxcron_diag")))
        return;
    const bool sqlite = Database::isSqlite(db);
    const QString sql =
        sqlite ? QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_diag (id INTEGER PRIMARY KEY "
                                "AUTOINCREMENT, log_id INTEGER NOT NULL, task TEXT NOT NULL, part "
                                "INTEGER NOT NULL, real_start TEXT NOT NULL, real_end TEXT NULL, "
                                "host TEXT NULL)")
               : QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_diag (id BIGINT UNSIGNED NOT NULL "
                                "AUTO_INCREMENT PRIMARY KEY, log_id BIGINT NOT NULL, task "
                                "VARCHAR(64) NOT NULL, part INT NOT NULL, real_start VARCHAR(32) NOT "
                                "NULL, real_end VARCHAR(32) NULL, host VARCHAR(191) NULL) "
                                "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    Sql::exec(db, sql);
}

void insertPart(const QSqlDatabase &db, const TaskContext &context, const QString &task, int part,
                const QString &realStart, const QString &realEnd)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO cxcron_diag (log_id, task, part, real_start, real_end, host) "
                             "VALUES (?, ?, ?, ?, ?, ?)"),
              {context.logId(), task, part, realStart,
               realEnd.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(realEnd),
               HostInfo::hostName()});
}

class DiagTask : public Task
{
public:
    DiagTask(QString shortName, int timeoutSeconds)
        : m_short(std::move(shortName))
        , m_timeout(timeoutSeconds)
    {}
    QString name() const override { return QStringLiteral("diag:") + m_short; }
    Schedule defaultSchedule() const override { return Schedule::everyMinutes(1); }
    int defaultTimeoutSeconds() const override { return m_timeout; }
    // They stand for independent jobs (a hung one must not hold back the others).
    QString concurrencyGroup() const override { return {}; }
    bool enabledByDefault() const override
    {
        const QString list = qEnvironmentVariable("CXCRON_DIAG_ENABLE", QStringLiteral("tick,sleep"));
        return list.split(u',', Qt::SkipEmptyParts).contains(m_short);
    }

protected:
    QString m_short;
    int m_timeout;
};

class TickTask final : public DiagTask
{
public:
    TickTask()
        : DiagTask(QStringLiteral("tick"), 60)
    {}
    QString title() const override { return QCoreApplication::translate("Tasks", "Diagnostic: tick"); }
    QJsonObject run(TaskContext &context) override
    {
        const QSqlDatabase db = context.db();
        const QString start = wallNow();
        ensureDiagTable(db);
        Sql::Transaction tx(db);
        insertPart(db, context, name(), 1, start, {});
        insertPart(db, context, name(), 2, start, wallNow());
        tx.commit();
        return {{QStringLiteral("ticked"), true}, {QStringLiteral("host"), HostInfo::hostName()}};
    }
};

class SleepTask final : public DiagTask
{
public:
    SleepTask()
        : DiagTask(QStringLiteral("sleep"), envInt("CXCRON_DIAG_SLEEP_TIMEOUT_S", 600))
    {}
    QString title() const override { return QCoreApplication::translate("Tasks", "Diagnostic: sleep"); }
    QJsonObject run(TaskContext &context) override
    {
        const int sleepMs = qMax(0, envInt("CXCRON_DIAG_SLEEP_MS", 1000));
        const QSqlDatabase db = context.db();
        const QString start = wallNow();
        ensureDiagTable(db);
        // Half of the item is written before the sleep and the other half after it, in one
        // transaction: a run killed in between must leave no half-written item behind.
        Sql::Transaction tx(db);
        insertPart(db, context, name(), 1, start, {});
        context.step(QStringLiteral("sleeping %1 ms").arg(sleepMs));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < sleepMs) {
            context.checkCancelled();
            QThread::msleep(static_cast<unsigned long>(
                qBound<qint64>(qint64(1), qint64(sleepMs) - timer.elapsed(), qint64(20))));
        }
        insertPart(db, context, name(), 2, start, wallNow());
        tx.commit();
        return {{QStringLiteral("slept_ms"), sleepMs}, {QStringLiteral("host"), HostInfo::hostName()}};
    }
};

class HangTask final : public DiagTask
{
public:
    HangTask()
        : DiagTask(QStringLiteral("hang"), qMax(1, envInt("CXCRON_DIAG_TIMEOUT_S", 2)))
    {}
    QString title() const override { return QCoreApplication::translate("Tasks", "Diagnostic: hang"); }
    QJsonObject run(TaskContext &) override
    {
        // Deliberately ignores cancellation: only the process exit ends this thread.
        for (;;)
            QThread::msleep(10); // never calls checkCancelled(); sleeps to stay cheap on CI machines
    }
};

class FailTask final : public DiagTask
{
public:
    FailTask()
        : DiagTask(QStringLiteral("fail"), 60)
    {}
    QString title() const override { return QCoreApplication::translate("Tasks", "Diagnostic: fail"); }
    QJsonObject run(TaskContext &context) override
    {
        context.step(QStringLiteral("about to fail"));
        throw TaskError(QCoreApplication::translate("Tasks", "Diagnostic failure requested."),
                        QStringLiteral("DiagnosticError"), {QStringLiteral("diag:fail always fails")});
    }
};

class BigOutputTask final : public DiagTask
{
public:
    BigOutputTask()
        : DiagTask(QStringLiteral("big-output"), 120)
    {}
    QString title() const override
    {
        return QCoreApplication::translate("Tasks", "Diagnostic: large output");
    }
    QJsonObject run(TaskContext &) override
    {
        const int bytes = qMax(0, envInt("CXCRON_DIAG_OUTPUT_BYTES", 10 * 1024 * 1024));
        // Invalid UTF-8 as a task would receive it from a remote API, a lone surrogate and NUL.
        const QByteArray invalid("bad utf-8: \xff\xfe\xc3( \xed\xa0\x80 end");
        QString hostile = QString::fromUtf8(invalid);
        hostile += QChar(0xD800);
        hostile += QChar(0);
        hostile += QStringLiteral("'; DROP TABLE cron_logs; -- %_\\");
        QString filler(bytes, u'x');
        return {{QStringLiteral("hostile"), hostile},
                {QStringLiteral("filler"), filler},
                {QStringLiteral("bytes"), bytes}};
    }
};

} // namespace

void registerIfEnabled(TaskRegistry &registry)
{
    if (qEnvironmentVariable("CXCRON_DIAGNOSTIC_TASKS") != QLatin1String("1"))
        return;
    registry.add(std::make_shared<TickTask>());
    registry.add(std::make_shared<SleepTask>());
    registry.add(std::make_shared<HangTask>());
    registry.add(std::make_shared<FailTask>());
    registry.add(std::make_shared<BigOutputTask>());
    qCInfo(lcTasks) << "diagnostic tasks registered";
}

} // namespace cxcron::DiagnosticTasks
