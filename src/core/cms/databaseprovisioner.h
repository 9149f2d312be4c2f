// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioner.h"

namespace cxcron {

/// The built-in provisioner of the plain types (`none`, `download`) that CLIENTXCMS v2 itself
/// handles with its NoneServerType, whose every action succeeds: the service exists only in the
/// CMS database. The tasks make the database change themselves, set-based. Never used for a
/// type that has a panel module (see ProvisionerRegistry).
class DatabaseProvisioner final : public Provisioner
{
public:
    QString kind() const override { return QStringLiteral("database"); }
    bool isDatabaseOnly() const override { return true; }
    ProvisionResult perform(ProvisionAction, const QJsonObject &, const std::atomic_bool *) override
    {
        return ProvisionResult::success();
    }
};

} // namespace cxcron
