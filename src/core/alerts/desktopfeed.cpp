// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopfeed.h"

#include "database.h"
#include "historyrepository.h"
#include "sql.h"

namespace cxcron {

DesktopFeed DesktopFeed::poll(const QSqlDatabase &db, const QDateTime &afterUtc, int limit)
{
    DesktopFeed feed;
    feed.nowUtc = Database::serverNowUtc(db);
    feed.runnerLastSeenUtc = HistoryRepository::lastScheduledRun(db);
    feed.cursorUtc = afterUtc.isValid() ? afterUtc : feed.nowUtc;
    if (!afterUtc.isValid())
        return feed;
    // start_at bounds the range so the (start_at) index is used; a run lasting more than a day
    // that then fails is left to the other alert channels.
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT ") + HistoryRepository::summaryColumns() +
            QStringLiteral(", exception FROM cron_logs WHERE start_at >= ? AND end_at > ? AND "
                           "state IN (") +
            failureStatesSql() + QStringLiteral(") ORDER BY end_at LIMIT ") + QString::number(limit),
        {Sql::fromUtc(afterUtc.addDays(-1)), Sql::fromUtc(afterUtc)});
    while (q.next()) {
        Execution e = HistoryRepository::readSummary(q);
        e.exception = q.value(12).toString();
        feed.failures << e;
        if (e.endAt > feed.cursorUtc)
            feed.cursorUtc = e.endAt;
    }
    return feed;
}

} // namespace cxcron
