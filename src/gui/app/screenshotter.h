// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

namespace cxcron::gui {

class MainWindow;

/// For docs and CI (`cxcron-gui --screenshot DIR`): once the window has loaded, saves
/// overview-LANG.png, report-LANG.png and details-LANG.png (a failure) into DIR, then quits.
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, QString directory, QString language, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    void waitUntil(const std::function<bool()> &ready, const std::function<void()> &then,
                   int timeoutMs = 20000);
    void save(QWidget *widget, const QString &name);
    void pickTask();
    void shootReport();
    void shootDetails();
    void shootFailures();
    void shootConnection();

    MainWindow *m_window;
    QString m_directory;
    QString m_language;
    bool m_ok = true;
};

} // namespace cxcron::gui
