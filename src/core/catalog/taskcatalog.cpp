// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskcatalog.h"

#include "clientxcmsv2.h"
#include "commandtask.h"
#include "database.h"
#include "meta.h"
#include "schema.h"
#include "sql.h"
#include "taskstore.h"

#include <QSet>
#include <algorithm>

namespace cxcron::TaskCatalog {
namespace {

/// A native task shown but off by default (it would write a real CMS's tables).
class OffByDefault final : public Task
{
public:
    explicit OffByDefault(std::shared_ptr<Task> inner)
        : m_inner(std::move(inner))
    {}
    QString name() const override { return m_inner->name(); }
    QString title() const override { return m_inner->title(); }
    QString description() const override { return m_inner->description(); }
    Schedule defaultSchedule() const override { return m_inner->defaultSchedule(); }
    int defaultTimeoutSeconds() const override { return m_inner->defaultTimeoutSeconds(); }
    bool enabledByDefault() const override { return false; }
    QString kind() const override { return m_inner->kind(); }
    QString concurrencyGroup() const override { return m_inner->concurrencyGroup(); }
    QJsonObject run(TaskContext &context) override { return m_inner->run(context); }

private:
    std::shared_ptr<Task> m_inner;
};

QString sideBySideKey(const QString &task)
{
    return QStringLiteral("side_by_side:") + task;
}

bool isCmsJob(const TaskDefinition &d)
{
    return d.origin == QLatin1String("clientxcms-v2") || d.origin == QLatin1String("discovered");
}

/// The stored tasks in the order they run within one minute: v2's jobs in its Kernel's order,
/// then jobs adopted from the CMS's schedule, then the administrator's commands (by name).
void sortInRunOrder(QList<TaskDefinition> &definitions)
{
    const QList<TaskDefinition> kernel = ClientXcms::v2Schedule();
    auto rank = [&](const TaskDefinition &d) {
        for (qsizetype i = 0; i < kernel.size(); ++i)
            if (d.origin == QLatin1String("clientxcms-v2") && kernel.at(i).name == d.name)
                return int(i);
        return int(kernel.size()) + (d.origin == QLatin1String("discovered") ? 0 : 1);
    };
    std::stable_sort(definitions.begin(), definitions.end(),
                     [&](const TaskDefinition &a, const TaskDefinition &b) { return rank(a) < rank(b); });
}

QSet<QString> sideBySideTasks(const QSqlDatabase &db)
{
    QSet<QString> result;
    if (!Database::tableExists(db, QStringLiteral("cxcron_meta")))
        return result;
    QSqlQuery q =
        Sql::exec(db, QStringLiteral("SELECT name FROM cxcron_meta WHERE name LIKE ? AND value = '1'"),
                  {QStringLiteral("side_by_side:%")});
    while (q.next())
        result.insert(q.value(0).toString().mid(13));
    return result;
}

bool isDemo(const QSqlDatabase &db)
{
    return Database::tableExists(db, QStringLiteral("cxcron_meta")) &&
           Meta::value(db, Meta::demoKey()) == QLatin1String("1");
}

} // namespace

TaskRegistry natives()
{
    return TaskRegistry::builtin();
}

QString lastKnownTitle(const QSqlDatabase &db, const QString &name)
{
    const QString recorded = TaskStore::removedTitle(db, name);
    if (!recorded.isEmpty())
        return recorded;
    // Removed before titles were recorded: a task of the CMS's schedule or one of cxcron's
    // own still has the title it was stored with.
    QList<TaskDefinition> known = ClientXcms::v2Schedule();
    known << ClientXcms::v1Cron();
    for (const TaskDefinition &d : std::as_const(known)) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return d.title;
    }
    if (const auto task = TaskRegistry::builtin().find(name))
        return task->title();
    return {};
}

TaskRegistry load(const QSqlDatabase &db, const CmsSite &site, Mode mode)
{
    QString marker;
    QList<TaskDefinition> defaults;
    if (site.version == CmsSite::Version::V2 && site.installed) {
        marker = QStringLiteral("installed_clientxcms_v2_schedule");
        defaults = ClientXcms::v2Schedule();
    } else if (site.version == CmsSite::Version::V1) {
        marker = QStringLiteral("installed_clientxcms_v1_cron");
        defaults = {ClientXcms::v1Cron()};
    }
    if (mode == Mode::Write && !marker.isEmpty()) {
        Schema::migrate(db);
        TaskStore::installDefaultsOnce(db, marker, defaults);
    }
    QList<TaskDefinition> stored;
    const bool haveTasks = Database::tableExists(db, QStringLiteral("cxcron_tasks"));
    if (haveTasks)
        stored = TaskStore::list(db);
    // Read-only: the schedule a first run would store, as it would be stored.
    if (mode == Mode::Read && !marker.isEmpty() &&
        (!haveTasks || !Database::tableExists(db, QStringLiteral("cxcron_meta")) ||
         Meta::value(db, marker).isEmpty())) {
        for (const TaskDefinition &d : defaults) {
            const bool present = std::any_of(stored.cbegin(), stored.cend(),
                                             [&](const TaskDefinition &s) { return s.name == d.name; });
            if (!present)
                stored << d;
        }
    }
    sortInRunOrder(stored);
    const QSet<QString> sideBySide = sideBySideTasks(db);
    TaskRegistry registry;
    for (const TaskDefinition &d : stored) {
        const QString group = isCmsJob(d) && !sideBySide.contains(d.name) ? inOrderGroup() : QString();
        registry.add(std::make_shared<CommandTask>(d, site, group));
    }
    const bool demo = isDemo(db);
    for (const auto &task : TaskRegistry::builtin().tasks()) {
        if (registry.find(task->name()))
            continue;
        const bool staysOn = demo || task->name() == QLatin1String("history:prune") ||
                             task->name().startsWith(QLatin1String("diag:"));
        registry.add(staysOn ? task : std::make_shared<OffByDefault>(task));
    }
    return registry;
}

bool runsSideBySide(const QSqlDatabase &db, const QString &task)
{
    return sideBySideTasks(db).contains(task);
}

void setRunsSideBySide(const QSqlDatabase &db, const QString &task, bool sideBySide)
{
    Schema::migrate(db);
    Meta::setValue(db, sideBySideKey(task), sideBySide ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace cxcron::TaskCatalog
