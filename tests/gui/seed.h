// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding helpers shared by the GUI tests (header only; not a test itself).
#pragma once

#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron::test {

struct SeedRow
{
    QString task;
    QDateTime start; ///< UTC
    qint64 durationMs = 100;
    QString state = QStringLiteral("success");
    QString output;
    QString exception;
    QString exceptionClass;
    QString trace;
    QString trigger = QStringLiteral("schedule");
    QString who = QStringLiteral("www-data");
};

inline SeedRow makeRow(const QString &task, const QDateTime &start, qint64 durationMs = 100,
                       const QString &state = QStringLiteral("success"))
{
    SeedRow r;
    r.task = task;
    r.start = start;
    r.durationMs = durationMs;
    r.state = state;
    return r;
}

/// Inserts @p rows in one transaction on this thread's connection.
inline void seedRows(const QList<SeedRow> &rows)
{
    const QSqlDatabase db = test::db();
    Schema::migrate(db);
    Sql::Transaction tx(db);
    for (const SeedRow &r : rows) {
        const bool running = r.state == QLatin1String("running");
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO cron_logs (name, start_at, end_at, state, output, exception, "
                      "exception_class, exception_trace, duration_ms, manual, trigger_kind, triggered_by, "
                      "host, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'testhost', 4242)"),
                  {r.task, Sql::fromUtc(r.start),
                   running ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(Sql::fromUtc(r.start.addMSecs(r.durationMs))),
                   r.state, r.output.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.output),
                   r.exception.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.exception),
                   r.exceptionClass.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(r.exceptionClass),
                   r.trace.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.trace),
                   running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(r.durationMs), r.trigger,
                   r.who});
    }
    tx.commit();
}

} // namespace cxcron::test
