// SPDX-License-Identifier: GPL-3.0-or-later
#include "traynotifier.h"

#include "asyncdb.h"
#include "desktopfeed.h"
#include "format.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace cxcron::gui {

TrayNotifier::TrayNotifier(QWidget *window, int intervalSeconds)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/cxcron.svg")), this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show cxcron"), window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, window,
                [window](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger) {
                        window->showNormal();
                        window->raise();
                    }
                });
        m_tray->show();
    }
    window->installEventFilter(this);
    retranslate();
    connect(&m_timer, &QTimer::timeout, this, &TrayNotifier::poll);
    m_timer.start(intervalSeconds * 1000);
    QTimer::singleShot(2000, this, &TrayNotifier::poll);
}

void TrayNotifier::setStayInTray(bool stay)
{
    m_stayInTray = stay && m_tray;
    // Without a tray there would be no way back to a hidden window: then closing quits.
    QApplication::setQuitOnLastWindowClosed(!m_stayInTray);
}

void TrayNotifier::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    const QDateTime cursor = m_cursor;
    whenDone(this, runDb([cursor] { return DesktopFeed::poll(Database::connection(), cursor); }),
             [this](const DbResult<DesktopFeed> &r) {
                 m_polling = false;
                 if (!r.ok) // not connected yet, or the server is away: the window says so
                     return;
                 const DesktopFeed &feed = r.value;
                 m_cursor = feed.cursorUtc;
                 for (const Execution &e : feed.failures) {
                     const QString first = e.exception.section(u'\n', 0, 0).left(200);
                     notify(tr("%1 failed").arg(e.task),
                            tr("Run #%1 on %2 at %3.").arg(e.id).arg(e.host, Format::localTime(e.endAt)) +
                                (first.isEmpty() ? QString() : u'\n' + first));
                 }
                 const bool silent = feed.runnerLastSeenUtc.isValid() &&
                                     feed.runnerLastSeenUtc.secsTo(feed.nowUtc) > 60LL * m_silentMinutes;
                 if (silent && !m_runnerWarned)
                     notify(tr("The cxcron runner is not running"),
                            tr("No scheduled run since %1. Check cron and the crontab entry.")
                                .arg(Format::localTime(feed.runnerLastSeenUtc)));
                 m_runnerWarned = silent;
                 Q_EMIT polled();
             });
}

void TrayNotifier::notify(const QString &title, const QString &text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    Q_EMIT notified(title, text);
}

void TrayNotifier::retranslate()
{
    if (m_tray)
        m_tray->setToolTip(tr("cxcron — CRON tasks"));
}

bool TrayNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace cxcron::gui
