// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisioner.h"

namespace cxcron {

/// The built-in provisioner: the service exists only in the CMS database (shared hosting
/// managed elsewhere, manual products, the demo). Every action succeeds; the tasks make the
/// database change themselves, set-based.
class DatabaseProvisioner final : public Provisioner
{
public:
    QString kind() const override { return QStringLiteral("database"); }
    bool isDatabaseOnly() const override { return true; }
    ProvisionResult perform(ProvisionAction, const QJsonObject &) override
    {
        return ProvisionResult::success();
    }
};

} // namespace cxcron
