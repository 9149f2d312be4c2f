// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <functional>

namespace cxcron::gui {

class TrayNotifier;

/// "Alerts" menu: the alert rules dialog and "stay in the system tray"; owns the tray
/// notifier. Added to the main window's menu bar in one line. @p tasks gives the names of the
/// connected database's tasks when asked (the rule editor's Task list follows the connection).
class AlertsMenu : public QMenu
{
    Q_OBJECT
public:
    AlertsMenu(std::function<QStringList()> tasks, QWidget *window);
    TrayNotifier *notifier() const { return m_notifier; }

public Q_SLOTS:
    void openRules();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QStringList()> m_tasks;
    QWidget *m_window;
    TrayNotifier *m_notifier;
    QAction *m_rules;
    QAction *m_stay;
};

} // namespace cxcron::gui
