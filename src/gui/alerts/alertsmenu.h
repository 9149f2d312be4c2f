// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace cxcron::gui {

class TrayNotifier;

/// "Alerts" menu: the alert rules dialog and "stay in the system tray"; owns the tray
/// notifier. Added to the main window's menu bar in one line.
class AlertsMenu : public QMenu
{
    Q_OBJECT
public:
    AlertsMenu(const QStringList &tasks, QWidget *window);
    TrayNotifier *notifier() const { return m_notifier; }

public Q_SLOTS:
    void openRules();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStringList m_tasks;
    QWidget *m_window;
    TrayNotifier *m_notifier;
    QAction *m_rules;
    QAction *m_stay;
};

} // namespace cxcron::gui
