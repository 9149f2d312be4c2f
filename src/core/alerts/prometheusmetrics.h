// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace cxcron::PrometheusMetrics {

/// The Prometheus text exposition format (version 0.0.4) of the tasks' recorded history: per
/// task the last run and last success timestamps, the last duration and state, whether it is
/// running, the runs of the last 24 hours by state; the runner's last scheduled run; the alert
/// deliveries waiting or given up. Reads only small index ranges, whatever the history's size.
QString render(const QSqlDatabase &db, const QStringList &tasks, const QDateTime &nowUtc);

/// A label value escaped as the format requires (backslash, double quote, newline).
QString escapeLabel(const QString &value);

} // namespace cxcron::PrometheusMetrics
