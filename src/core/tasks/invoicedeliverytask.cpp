// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicedeliverytask.h"

#include "billingperiod.h"
#include "cmsrows.h"
#include "cmsschema.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "errors.h"
#include "logging.h"
#include "provisionerregistry.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

/// Renewals paid less than this ago are left alone: the CMS payment listener may be renewing them.
constexpr int kRenewalSettleSeconds = 120;

struct Item
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString type;
    qint64 relatedId = 0;
    QString name;
    QString data;
    qint64 customerId = 0;
    QDateTime paidAt;
};

struct Outcome
{
    QString result; ///< delivered, renewed, failed, capped, waiting, skipped
    qint64 serviceId = 0;
    ProvisionResult provision;
};

class Delivery
{
public:
    Delivery(TaskContext &context, const ProvisionerRegistry &provisioners, int maxAttempts)
        : m_context(context)
        , m_provisioners(provisioners)
        , m_maxAttempts(maxAttempts)
        , m_now(Sql::fromUtc(context.nowUtc()))
    {}

    Outcome deliverService(const Item &item);
    Outcome deliverRenewal(const Item &item);

private:
    /// Locks the item row for this transaction (SQLite: takes the write lock; MariaDB: row lock,
    /// which InnoDB holds even when the UPDATE changes nothing); false when it was delivered
    /// meanwhile.
    bool claim(const QSqlDatabase &db, qint64 itemId)
    {
        Sql::exec(db, QStringLiteral("UPDATE invoice_items SET updated_at = ? WHERE id = ?"),
                  {m_now, itemId});
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT delivered_at, cancelled_at FROM invoice_items WHERE id = ?") +
                          (Database::isSqlite(db) ? QString() : QStringLiteral(" FOR UPDATE")),
                      {itemId});
        return q.next() && q.value(0).isNull() && q.value(1).isNull();
    }
    void markDelivered(const QSqlDatabase &db, qint64 itemId)
    {
        Sql::exec(db,
                  QStringLiteral("UPDATE invoice_items SET delivered_at = ?, updated_at = ? WHERE id = ?"),
                  {m_now, m_now, itemId});
    }
    /// Records a failed attempt in its own small transaction.
    void recordFailure(qint64 serviceId, const ProvisionResult &r)
    {
        const QSqlDatabase db = m_context.db();
        Sql::Transaction tx(db);
        Sql::exec(db,
                  QStringLiteral(
                      "UPDATE services SET delivery_attempts = delivery_attempts + 1, delivery_errors = ?, "
                      "updated_at = ? WHERE id = ?"),
                  {r.error.left(4000), m_now, serviceId});
        tx.commit();
    }
    qint64 existingService(const QSqlDatabase &db, qint64 itemId)
    {
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT value FROM metadata WHERE model_id = ? AND model_type = ? AND "
                                     "`key` = 'services'"),
                      {itemId, CmsSchema::invoiceItemModel()});
        return q.next() ? q.value(0).toString().section(u',', 0, 0).trimmed().toLongLong() : 0;
    }

    TaskContext &m_context;
    const ProvisionerRegistry &m_provisioners;
    int m_maxAttempts;
    QString m_now;
};

