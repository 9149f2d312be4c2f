// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmenu.h"

#include "alertrulesdialog.h"
#include "traynotifier.h"

#include <QEvent>
#include <QSettings>

namespace cxcron::gui {

AlertsMenu::AlertsMenu(std::function<QStringList()> tasks, QWidget *window)
    : QMenu(window)
    , m_tasks(std::move(tasks))
    , m_window(window)
    , m_notifier(new TrayNotifier(window))
    , m_rules(addAction(QString()))
    , m_stay(addAction(QString()))
{
    setObjectName(QStringLiteral("alertsMenu"));
    m_stay->setCheckable(true);
    m_stay->setEnabled(m_notifier->trayAvailable());
    const bool stay = QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui"))
                          .value(QStringLiteral("tray/stay"), false)
                          .toBool();
    m_stay->setChecked(stay && m_notifier->trayAvailable());
    m_notifier->setStayInTray(m_stay->isChecked());
    connect(m_rules, &QAction::triggered, this, &AlertsMenu::openRules);
    connect(m_stay, &QAction::toggled, this, [this](bool on) {
        QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui"))
            .setValue(QStringLiteral("tray/stay"), on);
        m_notifier->setStayInTray(on);
    });
    retranslate();
}

void AlertsMenu::openRules()
{
    auto *dialog = new AlertRulesDialog(m_tasks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void AlertsMenu::retranslate()
{
    setTitle(tr("&Alerts"));
    m_rules->setText(tr("Alert &rules…"));
    m_stay->setText(tr("&Stay in the system tray when closed"));
}

void AlertsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace cxcron::gui
