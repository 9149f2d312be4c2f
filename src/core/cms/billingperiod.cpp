// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingperiod.h"

namespace cxcron::BillingPeriod {
namespace {
int monthsOf(const QString &billing)
{
    static const struct
    {
        const char *name;
        int months;
    } kCycles[] = {{"monthly", 1},   {"quarterly", 3},   {"semiannually", 6},
                   {"annually", 12}, {"biennially", 24}, {"triennially", 36}};
    for (const auto &c : kCycles) {
        if (billing == QLatin1String(c.name))
            return c.months;
    }
    return 0;
}
} // namespace

bool isRecurring(const QString &billing)
{
    return monthsOf(billing) > 0 || billing == QLatin1String("weekly");
}

QDateTime extend(const QDateTime &fromUtc, const QString &billing, const QTimeZone &zone)
{
    if (!fromUtc.isValid())
        return {};
    const QDateTime local = fromUtc.toTimeZone(zone);
    if (billing == QLatin1String("weekly"))
        return local.addDays(7).toUTC();
    const int months = monthsOf(billing);
    if (months == 0)
        return {};
    // Carbon's addMonths() (what v2's RecurringService uses) overflows: 31 January + 1 month is
    // 3 March (2 in a leap year), not 28 February as QDate::addMonths() would clamp it.
    const QDate first = QDate(local.date().year(), local.date().month(), 1).addMonths(months);
    return QDateTime(first.addDays(local.date().day() - 1), local.time(), zone).toUTC();
}

QString priceColumn(const QString &billing)
{
    if (monthsOf(billing) > 0)
        return billing; // one of the fixed names above
    if (billing == QLatin1String("weekly"))
        return QStringLiteral("monthly"); // no weekly column in v2: a weekly service is priced per month
    return QStringLiteral("onetime");
}

} // namespace cxcron::BillingPeriod
