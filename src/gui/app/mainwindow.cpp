// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertsmenu.h"
#include "asyncdb.h"
#include "columnchooser.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "demodatabase.h"
#include "elidedlabel.h"
#include "executiondetailsdialog.h"
#include "executiontableview.h"
#include "failureswidget.h"
#include "guilogging.h"
#include "helpmenu.h"
#include "languagemenu.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "prunedialog.h"
#include "reporttablemodel.h"
#include "runnowactions.h"
#include "runnowcontroller.h"
#include "schema.h"
#include "taskactions.h"
#include "taskreportwidget.h"
#include "ui_mainwindow.h"
#include "viewmenu.h"
#include "viewsettings.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace cxcron::gui {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_overview(new OverviewWidget(context, this))
    , m_failures(new FailuresWidget(this))
    , m_topTabs(new QTabWidget(this))
    , m_report(new TaskReportWidget(this))
    , m_viewMenu(new ViewMenu(this))
    , m_runNow(new RunNowController(context, this))
    , m_tasks(new TaskActions(context, m_overview, this))
    , m_runLabel(new ElidedLabel(this))
    , m_runProgress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cxcron.svg")));
    m_topTabs->setObjectName(QStringLiteral("topTabs"));
    m_topTabs->setDocumentMode(true);
    m_topTabs->addTab(m_overview, QString());
    m_topTabs->addTab(m_failures, QString());
    m_ui->splitter->addWidget(m_topTabs);
    m_ui->splitter->addWidget(m_report);
    // On a short screen (1024×640 at 150 %) the task list may be dragged away entirely; the
    // executions may not.
    m_ui->splitter->setCollapsible(0, true);
    m_ui->splitter->setCollapsible(1, false);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->tasksMenu->addSeparator();
    m_ui->tasksMenu->addActions(m_tasks->menuActions());
    m_ui->menuBar->addMenu(m_viewMenu);
    m_ui->menuBar->addMenu(new LanguageMenu(this));
    m_ui->menuBar->addMenu(new AlertsMenu([registry = context.registry] { return registry->names(); }, this));
    m_ui->menuBar->addMenu(new HelpMenu(this));
    setupViewMenu();
    setupContextMenus();
    m_runLabel->setObjectName(QStringLiteral("runLabel"));
    // A normal (not permanent) widget: a temporary message (an export done) takes its place for
    // a while instead of being squeezed behind it; a long run message is elided, never widening
    // the window past the screen.
    m_ui->statusBar->addWidget(m_runLabel, 1);
    m_ui->statusBar->addPermanentWidget(m_runProgress);
    m_runProgress->setMaximumWidth(160);
    m_runProgress->hide();

    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionRunNow, &QAction::triggered, this, &MainWindow::runSelectedTask);
    connect(m_ui->actionDetails, &QAction::triggered, this, &MainWindow::showDetails);
    connect(m_ui->actionPrune, &QAction::triggered, this, &MainWindow::openPruneDialog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_ui->actionFilter, &QAction::triggered, m_report, &TaskReportWidget::focusFilter);
    connect(m_overview, &OverviewWidget::taskSelected, this,
            [this](const QString &name, const QString &title) {
                m_report->setTask(name, title);
                updateRunActions();
            });
    connect(m_overview, &OverviewWidget::activated, this, [this] { m_report->view()->setFocus(); });
    connect(m_overview, &OverviewWidget::connectRequested, this, &MainWindow::openConnectionDialog);
    connect(m_overview, &OverviewWidget::loaded, this, [this] {
        m_viewMenu->setCmsZone(m_overview->model()->overview().scheduleZone);
        if (m_fitOverview) {
            m_fitOverview = false;
            fitOverview();
        }
        if (m_overview->model()->rowCount() == 0)
            m_report->setTask(QString(), QString()); // an empty database: no report of another one
        updateRunActions();
    });
    connect(m_failures, &FailuresWidget::detailsRequested, this, &MainWindow::openDetails);
    connect(m_failures, &FailuresWidget::countChanged, this, &MainWindow::updateTabTitles);
    connect(m_failures, &FailuresWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_report, &TaskReportWidget::runRequested, this, &MainWindow::runTask);
    connect(m_overview, &OverviewWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_overview, &OverviewWidget::loaded, m_ui->errorBanner, &QLabel::hide);
    connect(m_report, &TaskReportWidget::errorOccurred, this, &MainWindow::showError);
    connect(m_tasks, &TaskActions::reloaded, m_overview, &OverviewWidget::refresh);
    connect(m_tasks, &TaskActions::errorOccurred, this, &MainWindow::showError);
    connect(m_tasks, &TaskActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_report, &TaskReportWidget::detailsRequested, this, &MainWindow::openDetails);
    connect(m_report, &TaskReportWidget::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // Run now / Cancel (Ctrl+.), one manual run per task, "Cancelling…": RunNowActions.
    // It owns the actions' state; the report's Run button follows it.
    m_runActions = new RunNowActions(m_runNow, m_ui->actionRunNow, m_ui->actionCancelRun, m_runLabel,
                                     m_runProgress, this);
    connect(m_runActions, &RunNowActions::changed, this, &MainWindow::showRunState);
    connect(m_runNow, &RunNowController::started, this, [this] {
        // The run's row is written by its pool thread a moment after the start: read again
        // shortly, so that it shows at once rather than at the next periodic refresh.
        m_report->refresh();
        for (const int ms : {300, 1000}) {
            QTimer::singleShot(ms, this, [this] {
                m_report->refresh();
                m_overview->refresh();
            });
        }
    });
    const auto runEnded = [this] {
        refresh();
    };
    connect(
        m_runNow, &RunNowController::finished, this,
        [this, runEnded](const QString &task, qint64 id, int state, qint64 ms, const QString &error) {
            m_runLabel->setText(
                error.isEmpty()
                    ? tr("%1: run #%2 %3 in %4 ms")
                          .arg(task)
                          .arg(id)
                          .arg(stateLabel(ExecState(state)))
                          .arg(ms)
                    : tr("%1: run #%2 %3: %4").arg(task).arg(id).arg(stateLabel(ExecState(state)), error));
            runEnded();
        });
    connect(m_runNow, &RunNowController::refused, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 8000);
        QMessageBox::information(this, tr("Run now"), message);
    });
    connect(m_runNow, &RunNowController::failed, this,
            [this, runEnded](const QString &, const QString &message) {
                m_runLabel->setText(message); // the banner goes when the overview reloads
                runEnded();
                showError(message);
            });

    // Export only what exists: a task with runs (the filters may leave none).
    const auto updateExport = [this] {
        m_ui->actionExport->setEnabled(!m_report->task().isEmpty() && m_report->model()->totalCount() > 0);
    };
    connect(m_report->model(), &ReportTableModel::totalCountChanged, this, updateExport);
    connect(m_report->model(), &QAbstractItemModel::modelReset, this, updateExport);
    updateExport();

    ConnectionSettings settings;
    m_report->setAutoRefreshSeconds(settings.autoRefreshSeconds());
    m_overview->setAutoRefreshSeconds(settings.autoRefreshSeconds() * 3);
    m_failures->setAutoRefreshSeconds(settings.autoRefreshSeconds() * 3);
    restoreWindow();
    m_overview->view()->horizontalHeader()->restoreState(settings.headerState(QStringLiteral("overview")));
    m_report->view()->horizontalHeader()->restoreState(settings.headerState(QStringLiteral("report")));
    m_failures->view()->horizontalHeader()->restoreState(settings.headerState(QStringLiteral("failures")));
    retranslate();
    updateRunActions();
}

