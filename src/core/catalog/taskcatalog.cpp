// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskcatalog.h"

#include "clientxcmsv2.h"
#include "commandtask.h"
#include "database.h"
#include "meta.h"
#include "schema.h"
#include "taskstore.h"

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

TaskRegistry load(const QSqlDatabase &db, const CmsSite &site)
{
    if (site.version == CmsSite::Version::V2 && site.installed) {
        Schema::migrate(db);
        TaskStore::installDefaultsOnce(db, QStringLiteral("installed_clientxcms_v2_schedule"),
                                       ClientXcms::v2Schedule());
    } else if (site.version == CmsSite::Version::V1) {
        Schema::migrate(db);
        TaskStore::installDefaultsOnce(db, QStringLiteral("installed_clientxcms_v1_cron"),
                                       {ClientXcms::v1Cron()});
    }
    TaskRegistry registry;
    if (Database::tableExists(db, QStringLiteral("cxcron_tasks")))
        for (const TaskDefinition &d : TaskStore::list(db))
            registry.add(std::make_shared<CommandTask>(d, site));
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

} // namespace cxcron::TaskCatalog
