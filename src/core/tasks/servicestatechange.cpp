// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicestatechange.h"

#include "cmsschema.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron {
namespace {
constexpr qsizetype kChunk = 500;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

ServiceStateChange::ServiceStateChange(ServiceChange change, const QString &where,
                                       const QVariantList &whereValues, const QDateTime &nowUtc,
                                       const QTimeZone &zone)
    : m_change(change)
    , m_where(where)
    , m_whereValues(whereValues)
    , m_nowUtc(nowUtc)
    , m_now(Sql::fromUtc(nowUtc))
    , m_zone(zone)
{}

QString ServiceStateChange::logAction(ServiceChange change)
{
    switch (change) {
    case ServiceChange::Expire:
        return QStringLiteral("service_expired");
    case ServiceChange::Suspend:
        return QStringLiteral("service_suspended");
    case ServiceChange::Cancel:
        return QStringLiteral("service_cancelled");
    case ServiceChange::Hide:
        break;
    }
    return {};
}

int ServiceStateChange::apply(const QSqlDatabase &db, const QList<qint64> &ids)
{
    int changed = 0;
    for (qsizetype from = 0; from < ids.size(); from += kChunk)
        changed += applyChunk(db, ids.mid(from, kChunk));
    return changed;
}

int ServiceStateChange::applyChunk(const QSqlDatabase &db, const QList<qint64> &ids)
{
    const QString where = m_where + QStringLiteral(" AND id IN (") + Sql::placeholders(ids.size()) + u')';
    QVariantList values = m_whereValues;
    for (qint64 id : ids)
        values << id;

    // Expire and cancel: v2 cancels the service's invoice (Invoice::cancel()) first.
    if (m_change == ServiceChange::Expire || m_change == ServiceChange::Cancel) {
        QList<qint64> invoiceIds;
        QSqlQuery q =
            Sql::exec(db,
                      QStringLiteral("SELECT DISTINCT invoice_id FROM services WHERE invoice_id IS NOT "
                                     "NULL AND ") +
                          where,
                      values);
        while (q.next())
            invoiceIds << q.value(0).toLongLong();
        q.finish();
        const CmsInvoice::Cancelled c = CmsInvoice::cancel(db, invoiceIds, m_nowUtc);
        m_invoices.invoices += c.invoices;
        m_invoices.items += c.items;
        m_invoices.renewals += c.renewals;
        m_invoices.servicesUnlinked += c.servicesUnlinked;
    }

    // ActionLog::log(): from the console no customer and no staff are authenticated.
    const QString log =
        QStringLiteral("INSERT INTO action_logs (customer_id, staff_id, action, model, model_id, "
                       "payload, created_at, updated_at) SELECT NULL, NULL, ?, ?, id, ?, ?, ? "
                       "FROM services WHERE ") +
        where;
    QString set;
    QVariantList setValues;
    switch (m_change) {
    case ServiceChange::Expire:
        Sql::exec(db, log,
                  QVariantList{logAction(m_change), CmsSchema::serviceModel(),
                               json({{QStringLiteral("message"), QStringLiteral("Service expired")}}), m_now,
                               m_now} +
                      values);
        restock(db, where, values);
        set =
            QStringLiteral("status = 'expired', expires_at = CASE WHEN expires_at > ? THEN ? ELSE expires_at "
                           "END, updated_at = ?");
        setValues = {m_now, m_now, m_now};
        break;
    case ServiceChange::Suspend:
        // v2 notifies the customer by e-mail; cxcron sends no mail, and its log says so.
        Sql::exec(db, log,
                  QVariantList{logAction(m_change), CmsSchema::serviceModel(),
                               json({{QStringLiteral("reason"), expiredReasonKey()},
                                     {QStringLiteral("notify"), false}}),
                               m_now, m_now} +
                      values);
        set = QStringLiteral("status = 'suspended', suspended_at = ?, suspend_reason = ?, updated_at = ?");
        setValues = {m_now, expiredReasonKey(), m_now};
        break;
    case ServiceChange::Cancel: {
        logCancellations(db, where, values);
        restock(db, where, values);
        // markAsCancelled() appends "Service was cancelled <reason> on <date>" to the notes
        // (PHP's date(): the application time zone).
        const QString on = QStringLiteral(" on ") +
                           m_nowUtc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString reason = QStringLiteral("COALESCE(cancelled_reason, '')");
        const QString first =
            Database::isSqlite(db)
                ? QStringLiteral("'Service was cancelled ' || ") + reason + QStringLiteral(" || ?")
                : QStringLiteral("CONCAT('Service was cancelled ', ") + reason + QStringLiteral(", ?)");
        const QString more = Database::isSqlite(db)
                                 ? QStringLiteral("notes || ' | Service was cancelled ' || ") + reason +
                                       QStringLiteral(" || ?")
                                 : QStringLiteral("CONCAT(notes, ' | Service was cancelled ', ") + reason +
                                       QStringLiteral(", ?)");
        set =
            QStringLiteral("status = 'cancelled', is_cancelled = 1, notes = CASE WHEN notes IS NULL THEN ") +
            first + QStringLiteral(" ELSE ") + more + QStringLiteral(" END, updated_at = ?");
        setValues = {on, on, m_now};
        break;
    }
    case ServiceChange::Hide:
        set = QStringLiteral("status = 'hidden', updated_at = ?");
        setValues = {m_now};
        break;
    }
    return Sql::exec(db, QStringLiteral("UPDATE services SET ") + set + QStringLiteral(" WHERE ") + where,
                     setValues + values)
        .numRowsAffected();
}

void ServiceStateChange::logCancellations(const QSqlDatabase &db, const QString &where,
                                          const QVariantList &values)
{
    struct Row
    {
        qint64 id;
        QString reason;
        QDateTime cancelledAt;
    };
    QList<Row> rows;
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id, cancelled_reason, cancelled_at FROM services WHERE ") + where, values);
    while (q.next())
        rows << Row{q.value(0).toLongLong(), q.value(1).toString(), Sql::toUtc(q.value(2))};
    q.finish();
    for (const Row &r : rows) {
        const QDateTime date = r.cancelledAt.isValid() ? r.cancelledAt : m_nowUtc;
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO action_logs (customer_id, staff_id, action, model, model_id, payload, "
                      "created_at, updated_at) VALUES (NULL, NULL, ?, ?, ?, ?, ?, ?)"),
                  {logAction(m_change), CmsSchema::serviceModel(), r.id,
                   json({{QStringLiteral("reason"),
                          r.reason.isEmpty() ? QStringLiteral("Service expired") : r.reason},
                         {QStringLiteral("date"),
                          date.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}}),
                   m_now, m_now});
    }
}

void ServiceStateChange::restock(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    // Product::addStock(): one more in stock per freed service, only for products that carry
    // the `auto_stock` metadata.
    Sql::exec(
        db,
        QStringLiteral("UPDATE products SET stock = stock + (SELECT COUNT(*) FROM services WHERE "
                       "services.product_id = products.id AND ") +
            where + QStringLiteral("), updated_at = ? WHERE id IN (SELECT product_id FROM services WHERE ") +
            where +
            QStringLiteral(") AND id IN (SELECT model_id FROM metadata WHERE model_type = ? AND `key` = "
                           "'auto_stock' AND value IS NOT NULL)"),
        values + QVariantList{m_now} + values + QVariantList{CmsSchema::productModel()});
}

} // namespace cxcron
