// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertsmenu.h"
#include "asyncdb.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "demodatabase.h"
#include "executiondetailsdialog.h"
#include "guilogging.h"
#include "languagemenu.h"
#include "overviewwidget.h"
#include "prunedialog.h"
#include "reporttablemodel.h"
#include "runnowactions.h"
#include "runnowcontroller.h"
#include "schema.h"
#include "taskactions.h"
#include "taskreportwidget.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTableView>

namespace cxcron::gui {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_overview(new OverviewWidget(context, this))
    , m_report(new TaskReportWidget(this))
    , m_runNow(new RunNowController(context, this))
    , m_tasks(new TaskActions(context, m_overview, this))
    , m_runLabel(new QLabel(this))
    , m_runProgress(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/cxcron.svg")));
    m_ui->splitter->addWidget(m_overview);
    m_ui->splitter->addWidget(m_report);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->tasksMenu->addSeparator();
    m_ui->tasksMenu->addActions(m_tasks->menuActions());
    m_ui->menuBar->addMenu(new LanguageMenu(this));
    m_ui->menuBar->addMenu(new AlertsMenu(context.registry->names(), this));
    m_ui->statusBar->addPermanentWidget(m_runLabel);
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
    connect(m_overview, &OverviewWidget::taskSelected, m_report, &TaskReportWidget::setTask);
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
    auto *runActions = new RunNowActions(m_runNow, m_ui->actionRunNow, m_ui->actionCancelRun, m_runLabel,
                                         m_runProgress, this);
    connect(m_overview, &OverviewWidget::taskSelected, runActions, &RunNowActions::setCurrentTask);
    connect(m_runNow, &RunNowController::started, this, [this] { m_report->refresh(); });
    const auto runEnded = [this] { refresh(); };
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

    ConnectionSettings settings;
    m_report->setAutoRefreshSeconds(settings.autoRefreshSeconds());
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_overview->view()->horizontalHeader()->restoreState(settings.headerState(QStringLiteral("overview")));
    m_report->view()->horizontalHeader()->restoreState(settings.headerState(QStringLiteral("report")));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectTo(const ConnectionProfile &profile)
{
    m_profile = profile;
    updateTitle();
    Database::setProfile(profile);
    qCInfo(lcGui).noquote() << "connecting to" << profile.redactedUrl();
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile.redactedUrl()));
    whenDone(this, runDb([profile] {
                 if (profile.isSqlite() && profile.filePath == ConnectionProfile::defaultSqlitePath() &&
                     !QFile::exists(profile.filePath))
                     DemoDatabase::create(profile.filePath);
                 Schema::migrate(Database::connection());
                 return true;
             }),
             [this](const DbResult<bool> &r) {
                 statusBar()->clearMessage();
                 if (!r.ok) {
                     showError(r.error);
                     Q_EMIT connectionFailed(r.error);
                     return;
                 }
                 m_ui->errorBanner->hide();
                 m_tasks->reload(); // this database's tasks, then the overview
                 Q_EMIT connected();
             });
}

void MainWindow::refresh()
{
    m_overview->refresh();
    m_report->refresh();
}

void MainWindow::runSelectedTask()
{
    const QString task = m_overview->currentTask();
    if (task.isEmpty())
        return;
    if (!m_context.registry->find(task))
        statusBar()->showMessage(tr("%1 was removed: only its history remains.").arg(task), 8000);
    else
        m_runNow->start(task);
}

void MainWindow::showDetails()
{
    if (const qint64 id = m_report->currentExecutionId())
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
    const QChar localSep = HistoryExport::localeSeparator();
    const QStringList filters{tr("CSV, separator “%1” (*.csv)").arg(localSep),
                              tr("CSV, separator “,” (*.csv)"),
                              tr("CSV for Excel, separator “%1”, UTF-8 BOM (*.csv)").arg(localSep)};
    QString selected = filters.first();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), m_report->task().replace(u':', u'-') + QStringLiteral(".csv"),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    HistoryExport::CsvOptions options;
    const qsizetype choice = qMax<qsizetype>(0, filters.indexOf(selected));
    options.separator = choice == 1 ? u',' : localSep;
    options.bom = choice == 2;
    m_report->exportCsv(path, options);
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
    setWindowTitle(tr("cxcron — CRON tasks — %1").arg(m_profile.redactedUrl()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
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
    if (m_runNow->isRunning())
        m_runNow->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace cxcron::gui
