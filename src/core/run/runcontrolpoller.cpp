// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontrolpoller.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "runcontrol.h"
#include "sql.h"
#include "taskworker.h"

namespace cxcron {

RunControlPoller::RunControlPoller(std::shared_ptr<Clock> clock)
    : m_clock(std::move(clock))
{}

void RunControlPoller::poll(const QList<Run> &runs)
{
    // Runs that ended since the last poll: their rows went with them (Runner::record()).
    QHash<qint64, QString> unsaved;
    for (const Run &r : runs)
        if (m_unsaved.contains(r.logId))
            unsaved.insert(r.logId, m_unsaved.value(r.logId));
    m_unsaved = unsaved;
    try {
        QList<qint64> ids;
        for (const Run &r : runs)
            if (r.worker->stopReason() == CancelReason::None)
                ids << r.logId;
        const QSqlDatabase db = Database::connection();
        const QHash<qint64, QString> requests = RunControl::cancelRequests(db, ids);
        for (const Run &r : runs) {
            const auto it = requests.constFind(r.logId);
            if (it != requests.constEnd() && r.worker->requestStop(CancelReason::User, *it))
                qCInfo(lcRunner).noquote() << "run" << r.logId << "of" << r.task << "cancelled by" << *it;
        }
        QString tail;
        for (const Run &r : runs)
            if (r.worker->takeLiveOutput(tail))
                m_unsaved.insert(r.logId, tail);
        storeLiveTails(db);
    } catch (const Error &e) {
        qCInfo(lcRunner).noquote() << "run control poll failed:" << e.message();
        if (e.kind() == ErrorKind::Connection)
            Database::closeThreadConnection();
    }
}

void RunControlPoller::storeLiveTails(const QSqlDatabase &db)
{
    if (m_unsaved.isEmpty())
        return;
    // On SQLite a write waits up to the busy timeout while another writer (a task of this very
    // runner, a `cxcron run` elsewhere) holds the lock. A live view is not worth stalling the
    // supervision of timeouts and cancels for: try without waiting, else at the next poll.
    int busyTimeout = -1;
    if (Database::isSqlite(db)) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("PRAGMA busy_timeout"));
        busyTimeout = q.next() ? q.value(0).toInt() : 0;
        Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    }
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        try {
            RunControl::storeLiveTail(db, it.key(), it.value(), m_clock->nowUtc(db));
            it = m_unsaved.erase(it);
        } catch (const Error &e) {
            qCInfo(lcRunner).noquote() << "live output of" << it.key() << "not stored now:" << e.message();
            ++it;
        }
    }
    if (busyTimeout >= 0)
        Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
}

} // namespace cxcron
