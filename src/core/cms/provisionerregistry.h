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
/// The plain types CLIENTXCMS v2 delivers without a server module (`none`, `download`: the only
/// types its ServerTypeTrait::deliver() accepts with the NoneServerType) use the built-in
/// DatabaseProvisioner. Every other type (pterodactyl, proxmox, wisp, plesk, …) has a panel
/// module in the CMS: without a configured command, cxcron has no provisioner for it and the
/// tasks leave such services to the CMS.
class ProvisionerRegistry
{
public:
    ProvisionerRegistry();
    /// Reads the configuration from the CMS settings table of @p db (if it exists).
    static ProvisionerRegistry fromDatabase(const QSqlDatabase &db);

    static QString settingPrefix() { return QStringLiteral("cxcron_provisioner_command_"); }

    void setCommand(const QString &type, const QString &commandLine, int timeoutSeconds = 60);
    /// The provisioner of @p type, or nullptr when cxcron cannot provision it (a panel type
    /// without a configured command).
    std::shared_ptr<Provisioner> forType(const QString &type) const;
    /// True when forType() has a provisioner for @p type.
    bool handles(const QString &type) const { return forType(type) != nullptr; }
    /// `none` and `download`.
    static QStringList plainTypes();
    /// Types that need one call per service (not database-only), sorted.
    QStringList commandTypes() const;

private:
    std::shared_ptr<Provisioner> m_database;
    QHash<QString, std::shared_ptr<Provisioner>> m_byType;
};

} // namespace cxcron
