// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicedelivery.h"

#include "billingperiod.h"
#include "cmsrows.h"
#include "cmsschema.h"
#include "cmssettings.h"
#include "database.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

/// Renewals paid less than this ago are left alone: the CMS payment listener may be renewing them.
constexpr int kRenewalSettleSeconds = 120;

QVariant tsOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(Sql::fromUtc(utc)) : QVariant(QMetaType(QMetaType::QString));
}

/// How Laravel serialises a Carbon date inside a JSON payload.
QJsonValue carbonJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")))
                         : QJsonValue(QJsonValue::Null);
}

DeliveryOutcome leftForCms(const QString &reason, const QList<qint64> &serviceIds = {})
{
    DeliveryOutcome out;
    out.result = QStringLiteral("left_for_cms");
    out.reason = reason;
    out.serviceIds = serviceIds;
    return out;
}

DeliveryOutcome failed(const QString &error, const QList<qint64> &serviceIds = {})
{
    DeliveryOutcome out;
    out.result = QStringLiteral("failed");
    out.provision = ProvisionResult::failure(error);
    out.serviceIds = serviceIds;
    return out;
}
} // namespace

ServiceDelivery::ServiceDelivery(TaskContext &context, const ProvisionerRegistry &provisioners,
                                 int maxAttempts)
    : m_context(context)
    , m_provisioners(provisioners)
    , m_maxAttempts(maxAttempts)
    , m_now(Sql::fromUtc(context.nowUtc()))
{}

bool ServiceDelivery::loadService(qint64 id, Service &out) const
{
    QSqlQuery q = Sql::exec(m_context.db(),
                            QStringLiteral("SELECT id, status, type, billing, expires_at, delivery_attempts, "
                                           "product_id FROM services WHERE id = ? AND deleted_at IS NULL"),
                            {id});
    if (!q.next())
        return false;
    out =
        Service{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),  q.value(3).toString(),
                Sql::toUtc(q.value(4)),  q.value(5).toInt(),    q.value(6).toLongLong()};
    return true;
}

bool ServiceDelivery::claimItem(const QSqlDatabase &db, qint64 itemId) const
{
    // SQLite: the write takes the database lock; MariaDB: FOR UPDATE locks the item row.
    Sql::exec(db, QStringLiteral("UPDATE invoice_items SET id = id WHERE id = ?"), {itemId});
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT delivered_at, cancelled_at FROM invoice_items WHERE id = ?") +
                      (Database::isSqlite(db) ? QString() : QStringLiteral(" FOR UPDATE")),
                  {itemId});
    return q.next() && q.value(0).isNull() && q.value(1).isNull();
}

void ServiceDelivery::recordFailure(qint64 serviceId, const ProvisionResult &r) const
{
    // Service::deliver() counts every attempt and keeps the module's message.
    const QSqlDatabase db = m_context.db();
    Sql::Transaction tx(db);
    Sql::exec(
        db,
        QStringLiteral("UPDATE services SET delivery_attempts = delivery_attempts + 1, delivery_errors = ?, "
                       "updated_at = ? WHERE id = ?"),
        {r.error.left(4000), m_now, serviceId});
    tx.commit();
}