MainWindow::~MainWindow()
{
    // The runs still going on end first, while every widget their signals reach still exists:
    // deleted among the window's children, the controller cancelled them and its signals
    // reached the report and the actions already gone. Its destructor cancels the runs and
    // waits for them to record their end; nothing they queued is delivered afterwards.
    m_runNow->disconnect();
    delete m_runActions;
    m_runActions = nullptr;
    delete m_runNow;
    m_runNow = nullptr;
}

void MainWindow::connectTo(const ConnectionProfile &profile)
{
    m_profile = profile;
    updateTitle();
    // Nothing of the previous database may stay on screen under the new one's name, whether
    // this connection works or not.
    m_overview->clear();
    m_report->setTask(QString(), QString());
    m_failures->clear();
    m_ui->errorBanner->hide();
    // Messages of the previous connection (a last run, an error) do not describe this one.
    statusBar()->clearMessage();
    if (!m_runNow->isRunning())
        m_runLabel->clear();
    if (m_context.loadRegistry) // the previous database's tasks are not this one's
        *m_context.registry = TaskRegistry();
    updateRunActions();
    // Without a password in it the .env gives nothing away (as for `cxcron list`).
    m_overview->setEnvFile(profile.password.isEmpty() ? QString() : profile.envFile);
    Database::setProfile(profile);
    const int serial = ++m_connectionSerial;
    qCInfo(lcGui).noquote() << "connecting to" << profile.redactedUrl();
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile.redactedUrl()));
    whenDone(this, runDb([profile] {
                 if (profile.isSqlite() && profile.filePath == ConnectionProfile::defaultSqlitePath() &&
                     !QFile::exists(profile.filePath))
                     DemoDatabase::create(profile.filePath);
                 Schema::migrate(Database::connection());
                 return true;
             }),
             [this, serial](const DbResult<bool> &r) {
                 if (serial != m_connectionSerial)
                     return; // another connection was asked for meanwhile: this outcome is stale
                 statusBar()->clearMessage();
                 if (!r.ok) {
                     showError(r.error);
                     Q_EMIT connectionFailed(r.error);
                     return;
                 }
                 m_ui->errorBanner->hide();
                 m_tasks->reload(); // this database's tasks, then the overview
                 m_failures->refresh();
                 Q_EMIT connected();
             });
}

