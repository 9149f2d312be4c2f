// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisionerregistry.h"

#include "cmssettings.h"
#include "commandprovisioner.h"
#include "database.h"
#include "databaseprovisioner.h"
#include "sql.h"

namespace cxcron {

ProvisionerRegistry::ProvisionerRegistry()
    : m_database(std::make_shared<DatabaseProvisioner>())
{}

ProvisionerRegistry ProvisionerRegistry::fromDatabase(const QSqlDatabase &db)
{
    ProvisionerRegistry registry;
    if (!Database::tableExists(db, QStringLiteral("settings")))
        return registry;
    const int timeout = CmsSettings(db).intValue(QStringLiteral("cxcron_provisioner_timeout"), 60);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, value FROM settings WHERE name LIKE ?"),
                            {QString(settingPrefix() + u'%')});
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString command = q.value(1).toString().trimmed();
        if (name.startsWith(settingPrefix()) && !command.isEmpty())
            registry.setCommand(name.mid(settingPrefix().size()), command, timeout);
    }
    return registry;
}

void ProvisionerRegistry::setCommand(const QString &type, const QString &commandLine, int timeoutSeconds)
{
    m_byType.insert(type, std::make_shared<CommandProvisioner>(commandLine, timeoutSeconds));
}

std::shared_ptr<Provisioner> ProvisionerRegistry::forType(const QString &type) const
{
    if (const auto command = m_byType.value(type))
        return command;
    return plainTypes().contains(type) ? m_database : nullptr;
}

QStringList ProvisionerRegistry::plainTypes()
{
    return {QStringLiteral("download"), QStringLiteral("none")};
}

QStringList ProvisionerRegistry::commandTypes() const
{
    QStringList types = m_byType.keys();
    types.sort();
    return types;
}

} // namespace cxcron
