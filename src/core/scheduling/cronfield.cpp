// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronfield.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cxcron::CronField {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)
};

struct Bounds
{
    int lo;
    int hi;
};

Bounds boundsOf(Kind kind)
{
    switch (kind) {
    case Kind::Minute:
        return {0, 59};
    case Kind::Hour:
        return {0, 23};
    case Kind::DayOfMonth:
        return {1, 31};
    case Kind::Month:
        return {1, 12};
    case Kind::DayOfWeek:
        break;
    }
    return {0, 7};
}

const char *const kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                   "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
// Laravel's weekday names: MON = 1 … SUN = 7 (not 0).
const char *const kDayNames[] = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

// AbstractField::convertLiterals: a whole token that is a name (any case) becomes its number.
QString convertLiterals(const QString &token, Kind kind)
{
    const QString upper = token.toUpper();
    if (kind == Kind::Month) {
        for (int i = 0; i < 12; ++i)
            if (upper == QLatin1String(kMonthNames[i]))
                return QString::number(i + 1);
    } else if (kind == Kind::DayOfWeek) {
        for (int i = 0; i < 7; ++i)
            if (upper == QLatin1String(kDayNames[i]))
                return QString::number(i + 1);
    }
    return token;
}

// Plain decimal digits only: PHP's is_numeric() also takes "+5", "1e1" or " 5", which nobody
// means in a schedule.
bool isNumber(const QString &token)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    return digits.match(token).hasMatch();
}

// A single value after name conversion; returns an error text or empty.
QString checkValue(const QString &token, Kind kind, int *value)
{
    const QString converted = convertLiterals(token, kind);
    if (!isNumber(converted))
        return Tr::tr("\"%1\" is not a number or a name").arg(token);
    const Bounds b = boundsOf(kind);
    *value = converted.toInt();
    if (*value < b.lo || *value > b.hi)
        return Tr::tr("\"%1\" is out of range %2-%3").arg(token).arg(b.lo).arg(b.hi);
    return {};
}

// DayOfWeekField::isSatisfiedBy rewrites "7-n" to "0-n" and "n-0" to "n-7" before matching.
QString rewriteSundays(const QString &element)
{
    QStringList parts = element.split(u'-');
    if (parts.size() < 2)
        return element;
    if (parts.at(0) == QLatin1String("7"))
        parts[0] = QStringLiteral("0");
    else if (parts.at(1) == QLatin1String("0"))
        parts[1] = QStringLiteral("7");
    return parts.join(u'-');
}

// Validates one list element the way AbstractField::validate does, refusing in addition what
// would make isInIncrementsOfRanges throw (names or a reversed range before a step), and returns
// it in the form the matcher reads. "N/step" is not Laravel syntax; cxcron keeps cron's meaning,
// N-max/step. *asWritten is the element before names at the ends of a range are converted.
QString normalizeElement(const QString &element, Kind kind, QString *normalized, QString *asWritten = nullptr)
{
    const Bounds b = boundsOf(kind);
    QString text = convertLiterals(element, kind);
    if (text == QLatin1String("*")) {
        *normalized = text;
        if (asWritten)
            *asWritten = text;
        return {};
    }
    const int slash = text.indexOf(u'/');
    if (slash >= 0) {
        QString base = text.left(slash);
        const QString step = text.mid(slash + 1);
        static const QRegularExpression stepPattern(QStringLiteral("^[1-9][0-9]{0,8}$"));
        if (!stepPattern.match(step).hasMatch())
            return Tr::tr("invalid step in \"%1\"").arg(element);
        int value = 0;
        if (isNumber(base)) {
            const QString error = checkValue(base, kind, &value);
            if (!error.isEmpty())
                return error;
            base += u'-' + QString::number(b.hi);
        } else if (base != QLatin1String("*")) {
            const QStringList ends = base.split(u'-');
            if (ends.size() != 2)
                return Tr::tr("\"%1\" is not a number or a name").arg(base);
            for (const QString &end : ends) {
                if (!isNumber(end))
                    return Tr::tr("\"%1\": names cannot take a step (Laravel reads them as 0); "
                                  "write numbers")
                        .arg(element);
                const QString error = checkValue(end, kind, &value);
                if (!error.isEmpty())
                    return error;
            }
        }
        text = base + u'/' + step;
        if (kind == Kind::DayOfWeek)
            text = rewriteSundays(text);
        if (asWritten)
            *asWritten = text;
        if (base != QLatin1String("*")) {
            const QStringList ends = text.left(text.indexOf(u'/')).split(u'-');
            if (ends.at(0).toInt() > ends.at(1).toInt())
                return Tr::tr("\"%1\" is out of range %2-%3").arg(element).arg(b.lo).arg(b.hi);
        }
        *normalized = text;
        return {};
    }
    if (kind == Kind::DayOfWeek)
        text = rewriteSundays(text); // on the names as written: "sun-sat" stays 7-6
    if (asWritten)
        *asWritten = text;
    const QStringList ends = text.split(u'-');
    if (ends.size() > 2)
        return Tr::tr("\"%1\" is not a number or a name").arg(element);
    QStringList converted;
    for (const QString &end : ends) {
        int value = 0;
        const QString error = checkValue(end, kind, &value);
        if (!error.isEmpty())
            return error;
        converted << convertLiterals(end, kind);
    }
    // A reversed range ("5-1") is valid for Laravel and matches nothing.
    *normalized = converted.join(u'-');
    return {};
}

