// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"
#include "historyrepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <functional>

namespace cxcron {

class RawRow;

/// The columns of a task report, in display order.
enum class ReportColumn
{
    Id,
    Start,
    End,
    Duration,
    State,
    Trigger,
    Who,
    Host,
    Count
};

/// Which executions of one task a report shows.
/// What a report shows: the same selection as the history listing.
using ReportFilter = ExecutionSelection;

struct ReportSort
{
    ReportColumn column = ReportColumn::Id;
    bool descending = true;
};

/// Keyset position: the (sort value, id) of the last row of a page. Invalid = first page.
struct ReportKey
{
    QVariant value;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

struct ReportPage
{
    QList<Execution> rows;
    ReportKey next; ///< key of the last row, to fetch the following page
    bool hasMore = false;
};

/// One point of the durations chart.
struct ChartPoint
{
    QDateTime startUtc;
    qint64 durationMs = -1;
    ExecState state = ExecState::Success;
};

/// Server-side sorted, filtered, keyset-paged reads of cron_logs. Every statement uses bound
/// values; the sort column is picked from a fixed list, never from user text.
namespace ReportQuery {

/// "Newest first" wherever runs are listed: by start time, then id (ids follow the insert, and
/// rows come from several hosts and from imports).
inline ReportSort newestFirst()
{
    return ReportSort{ReportColumn::Start, true};
}
/// The keyset position of the row @p id in the order of @p sort (to list the rows after it);
/// invalid when there is no such row.
ReportKey keyOf(const QSqlDatabase &db, const ReportSort &sort, qint64 id);

/// One page after @p after (exclusive) in the order of @p sort; rows carry no output text.
ReportPage page(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                const ReportKey &after, int limit);
/// How many rows match @p filter.
qint64 count(const QSqlDatabase &db, const ReportFilter &filter);
/// The newest @p limit runs matching @p filter, oldest first, for the chart.
QList<ChartPoint> chartPoints(const QSqlDatabase &db, const ReportFilter &filter, int limit);

/// Columns of the rows forEachRow() hands out: HistoryRepository::summaryColumns() (0–11), then
/// exception (12) and output (13) when asked for.
enum StreamColumn
{
    ExceptionColumn = 12,
    OutputColumn = 13,
};

/// Streams the rows matching @p filter in @p sort order, starting after @p after, to @p row
/// as they are read (never the whole result in memory: one query per segment read through
/// SQLite's own API, keyset chunks on MariaDB). Stops after @p max rows (0 = all), when @p row returns false
/// or when @p cancel is set. Returns the number of rows handed out.
qint64 forEachRow(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                  const ReportKey &after, bool withText, qint64 max,
                  const std::function<bool(const RawRow &)> &row, const std::atomic_bool *cancel = nullptr);

} // namespace ReportQuery
} // namespace cxcron
