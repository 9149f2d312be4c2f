// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "errors.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>

namespace cxcron::gui {

/// The outcome of a database job run on the thread pool: a value or a translated error.
template<typename T>
struct DbResult
{
    T value{};
    bool ok = false;
    ErrorKind kind = ErrorKind::Database;
    QString error;
};

/// Runs @p job on @p pool. The job uses its own thread's Database::connection(); the connection
/// is closed before the pool thread is given back. Exceptions become DbResult errors.
template<typename Job>
auto runDbOn(QThreadPool *pool, Job job) -> QFuture<DbResult<std::invoke_result_t<Job>>>
{
    using T = std::invoke_result_t<Job>;
    return QtConcurrent::run(pool, [job = std::move(job)]() mutable {
        DbResult<T> r;
        try {
            r.value = job();
            r.ok = true;
        } catch (const Error &e) {
            r.kind = e.kind();
            r.error = e.message();
        } catch (const std::exception &e) {
            r.error = QString::fromLocal8Bit(e.what());
        }
        Database::closeThreadConnection();
        return r;
    });
}

/// runDbOn() on the application's global thread pool.
template<typename Job>
auto runDb(Job job) -> QFuture<DbResult<std::invoke_result_t<Job>>>
{
    return runDbOn(QThreadPool::globalInstance(), std::move(job));
}

/// Calls @p done(result) on @p context's thread when @p future finishes (never if @p context
/// is destroyed first). Returns the watcher, owned by @p context.
template<typename T, typename Done>
QFutureWatcher<T> *whenDone(QObject *context, const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
    return watcher;
}

} // namespace cxcron::gui
