// SPDX-License-Identifier: GPL-3.0-or-later
#include "runwatcher.h"

#include "asyncdb.h"
#include "historyrepository.h"
#include "runcontrol.h"
#include "schema.h"

namespace cxcron::gui {
namespace {

struct Snapshot
{
    std::optional<Execution> execution;
    QString tail;
    bool cancelRequested = false;
};

bool hasRunControl(const QSqlDatabase &db)
{
    // A database no runner of this version migrated yet has no such tables: nothing to show.
    return Schema::storedVersion(db) >= 6;
}

} // namespace

RunWatcher::RunWatcher(qint64 logId, QObject *parent)
    : QObject(parent)
    , m_logId(logId)
{
    connect(&m_timer, &QTimer::timeout, this, &RunWatcher::poll);
}

void RunWatcher::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void RunWatcher::poll()
{
    if (m_busy)
        return; // a slow database: one read at a time
    m_busy = true;
    const qint64 id = m_logId;
    whenDone(this, runDb([id] {
                 const QSqlDatabase db = Database::connection();
                 Snapshot s;
                 s.execution = HistoryRepository::get(db, id);
                 if (s.execution && s.execution->state == ExecState::Running && hasRunControl(db)) {
                     if (const auto live = RunControl::liveTail(db, id))
                         s.tail = live->text;
                     s.cancelRequested = RunControl::cancelRequestedBy(db, id).has_value();
                 }
                 return s;
             }),
             [this](const DbResult<Snapshot> &r) {
                 m_busy = false;
                 if (!r.ok) {
                     Q_EMIT failed(r.error); // tried again at the next tick
                     return;
                 }
                 if (!r.value.execution || r.value.execution->state != ExecState::Running) {
                     m_timer.stop();
                     Q_EMIT ended(r.value.execution.value_or(Execution{}));
                     return;
                 }
                 if (!r.value.tail.isEmpty())
                     m_tail = r.value.tail;
                 m_cancelRequested = m_cancelRequested || r.value.cancelRequested;
                 Q_EMIT updated(*r.value.execution, m_tail, m_cancelRequested);
             });
}

void RunWatcher::cancelRun(const QString &who)
{
    const qint64 id = m_logId;
    whenDone(this, runDb([id, who] {
                 const QSqlDatabase db = Database::connection();
                 Schema::migrate(db);
                 return RunControl::requestCancel(db, id, who);
             }),
             [this](const DbResult<bool> &r) {
                 if (!r.ok) {
                     Q_EMIT failed(r.error);
                     return;
                 }
                 if (!r.value) {
                     Q_EMIT failed(tr("Execution #%1 is no longer running: nothing to cancel.").arg(m_logId));
                     poll();
                     return;
                 }
                 m_cancelRequested = true;
                 Q_EMIT cancelAccepted();
             });
}

} // namespace cxcron::gui
