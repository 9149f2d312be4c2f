// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskactions.h"

#include "asyncdb.h"
#include "commandtask.h"
#include "guilogging.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "taskdialog.h"
#include "taskstore.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>

namespace cxcron::gui {
namespace {

bool isStored(const std::shared_ptr<Task> &task)
{
    return dynamic_cast<const CommandTask *>(task.get()) != nullptr;
}

} // namespace

TaskActions::TaskActions(AppContext context, OverviewWidget *overview, QWidget *window)
    : QObject(window)
    , m_context(std::move(context))
    , m_overview(overview)
    , m_window(window)
    , m_new(new QAction(this))
    , m_edit(new QAction(this))
    , m_settings(new QAction(this))
    , m_enable(new QAction(this))
    , m_remove(new QAction(this))
    , m_contextMenu(new QMenu(window))
{
    m_new->setObjectName(QStringLiteral("actionNewTask"));
    m_new->setShortcut(QKeySequence::New);
    m_edit->setObjectName(QStringLiteral("actionEditTask"));
    m_settings->setObjectName(QStringLiteral("actionTaskSettings"));
    m_enable->setObjectName(QStringLiteral("actionEnableTask"));
    m_enable->setCheckable(true);
    m_remove->setObjectName(QStringLiteral("actionRemoveTask"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_contextMenu->addActions({m_edit, m_settings, m_enable, m_remove});
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_new);

    confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    const auto current = [this] {
        return m_overview->currentTask();
    };
    connect(m_new, &QAction::triggered, this, &TaskActions::addTask);
    connect(m_edit, &QAction::triggered, this, [this, current] { editTask(current()); });
    connect(m_settings, &QAction::triggered, this, [this, current] { editSettings(current()); });
    connect(m_enable, &QAction::triggered, this,
            [this, current](bool checked) { setTaskEnabled(current(), checked); });
    connect(m_remove, &QAction::triggered, this, [this, current] { removeTask(current()); });
    connect(m_overview, &OverviewWidget::taskSelected, this, &TaskActions::updateActions);
    connect(m_overview, &OverviewWidget::loaded, this, &TaskActions::updateActions);
    connect(m_overview, &OverviewWidget::contextMenuRequested, this,
            [this](const QString &, const QPoint &globalPos) {
                updateActions();
                m_contextMenu->popup(globalPos);
            });
    m_window->installEventFilter(this);
    retranslate();
    updateActions();
}

QList<QAction *> TaskActions::menuActions() const
{
    return {m_new, m_edit, m_settings, m_enable, m_remove};
}

void TaskActions::reload()
{
    if (!m_context.loadRegistry) {
        Q_EMIT reloaded();
        return;
    }
    const int generation = ++m_generation;
    const auto load = m_context.loadRegistry;
    whenDone(this, runDb([load] { return load(Database::connection()); }),
             [this, generation](const DbResult<TaskRegistry> &r) {
                 if (generation != m_generation)
                     return; // a later reload is under way
                 if (!r.ok) {
                     Q_EMIT errorOccurred(r.error);
                     return;
                 }
                 *m_context.registry = r.value;
                 qCInfo(lcGui) << "tasks loaded:" << r.value.tasks().size();
                 updateActions();
                 Q_EMIT reloaded();
             });
}

void TaskActions::addTask()
{
    auto *dialog = new TaskDialog(TaskDialog::Mode::Add, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Names only the history still holds may be used again: the new task continues that history.
    dialog->setTakenNames(m_context.tasks().names());
    connect(dialog, &TaskDialog::saved, this,
            [this](const QString &name) { changed(tr("Task %1 added.").arg(name)); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void TaskActions::editTask(const QString &name)
{
    openDialog(int(TaskDialog::Mode::Edit), name);
}

void TaskActions::editSettings(const QString &name)
{
    openDialog(int(TaskDialog::Mode::Settings), name);
}

void TaskActions::openDialog(int mode, const QString &name)
{
    const std::shared_ptr<Task> task = m_context.tasks().find(name);
    if (!task)
        return;
    whenDone(this, runDb([task] { return TaskDialogData::read(Database::connection(), *task); }),
             [this, mode](const DbResult<TaskDialogData> &r) {
                 if (!r.ok) {
                     Q_EMIT errorOccurred(r.error);
                     return;
                 }
                 auto *dialog = new TaskDialog(TaskDialog::Mode(mode), m_window);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 dialog->setData(r.value);
                 connect(dialog, &TaskDialog::saved, this,
                         [this](const QString &saved) { changed(tr("Task %1 saved.").arg(saved)); });
                 dialog->open();
                 Q_EMIT dialogOpened(dialog);
             });
}

void TaskActions::setTaskEnabled(const QString &name, bool enabled)
{
    const std::shared_ptr<Task> task = m_context.tasks().find(name);
    if (!task)
        return;
    const bool byDefault = task->enabledByDefault();
    whenDone(this, runDb([name, enabled, byDefault] {
                 const QSqlDatabase db = Database::connection();
                 TaskOverride o = TaskSettings::loadOverrides(db).value(name);
                 o.enabled = enabled == byDefault ? std::nullopt : std::optional<bool>(enabled);
                 if (!o.enabled && o.schedule.isEmpty() && !o.timeoutSeconds)
                     TaskSettings::reset(db, name);
                 else
                     TaskSettings::save(db, name, o);
                 return true;
             }),
             [this, name, enabled](const DbResult<bool> &r) {
                 if (!r.ok) {
                     Q_EMIT errorOccurred(r.error);
                     updateActions();
                     return;
                 }
                 changed(enabled ? tr("Task %1 enabled.").arg(name) : tr("Task %1 disabled.").arg(name));
             });
}

void TaskActions::removeTask(const QString &name)
{
    if (!isStored(m_context.tasks().find(name)))
        return;
    if (!confirm(tr("Remove task"),
                 tr("Remove the task %1? It will no longer run on any host. Its history stays.").arg(name)))
        return;
    whenDone(this, runDb([name] {
                 TaskStore::remove(Database::connection(), name);
                 return true;
             }),
             [this, name](const DbResult<bool> &r) {
                 if (!r.ok) {
                     Q_EMIT errorOccurred(r.error);
                     return;
                 }
                 changed(tr("Task %1 removed; its history stays.").arg(name));
             });
}

void TaskActions::changed(const QString &text)
{
    qCInfo(lcGui).noquote() << text;
    Q_EMIT message(text);
    reload();
}

void TaskActions::updateActions()
{
    const QString name = m_overview->currentTask();
    const std::shared_ptr<Task> task = name.isEmpty() ? nullptr : m_context.tasks().find(name);
    const int row = m_overview->model()->rowOfTask(name);
    m_edit->setEnabled(isStored(task));
    m_settings->setEnabled(task != nullptr);
    m_enable->setEnabled(task != nullptr);
    m_enable->setChecked(task && row >= 0 && m_overview->model()->overview().rows.at(row).enabled);
    m_remove->setEnabled(isStored(task));
}

void TaskActions::retranslate()
{
    m_new->setText(tr("&New task…"));
    m_edit->setText(tr("&Edit task…"));
    m_settings->setText(tr("Schedule and &timeout…"));
    m_enable->setText(tr("E&nabled"));
    m_enable->setToolTip(tr("Run this task on its schedule (for this installation)"));
    m_remove->setText(tr("Re&move task…"));
}

bool TaskActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace cxcron::gui
