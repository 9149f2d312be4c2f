// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskreportwidget.h"

#include "asyncdb.h"
#include "csvexporter.h"
#include "durationchart.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "statedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxcron::gui {

TaskReportWidget::TaskReportWidget(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_chart(new DurationChart(this))
    , m_filters(new ReportFilterBar(this))
    , m_view(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("taskReport"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    layout->addWidget(m_chart);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(int(ReportColumn::State),
                                     new StateDelegate(ReportTableModel::StateRole, m_view));
    m_view->horizontalHeader()->setSortIndicator(int(ReportColumn::Id), Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setColumnWidth(int(ReportColumn::Id), 80);
    m_view->setColumnWidth(int(ReportColumn::Start), 150);
    m_view->setColumnWidth(int(ReportColumn::End), 150);
    m_view->setColumnWidth(int(ReportColumn::Duration), 90);
    m_view->setColumnWidth(int(ReportColumn::State), 120);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT detailsRequested(index.data(ReportTableModel::ExecutionIdRole).toLongLong());
    });
    connect(m_filters, &ReportFilterBar::changed, this, &TaskReportWidget::applyFilter);
    connect(m_model, &ReportTableModel::errorOccurred, this, &TaskReportWidget::errorOccurred);
    connect(m_model, &ReportTableModel::totalCountChanged, this, &TaskReportWidget::updateStatus);
    connect(m_model, &ReportTableModel::pageLoaded, this, &TaskReportWidget::updateStatus);
    connect(m_model, &ReportTableModel::loadingChanged, this, &TaskReportWidget::updateStatus);
    connect(m_autoRefresh, &QTimer::timeout, this, &TaskReportWidget::refresh);
    m_autoRefresh->setInterval(10000);
    retranslate();
}

void TaskReportWidget::setTask(const QString &name, const QString &title)
{
    m_task = name;
    m_title = title;
    retranslate();
    applyFilter();
}

void TaskReportWidget::applyFilter()
{
    if (m_task.isEmpty())
        return;
    m_model->setFilter(m_filters->filter(m_task));
    loadChart();
}

void TaskReportWidget::refresh()
{
    if (m_task.isEmpty())
        return;
    m_model->refresh();
    loadChart();
}

void TaskReportWidget::loadChart()
{
    const int generation = ++m_chartGeneration;
    const ReportFilter filter = m_model->filter();
    whenDone(this, runDb([filter] { return ReportQuery::chartPoints(Database::connection(), filter, 300); }),
             [this, generation](const DbResult<QList<ChartPoint>> &r) {
                 if (generation == m_chartGeneration && r.ok)
                     m_chart->setPoints(r.value);
             });
}

qint64 TaskReportWidget::currentExecutionId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ReportTableModel::ExecutionIdRole).toLongLong() : 0;
}

void TaskReportWidget::setAutoRefreshSeconds(int seconds)
{
    m_autoRefresh->setInterval(qMax(1, seconds) * 1000);
}

void TaskReportWidget::focusFilter()
{
    m_filters->focusText();
}

void TaskReportWidget::exportCsv(const QString &path, const HistoryExport::CsvOptions &options)
{
    auto *exporter = new CsvExporter(this);
    auto *progress = new QProgressDialog(tr("Exporting to %1…").arg(path), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("csvExportProgress"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    const qint64 total = m_model->totalCount();
    if (total > 0 && total < std::numeric_limits<int>::max())
        progress->setMaximum(int(total));
    connect(progress, &QProgressDialog::canceled, exporter, &CsvExporter::cancel);
    connect(exporter, &CsvExporter::progress, progress, [progress](qint64 rows) {
        if (progress->maximum() > 0)
            progress->setValue(int(qMin<qint64>(rows, progress->maximum())));
        progress->setLabelText(tr("%n execution(s) exported…", nullptr, int(qMin<qint64>(rows, INT_MAX))));
    });
    const auto done = [exporter, progress] {
        progress->deleteLater();
        exporter->deleteLater();
    };
    connect(exporter, &CsvExporter::finished, this, [this, done](const QString &file, qint64 rows) {
        Q_EMIT message(
            tr("%n execution(s) exported to %1", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(file));
        done();
    });
    connect(exporter, &CsvExporter::cancelled, this, [this, done] {
        Q_EMIT message(tr("Export cancelled; no file was written."));
        done();
    });
    connect(exporter, &CsvExporter::failed, this, [this, done](const QString &error) {
        Q_EMIT errorOccurred(error);
        done();
    });
    exporter->exportTo(path, m_model->filter(), m_model->sortOrder(), options);
}

void TaskReportWidget::updateStatus()
{
    const qint64 total = m_model->totalCount();
    QString text = total < 0 ? tr("%n execution(s) loaded", nullptr, m_model->rowCount())
                             : tr("%1 of %2 executions loaded")
                                   .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total));
    if (m_model->isLoading())
        text += u' ' + tr("(loading…)");
    m_status->setText(text);
}

void TaskReportWidget::retranslate()
{
    m_heading->setText(m_task.isEmpty() ? tr("Select a task to see its executions")
                                        : tr("Executions of %1 (%2)").arg(m_title, m_task));
    m_model->retranslate();
    updateStatus();
}

void TaskReportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskReportWidget::showEvent(QShowEvent *event)
{
    m_autoRefresh->start();
    QWidget::showEvent(event);
}

void TaskReportWidget::hideEvent(QHideEvent *event)
{
    m_autoRefresh->stop();
    QWidget::hideEvent(event);
}

} // namespace cxcron::gui
