// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <atomic>

namespace cxcron {

/// What a provisioner is asked to do with one service (CLIENTXCMS module contract:
/// createAccount / suspendAccount / unsuspendAccount / expireAccount).
enum class ProvisionAction
{
    Create,
    Suspend,
    Unsuspend,
    Expire,
};

QString provisionActionKey(ProvisionAction action); ///< "create", "suspend", "unsuspend", "expire"

/// The outcome of one provisioning call. ok, or a readable error text (plus, for external
/// commands, the exit code and the captured stderr).
struct ProvisionResult
{
    bool ok = true;
    QString error;    ///< one readable line, empty when ok
    int exitCode = 0; ///< external commands only; -1 when it did not start or timed out
    QString stderrText;
    QString stdoutText;
    bool cancelled = false; ///< stopped because the run was stopped, not a failure of the service

    static ProvisionResult success() { return {}; }
    static ProvisionResult failure(const QString &error, int exitCode = -1, const QString &stderrText = {});
    QJsonObject toJson() const;
};

/// Applies a service state change to the hosting panel (Pterodactyl, Proxmox, …). Called on
/// the task's worker thread, once per service, before the database change is committed; must
/// not touch the database itself. Implementations are stateless and thread-safe.
class Provisioner
{
public:
    virtual ~Provisioner() = default;
    /// "database" or "command".
    virtual QString kind() const = 0;
    /// True when the provisioner has nothing to do outside the database: the tasks may then
    /// change many services with one set-based UPDATE instead of one call per service.
    virtual bool isDatabaseOnly() const { return false; }
    /// @p service: the service row as JSON (id, type, name, customer_id, product_id, billing,
    /// expires_at, …) plus action-specific fields. When @p cancel becomes true (the run was
    /// cancelled or timed out) the call is abandoned: the result is then a failure with
    /// `cancelled` set, which is not the service's failure.
    virtual ProvisionResult perform(ProvisionAction action, const QJsonObject &service,
                                    const std::atomic_bool *cancel) = 0;

    ProvisionResult create(const QJsonObject &s, const std::atomic_bool *cancel = nullptr)
    {
        return perform(ProvisionAction::Create, s, cancel);
    }
    ProvisionResult suspend(const QJsonObject &s, const std::atomic_bool *cancel = nullptr)
    {
        return perform(ProvisionAction::Suspend, s, cancel);
    }
    ProvisionResult unsuspend(const QJsonObject &s, const std::atomic_bool *cancel = nullptr)
    {
        return perform(ProvisionAction::Unsuspend, s, cancel);
    }
    ProvisionResult expire(const QJsonObject &s, const std::atomic_bool *cancel = nullptr)
    {
        return perform(ProvisionAction::Expire, s, cancel);
    }
};

} // namespace cxcron