Outcome Delivery::deliverService(const Item &item)
{
    const QSqlDatabase db = m_context.db();
    Outcome out;
    out.serviceId = existingService(db, item.id);
    if (out.serviceId == 0) {
        // Step 1: the pending service and its link to the item, so attempts can be counted on it.
        QString type;
        QSqlQuery p =
            Sql::exec(db, QStringLiteral("SELECT type FROM products WHERE id = ?"), {item.relatedId});
        if (p.next())
            type = p.value(0).toString();
        p.finish(); // no open read statement may outlive into the write transaction (SQLite)
        const QJsonObject data = QJsonDocument::fromJson(item.data.toUtf8()).object();
        CmsRows::NewService s;
        s.customerId = item.customerId;
        s.productId = item.relatedId;
        s.name = item.name;
        s.type = type;
        s.billing = data.value(QStringLiteral("billing")).toString(QStringLiteral("monthly"));
        s.status = QStringLiteral("pending");
        s.createdAt = m_context.nowUtc();
        Sql::Transaction tx(db);
        if (!claim(db, item.id))
            return {QStringLiteral("skipped"), 0, {}};
        out.serviceId = existingService(db, item.id);
        if (out.serviceId == 0) {
            out.serviceId = CmsRows::insertService(db, s);
            Sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO metadata (model_id, model_type, `key`, value, created_at, updated_at) "
                          "VALUES (?, ?, 'services', ?, ?, ?)"),
                      {item.id, CmsSchema::invoiceItemModel(), QString::number(out.serviceId), m_now, m_now});
        }
        tx.commit();
    }

    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT status, delivery_attempts, billing, type, product_id FROM services "
                                 "WHERE id = ?"),
                  {out.serviceId});
    if (!q.next())
        throw Error(ErrorKind::Database,
                    Tr::tr("Service #%1 of item #%2 no longer exists.").arg(out.serviceId).arg(item.id));
    const QString status = q.value(0).toString();
    const int attempts = q.value(1).toInt();
    const QString billing = q.value(2).toString();
    const QString type = q.value(3).toString();
    const qint64 productId = q.value(4).toLongLong();
    q.finish();
    if (status == QLatin1String("pending") && attempts >= m_maxAttempts) {
        out.result = QStringLiteral("capped");
        return out;
    }

    {
        Sql::Transaction tx(db);
        if (!claim(db, item.id)) {
            out.result = QStringLiteral("skipped");
            return out;
        }
        if (status == QLatin1String("pending")) {
            QJsonObject service = CmsRows::serviceJson(db, out.serviceId);
            service.insert(QStringLiteral("invoice_item_id"), item.id);
            service.insert(QStringLiteral("invoice_id"), item.invoiceId);
            out.provision = m_provisioners.forType(type)->create(service);
        }
        if (out.provision.ok) {
            if (status == QLatin1String("pending")) {
                const QDateTime expires =
                    BillingPeriod::extend(m_context.nowUtc(), billing, m_context.zone());
                Sql::exec(
                    db,
                    QStringLiteral(
                        "UPDATE services SET status = 'active', expires_at = ?, delivery_errors = NULL, "
                        "delivery_attempts = 0, updated_at = ? WHERE id = ?"),
                    {expires.isValid() ? QVariant(Sql::fromUtc(expires))
                                       : QVariant(QMetaType(QMetaType::QString)),
                     m_now, out.serviceId});
                Sql::exec(db,
                          QStringLiteral("UPDATE products SET stock = stock - 1 WHERE id = ? AND stock > 0"),
                          {productId});
                CmsRows::logServiceAction(db, item.customerId, QStringLiteral("service_delivered"),
                                          out.serviceId, {{QStringLiteral("invoice_item_id"), item.id}},
                                          m_context.nowUtc());
            }
            markDelivered(db, item.id);
            tx.commit();
            out.result = QStringLiteral("delivered");
            return out;
        }
    } // failure: the item's transaction rolls back here
    recordFailure(out.serviceId, out.provision);
    out.result = QStringLiteral("failed");
    return out;
}

Outcome Delivery::deliverRenewal(const Item &item)
{
    const QSqlDatabase db = m_context.db();
    const QDateTime nowUtc = m_context.nowUtc();
    Outcome out;
    out.serviceId = item.relatedId;
    if (item.paidAt.isValid() && item.paidAt.secsTo(nowUtc) < kRenewalSettleSeconds) {
        out.result = QStringLiteral("waiting");
        return out;
    }
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT status, delivery_attempts, billing, type, expires_at FROM services "
                                 "WHERE id = ?"),
                  {item.relatedId});
    if (!q.next())
        throw Error(
            ErrorKind::Database,
            Tr::tr("Service #%1 renewed by item #%2 does not exist.").arg(item.relatedId).arg(item.id));
    const QString status = q.value(0).toString();
    const int attempts = q.value(1).toInt();
    const QString billing = q.value(2).toString();
    const QString type = q.value(3).toString();
    const QDateTime oldExpires = Sql::toUtc(q.value(4));
    q.finish();
    if (attempts >= m_maxAttempts) {
        out.result = QStringLiteral("capped");
        return out;
    }
    QDateTime newExpires =
        BillingPeriod::extend(oldExpires.isValid() ? oldExpires : nowUtc, billing, m_context.zone());
    if (!newExpires.isValid())
        newExpires = oldExpires;
    const bool unsuspend =
        status == QLatin1String("suspended") && newExpires.isValid() && newExpires > nowUtc;
    {
        Sql::Transaction tx(db);
        if (!claim(db, item.id)) {
            out.result = QStringLiteral("skipped");
            return out;
        }
        if (unsuspend)
            out.provision = m_provisioners.forType(type)->unsuspend(CmsRows::serviceJson(db, item.relatedId));
        if (out.provision.ok) {
            Sql::exec(
                db,
                QStringLiteral(
                    "UPDATE services SET expires_at = ?, renewals = renewals + 1, invoice_id = CASE "
                    "WHEN invoice_id = ? THEN NULL ELSE invoice_id END, status = ?, suspended_at = CASE "
                    "WHEN ? = 1 THEN NULL ELSE suspended_at END, suspend_reason = CASE WHEN ? = 1 "
                    "THEN NULL ELSE suspend_reason END, delivery_errors = NULL, delivery_attempts = 0, "
                    "updated_at = ? WHERE id = ?"),
                {newExpires.isValid() ? QVariant(Sql::fromUtc(newExpires))
                                      : QVariant(QMetaType(QMetaType::QString)),
                 item.invoiceId, unsuspend ? QStringLiteral("active") : status, int(unsuspend),
                 int(unsuspend), m_now, item.relatedId});
            Sql::exec(db,
                      QStringLiteral(
                          "UPDATE service_renewals SET renewed_at = ?, status = 'paid', pending_lock_key = "
                          "NULL, updated_at = ? WHERE invoice_id = ? AND service_id = ?"),
                      {m_now, m_now, item.invoiceId, item.relatedId});
            CmsRows::logServiceAction(db, item.customerId, QStringLiteral("service_renewed"), item.relatedId,
                                      {{QStringLiteral("invoice_id"), item.invoiceId},
                                       {QStringLiteral("expires_at"), Sql::fromUtc(newExpires)},
                                       {QStringLiteral("unsuspended"), unsuspend}},
                                      nowUtc);
            markDelivered(db, item.id);
            tx.commit();
            out.result = QStringLiteral("renewed");
            return out;
        }
    }
    recordFailure(item.relatedId, out.provision);
    out.result = QStringLiteral("failed");
    return out;
}

} // namespace

