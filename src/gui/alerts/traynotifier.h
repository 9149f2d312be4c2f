// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace cxcron::gui {

/// The system-tray icon (when the desktop has a tray) and desktop notifications: polls the
/// history off the GUI thread every minute and tells when a task fails or when the runner has
/// not been seen for a while. With "stay in the tray", closing the window keeps it running.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget *window, int intervalSeconds = 60);
    bool trayAvailable() const { return m_tray != nullptr; }
    bool stayInTray() const { return m_stayInTray; }
    void setStayInTray(bool stay);
    /// Minutes without a scheduled run before the runner is reported as not seen.
    void setRunnerSilentMinutes(int minutes) { m_silentMinutes = minutes; }

public Q_SLOTS:
    void poll();

Q_SIGNALS:
    /// Emitted for every notification, shown in the tray or not (tests listen here).
    void notified(const QString &title, const QString &text);
    void polled();

private:
    void notify(const QString &title, const QString &text);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    QDateTime m_cursor;
    bool m_polling = false;
    bool m_runnerWarned = false;
    bool m_stayInTray = false;
    int m_silentMinutes = 5;
};

} // namespace cxcron::gui
