// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provisionerregistry.h"
#include "task.h"

#include <QJsonObject>
#include <QList>

namespace cxcron {

/// One undelivered item of a paid invoice (v2's InvoiceItem::findItemsMustDeliver()).
struct DeliveryItem
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString type;
    qint64 relatedId = 0;
    int quantity = 1;
    QString data; ///< JSON
    bool hasDiscount = false;
    qint64 customerId = 0;
    QString currency;
    QDateTime paidAt;
};

/// What happened to one item or one service.
struct DeliveryOutcome
{
    /// delivered, renewed, failed, capped, waiting, skipped, left_for_cms
    QString result;
    QList<qint64> serviceIds;
    QString reason; ///< left_for_cms: why (panel_module, item_type, config_options, …)
    ProvisionResult provision;
};

/// The writes of CLIENTXCMS v2's delivery (InvoiceService::createServicesFromInvoiceItem,
/// Service::deliver() and Service::renew(), with their observers), for the services cxcron can
/// provision: plain types, or a panel type with a configured command. Anything else is left
/// untouched for the CMS. One small transaction per item or service. See docs/TASKS.md.
class ServiceDelivery
{
public:
    ServiceDelivery(TaskContext &context, const ProvisionerRegistry &provisioners, int maxAttempts);

    /// `service` items: creates the item's services once (pending), then delivers each.
    DeliveryOutcome deliverItem(const DeliveryItem &item);
    /// `renewal` items: Service::renew() with the item's billing.
    DeliveryOutcome renewItem(const DeliveryItem &item);
    /// A pending service flagged `must_created_manually = 1`: delivers it, then sets the flag to 0.
    DeliveryOutcome deliverManual(qint64 serviceId);

private:
    struct Service
    {
        qint64 id = 0;
        QString status;
        QString type;
        QString billing;
        QDateTime expiresAt;
        int attempts = 0;
        qint64 productId = 0;
    };
    bool loadService(qint64 id, Service &out) const;
    /// Service::deliver() for a pending service; false when it failed (recorded on the service).
    DeliveryOutcome deliverService(const Service &service, qint64 itemId);
    QList<qint64> createServices(const DeliveryItem &item, const QString &productType,
                                 const QString &productName);
    bool claimItem(const QSqlDatabase &db, qint64 itemId) const;
    void recordFailure(qint64 serviceId, const ProvisionResult &r) const;

    TaskContext &m_context;
    const ProvisionerRegistry &m_provisioners;
    int m_maxAttempts;
    QString m_now;
};

} // namespace cxcron
