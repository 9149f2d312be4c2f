// SPDX-License-Identifier: GPL-3.0-or-later
#include "prunecontroller.h"

#include "guilogging.h"
#include "schema.h"

#include <QMetaObject>

namespace cxcron::gui {

PruneController::PruneController(QObject *parent)
    : QObject(parent)
{}

PruneController::~PruneController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

void PruneController::count(const RetentionPolicy &policy)
{
    const int generation = ++m_countGeneration;
    whenDone(this, runDb([policy] {
                 const QSqlDatabase db = Database::connection();
                 return Retention::select(db, policy, Database::serverNowUtc(db));
             }),
             [this, generation](const DbResult<RetentionSelection> &r) {
                 if (generation != m_countGeneration)
                     return;
                 if (r.ok)
                     Q_EMIT counted(r.value);
                 else
                     Q_EMIT failed(r.error);
             });
}

void PruneController::prune(const RetentionSelection &selection)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const auto report = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    };
    m_future = runDb([selection, cancel, report] {
        return Retention::prune(Database::connection(), selection, report, cancel.get());
    });
    whenDone(this, m_future, [this](const DbResult<PruneResult> &r) {
        m_busy = false;
        if (!r.ok) {
            Q_EMIT failed(r.error);
            return;
        }
        qCInfo(lcGui) << "deleted" << r.value.deleted << "executions in" << r.value.batches << "batches";
        Q_EMIT finished(r.value.deleted, r.value.cancelled);
    });
}

void PruneController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cxcron::gui
