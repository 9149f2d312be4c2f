// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace cxcron::gui::Format {

/// "850 ms", "12.4 s", "3 min 05 s"; empty for a negative (unknown) duration.
QString duration(qint64 ms);
/// A stored UTC time in the display zone, "yyyy-MM-dd HH:mm:ss"; empty when invalid.
QString localTime(const QDateTime &utc);
/// "in 3 min", "2 h ago" relative to @p nowUtc.
QString relative(const QDateTime &utc, const QDateTime &nowUtc);

/// The one date format of the window (tables, date filters, chart): ISO, whatever the language,
/// so that "11/18/26" and "18/11" never sit side by side.
QString dateFormat();
/// The zone times are shown in: the workstation's (default) or the CMS's, as the user chose.
/// GUI thread only.
QTimeZone displayZone();
void setDisplayZone(const QTimeZone &zone);
/// @p utc converted to the display zone.
QDateTime toDisplay(const QDateTime &utc);

} // namespace cxcron::gui::Format
