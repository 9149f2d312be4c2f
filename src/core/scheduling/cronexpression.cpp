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
    using CronField::Kind;
    std::vector<bool> allowed[3];
    const Kind kinds[] = {Kind::Minute, Kind::Hour, Kind::Month};
    const int positions[] = {0, 1, 3};
    for (int i = 0; i < 3; ++i) {
        const QString message = CronField::parseValues(fields.at(positions[i]), kinds[i], &allowed[i]);
        if (!message.isEmpty())
            return setError(message);
    }
    QString message = CronField::parseDayOfMonth(fields.at(2), &e.m_dayOfMonth);
    if (message.isEmpty())
        message = CronField::parseDayOfWeek(fields.at(4), &e.m_dayOfWeek);
    if (!message.isEmpty())
        return setError(message);
    if (fields.at(2) == QLatin1String("?") && fields.at(4) == QLatin1String("?"))
        return setError(Tr::tr("\"?\" may stand for one day field, not both"));
    for (int v = 0; v < 60; ++v)
        e.m_minutes[v] = allowed[0][v];
    for (int v = 0; v < 24; ++v)
        e.m_hours[v] = allowed[1][v];
    for (int v = 1; v <= 12; ++v)
        e.m_months[v] = allowed[2][v];
    e.m_hourWildcard = fields.at(1).startsWith(u'*');
    e.m_valid = true;
    // "0 0 30 2 *" parses but never fires: refuse it rather than store a task that never runs.
    // Eight years cover two leap days.
    const QDate today = QDate::currentDate();
    // A reversed range alone ("10-5") is valid for Laravel and matches nothing.
    bool fires = false;
    if (e.m_minutes.any() && e.m_hours.any())
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
    const bool dom = !m_dayOfMonth.restricted || m_dayOfMonth.matches(date);
    const bool dow = !m_dayOfWeek.restricted || m_dayOfWeek.matches(date);
    // Laravel: when neither day field is * or ?, either may match. Unlike Vixie cron, a field
    // that merely starts with * ("*/3") counts as restricted.
    if (m_dayOfMonth.restricted && m_dayOfWeek.restricted)
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
