// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioner.h"

namespace cxcron {

QString provisionActionKey(ProvisionAction action)
{
    switch (action) {
    case ProvisionAction::Create:
        return QStringLiteral("create");
    case ProvisionAction::Suspend:
        return QStringLiteral("suspend");
    case ProvisionAction::Unsuspend:
        return QStringLiteral("unsuspend");
    case ProvisionAction::Expire:
        return QStringLiteral("expire");
    }
    return {};
}

ProvisionResult ProvisionResult::failure(const QString &error, int exitCode, const QString &stderrText)
{
    ProvisionResult r;
    r.ok = false;
    r.error = error;
    r.exitCode = exitCode;
    r.stderrText = stderrText;
    return r;
}

QJsonObject ProvisionResult::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok}};
    if (!ok) {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("exit_code"), exitCode);
        if (!stderrText.isEmpty())
            o.insert(QStringLiteral("stderr"), stderrText);
    }
    return o;
}

} // namespace cxcron
