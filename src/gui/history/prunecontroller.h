// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asyncdb.h"
#include "retention.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace cxcron::gui {

/// "Delete old executions": selects (and counts) what a policy would delete, then deletes that
/// same selection in batches on the thread pool with progress and cancel (Retention never
/// touches running rows or the last N runs of a task).
class PruneController : public QObject
{
    Q_OBJECT
public:
    explicit PruneController(QObject *parent = nullptr);
    ~PruneController() override;

    void count(const RetentionPolicy &policy);
    /// Deletes the rows of a selection counted before (counted()), not a fresh one: what the
    /// user confirmed is what goes.
    void prune(const RetentionSelection &selection);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void counted(const cxcron::RetentionSelection &selection);
    void progress(qint64 deleted, qint64 total);
    /// @p cancelled: stopped between batches on request; what was deleted stays deleted.
    void finished(qint64 deleted, bool cancelled);
    void failed(const QString &message);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<DbResult<PruneResult>> m_future;
    bool m_busy = false;
    int m_countGeneration = 0;
};

} // namespace cxcron::gui
