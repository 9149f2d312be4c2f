// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquery.h"

#include "historyrepository.h"
#include "sql.h"

#include <QStringList>

namespace cxcron::ReportQuery {
namespace {

/// The SQL expression a column sorts on. NULLs are folded so (value, id) keysets stay total.
QString sortExpression(ReportColumn column)
{
    switch (column) {
    case ReportColumn::Start:
        return QStringLiteral("start_at");
    case ReportColumn::End:
        return QStringLiteral("COALESCE(end_at, '')");
    case ReportColumn::Duration:
        return QStringLiteral("COALESCE(duration_ms, -1)");
    case ReportColumn::State:
        return QStringLiteral("state");
    case ReportColumn::Trigger:
        return QStringLiteral("trigger_kind");
    case ReportColumn::Who:
        return QStringLiteral("COALESCE(triggered_by, '')");
    case ReportColumn::Host:
        return QStringLiteral("COALESCE(host, '')");
    case ReportColumn::Id:
    case ReportColumn::Count:
        break;
    }
    return QStringLiteral("id");
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r')) {
        t.replace(u'"', QStringLiteral("\"\""));
        t = u'"' + t + u'"';
    }
    return t.toUtf8();
}

} // namespace

ReportPage page(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                const ReportKey &after, int limit)
{
    limit = qBound(1, limit, 10000);
    const QString expr = sortExpression(sort.column);
    const bool byId = expr == QLatin1String("id");
    const QString cmp = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList where;
    QVariantList values;
    HistoryRepository::appendConditions(filter, where, values);
    if (after.isValid()) {
        if (byId) {
            where << QString(QStringLiteral("id ") + cmp + QStringLiteral(" ?"));
            values << after.id;
        } else {
            where << QString(u'(' + expr + u' ' + cmp + QStringLiteral(" ? OR (") + expr +
                             QStringLiteral(" = ? AND id ") + cmp + QStringLiteral(" ?))"));
            values << after.value << after.value << after.id;
        }
    }
    QString sql = QStringLiteral("SELECT ") + HistoryRepository::summaryColumns() + QStringLiteral(", ") +
                  expr + QStringLiteral(" FROM cron_logs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + (byId ? QString() : QString(expr + dir + QStringLiteral(", "))) +
           QStringLiteral("id") + dir + QStringLiteral(" LIMIT ?");
    values << limit + 1; // one more tells whether another page exists
    QSqlQuery q = Sql::exec(db, sql, values);
    ReportPage result;
    while (q.next()) {
        if (result.rows.size() == limit) {
            result.hasMore = true;
            break;
        }
        result.rows << HistoryRepository::readSummary(q);
        result.next = ReportKey{q.value(12), result.rows.last().id};
    }
    return result;
}

qint64 count(const QSqlDatabase &db, const ReportFilter &filter)
{
    QStringList where;
    QVariantList values;
    HistoryRepository::appendConditions(filter, where, values);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM cron_logs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q = Sql::exec(db, sql, values);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ChartPoint> chartPoints(const QSqlDatabase &db, const ReportFilter &filter, int limit)
{
    QStringList where;
    QVariantList values;
    HistoryRepository::appendConditions(filter, where, values);
    QString sql = QStringLiteral("SELECT start_at, duration_ms, state FROM cron_logs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qBound(1, limit, 100000);
    QSqlQuery q = Sql::exec(db, sql, values);
    QList<ChartPoint> points;
    while (q.next())
        points.prepend(ChartPoint{Sql::toUtc(q.value(0)), q.isNull(1) ? -1 : q.value(1).toLongLong(),
                                  stateFromKey(q.value(2).toString())});
    return points;
}

QStringList csvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("task"),
            QStringLiteral("start_utc"),   QStringLiteral("end_utc"),
            QStringLiteral("duration_ms"), QStringLiteral("state"),
            QStringLiteral("trigger"),     QStringLiteral("triggered_by"),
            QStringLiteral("host"),        QStringLiteral("exception_class")};
}

qint64 exportCsv(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                 const std::function<void(const QByteArray &)> &write, const std::atomic_bool *cancel)
{
    write(csvHeader().join(u',').toUtf8() + "\r\n");
    const auto iso = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
    };
    qint64 written = 0;
    ReportKey key;
    for (;;) {
        if (cancel && cancel->load())
            break;
        const ReportPage p = page(db, filter, sort, key, 2000);
        QByteArray chunk;
        for (const Execution &e : p.rows) {
            chunk += QByteArray::number(e.id) + ',' + csvField(e.task) + ',' + csvField(iso(e.startAt)) +
                     ',' + csvField(iso(e.endAt)) + ',' +
                     (e.durationMs >= 0 ? QByteArray::number(e.durationMs) : QByteArray()) + ',' +
                     csvField(stateKey(e.state)) + ',' + csvField(triggerKey(e.trigger)) + ',' +
                     csvField(e.triggeredBy) + ',' + csvField(e.host) + ',' + csvField(e.exceptionClass) +
                     "\r\n";
        }
        write(chunk);
        written += p.rows.size();
        if (!p.hasMore)
            break;
        key = p.next;
    }
    return written;
}

} // namespace cxcron::ReportQuery
