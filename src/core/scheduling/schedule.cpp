// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};
} // namespace

Schedule Schedule::everyMinutes(int minutes)
{
    Schedule s;
    s.m_intervalMinutes = qMax(1, minutes);
    return s;
}

Schedule Schedule::cron(const QString &expression)
{
    Schedule s;
    s.m_cron = CronExpression::parse(expression);
    return s;
}

Schedule Schedule::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed().toLower();
    static const QRegularExpression interval(
        QStringLiteral("^(?:every\\s+)?(\\d+)?\\s*(m|min|mins|minute|minutes|h|hour|hours|d|day|days)$"));
    const QRegularExpressionMatch match = interval.match(text);
    if (match.hasMatch()) {
        const int n = match.captured(1).isEmpty() ? 1 : match.captured(1).toInt();
        const QChar unit = match.captured(2).front();
        // 64-bit: "2147483647d" must not overflow into a small valid interval.
        const qint64 minutes = qint64(n) * (unit == u'h' ? 60 : unit == u'd' ? 1440 : 1);
        if (n <= 0 || minutes > 366 * 1440) {
            if (error)
                *error =
                    Tr::tr("Invalid schedule \"%1\": the interval must be between 1 minute and 366 days.")
                        .arg(input);
            return {};
        }
        return everyMinutes(int(minutes));
    }
    Schedule s;
    s.m_cron = CronExpression::parse(input, error);
    return s;
}

QString Schedule::toString() const
{
    if (!isInterval())
        return m_cron.text();
    if (m_intervalMinutes % 1440 == 0)
        return QString::number(m_intervalMinutes / 1440) + u'd';
    if (m_intervalMinutes % 60 == 0)
        return QString::number(m_intervalMinutes / 60) + u'h';
    return QString::number(m_intervalMinutes) + u'm';
}

QString Schedule::describe() const
{
    if (!isInterval())
        return Tr::tr("cron: %1").arg(m_cron.text());
    if (m_intervalMinutes % 1440 == 0)
        return Tr::tr("every %n day(s)", nullptr, m_intervalMinutes / 1440);
    if (m_intervalMinutes % 60 == 0)
        return Tr::tr("every %n hour(s)", nullptr, m_intervalMinutes / 60);
    return Tr::tr("every %n minute(s)", nullptr, m_intervalMinutes);
}

QDateTime Schedule::latestSlot(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (isInterval()) {
        const qint64 minute = nowUtc.toSecsSinceEpoch() / 60;
        return QDateTime::fromSecsSinceEpoch((minute - minute % m_intervalMinutes) * 60, QTimeZone::utc());
    }
    return m_cron.previousOrAt(nowUtc, zone);
}

QDateTime Schedule::nextSlot(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (isInterval())
        return latestSlot(nowUtc, zone).addSecs(qint64(m_intervalMinutes) * 60);
    return m_cron.nextAfter(nowUtc, zone);
}

qint64 Schedule::nominalPeriodSeconds(const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (isInterval())
        return qint64(m_intervalMinutes) * 60;
    const QDateTime next = nextSlot(nowUtc, zone);
    const QDateTime after = next.isValid() ? m_cron.nextAfter(next, zone) : QDateTime();
    return after.isValid() ? next.secsTo(after) : 86400;
}

} // namespace cxcron
