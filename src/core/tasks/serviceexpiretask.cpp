// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceexpiretask.h"

#include "cmsrows.h"
#include "cmsschema.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "logging.h"
#include "provisionerregistry.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron {
namespace {

/// One state change applied to every service matching `where`.
struct Phase
{
    QString key;       ///< result key: "cancelled", "suspended", "expired"
    QString logAction; ///< action_logs.action
    ProvisionAction action;
    QString where; ///< over `services`, no alias
    QVariantList whereValues;
    QString set; ///< SET clause of the UPDATE
    QVariantList setValues;
    bool cancelsRenewal = false;
};

/// Cancels the pending renewal invoices (and their items and service_renewals rows) of the
/// services matching @p where. Runs before the services are updated. Returns invoices cancelled.
int cancelPendingRenewals(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                          const QString &now)
{
    const QString services =
        QStringLiteral("SELECT invoice_id FROM services WHERE invoice_id IS NOT NULL AND ") + where;
    Sql::exec(
        db,
        QStringLiteral("UPDATE invoice_items SET cancelled_at = ?, updated_at = ? WHERE cancelled_at IS NULL "
                       "AND delivered_at IS NULL AND invoice_id IN (SELECT id FROM invoices WHERE status = "
                       "'pending' AND id IN (") +
            services + QStringLiteral("))"),
        QVariantList{now, now} + values);
    Sql::exec(db,
              QStringLiteral(
                  "UPDATE service_renewals SET status = 'cancelled', pending_lock_key = NULL, updated_at = ? "
                  "WHERE status = 'pending' AND service_id IN (SELECT id FROM services WHERE ") +
                  where + u')',
              QVariantList{now} + values);
    return Sql::exec(db,
                     QStringLiteral("UPDATE invoices SET status = 'cancelled', updated_at = ? WHERE status = "
                                    "'pending' AND id IN (") +
                         services + u')',
                     QVariantList{now} + values)
        .numRowsAffected();
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};
} // namespace

QString ServiceExpireTask::title() const
{
    return QCoreApplication::translate("Tasks", "Suspend and expire services");
}

QString ServiceExpireTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Suspends unpaid services past their expiry date, expires them after "
                                       "the grace period and ends cancelled services.");
}

