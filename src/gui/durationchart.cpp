// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationchart.h"

#include "statedelegate.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cxcron::gui {

DurationChart::DurationChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_durations(new QLineSeries(m_chart))
    , m_failures(new QScatterSeries(m_chart))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->addSeries(m_durations);
    m_chart->addSeries(m_failures);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_durations), static_cast<QAbstractSeries *>(m_failures)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    m_durations->setColor(QColor(0x1f, 0x4e, 0x8c));
    m_failures->setColor(StateDelegate::colorFor(ExecState::Failed));
    m_failures->setMarkerSize(9);
    m_timeAxis->setFormat(QStringLiteral("dd/MM HH:mm"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    setMinimumHeight(170);
    retranslate();
}

void DurationChart::setPoints(const QList<ChartPoint> &points)
{
    m_points = points;
    QList<QPointF> line;
    QList<QPointF> failures;
    double maxSeconds = 1;
    for (const ChartPoint &p : points) {
        const double x = double(p.startUtc.toMSecsSinceEpoch());
        const double seconds = p.durationMs < 0 ? 0 : p.durationMs / 1000.0;
        maxSeconds = qMax(maxSeconds, seconds);
        line << QPointF(x, seconds);
        if (isFailure(p.state))
            failures << QPointF(x, seconds);
    }
    m_durations->replace(line);
    m_failures->replace(failures);
    if (!points.isEmpty()) {
        QDateTime first = points.first().startUtc.toLocalTime();
        QDateTime last = points.last().startUtc.toLocalTime();
        if (first == last)
            last = first.addSecs(60);
        m_timeAxis->setRange(first, last);
    }
    m_valueAxis->setRange(0, maxSeconds * 1.1);
}

void DurationChart::retranslate()
{
    m_durations->setName(tr("Duration (s)"));
    m_failures->setName(tr("Failures"));
}

void DurationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cxcron::gui
