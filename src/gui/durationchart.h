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

/// Durations of the latest runs over time (a line) with failures marked in red.
class DurationChart : public QWidget
{
    Q_OBJECT
public:
    explicit DurationChart(QWidget *parent = nullptr);
    void setPoints(const QList<ChartPoint> &points);
    int pointCount() const { return int(m_points.size()); }

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
};

} // namespace cxcron::gui