DeliveryOutcome ServiceDelivery::deliverService(const Service &s, qint64 itemId)
{
    const QSqlDatabase db = m_context.db();
    const auto provisioner = m_provisioners.forType(s.type);
    DeliveryOutcome out;
    out.serviceIds = {s.id};
    if (!provisioner->isDatabaseOnly() && s.attempts >= m_maxAttempts) {
        out.result = QStringLiteral("capped");
        return out;
    }
    {
        Sql::Transaction tx(db);
        Sql::exec(db, QStringLiteral("UPDATE services SET id = id WHERE id = ?"), {s.id});
        QSqlQuery q = Sql::exec(db,
                                QStringLiteral("SELECT status FROM services WHERE id = ?") +
                                    (Database::isSqlite(db) ? QString() : QStringLiteral(" FOR UPDATE")),
                                {s.id});
        if (!q.next() || q.value(0).toString() != QLatin1String("pending")) {
            out.result = QStringLiteral("skipped"); // delivered meanwhile (another runner, the CMS)
            return out;
        }
        q.finish();
        QJsonObject service = CmsRows::serviceJson(db, s.id);
        if (itemId > 0)
            service.insert(QStringLiteral("invoice_item_id"), itemId);
        out.provision = provisioner->create(service, m_context.cancelFlag());
        if (out.provision.cancelled)
            m_context.checkCancelled(); // rolled back, and not counted as the service's failure
        if (out.provision.ok) {
            // Service::deliver(); ServiceObserver clears a cancellation when a service becomes active.
            Sql::exec(
                db,
                QStringLiteral("UPDATE services SET delivery_attempts = delivery_attempts + 1, status = "
                               "'active', delivery_errors = NULL, cancelled_at = NULL, cancelled_reason = "
                               "NULL, updated_at = ? WHERE id = ?"),
                {m_now, s.id});
            const QString message = provisioner->isDatabaseOnly()
                                        ? QStringLiteral("Created account on none server type")
                                        : QStringLiteral("Service delivered");
            CmsRows::logServiceAction(db, 0, QStringLiteral("service_delivered"), s.id,
                                      {{QStringLiteral("message"), message}}, m_context.nowUtc());
            // Product::removeStock(): only when stock is left or the product restocks itself.
            if (s.productId > 0)
                Sql::exec(
                    db,
                    QStringLiteral("UPDATE products SET stock = stock - 1, updated_at = ? WHERE id = ? AND "
                                   "(stock > 0 OR id IN (SELECT model_id FROM metadata WHERE model_type = ? "
                                   "AND `key` = 'auto_stock' AND value IS NOT NULL))"),
                    {m_now, s.productId, CmsSchema::productModel()});
            tx.commit();
            out.result = QStringLiteral("delivered");
            return out;
        }
    } // failure: rolled back here
    recordFailure(s.id, out.provision);
    out.result = QStringLiteral("failed");
    return out;
}

QList<qint64> ServiceDelivery::createServices(const DeliveryItem &item, const QString &productType,
                                              const QString &productName)
{
    const QSqlDatabase db = m_context.db();
    const QDateTime nowUtc = m_context.nowUtc();
    const QJsonObject data = QJsonDocument::fromJson(item.data.toUtf8()).object();
    const QString billing = data.value(QStringLiteral("billing")).toString(QStringLiteral("monthly"));
    const QDateTime expires = BillingPeriod::extend(nowUtc, billing, m_context.zone());
    // v2 reads the (dotted, hence usually unset) key below; Carbon's subDays(null) subtracts nothing.
    const int daysBefore =
        CmsSettings(db).intValue(QStringLiteral("core_services_days_before_creation_renewal_invoice"), 0);
    const QDateTime next = expires.isValid() ? expires.addDays(-daysBefore) : QDateTime();
    QVariant maxRenewals(QMetaType(QMetaType::Int));
    {
        QSqlQuery m =
            Sql::exec(db,
                      QStringLiteral("SELECT value FROM metadata WHERE model_type = ? AND model_id = ? "
                                     "AND `key` = 'max_renewals'"),
                      {CmsSchema::productModel(), item.relatedId});
        if (m.next())
            maxRenewals = m.value(0).toInt();
    }
    QList<qint64> ids;
    QStringList idText;
    for (int i = 0; i < qMax(1, item.quantity); ++i) {
        const qint64 id =
            Sql::exec(
                db,
                QStringLiteral("INSERT INTO services (customer_id, uuid, name, type, billing, currency, "
                               "product_id, server_id, invoice_id, status, expires_at, data, trial_ends_at, "
                               "max_renewals, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, "
                               "NULL, 'pending', ?, ?, NULL, ?, ?, ?)"),
                {item.customerId > 0 ? QVariant(item.customerId) : QVariant(QMetaType(QMetaType::LongLong)),
                 CmsRows::uuid(), productName, productType, billing, item.currency, item.relatedId,
                 tsOrNull(expires), item.data.isEmpty() ? QStringLiteral("[]") : item.data, maxRenewals,
                 m_now, m_now})
                .lastInsertId()
                .toLongLong();
        // ServiceObserver::created(): the product's disable_cancel travels to the service.
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO metadata (model_id, model_type, `key`, value, created_at, updated_at) "
                      "SELECT ?, ?, 'disable_cancel', value, ?, ? FROM metadata WHERE model_type = ? AND "
                      "model_id = ? AND `key` = 'disable_cancel'"),
                  {id, CmsSchema::serviceModel(), m_now, m_now, CmsSchema::productModel(), item.relatedId});
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO service_renewals (service_id, invoice_id, start_date, end_date, "
                      "first_period, next_billing_on, created_at, period, status) VALUES (?, ?, ?, ?, 1, "
                      "?, ?, 1, 'pending')"),
                  {id, item.invoiceId, m_now, tsOrNull(expires), tsOrNull(next), m_now});
        ids << id;
        idText << QString::number(id);
    }
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO metadata (model_id, model_type, `key`, value, created_at, updated_at) "
                       "VALUES (?, ?, 'services', ?, ?, ?)"),
        {item.id, CmsSchema::invoiceItemModel(), idText.join(u','), m_now, m_now});
    return ids;
}

