// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cronexpression.h"

namespace cxcron {

/// When a task is due: every N minutes (slots aligned on the UTC epoch, so every host agrees) or
/// a cron expression read in the installation's time zone (for daily and weekly tasks).
class Schedule
{
public:
    Schedule() = default;
    static Schedule everyMinutes(int minutes);
    static Schedule cron(const QString &expression);
    /// Accepts "every 5 minutes", "every 3 hours", "5m", "3h", "1d", or a cron expression/macro.
    /// Returns an invalid schedule and sets *error (translated) when malformed.
    static Schedule parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return m_intervalMinutes > 0 || m_cron.isValid(); }
    bool isInterval() const { return m_intervalMinutes > 0; }
    int intervalMinutes() const { return m_intervalMinutes; }
    /// Canonical text, parseable again: "5m", "3h" or the cron expression.
    QString toString() const;
    /// Human text, translated: "every minute", "every 3 hours", "cron: 0 9 * * *".
    QString describe() const;

    /// The latest due slot at or before @p nowUtc (UTC, whole minute).
    QDateTime latestSlot(const QDateTime &nowUtc, const QTimeZone &zone) const;
    /// The first slot strictly after @p nowUtc.
    QDateTime nextSlot(const QDateTime &nowUtc, const QTimeZone &zone) const;
    /// Nominal spacing between two runs, in seconds (used for stale detection and lease length).
    qint64 nominalPeriodSeconds(const QDateTime &nowUtc, const QTimeZone &zone) const;

private:
    int m_intervalMinutes = 0;
    CronExpression m_cron;
};

} // namespace cxcron
