// SPDX-License-Identifier: GPL-3.0-or-later
#include "executiondetailsdialog.h"
#include "commandloghtml.h"

#include "asyncdb.h"
#include "format.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "jsontreemodel.h"
#include "runwatcher.h"
#include "screenfit.h"
#include "statedelegate.h"
#include "ui_executiondetailsdialog.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QScrollBar>

namespace cxcron::gui {

ExecutionDetailsDialog::ExecutionDetailsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExecutionDetailsDialog>())
    , m_tree(new JsonTreeModel(this))
{
    m_ui->setupUi(this);
    ScreenFit::keepOnScreen(this);
    m_ui->outputTree->setModel(m_tree);
    m_ui->showAllButton->hide();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->outputText->setFont(mono);
    m_ui->logText->setFont(mono);
    m_ui->exceptionText->setFont(mono);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(clipboardText()); });
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &ExecutionDetailsDialog::showWholeOutput);
    m_ui->liveText->setFont(mono);
    m_ui->cancelRunButton->hide();
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->liveTab), false);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, &ExecutionDetailsDialog::confirmCancel);
    m_who = HostInfo::userName() + u'@' + HostInfo::hostName();
}

ExecutionDetailsDialog::~ExecutionDetailsDialog() = default;

void ExecutionDetailsDialog::loadExecution(qint64 id)
{
    m_loaded = false;
    m_ui->stateBadge->setText(tr("Loading execution #%1…").arg(id));
    whenDone(this, runDb([id] { return HistoryRepository::get(Database::connection(), id); }),
             [this, id](const DbResult<std::optional<Execution>> &r) {
                 if (!r.ok || !r.value) {
                     const QString message = r.ok ? tr("Execution #%1 no longer exists.").arg(id) : r.error;
                     m_ui->stateBadge->setText(message);
                     Q_EMIT failed(message);
                     return;
                 }
                 showExecution(*r.value);
             });
}

namespace {

/// Runs recorded before a failing task kept its result as output carried it as a "Result: {…}"
/// line of the trace: give it back to the result tabs, out of the trace.
void moveLegacyResult(Execution &e)
{
    if (!e.output.isEmpty())
        return;
    QStringList lines = e.exceptionTrace.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1String("Result: {")))
            continue;
        const QString json = lines.at(i).mid(8);
        if (!QJsonDocument::fromJson(json.toUtf8()).isObject())
            return;
        e.output = json;
        lines.removeAt(i);
        e.exceptionTrace = lines.join(u'\n');
        return;
    }
}

} // namespace

void ExecutionDetailsDialog::showExecution(const Execution &record)
{
    Execution execution = record;
    moveLegacyResult(execution);
    m_execution = execution;
    m_loaded = true;
    const QByteArray json = execution.output.toUtf8();
    const bool tree = !json.isEmpty() && m_tree->load(json);
    if (!tree)
        m_tree->load({});
    m_ui->outputTree->expandToDepth(0);
    m_ui->outputTree->resizeColumnToContents(0);
    if (json.size() > kLazyOutputBytes) {
        m_ui->outputText->setPlainText(execution.output.left(kLazyOutputBytes));
        m_ui->showAllButton->show();
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        m_ui->outputText->setPlainText(doc.isNull() ? execution.output
                                                    : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
        m_ui->showAllButton->hide();
    }
    // An empty result says why it is empty instead of showing a blank page.
    m_ui->outputText->setPlaceholderText(
        execution.state == ExecState::Running ? QString()
        : execution.exception.isEmpty()       ? tr("This run recorded no result.")
                                        : tr("This run recorded no result: it stopped with the error in the "
                                             "Exception tab."));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const bool commandLog = isCommandOutput(object);
    m_ui->logText->setHtml(commandLog ? commandLogHtml(object) : QString());
    QString exception = execution.exception;
    if (!execution.exceptionTrace.isEmpty())
        exception += QStringLiteral("\n\n") + execution.exceptionTrace;
    m_ui->exceptionText->setPlainText(exception);
    const bool failure = !execution.exception.isEmpty();
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->exceptionTab), failure);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->treeTab), tree && !commandLog);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->logTab), commandLog);
    // A running row has no result yet: its live output says what it does.
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->textTab),
                              execution.state != ExecState::Running || !execution.output.isEmpty());
    // A command's own output says most about what it did, whatever the state.
    m_ui->tabs->setCurrentWidget(commandLog ? m_ui->logTab
                                 : failure  ? m_ui->exceptionTab
                                 : tree     ? m_ui->treeTab
                                            : m_ui->textTab);
    watch(execution.state == ExecState::Running);
    render();
    Q_EMIT loaded();
}

