// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsrows.h"

#include "billingperiod.h"
#include "cmsschema.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QUuid>

namespace cxcron::CmsRows {
namespace {
QVariant ts(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(Sql::fromUtc(utc)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 insertCustomer(const QSqlDatabase &db, const QString &first, const QString &last, const QString &email,
                      const QDateTime &createdAt)
{
    return Sql::exec(
               db,
               QStringLiteral("INSERT INTO customers (firstname, lastname, email, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?)"),
               {first, last, email, ts(createdAt), ts(createdAt)})
        .lastInsertId()
        .toLongLong();
}

qint64 insertProduct(const QSqlDatabase &db, const QString &name, const QString &type, int stock,
                     const QDateTime &createdAt)
{
    return Sql::exec(
               db,
               QStringLiteral("INSERT INTO products (name, type, status, stock, created_at, updated_at) "
                              "VALUES (?, ?, 'active', ?, ?, ?)"),
               {name, type, stock, ts(createdAt), ts(createdAt)})
        .lastInsertId()
        .toLongLong();
}

qint64 insertService(const QSqlDatabase &db, const NewService &s)
{
    const qint64 id =
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO services (customer_id, uuid, name, type, billing, currency, product_id, "
                      "invoice_id, status, expires_at, suspended_at, suspend_reason, cancelled_at, "
                      "cancelled_reason, delivery_attempts, delivery_errors, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {idOrNull(s.customerId), uuid(), s.name, s.type, s.billing, idOrNull(s.productId),
                   idOrNull(s.invoiceId), s.status, ts(s.expiresAt), ts(s.suspendedAt),
                   textOrNull(s.suspendReason), ts(s.cancelledAt), textOrNull(s.cancelledReason),
                   s.deliveryAttempts, textOrNull(s.deliveryErrors), ts(s.createdAt), ts(s.createdAt)})
            .lastInsertId()
            .toLongLong();
    if (s.price > 0) {
        Sql::exec(db,
                  QStringLiteral("INSERT INTO pricings (related_id, related_type, currency, %1, created_at, "
                                 "updated_at) VALUES (?, 'service', 'EUR', ?, ?, ?)")
                      .arg(BillingPeriod::priceColumn(s.billing)),
                  {id, s.price, ts(s.createdAt), ts(s.createdAt)});
    }
    return id;
}

qint64 insertInvoice(const QSqlDatabase &db, const NewInvoice &i)
{
    const QDate due = i.dueDate.isValid() ? i.dueDate : i.createdAt.date().addDays(7);
    return Sql::exec(
               db,
               QStringLiteral("INSERT INTO invoices (customer_id, uuid, due_date, total, subtotal, tax, "
                              "setupfees, currency, status, paid_at, notes, paymethod, fees, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, 'EUR', ?, ?, ?, 'balance', 0, ?, ?)"),
               {idOrNull(i.customerId), uuid(), due.toString(Qt::ISODate), i.total, i.total, i.status,
                ts(i.paidAt), textOrNull(i.notes), ts(i.createdAt), ts(i.createdAt)})
        .lastInsertId()
        .toLongLong();
}

qint64 insertItem(const QSqlDatabase &db, qint64 invoiceId, const QString &type, qint64 relatedId,
                  const QString &name, double price, const QDateTime &createdAt, const QString &data)
{
    return Sql::exec(db,
                     QStringLiteral(
                         "INSERT INTO invoice_items (invoice_id, name, description, quantity, "
                         "unit_price_ht, unit_price_ttc, unit_setup_ht, unit_setup_ttc, type, related_id, "
                         "data, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, 0, 0, ?, ?, ?, ?, ?)"),
                     {invoiceId, name, name, price, price, type, idOrNull(relatedId),
                      data.isEmpty() ? QStringLiteral("[]") : data, ts(createdAt), ts(createdAt)})
        .lastInsertId()
        .toLongLong();
}

void setSetting(const QSqlDatabase &db, const QString &name, const QString &value)
{
    Sql::exec(db, QStringLiteral("DELETE FROM settings WHERE name = ?"), {name});
    Sql::exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"), {name, value});
}

void logServiceAction(const QSqlDatabase &db, qint64 customerId, const QString &action, qint64 serviceId,
                      const QJsonObject &payload, const QDateTime &nowUtc)
{
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO action_logs (customer_id, action, model, model_id, payload, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(customerId), action, CmsSchema::serviceModel(), serviceId,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), ts(nowUtc), ts(nowUtc)});
}

QJsonObject serviceJson(const QSqlDatabase &db, qint64 serviceId)
{
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT id, uuid, customer_id, product_id, server_id, name, type, billing, "
                                 "status, expires_at, suspended_at, cancelled_at, data FROM services "
                                 "WHERE id = ?"),
                  {serviceId});
    if (!q.next())
        return {};
    QJsonObject o;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        const QString name = r.fieldName(i);
        const QVariant v = q.value(i);
        if (v.isNull())
            o.insert(name, QJsonValue::Null);
        else if (name.endsWith(QLatin1String("_at")))
            o.insert(name, Sql::fromUtc(Sql::toUtc(v)));
        else if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")))
            o.insert(name, v.toLongLong());
        else
            o.insert(name, v.toString());
    }
    return o;
}

} // namespace cxcron::CmsRows
