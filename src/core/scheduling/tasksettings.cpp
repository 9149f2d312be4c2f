// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasksettings.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"
#include "task.h"
#include "taskdefinition.h"

#include <QCoreApplication>

namespace cxcron::TaskSettings {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaskSettings)
};
} // namespace

QHash<QString, TaskOverride> loadOverrides(const QSqlDatabase &db)
{
    QHash<QString, TaskOverride> result;
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT name, enabled, schedule, timeout_seconds FROM cxcron_task_settings"));
    while (q.next()) {
        TaskOverride o;
        if (!q.isNull(1))
            o.enabled = q.value(1).toInt() != 0;
        o.schedule = q.value(2).toString();
        if (!q.isNull(3))
            o.timeoutSeconds = q.value(3).toInt();
        result.insert(q.value(0).toString(), o);
    }
    return result;
}

TaskConfig effective(const Task &task, const QHash<QString, TaskOverride> &overrides)
{
    TaskConfig c;
    c.name = task.name();
    c.enabled = task.enabledByDefault();
    c.schedule = task.defaultSchedule();
    c.timeoutSeconds = task.defaultTimeoutSeconds();
    const auto it = overrides.constFind(task.name());
    if (it == overrides.cend())
        return c;
    c.overridden = true;
    if (it->enabled)
        c.enabled = *it->enabled;
    if (!it->schedule.isEmpty()) {
        QString error;
        const Schedule s = Schedule::parse(it->schedule, &error);
        if (s.isValid()) {
            c.schedule = s;
        } else {
            c.warning = Tr::tr("Ignoring the stored schedule of %1: %2").arg(task.name(), error);
            qCWarning(lcConfig).noquote() << c.warning;
        }
    }
    if (it->timeoutSeconds && *it->timeoutSeconds > 0)
        c.timeoutSeconds = *it->timeoutSeconds;
    return c;
}

void save(const QSqlDatabase &db, const QString &name, const TaskOverride &value)
{
    if (!value.schedule.isEmpty()) {
        QString error;
        if (!Schedule::parse(value.schedule, &error).isValid())
            throw Error(ErrorKind::Usage, error);
    }
    if (value.timeoutSeconds && (*value.timeoutSeconds <= 0 || *value.timeoutSeconds > kMaxTimeoutSeconds))
        throw Error(ErrorKind::Usage,
                    Tr::tr("The timeout must be between 1 and %1 seconds (7 days).").arg(kMaxTimeoutSeconds));
    const QVariant enabled =
        value.enabled ? QVariant(*value.enabled ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
    const QVariant schedule =
        value.schedule.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.schedule);
    const QVariant timeout =
        value.timeoutSeconds ? QVariant(*value.timeoutSeconds) : QVariant(QMetaType(QMetaType::Int));
    Sql::Transaction tx(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_task_settings WHERE name = ?"), {name});
    Sql::exec(db,
              QStringLiteral(
                  "INSERT INTO cxcron_task_settings (name, enabled, schedule, timeout_seconds, updated_at) "
                  "VALUES (?, ?, ?, ?, ?)"),
              {name, enabled, schedule, timeout, Sql::fromUtc(Database::serverNowUtc(db))});
    tx.commit();
}

void reset(const QSqlDatabase &db, const QString &name)
{
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_task_settings WHERE name = ?"), {name});
}

} // namespace cxcron::TaskSettings