void MainWindow::refresh()
{
    m_overview->refresh();
    m_report->refresh();
    m_failures->model()->refresh();
}

void MainWindow::runSelectedTask()
{
    runTask(m_overview->currentTask());
}

void MainWindow::runTask(const QString &task)
{
    if (task.isEmpty())
        return;
    if (!m_context.registry->find(task))
        statusBar()->showMessage(tr("%1 was removed: only its history remains.").arg(task), 8000);
    else
        m_runNow->start(task); // RunNowActions follows the run from its started() signal
}

void MainWindow::updateRunActions()
{
    const QString task = m_overview->currentTask();
    m_runActions->setCurrentTask(task, !task.isEmpty() && m_context.registry->find(task));
}

void MainWindow::showRunState()
{
    const QString task = m_runActions->currentTask();
    QString reason;
    if (task.isEmpty())
        reason = tr("Select a task first.");
    else if (!m_context.registry->find(task))
        reason = tr("%1 was removed: only its history remains.").arg(task);
    else if (m_runNow->isRunning(task)) // other tasks may run side by side
        reason = tr("%1 is running; wait for it to finish.").arg(task);
    m_ui->actionRunNow->setToolTip(reason);
    m_report->setRunEnabled(m_runActions->canRun(), reason);
}

void MainWindow::updateTabTitles()
{
    m_topTabs->setTabText(0, tr("Tasks"));
    const qint64 failures = m_failures->count();
    m_topTabs->setTabText(1, failures < 0 ? tr("Recent failures")
                                          : tr("Recent failures (%1)").arg(QLocale().toString(failures)));
}

void MainWindow::setupViewMenu()
{
    m_report->setChartVisible(m_viewMenu->chartAction()->isChecked());
    connect(m_viewMenu, &ViewMenu::chartVisibilityChanged, m_report, &TaskReportWidget::setChartVisible);
    connect(m_viewMenu, &ViewMenu::timeDisplayChanged, this, [this] {
        m_overview->model()->retranslate(); // the same rows, formatted in the new zone
        m_report->model()->retranslate();
        m_failures->model()->retranslate();
        m_report->refresh(); // the chart's axis
    });
    connect(m_viewMenu->columnsMenu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_viewMenu->columnsMenu();
        menu->clear();
        QMenu *columns = m_report->table()->columnChooser()->createMenu(menu);
        menu->addActions(columns->actions());
    });
}

void MainWindow::setupContextMenus()
{
    // Right click on a task: run it, delete its old runs, then what TaskActions offers.
    QMenu *menu = m_tasks->contextMenu();
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, m_ui->actionRunNow);
    menu->insertSeparator(first);
    menu->addSeparator();
    menu->addAction(m_ui->actionPrune);
}

void MainWindow::fitOverview()
{
    // Room for every task (up to a little more than half the height: at 1024×640 half left
    // three rows beside a banner), the rest for the executions.
    const int total = m_ui->splitter->height();
    // A banner shown a moment ago counts: lay the overview out before measuring it.
    if (QLayout *layout = m_overview->layout())
        layout->activate();
    const QTableView *view = m_overview->view();
    const int wanted = m_topTabs->height() - view->viewport()->height() + view->verticalHeader()->length() +
                       view->horizontalScrollBar()->sizeHint().height() + 4; // the scroll bar's own frame
    const int top = qBound(total / 4, wanted, total * 56 / 100);
    m_ui->splitter->setSizes({top, total - top});
}

