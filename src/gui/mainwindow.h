// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "connectionprofile.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QProgressBar;
namespace Ui {
class MainWindow;
}

namespace cxcron::gui {

class ExecutionDetailsDialog;
class OverviewWidget;
class RunNowController;
class TaskActions;
class TaskReportWidget;

/// Assembles the overview, the report of the selected task, the actions and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes @p profile the active connection and loads the overview (off the GUI thread).
    void connectTo(const ConnectionProfile &profile);
    OverviewWidget *overview() const { return m_overview; }
    TaskReportWidget *report() const { return m_report; }
    RunNowController *runNowController() const { return m_runNow; }
    TaskActions *taskActions() const { return m_tasks; }
    QString errorText() const;
    ExecutionDetailsDialog *openDetails(qint64 executionId);

public Q_SLOTS:
    void refresh();
    void runSelectedTask();
    void showDetails();
    void openConnectionDialog();
    void openPruneDialog();
    void exportCsv();

Q_SIGNALS:
    void connected();
    void connectionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showError(const QString &message);
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext m_context;
    OverviewWidget *m_overview;
    TaskReportWidget *m_report;
    RunNowController *m_runNow;
    TaskActions *m_tasks;
    QLabel *m_runLabel;
    QProgressBar *m_runProgress;
    ConnectionProfile m_profile;
};

} // namespace cxcron::gui