DeliveryOutcome ServiceDelivery::deliverItem(const DeliveryItem &item)
{
    // free_trial needs v2's free-trial extension, domain a registrar, the other types their own
    // handlers: only plain `service` items are delivered here.
    if (item.type != QLatin1String("service"))
        return leftForCms(QStringLiteral("item_type"));
    const QSqlDatabase db = m_context.db();
    const auto servicesOf = [&]() {
        QList<qint64> ids;
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT value FROM metadata WHERE model_id = ? AND model_type = ? "
                                     "AND `key` = 'services'"),
                      {item.id, CmsSchema::invoiceItemModel()});
        if (q.next()) {
            for (const QString &part : q.value(0).toString().split(u',', Qt::SkipEmptyParts))
                ids << part.trimmed().toLongLong();
        }
        return ids;
    };
    QList<qint64> ids = servicesOf();
    if (ids.isEmpty()) {
        QSqlQuery p = Sql::exec(
            db, QStringLiteral("SELECT name, type FROM products WHERE id = ? AND deleted_at IS NULL"),
            {item.relatedId});
        if (!p.next())
            return failed(Tr::tr("Product #%1 of item #%2 not found.").arg(item.relatedId).arg(item.id));
        const QString name = p.value(0).toString();
        const QString type = p.value(1).toString();
        p.finish();
        if (!m_provisioners.handles(type))
            return leftForCms(QStringLiteral("panel_module"));
        if (item.hasDiscount)
            return leftForCms(QStringLiteral("coupon"));
        if (Sql::exec(db,
                      QStringLiteral(
                          "SELECT 1 FROM invoice_items WHERE parent_id = ? AND type = 'config_option' AND "
                          "deleted_at IS NULL"),
                      {item.id})
                .next())
            return leftForCms(QStringLiteral("config_options"));
        Sql::Transaction tx(db);
        if (!claimItem(db, item.id))
            return {QStringLiteral("skipped"), {}, {}, {}};
        ids = servicesOf();
        if (ids.isEmpty())
            ids = createServices(item, type, name);
        tx.commit();
    }

    DeliveryOutcome out;
    out.serviceIds = ids;
    for (qint64 id : ids) {
        Service s;
        if (!loadService(id, s))
            return failed(Tr::tr("Service #%1 of item #%2 no longer exists.").arg(id).arg(item.id), ids);
        if (!m_provisioners.handles(s.type))
            return leftForCms(QStringLiteral("panel_module"), ids);
        if (s.status == QLatin1String("active"))
            continue;
        // Suspended, expired, … since its creation (an administrator's doing): rare, and v2
        // would create the account again; the CMS decides.
        if (s.status != QLatin1String("pending"))
            return leftForCms(QStringLiteral("service_status"), ids);
        const DeliveryOutcome one = deliverService(s, item.id);
        if (one.result != QLatin1String("delivered")) {
            DeliveryOutcome o = one;
            o.serviceIds = ids;
            return o;
        }
    }
    Sql::Transaction tx(db);
    if (!claimItem(db, item.id))
        return {QStringLiteral("skipped"), ids, {}, {}};
    Sql::exec(db, QStringLiteral("UPDATE invoice_items SET delivered_at = ?, updated_at = ? WHERE id = ?"),
              {m_now, m_now, item.id});
    tx.commit();
    out.result = QStringLiteral("delivered");
    return out;
}

DeliveryOutcome ServiceDelivery::deliverManual(qint64 serviceId)
{
    Service s;
    if (!loadService(serviceId, s) || s.status != QLatin1String("pending"))
        return {QStringLiteral("skipped"), {serviceId}, {}, {}};
    if (!m_provisioners.handles(s.type))
        return leftForCms(QStringLiteral("panel_module"), {serviceId});
    const DeliveryOutcome out = deliverService(s, 0);
    if (out.result == QLatin1String("delivered")) {
        const QSqlDatabase db = m_context.db();
        Sql::Transaction tx(db);
        Sql::exec(db,
                  QStringLiteral(
                      "UPDATE metadata SET value = '0', updated_at = ? WHERE model_type = ? AND model_id = "
                      "? AND `key` = 'must_created_manually'"),
                  {m_now, CmsSchema::serviceModel(), serviceId});
        tx.commit();
    }
    return out;
}

