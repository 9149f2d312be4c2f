// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyexport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace cxcron::gui {

class DurationChart;
class ExecutionTableView;
class ReportFilterBar;
class ReportTableModel;

/// The report of one task, as CLIENTXCMS v1's page had it: a chart of durations and failures,
/// the filters, the executions (server-side sorting, filtering and paging) each with a Details
/// button, and a Run button under the table. Refreshed automatically while shown.
class TaskReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskReportWidget(QWidget *parent = nullptr);

    /// Shows @p name's executions; an empty name clears the report (no connection, no task).
    void setTask(const QString &name, const QString &title);
    QString task() const { return m_task; }
    ReportTableModel *model() const { return m_model; }
    QTableView *view() const;
    ExecutionTableView *table() const { return m_view; }
    ReportFilterBar *filterBar() const { return m_filters; }
    DurationChart *chart() const { return m_chart; }
    QPushButton *runButton() const { return m_run; }
    QSplitter *splitter() const { return m_splitter; }
    /// Id of the selected execution, 0 when none.
    qint64 currentExecutionId() const;
    void setAutoRefreshSeconds(int seconds);
    void setChartVisible(bool visible);
    /// Whether this task can be run from here now (it exists and no run of ours is going on).
    void setRunEnabled(bool enabled, const QString &reason = {});
    void focusFilter();

public Q_SLOTS:
    void refresh();
    void exportCsv(const QString &path, const HistoryExport::CsvOptions &options = {});

Q_SIGNALS:
    void detailsRequested(qint64 executionId);
    void runRequested(const QString &task);
    void errorOccurred(const QString &message);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void loadChart();
    void updateStatus();
    void retranslate();
    void showContextMenu(const QPoint &pos);

    QString m_task;
    QString m_title;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_run;
    QSplitter *m_splitter;
    DurationChart *m_chart;
    ReportFilterBar *m_filters;
    ReportTableModel *m_model;
    ExecutionTableView *m_view;
    QTimer *m_autoRefresh;
    int m_chartGeneration = 0;
};

} // namespace cxcron::gui
