// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicedeliverytask.h"

#include "cmsschema.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "errors.h"
#include "logging.h"
#include "provisionerregistry.h"
#include "servicedelivery.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cxcron {
namespace {
/// True when an item's `discount` JSON is a coupon (InvoiceItem::getDiscount(false) is not null:
/// v2 then attaches a coupon_id metadata to the service).
bool hasDiscount(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().contains(QStringLiteral("value_price"));
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}
} // namespace

QString InvoiceDeliveryTask::title() const
{
    return QCoreApplication::translate("Tasks", "Deliver paid invoices");
}

QString InvoiceDeliveryTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Delivers the services of paid orders, the services an administrator "
                                       "marked for manual creation, and paid renewals, for the service types "
                                       "cxcron can provision; the others are left to CLIENTXCMS.");
}

QJsonObject InvoiceDeliveryTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    const CmsSettings settings(db);
    const ProvisionerRegistry provisioners = ProvisionerRegistry::fromDatabase(db);
    const int maxAttempts = qMax(1, settings.intValue(QStringLiteral("cxcron_delivery_max_attempts"), 5));
    ServiceDelivery delivery(context, provisioners, maxAttempts);

    // v2 first delivers the pending services an administrator flagged must_created_manually = 1.
    QList<qint64> manual;
    {
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT s.id FROM services s WHERE s.deleted_at IS NULL AND s.id IN "
                                     "(SELECT model_id FROM metadata WHERE model_type = ? AND `key` = "
                                     "'must_created_manually' AND value = '1') ORDER BY s.id"),
                      {CmsSchema::serviceModel()});
        while (q.next())
            manual << q.value(0).toLongLong();
    }
    // Then every undelivered item of a paid invoice (InvoiceItem::findItemsMustDeliver()).
    QList<DeliveryItem> items;
    {
        QSqlQuery q = Sql::exec(
            db, QStringLiteral(
                    "SELECT ii.id, ii.invoice_id, ii.type, ii.related_id, ii.quantity, ii.data, "
                    "ii.discount, i.customer_id, i.currency, i.paid_at FROM invoice_items ii JOIN invoices "
                    "i ON i.id = ii.invoice_id WHERE i.status = 'paid' AND ii.delivered_at IS NULL AND "
                    "ii.cancelled_at IS NULL AND ii.refunded_at IS NULL AND ii.deleted_at IS NULL ORDER BY "
                    "ii.id"));
        while (q.next()) {
            items << DeliveryItem{q.value(0).toLongLong(),
                                  q.value(1).toLongLong(),
                                  q.value(2).toString(),
                                  q.value(3).toLongLong(),
                                  q.value(4).toInt(),
                                  q.value(5).toString(),
                                  hasDiscount(q.value(6).toString()),
                                  q.value(7).toLongLong(),
                                  q.value(8).toString(),
                                  Sql::toUtc(q.value(9))};
        }
    }

    QHash<QString, int> counts;
    QJsonArray details;
    QJsonArray left;
    QJsonArray errors;
    int attempted = 0;
    int manualDelivered = 0;
    const qsizetype total = manual.size() + items.size();
    const auto record = [&](const DeliveryOutcome &out, QJsonObject d) {
        counts[out.result] += 1;
        if (out.result == QLatin1String("failed") || out.result == QLatin1String("delivered") ||
            out.result == QLatin1String("renewed"))
            ++attempted;
        d.insert(QStringLiteral("service_ids"), idsJson(out.serviceIds));
        d.insert(QStringLiteral("result"), out.result);
        if (out.result == QLatin1String("left_for_cms")) {
            d.insert(QStringLiteral("reason"), out.reason);
            if (left.size() < CmsTask::kSampleLimit)
                left.append(d);
            return;
        }
        if (!out.provision.ok) {
            QJsonObject e = out.provision.toJson();
            for (auto it = d.constBegin(); it != d.constEnd(); ++it)
                if (it.key() != QLatin1String("result"))
                    e.insert(it.key(), it.value());
            errors.append(e);
            d.insert(QStringLiteral("error"), out.provision.error);
            qCWarning(lcTasks) << "delivery failed:" << out.provision.error;
        }
        if (details.size() < CmsTask::kSampleLimit)
            details.append(d);
    };

    qsizetype done = 0;
    for (qint64 id : manual) {
        context.checkCancelled();
        context.setProgress(int(done++), int(total));
        context.step(QStringLiteral("manual service #%1").arg(id));
        DeliveryOutcome out;
        try {
            out = delivery.deliverManual(id);
        } catch (const Error &e) {
            out = {QStringLiteral("failed"), {id}, {}, ProvisionResult::failure(e.message())};
        }
        if (out.result == QLatin1String("delivered"))
            ++manualDelivered;
        record(out, {{QStringLiteral("manual"), true}});
    }
    for (const DeliveryItem &item : items) {
        context.checkCancelled();
        context.setProgress(int(done++), int(total));
        context.step(
            QStringLiteral("item #%1 (%2, related #%3)").arg(item.id).arg(item.type).arg(item.relatedId));
        DeliveryOutcome out;
        try {
            out =
                item.type == QLatin1String("renewal") ? delivery.renewItem(item) : delivery.deliverItem(item);
        } catch (const Error &e) {
            out = {QStringLiteral("failed"), {}, {}, ProvisionResult::failure(e.message())};
        }
        record(out, {{QStringLiteral("item_id"), item.id},
                     {QStringLiteral("invoice_id"), item.invoiceId},
                     {QStringLiteral("type"), item.type}});
    }
    context.setProgress(int(total), int(total));

    QJsonObject result{{QStringLiteral("selected"), int(items.size())},
                       {QStringLiteral("manual_selected"), int(manual.size())},
                       {QStringLiteral("manual_delivered"), manualDelivered},
                       {QStringLiteral("max_attempts"), maxAttempts},
                       {QStringLiteral("items"), details},
                       {QStringLiteral("left_for_cms_items"), left},
                       {QStringLiteral("errors"), errors}};
    for (const char *key : {"delivered", "renewed", "failed", "capped", "waiting", "skipped", "left_for_cms"})
        result.insert(QLatin1String(key), counts.value(QLatin1String(key)));
    qCInfo(lcTasks) << "invoices:delivery" << counts;
    if (!errors.isEmpty())
        CmsTask::failWithItemErrors(context, QStringLiteral("DeliveryError"), errors, attempted, result);
    return result;
}

} // namespace cxcron
