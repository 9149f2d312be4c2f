// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "taskdialog.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cxcron::gui {

class OverviewWidget;

/// Task control: add and edit stored tasks, change any task's schedule, timeout and state for
/// this installation, remove stored tasks (their history stays). The actions act on the task
/// selected in the overview; every read and write runs on the thread pool, then the task list
/// is read again so the overview and "run now" see the change.
class TaskActions : public QObject
{
    Q_OBJECT
public:
    TaskActions(AppContext context, OverviewWidget *overview, QWidget *window);

    /// For the Tasks menu, in order (nullptr = separator).
    QList<QAction *> menuActions() const;
    QMenu *contextMenu() const { return m_contextMenu; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *settingsAction() const { return m_settings; }
    QAction *enableAction() const { return m_enable; }
    QAction *removeAction() const { return m_remove; }

    /// Asks the user to confirm (title, question); a message box unless replaced (tests).
    std::function<bool(const QString &, const QString &)> confirm;

public Q_SLOTS:
    /// Reads the task list again (TaskCatalog), then emits reloaded().
    void reload();
    void addTask();
    void editTask(const QString &name);
    void editSettings(const QString &name);
    void setTaskEnabled(const QString &name, bool enabled);
    void removeTask(const QString &name);
    void updateActions();

Q_SIGNALS:
    void dialogOpened(cxcron::gui::TaskDialog *dialog);
    /// The task list was read again (after a change, or on connection).
    void reloaded();
    void errorOccurred(const QString &message);
    void message(const QString &text);

private:
    void openDialog(int mode, const QString &name);
    void changed(const QString &text);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppContext m_context;
    OverviewWidget *m_overview;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_settings;
    QAction *m_enable;
    QAction *m_remove;
    QMenu *m_contextMenu;
    int m_generation = 0;
};

} // namespace cxcron::gui
