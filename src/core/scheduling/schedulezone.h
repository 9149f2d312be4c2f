// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QTimeZone>

namespace cxcron::ScheduleZone {

/// The zone every runner of this installation reads cron expressions in. It is part of the
/// shared configuration (cxcron_meta): the first runner records its zone; a runner whose zone
/// only comes from its host's settings (@p explicitZone false) adopts the recorded one, so
/// hosts in different zones never run a daily slot twice; a runner told another zone
/// explicitly (--timezone, APP_TIMEZONE) is refused with Error(Config) naming both.
/// With @p record false (read-only commands) nothing is written.
QTimeZone agree(const QSqlDatabase &db, const QTimeZone &mine, bool explicitZone, bool record = true);
/// Records @p zone as the installation's zone (`cxcron migrate --timezone`).
void set(const QSqlDatabase &db, const QTimeZone &zone);

} // namespace cxcron::ScheduleZone