// AbstractField::isSatisfied on a normalized element, including its rule that a step larger
// than the field's maximum picks the single value fullRange[step % size].
bool satisfied(int value, const QString &element, Kind kind)
{
    const Bounds b = boundsOf(kind);
    const int slash = element.indexOf(u'/');
    if (slash >= 0) {
        const QString base = element.left(slash);
        const qint64 step = element.mid(slash + 1).toLongLong();
        int from = b.lo;
        int to = b.hi;
        if (base != QLatin1String("*")) {
            from = base.section(u'-', 0, 0).toInt();
            to = base.section(u'-', 1, 1).toInt();
        }
        if (step > b.hi)
            return value == b.lo + int(step % (b.hi - b.lo + 1));
        if (step > to - from)
            return value == from;
        return value >= from && value <= to && (value - from) % step == 0;
    }
    const int dash = element.indexOf(u'-');
    if (dash >= 0)
        return value >= element.left(dash).toInt() && value <= element.mid(dash + 1).toInt();
    return element == QLatin1String("*") || value == element.toInt();
}

} // namespace

QString parseValues(const QString &field, Kind kind, std::vector<bool> *allowed)
{
    const Bounds b = boundsOf(kind);
    allowed->assign(b.hi + 1, false);
    for (const QString &element : field.split(u',')) {
        if (element.isEmpty())
            return Tr::tr("empty list element in \"%1\"").arg(field);
        QString normalized;
        const QString error = normalizeElement(element, kind, &normalized);
        if (!error.isEmpty())
            return error;
        for (int v = b.lo; v <= b.hi; ++v)
            if (satisfied(v, normalized, kind))
                (*allowed)[v] = true;
    }
    return {};
}

int nearestWeekday(int year, int month, int target)
{
    // DateTime::createFromFormat lets day 0 or 31 of a 30-day month overflow into the
    // neighbouring month, and the weekday test then looks at that date.
    const QDate first(year, month, 1);
    const QDate date = first.addDays(target - 1);
    if (date.dayOfWeek() < 6)
        return date.day();
    const int last = date.daysInMonth();
    for (int delta : {-1, 1, -2, 2}) {
        const int adjusted = target + delta;
        if (adjusted <= 0 || adjusted > last)
            continue;
        const QDate candidate = first.addDays(adjusted - 1);
        if (candidate.dayOfWeek() < 6 && candidate.month() == month)
            return candidate.day();
    }
    return -1; // dragonmantank throws: the date does not match
}

bool DayOfMonth::matches(const QDate &date) const
{
    if (last)
        return date.day() == date.daysInMonth();
    if (nearestWeekdayTo >= 0)
        return date.day() == nearestWeekday(date.year(), date.month(), nearestWeekdayTo);
    return days[date.day()];
}

