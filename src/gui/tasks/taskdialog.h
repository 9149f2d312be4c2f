// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskdefinition.h"
#include "tasksettings.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class TaskDialog;
}

namespace cxcron {
class Task;
}

namespace cxcron::gui {

/// What the dialog shows of an existing task, read on a pool thread before it opens.
struct TaskDialogData
{
    QString name;
    QString title;
    QString kind;
    QString commandLine;
    std::optional<TaskDefinition> definition; ///< stored tasks only
    TaskConfig effective;                     ///< defaults with this installation's override
    QString defaultSchedule;
    int defaultTimeoutSeconds = 600;
    bool defaultEnabled = true;

    /// Reads @p task's override (and its stored definition) on this thread's connection.
    static TaskDialogData read(const QSqlDatabase &db, const Task &task);
};

/// Adds or edits a task that runs a program (stored in cxcron_tasks for every host), or, in
/// Settings mode, changes only the enabled state, schedule and timeout of any task for this
/// installation (an override in cxcron_task_settings). Invalid input is shown in the dialog;
/// OK writes on the thread pool and closes only once the write succeeded.
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,
        Edit,
        Settings,
    };

    explicit TaskDialog(Mode mode, QWidget *parent = nullptr);
    ~TaskDialog() override;

    Mode mode() const { return m_mode; }
    /// Edit and Settings: the task to change.
    void setData(const TaskDialogData &data);
    /// Add: names already used by other tasks.
    void setTakenNames(const QStringList &names);
    QString taskName() const;
    QString errorText() const;
    bool isSaving() const { return m_saving; }

    /// The definition the form describes (Add / Edit); throws Error(Usage) when invalid.
    TaskDefinition definition() const;
    /// The override the form describes (Settings): only what differs from the task's defaults.
    TaskOverride settingsOverride() const;

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

Q_SIGNALS:
    /// The write succeeded (the dialog then closes as accepted).
    void saved(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void showError(const QString &message);
    void updateScheduleHint();
    void updateTexts();
    void browse();
    /// The form's fields as one text, to tell whether the user changed anything.
    QString snapshot() const;

    std::unique_ptr<Ui::TaskDialog> m_ui;
    QString m_unchanged; ///< snapshot() as the form was filled in
    Mode m_mode;
    TaskDialogData m_data;
    QStringList m_taken;
    bool m_saving = false;
};

} // namespace cxcron::gui
