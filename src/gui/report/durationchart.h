// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace cxcron::gui {

/// Durations of the latest runs over time (a line) with failures marked in red. The unit follows
/// the longest run (ms, s, min); time ticks fall on round times; the title says how many runs.
class DurationChart : public QWidget
{
    Q_OBJECT
public:
    explicit DurationChart(QWidget *parent = nullptr);
    void setPoints(const QList<ChartPoint> &points);
    int pointCount() const { return int(m_points.size()); }
    /// The runs drawn on the duration line (a run still going on has no duration yet).
    int drawnPointCount() const;
    /// What the axes and title show (for tests): the label of the @p index-th duration tick.
    QString valueAxisLabel(int index) const;
    int valueTickCount() const;
    QString title() const;
    /// Whether the time axis is shown, and its range: none without points (never the axis of
    /// the task or database shown before).
    bool timeAxisShown() const;
    QDateTime timeAxisMin() const;
    QDateTime timeAxisMax() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<ChartPoint> m_points;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_durations;
    QScatterSeries *m_failures;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    int m_unit = 1; ///< 0 ms, 1 s, 2 min
};

} // namespace cxcron::gui
