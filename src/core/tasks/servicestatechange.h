// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmsinvoice.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariantList>

namespace cxcron {

/// The four state changes of CLIENTXCMS v2's `services:expire`, in its order.
enum class ServiceChange
{
    Expire,  ///< Service::expire(): suspended past the grace → expired
    Suspend, ///< Service::suspend(): unpaid past expires_at → suspended
    Cancel,  ///< Service::markAsCancelled(): cancellation date reached → cancelled
    Hide,    ///< getShouldHidden(): expired long ago → hidden
};

/// Writes one v2 state change into the CMS rows of a set of services, as v2's model methods do
/// after their module call succeeded (see docs/TASKS.md for each column). The services must
/// still match @p where (the phase's selection, over `services`, no alias): a service another
/// runner changed meanwhile is left alone. The caller holds the transaction.
class ServiceStateChange
{
public:
    ServiceStateChange(ServiceChange change, const QString &where, const QVariantList &whereValues,
                       const QDateTime &nowUtc, const QTimeZone &zone);

    /// Applies the change to @p ids (any number; chunked). Returns the services changed.
    int apply(const QSqlDatabase &db, const QList<qint64> &ids);
    /// Invoices cancelled along the way (expire and cancel cancel the service's invoice).
    const CmsInvoice::Cancelled &invoices() const { return m_invoices; }

    /// v2's action_logs.action for @p change (empty for Hide, which v2 does not log).
    static QString logAction(ServiceChange change);
    /// The suspend_reason v2 writes on an unpaid suspension; Service::canRenew() checks it.
    static QString expiredReasonKey() { return QStringLiteral("client.alerts.suspended_reason_expired"); }

private:
    int applyChunk(const QSqlDatabase &db, const QList<qint64> &ids);
    void logCancellations(const QSqlDatabase &db, const QString &where, const QVariantList &values);
    void restock(const QSqlDatabase &db, const QString &where, const QVariantList &values);

    ServiceChange m_change;
    QString m_where;
    QVariantList m_whereValues;
    QDateTime m_nowUtc;
    QString m_now;
    QTimeZone m_zone;
    CmsInvoice::Cancelled m_invoices;
};

} // namespace cxcron
