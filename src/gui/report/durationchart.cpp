// SPDX-License-Identifier: GPL-3.0-or-later
#include "durationchart.h"

#include "format.h"
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
#include <cmath>
#include <iterator>

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
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    setMinimumHeight(120);
    retranslate();
}

namespace {

/// Round tick intervals for the time axis, in seconds.
constexpr qint64 kTimeSteps[] = {60,        120,       300,        600,        900,        1800,
                                 3600,      2 * 3600,  3 * 3600,   6 * 3600,   12 * 3600,  86400,
                                 2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 91 * 86400, 365 * 86400};

struct DurationUnit
{
    double perMs;
    int which; ///< 0 ms, 1 s, 2 min
};

DurationUnit unitFor(qint64 maxMs)
{
    if (maxMs < 1000)
        return {1.0, 0};
    if (maxMs < 120000)
        return {1.0 / 1000, 1};
    return {1.0 / 60000, 2};
}

/// QDateTimeAxis labels a value as the process's local time: shift the values so that the labels
/// read in the display zone (the CMS's when chosen) instead.
qint64 displayShiftMs(const QDateTime &utc)
{
    return qint64(Format::displayZone().offsetFromUtc(utc) - utc.toLocalTime().offsetFromUtc()) * 1000;
}

} // namespace

int DurationChart::drawnPointCount() const
{
    return int(m_durations->count());
}

void DurationChart::setPoints(const QList<ChartPoint> &points)
{
    m_points = points;
    qint64 maxMs = 1;
    for (const ChartPoint &p : points)
        maxMs = qMax(maxMs, p.durationMs);
    const DurationUnit unit = unitFor(maxMs);
    m_unit = unit.which;
    QList<QPointF> line;
    QList<QPointF> failures;
    const qint64 shift = points.isEmpty() ? 0 : displayShiftMs(points.last().startUtc);
    for (const ChartPoint &p : points) {
        if (p.durationMs < 0)
            continue; // still running: its duration is not known yet, not 0
        const double x = double(p.startUtc.toMSecsSinceEpoch() + shift);
        const double y = p.durationMs < 0 ? 0 : p.durationMs * unit.perMs;
        line << QPointF(x, y);
        if (isFailure(p.state))
            failures << QPointF(x, y);
    }
    m_durations->replace(line);
    m_failures->replace(failures);
    // No runs: no axes at all, rather than the previous task's times or "01:00 01:00 01:00".
    m_timeAxis->setVisible(!line.isEmpty());
    m_valueAxis->setVisible(!line.isEmpty());
    if (line.isEmpty())
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(0), QDateTime::fromMSecsSinceEpoch(60000));
    if (!line.isEmpty()) {
        // Ticks on round times (every 5 min, 1 h, 1 day…), at most 7 of them.
        const qint64 firstMs = qint64(line.first().x());
        const qint64 lastMs = qMax(qint64(line.last().x()), firstMs + 60000);
        qint64 step = kTimeSteps[std::size(kTimeSteps) - 1];
        for (const qint64 candidate : kTimeSteps) {
            if ((lastMs - firstMs) / (candidate * 1000) <= 6) {
                step = candidate;
                break;
            }
        }
        const qint64 stepMs = step * 1000;
        // Round in the labels' own time (local), so that "every hour" falls on the hour.
        const qint64 localOffsetMs = qint64(QDateTime::fromMSecsSinceEpoch(firstMs).offsetFromUtc()) * 1000;
        const qint64 from = (firstMs + localOffsetMs) / stepMs * stepMs - localOffsetMs;
        const qint64 to = ((lastMs + localOffsetMs + stepMs - 1) / stepMs) * stepMs - localOffsetMs;
        m_timeAxis->setTickCount(int((to - from) / stepMs) + 1);
        m_timeAxis->setFormat(step >= 86400          ? QStringLiteral("MM-dd")
                              : to - from > 86400000 ? QStringLiteral("MM-dd HH:mm")
                                                     : QStringLiteral("HH:mm"));
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    }
    m_valueAxis->setRange(0, maxMs * unit.perMs * 1.1);
    m_valueAxis->applyNiceNumbers();
    // Decimals only where the ticks need them: never "0, 0, 1, 1, 1".
    const double interval = (m_valueAxis->max() - m_valueAxis->min()) / qMax(1, m_valueAxis->tickCount() - 1);
    const int decimals = interval >= 1 ? 0 : qMin(3, int(std::ceil(-std::log10(interval) - 1e-9)));
    m_valueAxis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + u'f');
    retranslate();
}

QString DurationChart::valueAxisLabel(int index) const
{
    const double step = (m_valueAxis->max() - m_valueAxis->min()) / qMax(1, m_valueAxis->tickCount() - 1);
    return QString::asprintf(m_valueAxis->labelFormat().toLatin1().constData(),
                             m_valueAxis->min() + index * step);
}

bool DurationChart::timeAxisShown() const
{
    return m_timeAxis->isVisible();
}

QDateTime DurationChart::timeAxisMin() const
{
    return m_timeAxis->min();
}

QDateTime DurationChart::timeAxisMax() const
{
    return m_timeAxis->max();
}

int DurationChart::valueTickCount() const
{
    return m_valueAxis->tickCount();
}

QString DurationChart::title() const
{
    return m_chart->title();
}

void DurationChart::retranslate()
{
    m_durations->setName(m_unit == 0   ? tr("Duration (ms)")
                         : m_unit == 1 ? tr("Duration (s)")
                                       : tr("Duration (min)"));
    m_failures->setName(tr("Failures"));
    m_chart->setTitle(m_points.isEmpty() ? QString()
                                         : tr("The last %n execution(s)", nullptr, int(m_points.size())));
}

void DurationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cxcron::gui
