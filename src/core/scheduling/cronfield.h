// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <bitset>
#include <utility>
#include <vector>

namespace cxcron {

/// The fields of a cron expression read as Laravel's scheduler reads them: dragonmantank/
/// cron-expression (FieldFactory and its *Field classes), quirks included, so that a job
/// adopted from a Laravel site fires on the same minutes under cxcron. Forms on which that
/// library throws or which never match are refused with a translated message instead.
namespace CronField {

enum class Kind
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek
};

/// Minute, hour or month: the allowed values (index = minute, hour or month number).
QString parseValues(const QString &field, Kind kind, std::vector<bool> *allowed);

/// The day-of-month field: values, `L` (last day), `nW` (weekday nearest to day n), `?`.
struct DayOfMonth
{
    bool restricted = false; // anything but `*` and `?`
    std::bitset<32> days;
    bool last = false;
    int nearestWeekdayTo = -1; // `LW` is 0: Laravel reads it as "nearest to day 0"
    bool matches(const QDate &date) const;
};
QString parseDayOfMonth(const QString &field, DayOfMonth *result);

/// The day-of-week field: values (0 and 7 = Sunday), `nL` (last n of the month), `n#k` (k-th n
/// of the month), `?`.
struct DayOfWeek
{
    bool restricted = false;        // anything but `*` and `?`
    std::bitset<7> weekdays;        // 0 = Sunday
    std::bitset<7> lastInMonth;     // 0 = Sunday
    QList<std::pair<int, int>> nth; // (ISO weekday 1-7, or 0 which never matches; k)
    bool matches(const QDate &date) const;
};
QString parseDayOfWeek(const QString &field, DayOfWeek *result);

/// Day of the month that dragonmantank takes as the weekday nearest to @p target (1-31, or 0
/// for `LW`), with its PHP date overflow (31W in April is measured from 1 May), or -1 if none.
int nearestWeekday(int year, int month, int target);

} // namespace CronField
} // namespace cxcron
