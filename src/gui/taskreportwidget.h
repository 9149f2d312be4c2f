// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyexport.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace cxcron::gui {

class DurationChart;
class ReportFilterBar;
class ReportTableModel;

/// The report of one task: a chart of durations and failures, the filters, and the executions
/// table (server-side sorting, filtering and paging), refreshed automatically while shown.
class TaskReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskReportWidget(QWidget *parent = nullptr);

    void setTask(const QString &name, const QString &title);
    QString task() const { return m_task; }
    ReportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ReportFilterBar *filterBar() const { return m_filters; }
    DurationChart *chart() const { return m_chart; }
    /// Id of the selected execution, 0 when none.
    qint64 currentExecutionId() const;
    void setAutoRefreshSeconds(int seconds);
    void focusFilter();

public Q_SLOTS:
    void refresh();
    void exportCsv(const QString &path, const HistoryExport::CsvOptions &options = {});

Q_SIGNALS:
    void detailsRequested(qint64 executionId);
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

    QString m_task;
    QString m_title;
    QLabel *m_heading;
    QLabel *m_status;
    DurationChart *m_chart;
    ReportFilterBar *m_filters;
    QTableView *m_view;
    ReportTableModel *m_model;
    QTimer *m_autoRefresh;
    int m_chartGeneration = 0;
};

} // namespace cxcron::gui