QString parseDayOfMonth(const QString &field, DayOfMonth *result)
{
    *result = DayOfMonth();
    result->restricted = field != QLatin1String("*") && field != QLatin1String("?");
    if (field == QLatin1String("?")) {
        result->days.set();
        return {};
    }
    if (field == QLatin1String("L")) {
        result->last = true;
        return {};
    }
    static const QRegularExpression nearest(QStringLiteral("^([0-9]+|L)W$"));
    const QRegularExpressionMatch m = nearest.match(field);
    if (m.hasMatch()) {
        int day = 0;
        if (m.captured(1) != QLatin1String("L")) {
            const QString error = checkValue(m.captured(1), Kind::DayOfMonth, &day);
            if (!error.isEmpty())
                return error;
        }
        result->nearestWeekdayTo = day;
        return {};
    }
    if (field.contains(u'L') || field.contains(u'W'))
        return Tr::tr("\"%1\": L and W stand alone in the day of the month (L, 15W)").arg(field);
    std::vector<bool> allowed;
    const QString error = parseValues(field, Kind::DayOfMonth, &allowed);
    for (int d = 1; error.isEmpty() && d <= 31; ++d)
        result->days[d] = allowed[d];
    return error;
}

bool DayOfWeek::matches(const QDate &date) const
{
    const int weekday = date.dayOfWeek() % 7;
    if (weekdays[weekday])
        return true;
    if (lastInMonth[weekday] && date.daysInMonth() - date.day() < 7)
        return true;
    for (const auto &[isoWeekday, k] : nth)
        if (date.dayOfWeek() == isoWeekday && (date.day() - 1) / 7 + 1 == k)
            return true;
    return false;
}

QString parseDayOfWeek(const QString &field, DayOfWeek *result)
{
    *result = DayOfWeek();
    result->restricted = field != QLatin1String("*") && field != QLatin1String("?");
    if (field == QLatin1String("?")) {
        result->weekdays.set();
        return {};
    }
    static const QRegularExpression lastPattern(QStringLiteral("^([0-9]+|[A-Za-z]{3})L$"));
    static const QRegularExpression nthPattern(QStringLiteral("^([0-9]+|[A-Za-z]{3})#([0-9]+)$"));
    for (const QString &element : field.split(u',')) {
        if (element.isEmpty())
            return Tr::tr("empty list element in \"%1\"").arg(field);
        int weekday = 0;
        if (const QRegularExpressionMatch m = lastPattern.match(element); m.hasMatch()) {
            const QString error = checkValue(m.captured(1), Kind::DayOfWeek, &weekday);
            if (!error.isEmpty())
                return error;
            result->lastInMonth[weekday % 7] = true;
            continue;
        }
        if (const QRegularExpressionMatch m = nthPattern.match(element); m.hasMatch()) {
            const QString error = checkValue(m.captured(1), Kind::DayOfWeek, &weekday);
            if (!error.isEmpty())
                return error;
            const int k = m.captured(2).toInt();
            if (k < 1 || k > 5)
                return Tr::tr("\"%1\": in n#k, k goes from 1 to 5").arg(element);
            // Laravel turns exactly "0" into 7 (Sunday, ISO); "00" stays 0 and matches nothing.
            result->nth.append({m.captured(1) == QLatin1String("0") ? 7 : weekday, k});
            continue;
        }
        if (element.contains(u'L') || element.contains(u'#') || element == QLatin1String("?"))
            return Tr::tr("\"%1\": write nL (last n of the month) or n#k (k-th n of the month)").arg(element);
        QString normalized;
        QString asWritten;
        const QString error = normalizeElement(element, Kind::DayOfWeek, &normalized, &asWritten);
        if (!error.isEmpty())
            return error;
        // Laravel compares with ISO numbering (Monday 1 … Sunday 7) when the element as written
        // contains the digit 7, else with 0 = Sunday … 6 = Saturday: "mon-sun" (1-7, no digit
        // 7) leaves Sunday out, as it does for Laravel.
        const bool iso = asWritten.contains(u'7');
        for (int d = 0; d < 7; ++d)
            if (satisfied(iso && d == 0 ? 7 : d, normalized, Kind::DayOfWeek))
                result->weekdays[d] = true;
    }
    return {};
}

} // namespace cxcron::CronField