void MainWindow::restoreWindow()
{
    const ConnectionSettings settings;
    const ViewSettings view;
    const QByteArray geometry = settings.windowGeometry();
    const QByteArray mainSplitter = view.mainSplitterState();
    const bool firstStart = mainSplitter.isEmpty();
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    // First start on a short screen: the chart stays hidden until asked for, so that the table
    // still shows a useful number of rows. Decided before any size is computed.
    if (screen && firstStart && screen->availableGeometry().height() < 800)
        m_viewMenu->chartAction()->setChecked(false);
    restoreGeometry(geometry);
    restoreState(settings.windowState());
    m_ui->splitter->restoreState(mainSplitter);
    m_report->splitter()->restoreState(view.reportSplitterState());
    // A window saved on a larger screen (or at another scale) must fit on this one.
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QSize size = geometry.isEmpty() ? QSize(1200, 820) : this->size();
    size = size.boundedTo(available.size() * 0.95).expandedTo(QSize(480, 320));
    resize(size);
    if (!available.contains(frameGeometry()))
        move(available.topLeft() +
             QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
    if (firstStart) {
        // Few tasks: a third for them, the rest for the executions.
        m_ui->splitter->setSizes({size.height() / 3, size.height() * 2 / 3});
        m_fitOverview = true; // once the tasks are known
        // The chart gets room enough for readable ticks; the table keeps the rest.
        const int report = size.height() * 2 / 3;
        const int chart = qMax(report / 3, 200);
        m_report->splitter()->setSizes({chart, report - chart});
    }
}

void MainWindow::showDetails()
{
    // The run selected where the user is looking: Recent failures while that tab is shown
    // (unless the task's runs have the focus), else the task's runs.
    qint64 id = 0;
    if (m_topTabs->currentWidget() == m_failures && !m_report->view()->hasFocus())
        id = m_failures->view()->currentExecutionId();
    if (id == 0)
        id = m_report->currentExecutionId();
    if (id == 0) {
        statusBar()->showMessage(tr("Select a run first, in the task's runs or in Recent failures."), 8000);
        return;
    }
    openDetails(id);
}

ExecutionDetailsDialog *MainWindow::openDetails(qint64 executionId)
{
    auto *dialog = new ExecutionDetailsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadExecution(executionId);
    dialog->show();
    return dialog;
}

void MainWindow::openConnectionDialog()
{
    ConnectionDialog dialog(this);
    if (!m_profile.name.isEmpty())
        dialog.setProfile(m_profile);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.profile());
}

void MainWindow::openPruneDialog()
{
    PruneDialog dialog(m_overview->currentTask(), this);
    connect(&dialog, &PruneDialog::deleted, this, &MainWindow::refresh);
    dialog.exec();
}

void MainWindow::exportCsv()
{
    // The file type picks the format: the locale's separator (what a spreadsheet opened here
    // expects), a comma, or the locale's separator with a UTF-8 BOM for Excel.
    if (m_report->task().isEmpty() || m_report->model()->totalCount() <= 0) {
        statusBar()->showMessage(tr("Nothing to export: select a task that has runs."), 8000);
        return;
    }
    const QChar localSep = HistoryExport::localeSeparator();
    QStringList filters{tr("CSV, separator “%1” (*.csv)").arg(localSep), tr("CSV, separator “,” (*.csv)"),
                        tr("CSV for Excel, separator “%1”, UTF-8 BOM (*.csv)").arg(localSep)};
    if (localSep == u',')
        filters[1].clear(); // the same as the first: offered once
    QString selected = filters.first();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), m_report->task().replace(u':', u'-') + QStringLiteral(".csv"),
        QStringList(filters).filter(QStringLiteral("*")).join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    HistoryExport::CsvOptions options;
    const qsizetype choice = qMax<qsizetype>(0, filters.indexOf(selected));
    options.separator = choice == 1 ? u',' : localSep;
    options.bom = choice == 2;
    m_report->exportCsv(path, options);
}

QAction *MainWindow::runNowAction() const
{
    return m_ui->actionRunNow;
}

QString MainWindow::errorText() const
{
    return m_ui->errorBanner->isHidden() ? QString() : m_ui->errorBanner->text();
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcGui).noquote() << message;
    m_ui->errorBanner->setText(message);
    m_ui->errorBanner->show();
}

void MainWindow::updateTitle()
{
    // The platform appends the application's display name ("— cxcron") itself.
    setWindowTitle(m_profile.name.isEmpty() && m_profile.filePath.isEmpty()
                       ? tr("CRON tasks")
                       : tr("CRON tasks — %1").arg(m_profile.redactedUrl()));
}

void MainWindow::retranslate()
{
    updateTitle();
    updateTabTitles();
    updateRunActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Messages of the old language would stay until their timeout.
        statusBar()->clearMessage();
        m_runLabel->clear();
        m_overview->refresh(); // task titles and schedules are translated when read
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConnectionSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setHeaderState(QStringLiteral("overview"), m_overview->view()->horizontalHeader()->saveState());
    settings.setHeaderState(QStringLiteral("report"), m_report->view()->horizontalHeader()->saveState());
    settings.setHeaderState(QStringLiteral("failures"), m_failures->view()->horizontalHeader()->saveState());
    ViewSettings view;
    view.setMainSplitterState(m_ui->splitter->saveState());
    view.setReportSplitterState(m_report->splitter()->saveState());
    if (m_runNow->isRunning())
        m_runNow->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace cxcron::gui
