// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace cxcron::BillingPeriod {

/// True for the recurring cycles of `services.billing` (weekly, monthly, quarterly,
/// semiannually, annually, biennially, triennially); false for onetime and unknown values.
bool isRecurring(const QString &billing);

/// @p fromUtc pushed by one billing period. Months are added on the calendar of @p zone (the
/// installation's time zone, as the CMS does), so 15 March 10:00 Paris + 1 month is 15 April
/// 10:00 Paris across the DST change; a day past the end of the target month overflows into the
/// next one, as Carbon does for CLIENTXCMS. Invalid for a non-recurring billing.
QDateTime extend(const QDateTime &fromUtc, const QString &billing, const QTimeZone &zone);

/// Column of `pricings` holding the price of @p billing ("monthly", …, "onetime"); a fixed,
/// whitelisted name safe to put in SQL.
QString priceColumn(const QString &billing);

} // namespace cxcron::BillingPeriod