void ExecutionDetailsDialog::watch(bool running)
{
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->liveTab), running);
    m_ui->cancelRunButton->setVisible(running);
    if (!running) {
        dropWatcher();
        m_cancelling = false;
        m_ui->cancelRunButton->setText(tr("Cancel run"));
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->liveTab);
    m_ui->liveStatus->setText(
        tr("Running; its output refreshes every %n second(s).", nullptr, qMax(1, m_liveIntervalMs / 1000)));
    m_ui->cancelRunButton->setEnabled(!m_cancelling);
    if (m_watcher && m_watcher->logId() == m_execution.id)
        return;
    dropWatcher();
    m_cancelling = false; // another execution than before
    m_ui->cancelRunButton->setText(tr("Cancel run"));
    m_ui->cancelRunButton->setEnabled(true);
    m_watcher = new RunWatcher(m_execution.id, this);
    connect(m_watcher, &RunWatcher::updated, this, &ExecutionDetailsDialog::showLive);
    connect(m_watcher, &RunWatcher::updated, this, &ExecutionDetailsDialog::render);
    connect(m_watcher, &RunWatcher::ended, this, [this](const Execution &e) {
        if (e.id != 0) {
            showExecution(e);
        } else {
            watch(false);
            m_ui->stateBadge->setText(tr("Execution #%1 no longer exists.").arg(m_execution.id));
        }
    });
    connect(m_watcher, &RunWatcher::cancelAccepted, this, [this] {
        m_cancelling = true;
        m_ui->cancelRunButton->setText(tr("Cancelling…"));
        m_ui->cancelRunButton->setEnabled(false);
        m_ui->liveStatus->setText(tr("Cancelling: the runner stops the run within a few seconds."));
    });
    connect(m_watcher, &RunWatcher::failed, this, [this](const QString &message) {
        m_ui->liveStatus->setText(message);
        if (!m_cancelling)
            m_ui->cancelRunButton->setEnabled(true);
    });
    m_watcher->start(m_liveIntervalMs);
}

