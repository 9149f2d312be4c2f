// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cronfield.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <bitset>

namespace cxcron {

/// A five-field cron expression (minute hour day-of-month month day-of-week) read as Laravel's
/// scheduler reads it (dragonmantank/cron-expression, see CronField): lists, ranges, steps,
/// month/day names, L, W, #, ?, the @yearly/@annually/@monthly/@weekly/@daily/@midnight/@hourly
/// macros, and "either day field matches" whenever both day fields are other than * and ?.
/// Evaluated in a time zone on the wall clock across DST changes: a fixed-time job whose local
/// time is skipped by a spring-forward runs shifted by the gap (02:30 -> 03:30, as Laravel's
/// scheduler does), and runs once in a repeated autumn hour (Laravel's runs it in both passes);
/// a job with a wildcard hour fires in both passes of the repeated hour.
class CronExpression
{
public:
    CronExpression() = default;

    /// Parses @p text; on error returns an invalid expression and sets *error (translated).
    static CronExpression parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_valid; }
    QString text() const { return m_text; }

    /// The latest fire instant at or before @p utc (UTC, whole minute), or invalid if none in
    /// the last five years.
    QDateTime previousOrAt(const QDateTime &utc, const QTimeZone &zone) const;
    /// The first fire instant strictly after @p utc, or invalid if none in the next five years.
    QDateTime nextAfter(const QDateTime &utc, const QTimeZone &zone) const;

    bool matchesDate(const QDate &date) const;

private:
    bool m_valid = false;
    bool m_hourWildcard = false;
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<13> m_months;
    CronField::DayOfMonth m_dayOfMonth;
    CronField::DayOfWeek m_dayOfWeek;

    QList<QDateTime> instants(const QDate &date, int hour, int minute, const QTimeZone &zone) const;
};

} // namespace cxcron
