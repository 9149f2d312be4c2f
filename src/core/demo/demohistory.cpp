// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "hostinfo.h"
#include "reportschema.h"
#include "sql.h"
#include "taskregistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

namespace cxcron::DemoHistory {
namespace {

struct Run
{
    QString state = QStringLiteral("success");
    QJsonObject output;
    QString exceptionClass;
    QString exceptionMessage;
    QString trace;
    qint64 durationMs = 0;
};

QString traceFor(const QString &task, const QStringList &steps)
{
    return QStringLiteral("Steps:\n  ") + steps.join(QStringLiteral("\n  ")) +
           QStringLiteral("\n#0 cxcron::%1::run(cxcron::TaskContext&)\n#1 cxcron::runOnWorker(...)\n#2 "
                          "std::thread::_State_impl<...>::_M_run()")
               .arg(task);
}

Run makeRun(const QString &task, QRandomGenerator &rng)
{
    Run r;
    const quint32 roll = rng.bounded(1000u);
    r.durationMs = 20 + rng.bounded(300);
    if (task == QLatin1String("invoices:delivery")) {
        const int delivered = roll < 40 ? int(1 + rng.bounded(3)) : 0;
        if (roll >= 995) {
            r.state = QStringLiteral("failed");
            r.exceptionClass = QStringLiteral("DeliveryError");
            r.exceptionMessage =
                QStringLiteral("1 of 2 item(s) failed; first: The provisioning command "
                               "/opt/cxcron/bin/proxmox-provision (create) failed with exit code 2: "
                               "Proxmox API: 596 Connection timed out (pve-node-02:8006)");
            r.trace = traceFor(QStringLiteral("InvoiceDeliveryTask"),
                               {QStringLiteral("item #1432 (service, related #5)")});
            r.durationMs = 30000 + rng.bounded(5000);
            return r;
        }
        r.output = {{QStringLiteral("selected"), delivered},
                    {QStringLiteral("delivered"), delivered},
                    {QStringLiteral("renewed"), 0},
                    {QStringLiteral("failed"), 0},
                    {QStringLiteral("capped"), 0},
                    {QStringLiteral("left_for_cms"), roll % 7 == 0 ? 1 : 0},
                    {QStringLiteral("errors"), QJsonValue(QJsonValue::Array)}};
        r.durationMs += delivered * 800;
    } else if (task == QLatin1String("services:expire")) {
        if (roll >= 997) {
            r.state = QStringLiteral("failed");
            r.exceptionClass = QStringLiteral("ConnectionError");
            r.exceptionMessage = QStringLiteral("Database error: Lost connection to server during query");
            r.trace = traceFor(QStringLiteral("ServiceExpireTask"), {QStringLiteral("suspended: set-based")});
            return r;
        }
        if (roll >= 990) {
            r.state = QStringLiteral("skipped");
            r.output = {{QStringLiteral("reason"), QStringLiteral("overlap")}};
            r.durationMs = 0;
            return r;
        }
        r.output = {{QStringLiteral("suspended"), roll < 30 ? 1 : 0},
                    {QStringLiteral("expired"), roll >= 30 && roll < 45 ? 1 : 0},
                    {QStringLiteral("cancelled"), roll >= 45 && roll < 50 ? 1 : 0},
                    {QStringLiteral("hidden"), roll >= 50 && roll < 60 ? 1 : 0},
                    {QStringLiteral("left_for_cms"), roll % 11 == 0 ? 1 : 0},
                    {QStringLiteral("errors"), QJsonValue(QJsonValue::Array)}};
    } else if (task == QLatin1String("invoices:cancel-stale")) {
        r.output = {{QStringLiteral("cancelled"), int(rng.bounded(3))}};
    } else if (task == QLatin1String("history:prune")) {
        r.output = {{QStringLiteral("deleted"), int(2500 + rng.bounded(400))},
                    {QStringLiteral("batches"), 1}};
        r.durationMs = 400 + rng.bounded(900);
    } else {
        return {};
    }
    return r;
}
} // namespace

int seed(const QSqlDatabase &db, const QDateTime &nowUtc, int days)
{
    QRandomGenerator rng(20261124);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, output, "
                       "exception, exception_class, exception_trace, duration_ms, manual, trigger_kind, "
                       "triggered_by, host, pid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, 0, 'schedule', 'www-data', ?, ?, ?, ?)"));
    const QString host = HostInfo::hostName();
    const ReportSchema::BulkInsert bulk(db); // tens of thousands of rows: index their text once
    int rows = 0;
    // As a runner that ran every slot so far would have left it: a daily task whose time passed
    // this morning shows this morning's run, not yesterday's. Only the current minute's slots
    // are left for `cxcron run`.
    const qint64 minute = nowUtc.toSecsSinceEpoch() / 60;
    const QDateTime currentMinute = QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::utc());
    for (const auto &task : TaskRegistry::builtin().tasks()) {
        const Schedule schedule = task->defaultSchedule();
        QDateTime slot = schedule.nextSlot(nowUtc.addDays(-days), zone);
        while (slot.isValid() && slot < currentMinute) {
            const Run r = makeRun(task->name(), rng);
            if (r.output.isEmpty() && r.exceptionClass.isEmpty())
                break; // a task the demo has no story for (diagnostics)
            const QDateTime start = slot.addMSecs(150 + rng.bounded(900));
            const QDateTime end = start.addMSecs(r.durationMs);
            const QString exception = r.exceptionClass.isEmpty()
                                          ? QString()
                                          : r.exceptionClass + QStringLiteral(": ") + r.exceptionMessage;
            const auto orNull = [](const QString &s) {
                return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
            };
            for (const QVariant &v :
                 {QVariant(task->name()), QVariant(Sql::fromUtc(slot).left(19)),
                  QVariant(Sql::fromUtc(start)), QVariant(Sql::fromUtc(end)), QVariant(r.state),
                  r.output.isEmpty()
                      ? QVariant(QMetaType(QMetaType::QString))
                      : QVariant(QString::fromUtf8(QJsonDocument(r.output).toJson(QJsonDocument::Compact))),
                  orNull(exception), orNull(r.exceptionClass), orNull(r.trace), QVariant(r.durationMs),
                  QVariant(host), QVariant(qint64(4000 + rng.bounded(50000))),
                  QVariant(Sql::fromUtc(start).left(19)), QVariant(Sql::fromUtc(end).left(19))})
                insert.addBindValue(v);
            if (!insert.exec())
                Sql::fail(insert, QStringLiteral("cron_logs"));
            ++rows;
            slot = schedule.nextSlot(slot, zone);
        }
    }
    return rows;
}

} // namespace cxcron::DemoHistory