void ExecutionDetailsDialog::dropWatcher()
{
    if (!m_watcher)
        return;
    // It may be the caller (its "ended" callback): it goes once that returned, silent meanwhile.
    m_watcher->stop();
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void ExecutionDetailsDialog::showLive(const Execution &execution, const QString &tail, bool cancelRequested)
{
    m_execution = execution;
    if (cancelRequested && !m_cancelling) {
        m_cancelling = true; // asked from elsewhere (another window, the CLI)
        m_ui->cancelRunButton->setText(tr("Cancelling…"));
        m_ui->cancelRunButton->setEnabled(false);
        m_ui->liveStatus->setText(tr("Cancelling: the runner stops the run within a few seconds."));
    }
    if (tail != m_ui->liveText->toPlainText()) {
        QScrollBar *bar = m_ui->liveText->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_ui->liveText->setPlainText(tail);
        if (atEnd) // following the end, unless the user scrolled up to read
            bar->setValue(bar->maximum());
    }
    if (tail.isEmpty())
        m_ui->liveText->setPlaceholderText(
            tr("No output yet (native tasks show their result when they end)."));
    render();
}

void ExecutionDetailsDialog::confirmCancel()
{
    if (QMessageBox::question(this, tr("Cancel run"),
                              tr("Stop execution #%1 of %2? A command is asked to stop (SIGTERM, then "
                                 "SIGKILL after 10 s): what it already did stays done. A built-in task "
                                 "stops between two items and undoes only the item under way. The run "
                                 "is recorded as cancelled.")
                                  .arg(m_execution.id)
                                  .arg(m_execution.task)) == QMessageBox::Yes)
        cancelRun();
}

void ExecutionDetailsDialog::cancelRun()
{
    if (!m_watcher || m_cancelling)
        return;
    m_ui->cancelRunButton->setEnabled(false);
    m_watcher->cancelRun(m_who);
}

bool ExecutionDetailsDialog::isWatching() const
{
    return m_watcher && m_watcher->isWatching();
}

QString ExecutionDetailsDialog::liveText() const
{
    return m_ui->liveText->toPlainText();
}

QString ExecutionDetailsDialog::liveStatusText() const
{
    return m_ui->liveStatus->text();
}

bool ExecutionDetailsDialog::canCancel() const
{
    return m_ui->cancelRunButton->isVisibleTo(this) && m_ui->cancelRunButton->isEnabled();
}

QString ExecutionDetailsDialog::cancelButtonText() const
{
    return m_ui->cancelRunButton->text();
}

void ExecutionDetailsDialog::render()
{
    if (!m_loaded)
        return;
    const Execution &e = m_execution;
    setWindowTitle(tr("Execution #%1 — %2").arg(e.id).arg(e.task));
    const QColor color = StateDelegate::colorFor(e.state);
    m_ui->stateBadge->setText(QStringLiteral("<span style=\"background:%1;color:white;padding:4px 10px;"
                                             "font-weight:bold\">&nbsp;%2&nbsp;</span>&nbsp; #%3")
                                  .arg(color.name(), stateLabel(e.state).toHtmlEscaped())
                                  .arg(e.id));
    m_ui->taskValue->setText(e.task);
    m_ui->timesValue->setText(tr("%1 → %2").arg(
        Format::localTime(e.startAt), e.endAt.isValid() ? Format::localTime(e.endAt) : tr("running")));
    // A running row has no duration yet: the time since it started, on this computer's clock,
    // moves with each refresh of the live output.
    const qint64 sinceStart = e.startAt.msecsTo(QDateTime::currentDateTimeUtc());
    m_ui->durationValue->setText(e.state == ExecState::Running && sinceStart >= 0
                                     ? tr("%1 so far").arg(Format::duration(sinceStart - sinceStart % 1000))
                                     : Format::duration(e.durationMs));
    m_ui->triggerValue->setText(e.triggeredBy.isEmpty()
                                    ? triggerLabel(e.trigger)
                                    : tr("%1 by %2").arg(triggerLabel(e.trigger), e.triggeredBy));
    m_ui->hostValue->setText(e.pid > 0 ? tr("%1 (pid %2)").arg(e.host).arg(e.pid) : e.host);
}

void ExecutionDetailsDialog::showWholeOutput()
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_execution.output.toUtf8());
    m_ui->outputText->setPlainText(doc.isNull() ? m_execution.output
                                                : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    m_ui->showAllButton->hide();
}

QString ExecutionDetailsDialog::stateText() const
{
    return m_loaded ? stateLabel(m_execution.state) : QString();
}

QString ExecutionDetailsDialog::outputText() const
{
    return m_ui->outputText->toPlainText();
}

QString ExecutionDetailsDialog::exceptionText() const
{
    return m_ui->exceptionText->toPlainText();
}

bool ExecutionDetailsDialog::showsTree() const
{
    return m_tree->rowCount() > 0;
}

QString ExecutionDetailsDialog::clipboardText() const
{
    QStringList lines;
    lines << windowTitle() << tr("State: %1").arg(stateText()) << m_ui->timesValue->text()
          << tr("Duration: %1").arg(m_ui->durationValue->text())
          << tr("Trigger: %1").arg(m_ui->triggerValue->text()) << tr("Host: %1").arg(m_ui->hostValue->text());
    if (!exceptionText().isEmpty())
        lines << QString() << exceptionText();
    if (!m_execution.output.isEmpty())
        lines << QString() << m_execution.output;
    return lines.join(u'\n');
}

void ExecutionDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_cancelling)
            m_ui->cancelRunButton->setText(tr("Cancelling…"));
        render();
    }
    QDialog::changeEvent(event);
}

} // namespace cxcron::gui
