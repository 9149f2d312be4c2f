// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquery.h"

#include "database.h"
#include "historyrepository.h"
#include "rawrow.h"
#include "sql.h"
#include "textsearch.h"

#include <QStringList>

namespace cxcron::ReportQuery {
namespace {

/// The column a report column sorts on. Each has an index (name, column), so the first page
/// of any order is a range scan. No COALESCE (it would hide the index): NULLs are read as a
/// segment of their own, after the values when descending and before them when ascending,
/// which is where both SQLite and MariaDB sort NULLs.
QString sortColumn(ReportColumn column)
{
    switch (column) {
    case ReportColumn::Start:
        return QStringLiteral("start_at");
    case ReportColumn::End:
        return QStringLiteral("end_at");
    case ReportColumn::Duration:
        return QStringLiteral("duration_ms");
    case ReportColumn::State:
        return QStringLiteral("state");
    case ReportColumn::Trigger:
        return QStringLiteral("trigger_kind");
    case ReportColumn::Who:
        return QStringLiteral("triggered_by");
    case ReportColumn::Host:
        return QStringLiteral("host");
    case ReportColumn::Id:
    case ReportColumn::Count:
        break;
    }
    return QStringLiteral("id");
}

enum class Segment
{
    All,    ///< sorting by id: one segment
    Values, ///< rows whose sort column is not NULL
    Nulls,  ///< rows whose sort column is NULL, in id order
};

QList<Segment> segments(const ReportSort &sort)
{
    if (sortColumn(sort.column) == QLatin1String("id"))
        return {Segment::All};
    return sort.descending ? QList<Segment>{Segment::Values, Segment::Nulls}
                           : QList<Segment>{Segment::Nulls, Segment::Values};
}

struct Statement
{
    QString sql;
    QVariantList values;
};

/// The SELECT of one chunk of @p segment, after @p key when it is valid.
Statement statement(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                    Segment segment, const ReportKey &key, const QString &columns, qint64 limit)
{
    const QString column = sortColumn(sort.column);
    const QString cmp = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList where;
    QVariantList values;
    // Newest (or oldest) first with a text on SQLite: walk the trigram table in rowid order and
    // join the rows, so a common text fills a page at once and a rare one reads only its matches.
    const QString match = segment == Segment::All ? TextSearch::joinQuery(db, filter.text) : QString();
    QString from = QStringLiteral("cron_logs");
    QString id = QStringLiteral("id");
    if (match.isEmpty()) {
        HistoryRepository::appendConditions(db, filter, where, values);
    } else {
        ReportFilter rest = filter;
        rest.text.clear();
        HistoryRepository::appendConditions(db, rest, where, values);
        from = QStringLiteral("cron_logs_fts JOIN cron_logs ON cron_logs.id = cron_logs_fts.rowid");
        id = QStringLiteral("cron_logs_fts.rowid");
        where << QStringLiteral("cron_logs_fts MATCH ?");
        values << match;
        TextSearch::appendLike(filter.text, where, values);
    }
    QString order = id + dir;
    switch (segment) {
    case Segment::All:
        // MariaDB reads "name = ? AND id < ?" as a ref on (name) and walks the task's ids from
        // the newest down to the key, so each later page cost more (10 s per 50,000-row chunk
        // at 4M rows deep, quadratic over an export); the hint makes it a range on (name, id).
        if (key.isValid() && match.isEmpty() && !Database::isSqlite(db) && !filter.task.isEmpty() &&
            filter.text.isEmpty())
            from = QStringLiteral("cron_logs FORCE INDEX (cron_logs_name_id)");
        if (key.isValid()) {
            where << QString(id + u' ' + cmp + QStringLiteral(" ?"));
            values << key.id;
        }
        break;
    case Segment::Values:
        where << column + QStringLiteral(" IS NOT NULL");
        if (key.isValid()) {
            // (column, id) after (value, id): the first conjunct bounds the index range.
            where << QString(column + u' ' + cmp + QStringLiteral("= ? AND (") + column + u' ' + cmp +
                             QStringLiteral(" ? OR id ") + cmp + QStringLiteral(" ?)"));
            values << key.value << key.value << key.id;
        }
        order = column + dir + QStringLiteral(", ") + order;
        break;
    case Segment::Nulls:
        where << column + QStringLiteral(" IS NULL");
        if (key.isValid()) {
            where << QString(QStringLiteral("id ") + cmp + QStringLiteral(" ?"));
            values << key.id;
        }
        break;
    }
    QString sql =
        QStringLiteral("SELECT ") + columns + QStringLiteral(", ") + column + QStringLiteral(" FROM ") + from;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    return {sql, values};
}

QSqlQuery select(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort, Segment segment,
                 const ReportKey &key, const QString &columns, qint64 limit)
{
    const Statement s = statement(db, filter, sort, segment, key, columns, limit);
    return Sql::exec(db, s.sql, s.values);
}

/// The segment a walk after @p after starts in.
qsizetype firstSegment(const QList<Segment> &order, const ReportKey &after)
{
    if (after.isValid() && order.size() > 1)
        return order.indexOf(after.value.isNull() ? Segment::Nulls : Segment::Values);
    return 0;
}

/// Walks the rows after @p after in order, in queries of at most @p chunk rows (0 = one query).
/// @p row returns false to stop (that row is then not counted). Returns the rows accepted;
/// @p last is the key of the last accepted row.
qint64 walk(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
            const ReportKey &after, const QString &columns, qint64 chunk,
            const std::function<bool(const QSqlQuery &)> &row, const std::atomic_bool *cancel,
            ReportKey *last)
{
    const QList<Segment> order = segments(sort);
    // The sort value follows the summary columns (and exception and output when streamed).
    const int valueColumn =
        columns.endsWith(QLatin1String("cron_logs.output")) ? OutputColumn + 1 : ExceptionColumn;
    const qsizetype first = firstSegment(order, after);
    ReportKey key = after;
    qint64 accepted = 0;
    for (qsizetype s = first; s < order.size(); ++s) {
        for (;;) {
            if (cancel && cancel->load())
                return accepted;
            QSqlQuery q = select(db, filter, sort, order.at(s), key, columns, chunk);
            qint64 read = 0;
            while (q.next()) {
                ++read;
                if (!row(q))
                    return accepted;
                ++accepted;
                key = ReportKey{q.value(valueColumn), q.value(0).toLongLong()};
                if (last)
                    *last = key;
                if (cancel && (accepted & 1023) == 0 && cancel->load())
                    return accepted;
            }
            if (chunk <= 0 || read < chunk)
                break;
        }
        key = ReportKey{}; // the next segment starts from its beginning
    }
    return accepted;
}

} // namespace

ReportPage page(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                const ReportKey &after, int limit)
{
    limit = qBound(1, limit, 100000);
    ReportPage result;
    walk(
        db, filter, sort, after, HistoryRepository::summaryColumns(), limit + 1,
        [&](const QSqlQuery &q) {
            if (result.rows.size() == limit) { // one more tells whether another page exists
                result.hasMore = true;
                return false;
            }
            result.rows << HistoryRepository::readSummary(q);
            return true;
        },
        nullptr, &result.next);
    return result;
}

qint64 forEachRow(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                  const ReportKey &after, bool withText, qint64 max,
                  const std::function<bool(const RawRow &)> &row, const std::atomic_bool *cancel)
{
    const bool sqlite = Database::isSqlite(db);
    const bool direct = sqlite ? SqliteRows::available(db) : MariadbRows::available(db);
    // The times as text in the storage format, which the exports print without building a
    // QDateTime per value: SQLite stores that text, MariaDB's direct reader formats its DATETIMEs
    // so; through Qt's MySQL driver the server formats them (the driver's DATETIME → QDateTime
    // conversion and back dominated the export's CPU time).
    const QString summary =
        sqlite || direct
            ? HistoryRepository::summaryColumns()
            : QStringLiteral("id, name, DATE_FORMAT(scheduled_for, '%Y-%m-%d %H:%i:%s'), "
                             "LEFT(DATE_FORMAT(start_at, '%Y-%m-%d %H:%i:%s.%f'), 23), "
                             "LEFT(DATE_FORMAT(end_at, '%Y-%m-%d %H:%i:%s.%f'), 23), state, duration_ms, "
                             "trigger_kind, triggered_by, host, pid, exception_class");
    const QString columns =
        summary + (withText ? QStringLiteral(", cron_logs.exception, cron_logs.output") : QString());
    qint64 handed = 0;
    if (direct) {
        // Rows read through the engine's own client library, as the UTF-8 it sends: no QVariant
        // nor UTF-16 copy per cell (which was most of the export's time through QSqlQuery).
        // SQLite steps through one query per segment; MariaDB streams keyset chunks unbuffered
        // (a chunk bounds what a cancel or a limit leaves to drain).
        const qint64 chunk = sqlite ? 0 : 50000;
        const int valueColumn = withText ? OutputColumn + 1 : ExceptionColumn;
        const QList<Segment> order = segments(sort);
        ReportKey key = after;
        bool stopped = false;
        for (qsizetype s = firstSegment(order, after); s < order.size() && !stopped; ++s) {
            for (;;) {
                qint64 limit = max > 0 ? max - handed : 0;
                if (chunk > 0)
                    limit = limit > 0 ? qMin(limit, chunk) : chunk;
                const Statement st = statement(db, filter, sort, order.at(s), key, columns, limit);
                qint64 read = 0;
                const auto each = [&](const RawRow &r) {
                    if ((max > 0 && handed == max) || (cancel && (handed & 1023) == 0 && cancel->load()) ||
                        !row(r)) {
                        stopped = true;
                        return false;
                    }
                    ++handed;
                    ++read;
                    if (chunk > 0) {
                        bool ok = false;
                        const qint64 id = r.integer(0, &ok);
                        key = ReportKey{r.isNull(valueColumn) ? QVariant() : r.value(valueColumn),
                                        ok ? id : r.value(0).toLongLong()};
                    }
                    return true;
                };
                if (sqlite)
                    SqliteRows::forEach(db, st.sql, st.values, each);
                else
                    MariadbRows::forEach(db, st.sql, st.values, each);
                if (stopped || (max > 0 && handed == max) || (cancel && cancel->load())) {
                    stopped = true;
                    break;
                }
                if (chunk <= 0 || read < limit)
                    break;
            }
            key = ReportKey{};
        }
        return handed;
    }
    // The MySQL driver stores a whole result client-side, so there the rows come in keyset chunks.
    const qint64 chunk = max > 0 ? qMin<qint64>(max, 5000) : 5000;
    return walk(
        db, filter, sort, after, columns, chunk,
        [&](const QSqlQuery &q) {
            if (max > 0 && handed == max)
                return false;
            ++handed;
            return row(QueryRow(q));
        },
        cancel, nullptr);
}

ReportKey keyOf(const QSqlDatabase &db, const ReportSort &sort, qint64 id)
{
    if (id <= 0)
        return {};
    const QString column = sortColumn(sort.column);
    if (column == QLatin1String("id"))
        return ReportKey{QVariant(), id};
    // The column picked from the fixed list above, never user text.
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT ") + column + QStringLiteral(" FROM cron_logs WHERE id = ?"), {id});
    return q.next() ? ReportKey{q.value(0), id} : ReportKey{};
}

qint64 count(const QSqlDatabase &db, const ReportFilter &filter)
{
    QStringList where;
    QVariantList values;
    HistoryRepository::appendConditions(db, filter, where, values);
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
    HistoryRepository::appendConditions(db, filter, where, values);
    QString sql = QStringLiteral("SELECT start_at, duration_ms, state FROM cron_logs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY start_at DESC, id DESC LIMIT ?");
    values << qBound(1, limit, 100000);
    QSqlQuery q = Sql::exec(db, sql, values);
    QList<ChartPoint> points;
    while (q.next())
        points.prepend(ChartPoint{Sql::toUtc(q.value(0)), q.isNull(1) ? -1 : q.value(1).toLongLong(),
                                  stateFromKey(q.value(2).toString())});
    return points;
}

} // namespace cxcron::ReportQuery
