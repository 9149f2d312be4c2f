// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "connectionprofile.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QProgressBar;
class QTabWidget;
namespace Ui {
class MainWindow;
}

namespace cxcron::gui {

class ExecutionDetailsDialog;
class FailuresWidget;
class OverviewWidget;
class RunNowActions;
class RunNowController;
class TaskActions;
class TaskReportWidget;
class ViewMenu;

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
    FailuresWidget *failures() const { return m_failures; }
    QTabWidget *topTabs() const { return m_topTabs; }
    ViewMenu *viewMenu() const { return m_viewMenu; }
    QAction *runNowAction() const;
    TaskReportWidget *report() const { return m_report; }
    RunNowController *runNowController() const { return m_runNow; }
    TaskActions *taskActions() const { return m_tasks; }
    QString errorText() const;
    ExecutionDetailsDialog *openDetails(qint64 executionId);

public Q_SLOTS:
    void refresh();
    void runSelectedTask();
    void runTask(const QString &task);
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
    void updateTabTitles();
    void updateRunActions();
    void showRunState();
    void retranslate();
    void setupViewMenu();
    void setupContextMenus();
    void restoreWindow();
    void fitOverview();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext m_context;
    OverviewWidget *m_overview;
    FailuresWidget *m_failures;
    QTabWidget *m_topTabs;
    TaskReportWidget *m_report;
    ViewMenu *m_viewMenu;
    RunNowController *m_runNow;
    RunNowActions *m_runActions = nullptr;
    TaskActions *m_tasks;
    QLabel *m_runLabel;
    QProgressBar *m_runProgress;
    ConnectionProfile m_profile;
    int m_connectionSerial = 0; ///< bumped by connectTo(): a slower earlier attempt is ignored
    bool m_fitOverview = false; ///< size the task list to its rows once they are loaded
};

} // namespace cxcron::gui
