// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CronExpression)
};

constexpr int kMaxDays = 5 * 366;

const char *const kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

int valueOf(const QString &token, int fieldIndex, bool *ok)
{
    const QString lower = token.toLower();
    if (fieldIndex == 3) {
        for (int i = 0; i < 12; ++i)
            if (lower == QLatin1String(kMonthNames[i])) {
                *ok = true;
                return i + 1;
            }
    } else if (fieldIndex == 4) {
        for (int i = 0; i < 7; ++i)
            if (lower == QLatin1String(kDayNames[i])) {
                *ok = true;
                return i;
            }
    }
    return token.toInt(ok);
}

// Parses one field into a vector of allowed values; returns an error text or empty.
QString parseField(const QString &field, int fieldIndex, int lo, int hi, std::vector<bool> *allowed)
{
    allowed->assign(hi + 1, false);
    const QStringList parts = field.split(u',');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return Tr::tr("empty list element in \"%1\"").arg(field);
        QString range = part;
        int step = 1;
        const int slash = part.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return Tr::tr("invalid step in \"%1\"").arg(part);
            range = part.left(slash);
        }
        int from = lo;
        int to = hi;
        if (range != QLatin1String("*")) {
            const int dash = range.indexOf(u'-', 1);
            bool ok1 = false;
            bool ok2 = true;
            from = valueOf(dash > 0 ? range.left(dash) : range, fieldIndex, &ok1);
            to = dash > 0 ? valueOf(range.mid(dash + 1), fieldIndex, &ok2) : (slash >= 0 ? hi : from);
            if (!ok1 || !ok2)
                return Tr::tr("\"%1\" is not a number or a name").arg(range);
            if (from < lo || to > hi || from > to)
                return Tr::tr("\"%1\" is out of range %2-%3").arg(range).arg(lo).arg(hi);
        }
        for (int v = from; v <= to; v += step)
            (*allowed)[v] = true;
    }
    return {};
}

QString expandMacro(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("@hourly"))
        return QStringLiteral("0 * * * *");
    if (t == QLatin1String("@daily") || t == QLatin1String("@midnight"))
        return QStringLiteral("0 0 * * *");
    if (t == QLatin1String("@weekly"))
        return QStringLiteral("0 0 * * 0");
    if (t == QLatin1String("@monthly"))
        return QStringLiteral("0 0 1 * *");
    if (t == QLatin1String("@yearly") || t == QLatin1String("@annually"))
        return QStringLiteral("0 0 1 1 *");
    return text.trimmed();
}

} // namespace

CronExpression CronExpression::parse(const QString &input, QString *error)
{
    CronExpression e;
    e.m_text = input.trimmed();
    const QString text = expandMacro(input);
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const QStringList fields = text.split(ws, Qt::SkipEmptyParts);
    auto setError = [&](const QString &message) {
        if (error)
            *error = Tr::tr("Invalid cron expression \"%1\": %2").arg(input.trimmed(), message);
        return CronExpression();
    };
    if (fields.size() != 5)
        return setError(
            Tr::tr("expected 5 fields (minute hour day month weekday), got %1").arg(fields.size()));
    const int lo[] = {0, 0, 1, 1, 0};
    const int hi[] = {59, 23, 31, 12, 7};
    std::vector<bool> allowed[5];
    for (int i = 0; i < 5; ++i) {
        const QString message = parseField(fields.at(i), i, lo[i], hi[i], &allowed[i]);
        if (!message.isEmpty())
            return setError(message);
    }
    for (int v = 0; v < 60; ++v)
        e.m_minutes[v] = allowed[0][v];
    for (int v = 0; v < 24; ++v)
        e.m_hours[v] = allowed[1][v];
    for (int v = 1; v <= 31; ++v)
        e.m_days[v] = allowed[2][v];
    for (int v = 1; v <= 12; ++v)
        e.m_months[v] = allowed[3][v];
    for (int v = 0; v <= 7; ++v)
        if (allowed[4][v])
            e.m_weekdays[v % 7] = true;
    e.m_hourWildcard = fields.at(1).startsWith(u'*');
    e.m_domRestricted = !fields.at(2).startsWith(u'*');
    e.m_dowRestricted = !fields.at(4).startsWith(u'*');
    e.m_valid = true;
    // "0 0 30 2 *" parses but never fires: refuse it rather than store a task that never runs.
    // Eight years cover two leap days.
    const QDate today = QDate::currentDate();
    bool fires = false;
    for (QDate d = today; !fires && d < today.addYears(8); d = d.addDays(1))
        fires = e.matchesDate(d);
    if (!fires)
        return setError(Tr::tr("no date matches it in the next years (e.g. 30 February): the task "
                               "would never run"));
    return e;
}

