// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceexpiretask.h"

#include "cmsrows.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "errors.h"
#include "logging.h"
#include "provisionerregistry.h"
#include "servicestatechange.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron {
namespace {

struct Phase
{
    QString key; ///< result key: "expired", "suspended", "cancelled", "hidden"
    ServiceChange change;
    ProvisionAction action; ///< the module call v2 makes (unused for Hide)
    QString where;          ///< over `services`, no alias
    QVariantList whereValues;
};

struct Candidate
{
    qint64 id = 0;
    QString type;
    bool subscription = false; ///< an active subscription v2 would cancel at the gateway
};
} // namespace

QString ServiceExpireTask::title() const
{
    return QCoreApplication::translate("Tasks", "Suspend and expire services");
}

QString ServiceExpireTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Expires suspended services after the grace period, suspends unpaid "
                                       "services past their expiry date, ends cancelled services and hides "
                                       "long-expired ones, as CLIENTXCMS does.");
}

QJsonObject ServiceExpireTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const ProvisionerRegistry provisioners = ProvisionerRegistry::fromDatabase(db);
    const int grace = settings.intValue(QStringLiteral("days_before_expiration"), 7);
    const int suspendAfter = settings.intValue(QStringLiteral("services_suspend_after_unpaid_days"), 0);
    const int hideAfter = settings.intValue(QStringLiteral("services_expire_and_delete_after_days"), 90);
    const QDateTime nowUtc = context.nowUtc();
    const QString now = Sql::fromUtc(nowUtc);
    const bool sqlite = Database::isSqlite(db);
    const bool subscriptions = Database::tableExists(db, QStringLiteral("subscriptions"));
    const QString alive = QStringLiteral(" AND deleted_at IS NULL"); // SoftDeletes
    // One run at a time, on every host: two runs would lock index ranges in different orders and
    // deadlock once an UPDATE moves rows from one status range to another. Every run (scheduled or
    // manual) holds the task's lease, a committed row in cxcron_leases, for as long as it works;
    // unlike GET_LOCK(), which on a Galera cluster locks one node only, it excludes runners on
    // every node. SQLite serialises writers by itself anyway.

    // v2's Service::getShouldExpire / getShouldSuspend / getShouldCancel / getShouldHidden.
    const QList<Phase> phases = {
        {QStringLiteral("expired"),
         ServiceChange::Expire,
         ProvisionAction::Expire,
         QStringLiteral("status = 'suspended' AND expires_at IS NOT NULL AND expires_at <= ?") + alive,
         {Sql::fromUtc(nowUtc.addDays(-grace))}},
        {QStringLiteral("suspended"),
         ServiceChange::Suspend,
         ProvisionAction::Suspend,
         QStringLiteral(
             "status IN ('active', 'cancelled') AND (cancelled_at IS NULL OR cancelled_at <= ?) AND "
             "expires_at IS NOT NULL AND expires_at <= ?") +
             alive,
         {now, Sql::fromUtc(nowUtc.addDays(-suspendAfter))}},
        {QStringLiteral("cancelled"),
         ServiceChange::Cancel,
         ProvisionAction::Expire,
         QStringLiteral("cancelled_at IS NOT NULL AND cancelled_reason IS NOT NULL AND is_cancelled = 0 AND "
                        "cancelled_at <= ?") +
             alive,
         {now}},
        {QStringLiteral("hidden"),
         ServiceChange::Hide,
         ProvisionAction::Expire,
         QStringLiteral("status = 'expired' AND expires_at IS NOT NULL AND expires_at <= ?") + alive,
         {Sql::fromUtc(nowUtc.addDays(-hideAfter))}},
    };

    QJsonObject result{{QStringLiteral("now"), now},
                       {QStringLiteral("settings"),
                        QJsonObject{{QStringLiteral("days_before_expiration"), grace},
                                    {QStringLiteral("services_suspend_after_unpaid_days"), suspendAfter},
                                    {QStringLiteral("services_expire_and_delete_after_days"), hideAfter}}}};
    QJsonArray errors;
    QJsonArray left;
    int leftCount = 0;
    int attempted = 0;
    CmsInvoice::Cancelled invoices;
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const Phase &phase = phases.at(p);
        context.checkCancelled();
        context.setProgress(int(p), int(phases.size()));
        context.step(QStringLiteral("%1: set-based").arg(phase.key));
        ServiceStateChange change(phase.change, phase.where, phase.whereValues, nowUtc, context.zone());
        QJsonArray ids;
        int changed = 0;
        QHash<QString, QList<qint64>> byCommandType;
        {
            // MariaDB: READ COMMITTED, so the scan (v2 has no index on status) keeps locks only on
            // the rows it selects, not on every service it reads.
            if (!sqlite)
                Sql::exec(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"));
            Sql::Transaction tx(db);
            if (sqlite) // take the write lock before reading: the selection below is then final
                Sql::exec(db, QStringLiteral("UPDATE services SET id = id WHERE id < 0"));
            const QString subscription =
                subscriptions
                    ? QStringLiteral("EXISTS (SELECT 1 FROM subscriptions WHERE subscriptions.service_id "
                                     "= services.id AND subscriptions.state = 'active')")
                    : QStringLiteral("0");
            QList<Candidate> candidates;
            QSqlQuery q = Sql::exec(db,
                                    QStringLiteral("SELECT id, type, ") + subscription +
                                        QStringLiteral(" FROM services") + QStringLiteral(" WHERE ") +
                                        phase.where + QStringLiteral(" ORDER BY id") +
                                        (sqlite ? QString() : QStringLiteral(" FOR UPDATE")),
                                    phase.whereValues);
            while (q.next())
                candidates << Candidate{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()};
            q.finish();

            // Plain types (and every service for Hide, which v2 does without a module call):
            // set-based. Panel types: their command, one by one, below; without one, the CMS's.
            QList<qint64> plain;
            for (const Candidate &c : candidates) {
                const auto provisioner = provisioners.forType(c.type);
                const bool keptForCms =
                    phase.change != ServiceChange::Hide &&
                    (!provisioner || (phase.change == ServiceChange::Expire && c.subscription));
                if (keptForCms) {
                    ++leftCount;
                    if (left.size() < CmsTask::kSampleLimit)
                        left.append(QJsonObject{
                            {QStringLiteral("service_id"), c.id},
                            {QStringLiteral("type"), c.type},
                            {QStringLiteral("change"), phase.key},
                            {QStringLiteral("reason"),
                             provisioner ? QStringLiteral("subscription") : QStringLiteral("panel_module")}});
                } else if (phase.change == ServiceChange::Hide || provisioner->isDatabaseOnly()) {
                    plain << c.id;
                    if (ids.size() < CmsTask::kSampleLimit)
                        ids.append(c.id);
                } else {
                    byCommandType[c.type] << c.id;
                }
            }
            changed = change.apply(db, plain);
            tx.commit();
        }

        // Services handled by an external command: one call and one small transaction each.
        QStringList types = byCommandType.keys();
        types.sort();
        for (const QString &type : types) {
            const auto provisioner = provisioners.forType(type);
            for (qint64 id : byCommandType.value(type)) {
                context.checkCancelled();
                context.step(QStringLiteral("%1: service #%2 (%3)").arg(phase.key).arg(id).arg(type));
                ++attempted;
                const ProvisionResult r =
                    provisioner->perform(phase.action, CmsRows::serviceJson(db, id), context.cancelFlag());
                if (r.cancelled)
                    context.checkCancelled(); // the run's stop, not the service's failure
                if (!r.ok) {
                    QJsonObject e = r.toJson();
                    e.insert(QStringLiteral("service_id"), id);
                    e.insert(QStringLiteral("action"), provisionActionKey(phase.action));
                    errors.append(e);
                    qCWarning(lcTasks) << "provisioning failed for service" << id << r.error;
                    continue;
                }
                Sql::Transaction tx(db);
                const int n = change.apply(db, {id});
                tx.commit();
                if (n > 0 && ids.size() < CmsTask::kSampleLimit)
                    ids.append(id);
                changed += n;
            }
        }
        invoices.invoices += change.invoices().invoices;
        invoices.items += change.invoices().items;
        invoices.renewals += change.invoices().renewals;
        invoices.servicesUnlinked += change.invoices().servicesUnlinked;
        result.insert(phase.key, changed);
        result.insert(phase.key + QStringLiteral("_ids"), ids);
        qCInfo(lcTasks) << "services:expire" << phase.key << changed;
    }
    result.insert(QStringLiteral("invoices_cancelled"), invoices.toJson());
    result.insert(QStringLiteral("left_for_cms"), leftCount);
    result.insert(QStringLiteral("left_for_cms_services"), left);
    result.insert(QStringLiteral("errors"), errors);
    context.setProgress(int(phases.size()), int(phases.size()));
    if (!errors.isEmpty())
        CmsTask::failWithItemErrors(context, QStringLiteral("ProvisioningError"), errors, attempted, result);
    return result;
}

} // namespace cxcron
