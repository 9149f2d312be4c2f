// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskreportwidget.h"

#include "asyncdb.h"
#include "csvexporter.h"
#include "durationchart.h"
#include "emptyplaceholder.h"
#include "executiontableview.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cxcron::gui {

TaskReportWidget::TaskReportWidget(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chart(new DurationChart(this))
    , m_filters(new ReportFilterBar(this))
    , m_model(new ReportTableModel(this))
    , m_view(new ExecutionTableView(m_model, this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("taskReport"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);

    // The chart can be dragged away or hidden (View menu): on a small screen the rows matter more.
    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filters);
    tableLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(tablePane);
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    m_run->setObjectName(QStringLiteral("reportRunButton"));
    m_run->setIcon(QIcon(QStringLiteral(":/icons/run.svg")));
    bottom->addWidget(m_run);
    layout->addLayout(bottom);

    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setColumnHidden(ReportTableModel::TaskSection, true);  // one task: its name is the heading
    m_view->setColumnHidden(ReportTableModel::ErrorSection, true); // the state's tooltip has it
    m_view->fitColumns();
    // Tab from the task list reaches the filters and the runs before the Run button (created
    // first, it came first).
    setTabOrder(m_view, m_run);

    connect(m_view, &ExecutionTableView::detailsRequested, this, &TaskReportWidget::detailsRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TaskReportWidget::showContextMenu);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_task.isEmpty())
            Q_EMIT runRequested(m_task);
    });
    connect(m_filters, &ReportFilterBar::changed, this, &TaskReportWidget::applyFilter);
    connect(m_model, &ReportTableModel::errorOccurred, this, &TaskReportWidget::errorOccurred);
    connect(m_model, &ReportTableModel::totalCountChanged, this, &TaskReportWidget::updateStatus);
    connect(m_model, &ReportTableModel::pageLoaded, this, &TaskReportWidget::updateStatus);
    connect(m_model, &ReportTableModel::loadingChanged, this, &TaskReportWidget::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskReportWidget::updateStatus);
    connect(m_autoRefresh, &QTimer::timeout, this, &TaskReportWidget::refresh);
    m_autoRefresh->setInterval(10000);
    m_run->setEnabled(false);
    retranslate();
}

QTableView *TaskReportWidget::view() const
{
    return m_view;
}

void TaskReportWidget::setTask(const QString &name, const QString &title)
{
    const bool changed = name != m_task;
    m_task = name;
    m_title = title;
    retranslate();
    if (m_task.isEmpty()) {
        // Nothing to show (a failed connection, an empty database): no rows of another database.
        m_model->clear();
        m_chart->setPoints({});
        ++m_chartGeneration;
        m_run->setEnabled(false);
        updateStatus();
        return;
    }
    if (changed)
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

void TaskReportWidget::setChartVisible(bool visible)
{
    m_chart->setVisible(visible);
    // A splitter not shown yet does not tell its parent that its minimum changed: a window
    // sized before its first show would keep room for the hidden chart.
    m_splitter->updateGeometry();
}

void TaskReportWidget::setRunEnabled(bool enabled, const QString &reason)
{
    m_run->setEnabled(enabled && !m_task.isEmpty());
    m_run->setToolTip(reason);
}

void TaskReportWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const qint64 id = index.data(ReportTableModel::ExecutionIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(QIcon(QStringLiteral(":/icons/details.svg")), tr("&Details of run #%1").arg(id), this,
                   [this, id] { Q_EMIT detailsRequested(id); });
    QAction *run = menu.addAction(QIcon(QStringLiteral(":/icons/run.svg")), tr("&Run this task now"), this,
                                  [this] { Q_EMIT runRequested(m_task); });
    run->setEnabled(m_run->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("&Copy the run number"), this,
                   [id] { QGuiApplication::clipboard()->setText(QString::number(id)); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
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
    return m_view->currentExecutionId();
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
    const ReportFilter filter = m_model->filter();
    const bool filtered = !filter.states.isEmpty() || filter.since.isValid() || !filter.text.isEmpty();
    QString empty;
    if (m_task.isEmpty())
        empty = tr("Select a task to see its executions.");
    else if (m_model->isLoading() || total < 0)
        empty = tr("Loading…");
    else if (filtered)
        empty = tr("No execution matches these filters.");
    else
        empty = tr("This task has not run yet.");
    m_view->placeholder()->setMessage(empty);
    if (m_task.isEmpty()) {
        m_status->clear();
        return;
    }
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
    m_run->setText(tr("&Run this task now"));
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
