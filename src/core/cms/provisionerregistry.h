// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioner.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace cxcron {

/// Which provisioner handles which service type (`services.type`, the server module slug).
/// Configured in the CMS `settings` table:
///   cxcron_provisioner_command_<type> = command line  → CommandProvisioner for that type
///   cxcron_provisioner_timeout        = seconds (default 60)
/// Every other type uses the built-in DatabaseProvisioner.
class ProvisionerRegistry
{
public:
    ProvisionerRegistry();
    /// Reads the configuration from the CMS settings table of @p db (if it exists).
    static ProvisionerRegistry fromDatabase(const QSqlDatabase &db);

    static QString settingPrefix() { return QStringLiteral("cxcron_provisioner_command_"); }

    void setCommand(const QString &type, const QString &commandLine, int timeoutSeconds = 60);
    std::shared_ptr<Provisioner> forType(const QString &type) const;
    /// Types that need one call per service (not database-only), sorted.
    QStringList commandTypes() const;

private:
    std::shared_ptr<Provisioner> m_database;
    QHash<QString, std::shared_ptr<Provisioner>> m_byType;
};

} // namespace cxcron
