// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace cxcron::gui {

class ExecutionTableView;
class ReportTableModel;

/// Every failure of every task in a recent period (failed, interrupted, completed with errors),
/// newest first: what went wrong at a glance, without opening each task. Refreshes itself.
class FailuresWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FailuresWidget(QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }
    ExecutionTableView *view() const { return m_view; }
    /// Failures in the period, -1 until counted.
    qint64 count() const;
    void setAutoRefreshSeconds(int seconds);
    /// Drops the rows (a failed connection) until the next refresh().
    void clear();

public Q_SLOTS:
    /// Reads the period again, from now.
    void refresh();

Q_SIGNALS:
    void detailsRequested(qint64 executionId);
    void countChanged(qint64 failures);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void updateStatus();

    QComboBox *m_period;
    QLabel *m_status;
    ReportTableModel *m_model;
    ExecutionTableView *m_view;
    QTimer *m_autoRefresh;
};

} // namespace cxcron::gui
