// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cxcron::gui::Format {

/// "850 ms", "12.4 s", "3 min 05 s"; empty for a negative (unknown) duration.
QString duration(qint64 ms);
/// A stored UTC time shown in local time, "yyyy-MM-dd HH:mm:ss"; empty when invalid.
QString localTime(const QDateTime &utc);
/// "in 3 min", "2 h ago" relative to @p nowUtc.
QString relative(const QDateTime &utc, const QDateTime &nowUtc);

} // namespace cxcron::gui::Format