QString InvoiceDeliveryTask::title() const
{
    return QCoreApplication::translate("Tasks", "Deliver paid invoices");
}

QString InvoiceDeliveryTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Creates the services of paid orders and extends renewed services, "
                                       "through each service type's provisioner.");
}

QJsonObject InvoiceDeliveryTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const ProvisionerRegistry provisioners = ProvisionerRegistry::fromDatabase(db);
    const int maxAttempts = qMax(1, settings.intValue(QStringLiteral("cxcron_delivery_max_attempts"), 5));

    QList<Item> items;
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT ii.id, ii.invoice_id, ii.type, ii.related_id, ii.name, ii.data, "
                           "i.customer_id, i.paid_at FROM invoice_items ii JOIN invoices i ON i.id "
                           "= ii.invoice_id WHERE i.status = 'paid' AND ii.delivered_at IS NULL AND "
                           "ii.cancelled_at IS NULL AND ii.refunded_at IS NULL AND ii.type IN "
                           "('service', 'free_trial', 'renewal') ORDER BY ii.id"));
    while (q.next()) {
        items << Item{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
                      q.value(6).toLongLong(), Sql::toUtc(q.value(7))};
    }
    q.finish();

    Delivery delivery(context, provisioners, maxAttempts);
    QHash<QString, int> counts;
    QJsonArray details;
    QJsonArray errors;
    int attempted = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        context.checkCancelled();
        context.setProgress(int(i), int(items.size()));
        context.step(
            QStringLiteral("item #%1 (%2, related #%3)").arg(item.id).arg(item.type).arg(item.relatedId));
        Outcome out;
        try {
            out = item.type == QLatin1String("renewal") ? delivery.deliverRenewal(item)
                                                        : delivery.deliverService(item);
        } catch (const Error &e) {
            out.result = QStringLiteral("failed");
            out.provision = ProvisionResult::failure(e.message());
        }
        counts[out.result] += 1;
        if (out.result == QLatin1String("failed") || out.result == QLatin1String("delivered") ||
            out.result == QLatin1String("renewed"))
            ++attempted;
        QJsonObject d{{QStringLiteral("item_id"), item.id},
                      {QStringLiteral("invoice_id"), item.invoiceId},
                      {QStringLiteral("type"), item.type},
                      {QStringLiteral("service_id"), out.serviceId},
                      {QStringLiteral("result"), out.result}};
        if (!out.provision.ok) {
            QJsonObject e = out.provision.toJson();
            e.insert(QStringLiteral("item_id"), item.id);
            e.insert(QStringLiteral("service_id"), out.serviceId);
            errors.append(e);
            d.insert(QStringLiteral("error"), out.provision.error);
            qCWarning(lcTasks) << "delivery failed for item" << item.id << out.provision.error;
        }
        if (details.size() < CmsTask::kSampleLimit)
            details.append(d);
    }
    context.setProgress(int(items.size()), int(items.size()));
    QJsonObject result{{QStringLiteral("selected"), int(items.size())},
                       {QStringLiteral("max_attempts"), maxAttempts},
                       {QStringLiteral("items"), details},
                       {QStringLiteral("errors"), errors}};
    for (const char *key : {"delivered", "renewed", "failed", "capped", "waiting", "skipped"})
        result.insert(QLatin1String(key), counts.value(QLatin1String(key)));
    if (!errors.isEmpty())
        CmsTask::failWithItemErrors(QStringLiteral("DeliveryError"), errors, attempted, result);
    return result;
}

} // namespace cxcron