DeliveryOutcome ServiceDelivery::renewItem(const DeliveryItem &item)
{
    const QSqlDatabase db = m_context.db();
    const QDateTime nowUtc = m_context.nowUtc();
    if (item.paidAt.isValid() && item.paidAt.secsTo(nowUtc) < kRenewalSettleSeconds)
        return {QStringLiteral("waiting"), {item.relatedId}, {}, {}};
    Service s;
    if (!loadService(item.relatedId, s))
        return failed(
            Tr::tr("Service #%1 renewed by item #%2 does not exist.").arg(item.relatedId).arg(item.id));
    const QList<qint64> ids{s.id};
    const auto provisioner = m_provisioners.forType(s.type);
    if (!provisioner)
        return leftForCms(QStringLiteral("panel_module"), ids);
    // ServiceObserver renews the service's config options along with it: the CMS's job.
    if (Database::tableExists(db, QStringLiteral("config_options_services")) &&
        Sql::exec(db, QStringLiteral("SELECT 1 FROM config_options_services WHERE service_id = ?"), {s.id})
            .next())
        return leftForCms(QStringLiteral("config_options"), ids);
    if (!s.expiresAt.isValid())
        return leftForCms(QStringLiteral("no_expiry"), ids);
    if (!provisioner->isDatabaseOnly() && s.attempts >= m_maxAttempts)
        return {QStringLiteral("capped"), ids, {}, {}};

    const QJsonObject data = QJsonDocument::fromJson(item.data.toUtf8()).object();
    const QString billing = data.value(QStringLiteral("billing")).toString(s.billing);
    const QDateTime expires = BillingPeriod::extend(s.expiresAt, billing, m_context.zone());
    const bool unsuspend = expires.isValid() && expires > nowUtc;
    DeliveryOutcome out;
    out.serviceIds = ids;
    {
        Sql::Transaction tx(db);
        if (!claimItem(db, item.id))
            return {QStringLiteral("skipped"), ids, {}, {}};
        if (unsuspend && !provisioner->isDatabaseOnly() && s.status != QLatin1String("active"))
            out.provision = provisioner->unsuspend(CmsRows::serviceJson(db, s.id), m_context.cancelFlag());
        if (out.provision.cancelled)
            m_context.checkCancelled();
        if (out.provision.ok) {
            // Service::renew(): one more renewal, the invoice link dropped, the expiry pushed.
            Sql::exec(db,
                      QStringLiteral(
                          "UPDATE services SET renewals = renewals + 1, invoice_id = NULL, expires_at = ?, "
                          "updated_at = ? WHERE id = ?"),
                      {tsOrNull(expires), m_now, s.id});
            if (unsuspend) {
                // Service::unsuspend(), called by renew() whatever the status; the observer
                // clears a cancellation when the status becomes active.
                CmsRows::logServiceAction(db, 0, QStringLiteral("service_unsuspended"), s.id,
                                          {{QStringLiteral("message"), QStringLiteral("Server unsuspended")}},
                                          nowUtc);
                const bool activated = s.status != QLatin1String("active");
                Sql::exec(db,
                          QStringLiteral("UPDATE services SET status = 'active', suspended_at = NULL") +
                              (activated ? QStringLiteral(", cancelled_at = NULL, cancelled_reason = NULL")
                                         : QString()) +
                              QStringLiteral(" WHERE id = ?"),
                          {s.id});
            }
            Sql::exec(
                db,
                QStringLiteral("DELETE FROM metadata WHERE model_type = ? AND model_id = ? AND `key` IN "
                               "('renewal_error', 'renewal_tries', 'renewal_last_try')"),
                {CmsSchema::serviceModel(), s.id});
            CmsRows::logServiceAction(db, 0, QStringLiteral("service_renewed"), s.id,
                                      {{QStringLiteral("expires_at"), carbonJson(expires)},
                                       {QStringLiteral("last_expires_at"), carbonJson(s.expiresAt)}},
                                      nowUtc);
            Sql::exec(
                db, QStringLiteral("UPDATE invoice_items SET delivered_at = ?, updated_at = ? WHERE id = ?"),
                {m_now, m_now, item.id});
            Sql::exec(db,
                      QStringLiteral(
                          "UPDATE service_renewals SET renewed_at = ?, updated_at = ? WHERE invoice_id = ? "
                          "AND deleted_at IS NULL"),
                      {m_now, m_now, item.invoiceId});
            tx.commit();
            out.result = QStringLiteral("renewed");
            return out;
        }
    }
    recordFailure(s.id, out.provision);
    out.result = QStringLiteral("failed");
    return out;
}

} // namespace cxcron
