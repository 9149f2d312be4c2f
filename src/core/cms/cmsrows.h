// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace cxcron::CmsRows {

/// Small row writers and readers shared by the CMS tasks, the demo seed and the tests. Every
/// timestamp is UTC; invalid QDateTime = NULL. They do not open transactions: callers do.

struct NewService
{
    qint64 customerId = 0;
    qint64 productId = 0;
    QString name;
    QString type = QStringLiteral("none"); ///< v2 product-type uuid
    QString billing = QStringLiteral("monthly");
    QString status = QStringLiteral("active");
    QDateTime expiresAt;
    QDateTime suspendedAt;
    QString suspendReason;
    QDateTime cancelledAt;
    QString cancelledReason;
    qint64 invoiceId = 0; ///< 0 = NULL
    int deliveryAttempts = 0;
    QString deliveryErrors;
    double price = 0; ///< > 0: also writes a pricings row for the billing cycle
    QDateTime createdAt;
};

struct NewInvoice
{
    qint64 customerId = 0;
    QString status = QStringLiteral("pending");
    double total = 0;
    QDateTime createdAt;
    QDateTime paidAt;
    QDate dueDate;
    QString notes;
};

qint64 insertCustomer(const QSqlDatabase &db, const QString &first, const QString &last, const QString &email,
                      const QDateTime &createdAt);
qint64 insertProduct(const QSqlDatabase &db, const QString &name, const QString &type, int stock,
                     const QDateTime &createdAt);
qint64 insertService(const QSqlDatabase &db, const NewService &s);
qint64 insertInvoice(const QSqlDatabase &db, const NewInvoice &i);
/// @p relatedId: product id for `service` items, service id for `renewal` items.
qint64 insertItem(const QSqlDatabase &db, qint64 invoiceId, const QString &type, qint64 relatedId,
                  const QString &name, double price, const QDateTime &createdAt, const QString &data = {});
void setSetting(const QSqlDatabase &db, const QString &name, const QString &value);

/// One `action_logs` row about a service.
void logServiceAction(const QSqlDatabase &db, qint64 customerId, const QString &action, qint64 serviceId,
                      const QJsonObject &payload, const QDateTime &nowUtc);

/// The service row as the JSON handed to provisioners; empty when it does not exist.
QJsonObject serviceJson(const QSqlDatabase &db, qint64 serviceId);

/// A random UUID string (v2 stores one on services and invoices).
QString uuid();

} // namespace cxcron::CmsRows