bool CronExpression::matchesDate(const QDate &date) const
{
    if (!m_months[date.month()])
        return false;
    const bool dom = m_days[date.day()];
    const bool dow = m_weekdays[date.dayOfWeek() % 7];
    // POSIX cron: when both day fields are restricted, either may match.
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

// The UTC instants at which local wall time date/hour:minute happens: none in a spring-forward
// gap (then the instant just after the gap is used), two in an autumn overlap (both only for
// wildcard-hour expressions).
QList<QDateTime> CronExpression::instants(const QDate &date, int hour, int minute,
                                          const QTimeZone &zone) const
{
    const QDateTime localAsUtc(date, QTime(hour, minute), QTimeZone::utc());
    const int before = zone.offsetFromUtc(localAsUtc.addDays(-1));
    const int after = zone.offsetFromUtc(localAsUtc.addDays(1));
    QList<QDateTime> result;
    for (int offset : {before, after}) {
        const QDateTime candidate = localAsUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !result.contains(candidate))
            result << candidate;
    }
    std::sort(result.begin(), result.end());
    if (result.isEmpty())
        result << localAsUtc.addSecs(-before); // in the gap: lands just after it
    else if (result.size() == 2 && !m_hourWildcard)
        result.removeLast();
    return result;
}

QDateTime CronExpression::previousOrAt(const QDateTime &utcIn, const QTimeZone &zone) const
{
    if (!m_valid)
        return {};
    QDateTime utc = utcIn.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    // Start one day ahead in local time so that instants shifted by gaps are considered too.
    const QDate start = utc.toTimeZone(zone).date().addDays(1);
    // Wall-clock "now" as if it were UTC; a candidate wall time more than 3 h after it cannot be
    // at or before now whatever the DST shift, so it is skipped without zone look-ups.
    const QDateTime wallNow = utc.addSecs(zone.offsetFromUtc(utc));
    const QDateTime latestWall = wallNow.addSecs(3 * 3600);
    // In an autumn overlap, wall-clock order is not UTC order: once a candidate is found, the
    // rest of that day and the day before are scanned too and the latest instant wins.
    QDateTime best;
    QDateTime floorWall; // once found: wall times more than 3 h earlier cannot be later in UTC
    for (int d = 0; d < kMaxDays && (!floorWall.isValid() || start.addDays(-d) >= floorWall.date()); ++d) {
        const QDate date = start.addDays(-d);
        if (!matchesDate(date) || QDateTime(date, QTime(0, 0), QTimeZone::utc()) > latestWall)
            continue;
        for (int h = 23; h >= 0; --h) {
            if (!m_hours[h] || QDateTime(date, QTime(h, 0), QTimeZone::utc()) > latestWall)
                continue;
            for (int m = 59; m >= 0; --m) {
                if (!m_minutes[m])
                    continue;
                const QDateTime wall(date, QTime(h, m), QTimeZone::utc());
                if (wall > latestWall || (floorWall.isValid() && wall < floorWall))
                    continue;
                for (const QDateTime &instant : instants(date, h, m, zone)) {
                    if (instant <= utc && (!best.isValid() || instant > best)) {
                        best = instant;
                        if (!floorWall.isValid()) {
                            // No DST change nearby: wall order is UTC order, the first is the latest.
                            if (zone.offsetFromUtc(best.addSecs(-3 * 3600)) ==
                                zone.offsetFromUtc(best.addSecs(3 * 3600)))
                                return best;
                            floorWall = wall.addSecs(-3 * 3600);
                        }
                    }
                }
            }
        }
    }
    return best;
}

QDateTime CronExpression::nextAfter(const QDateTime &utcIn, const QTimeZone &zone) const
{
    if (!m_valid)
        return {};
    QDateTime utc = utcIn.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    const QDate start = utc.toTimeZone(zone).date().addDays(-1);
    const QDateTime earliestWall = utc.addSecs(zone.offsetFromUtc(utc) - 3 * 3600);
    QDateTime best;
    QDateTime ceilingWall;
    for (int d = 0; d < kMaxDays && (!ceilingWall.isValid() || start.addDays(d) <= ceilingWall.date()); ++d) {
        const QDate date = start.addDays(d);
        if (!matchesDate(date) || QDateTime(date, QTime(23, 59), QTimeZone::utc()) < earliestWall)
            continue;
        for (int h = 0; h < 24; ++h) {
            if (!m_hours[h] || QDateTime(date, QTime(h, 59), QTimeZone::utc()) < earliestWall)
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes[m])
                    continue;
                const QDateTime wall(date, QTime(h, m), QTimeZone::utc());
                if (wall < earliestWall || (ceilingWall.isValid() && wall > ceilingWall))
                    continue;
                for (const QDateTime &instant : instants(date, h, m, zone)) {
                    if (instant > utc && (!best.isValid() || instant < best)) {
                        best = instant;
                        if (!ceilingWall.isValid()) {
                            if (zone.offsetFromUtc(best.addSecs(-3 * 3600)) ==
                                zone.offsetFromUtc(best.addSecs(3 * 3600)))
                                return best;
                            ceilingWall = wall.addSecs(3 * 3600);
                        }
                    }
                }
            }
        }
    }
    return best;
}

} // namespace cxcron