QJsonObject ServiceExpireTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const ProvisionerRegistry provisioners = ProvisionerRegistry::fromDatabase(db);
    const int suspendAfter = settings.intValue(QStringLiteral("services_suspend_after_unpaid_days"), 0);
    const int grace = settings.intValue(QStringLiteral("days_before_expiration"), 7);
    const QDateTime nowUtc = context.nowUtc();
    const QString now = Sql::fromUtc(nowUtc);
    const QString reason = Tr::tr("Expired: the renewal invoice was not paid.");
    const QString expiresLeast =
        QStringLiteral("expires_at = CASE WHEN expires_at IS NULL OR expires_at > ? THEN ? "
                       "ELSE expires_at END");

    const QList<Phase> phases = {
        {QStringLiteral("cancelled"),
         QStringLiteral("service_cancelled"),
         ProvisionAction::Expire,
         QStringLiteral(
             "cancelled_at IS NOT NULL AND cancelled_at <= ? AND +status IN ('active', 'suspended') "
             "AND deleted_at IS NULL"),
         {now},
         QStringLiteral("status = 'expired', is_cancelled = 1, invoice_id = NULL, ") + expiresLeast +
             QStringLiteral(", updated_at = ?"),
         {now, now, now},
         true},
        {QStringLiteral("suspended"),
         QStringLiteral("service_suspended"),
         ProvisionAction::Suspend,
         QStringLiteral(
             "status = 'active' AND expires_at IS NOT NULL AND expires_at <= ? AND (cancelled_at IS NULL "
             "OR cancelled_at > ?) AND deleted_at IS NULL"),
         {Sql::fromUtc(nowUtc.addDays(-suspendAfter)), now},
         QStringLiteral("status = 'suspended', suspended_at = ?, suspend_reason = ?, updated_at = ?"),
         {now, reason, now},
         false},
        {QStringLiteral("expired"),
         QStringLiteral("service_expired"),
         ProvisionAction::Expire,
         QStringLiteral(
             "status = 'suspended' AND expires_at IS NOT NULL AND expires_at <= ? AND deleted_at IS NULL"),
         {Sql::fromUtc(nowUtc.addDays(-grace))},
         QStringLiteral("status = 'expired', invoice_id = NULL, ") + expiresLeast +
             QStringLiteral(", updated_at = ?"),
         {now, now, now},
         true},
    };

    const QStringList commandTypes = provisioners.commandTypes();
    const bool sqlite = Database::isSqlite(db);
    QJsonObject result{{QStringLiteral("now"), now},
                       {QStringLiteral("settings"),
                        QJsonObject{{QStringLiteral("services_suspend_after_unpaid_days"), suspendAfter},
                                    {QStringLiteral("days_before_expiration"), grace}}}};
    QJsonArray errors;
    int renewalsCancelled = 0;
    int attempted = 0;
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const Phase &phase = phases.at(p);
        context.checkCancelled();
        context.setProgress(int(p), int(phases.size()));
        context.step(QStringLiteral("%1: set-based").arg(phase.key));
        const QJsonObject payload{{QStringLiteral("reason"), phase.key},
                                  {QStringLiteral("by"), QStringLiteral("cxcron")}};
        const QString payloadText = QStringLiteral("{\"reason\":\"%1\",\"by\":\"cxcron\"}").arg(phase.key);

        // Services whose provisioner only lives in the database: one statement for all of them.
        QString where = phase.where;
        QVariantList whereValues = phase.whereValues;
        if (!commandTypes.isEmpty()) {
            where += QStringLiteral(" AND (type IS NULL OR type NOT IN (%1))")
                         .arg(CmsTask::placeholders(commandTypes.size()));
            for (const QString &t : commandTypes)
                whereValues << t;
        }
        QJsonArray ids;
        int changed = 0;
        {
            Sql::Transaction tx(db);
            if (!sqlite) {
                // Lock the rows first: without it two runners' INSERT … SELECT (shared locks)
                // followed by UPDATE (exclusive) would deadlock. The loser then matches nothing.
                QSqlQuery lock = Sql::exec(db,
                                           QStringLiteral("SELECT id FROM services WHERE ") + where +
                                               QStringLiteral(" ORDER BY id FOR UPDATE"),
                                           whereValues);
                while (lock.next() && ids.size() < CmsTask::kSampleLimit)
                    ids.append(lock.value(0).toLongLong());
                lock.finish();
            }
            if (phase.cancelsRenewal)
                renewalsCancelled += cancelPendingRenewals(db, where, whereValues, now);
            Sql::exec(
                db,
                QStringLiteral("INSERT INTO action_logs (customer_id, action, model, model_id, payload, "
                               "created_at, updated_at) SELECT customer_id, ?, ?, id, ?, ?, ? FROM services "
                               "WHERE ") +
                    where,
                QVariantList{phase.logAction, CmsSchema::serviceModel(), payloadText, now, now} +
                    whereValues);
            if (sqlite) // after the first write: SQLite holds the write lock, the set is final
                ids = CmsTask::sampleIds(db, QStringLiteral("SELECT id FROM services WHERE ") + where,
                                         whereValues);
            changed = Sql::exec(db,
                                QStringLiteral("UPDATE services SET ") + phase.set +
                                    QStringLiteral(" WHERE ") + where,
                                phase.setValues + whereValues)
                          .numRowsAffected();
            tx.commit();
        }

        // Services handled by an external command: one call and one small transaction each.
        for (const QString &type : commandTypes) {
            const QString typedWhere = phase.where + QStringLiteral(" AND type = ?");
            const QVariantList typedValues = phase.whereValues + QVariantList{type};
            QList<qint64> todo;
            QSqlQuery q = Sql::exec(db,
                                    QStringLiteral("SELECT id FROM services WHERE ") + typedWhere +
                                        QStringLiteral(" ORDER BY id"),
                                    typedValues);
            while (q.next())
                todo << q.value(0).toLongLong();
            q.finish();
            const auto provisioner = provisioners.forType(type);
            for (qint64 id : todo) {
                context.checkCancelled();
                context.step(QStringLiteral("%1: service #%2 (%3)").arg(phase.key).arg(id).arg(type));
                ++attempted;
                const QJsonObject service = CmsRows::serviceJson(db, id);
                const ProvisionResult r = provisioner->perform(phase.action, service);
                if (!r.ok) {
                    QJsonObject e = r.toJson();
                    e.insert(QStringLiteral("service_id"), id);
                    e.insert(QStringLiteral("action"), provisionActionKey(phase.action));
                    errors.append(e);
                    qCWarning(lcTasks) << "provisioning failed for service" << id << r.error;
                    continue;
                }
                const QString one = phase.where + QStringLiteral(" AND id = ?");
                const QVariantList oneValues = phase.whereValues + QVariantList{id};
                Sql::Transaction tx(db);
                if (phase.cancelsRenewal)
                    renewalsCancelled += cancelPendingRenewals(db, one, oneValues, now);
                const int n = Sql::exec(db,
                                        QStringLiteral("UPDATE services SET ") + phase.set +
                                            QStringLiteral(" WHERE ") + one,
                                        phase.setValues + oneValues)
                                  .numRowsAffected();
                if (n > 0) {
                    CmsRows::logServiceAction(db, service.value(QStringLiteral("customer_id")).toInteger(),
                                              phase.logAction, id, payload, nowUtc);
                    if (ids.size() < CmsTask::kSampleLimit)
                        ids.append(id);
                }
                tx.commit();
                changed += n;
            }
        }
        result.insert(phase.key, changed);
        result.insert(phase.key + QStringLiteral("_ids"), ids);
        qCInfo(lcTasks) << "services:expire" << phase.key << changed;
    }
    result.insert(QStringLiteral("renewal_invoices_cancelled"), renewalsCancelled);
    result.insert(QStringLiteral("errors"), errors);
    context.setProgress(int(phases.size()), int(phases.size()));
    if (!errors.isEmpty())
        CmsTask::failWithItemErrors(QStringLiteral("ProvisioningError"), errors, attempted, result);
    return result;
}

} // namespace cxcron
