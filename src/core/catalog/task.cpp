// SPDX-License-Identifier: GPL-3.0-or-later
#include "task.h"

#include "database.h"
#include "stacktrace.h"

namespace cxcron {

TaskError::TaskError(const QString &message, const QString &className, const QStringList &details,
                     bool withStack)
    : std::runtime_error(message.toStdString())
    , m_className(className)
    , m_message(message)
{
    QStringList lines = details;
    if (withStack)
        lines << StackTrace::capture(2);
    m_trace = lines.join(u'\n');
}

TaskCancelled::TaskCancelled(const QString &message)
    : TaskError(message, QStringLiteral("TaskCancelled"))
{}

TaskContext::TaskContext(const QDateTime &nowUtc, const QTimeZone &zone, qint64 logId,
                         std::atomic_bool *cancel, const std::atomic_int *cancelReason)
    : m_now(nowUtc)
    , m_zone(zone)
    , m_logId(logId)
    , m_cancel(cancel)
    , m_cancelReason(cancelReason)
{}

void TaskContext::reportPartialFailure(const QString &className, const QString &message,
                                       const QString &details)
{
    m_partialClass = className;
    m_partialMessage = message;
    m_partialDetails = details;
}

QSqlDatabase TaskContext::db() const
{
    return Database::connection();
}

void TaskContext::checkCancelled() const
{
    if (isCancelled())
        throw TaskCancelled();
}

void TaskContext::step(const QString &what)
{
    m_steps << what;
    if (m_steps.size() > 50)
        m_steps.removeFirst();
}

void TaskContext::setProgress(int done, int total)
{
    if (progressCallback)
        progressCallback(done, total);
}

} // namespace cxcron
