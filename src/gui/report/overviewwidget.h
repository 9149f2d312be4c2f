// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace cxcron::gui {

class OverviewModel;

/// One row per task, and a warning banner when the every-minute runner has not been seen.
class OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewWidget(AppContext context, QWidget *parent = nullptr);

    OverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString currentTask() const;
    QString currentTitle() const;
    void selectTask(const QString &name);
    bool runnerWarningVisible() const;
    bool demoNoticeVisible() const;
    QString runnerWarningText() const;
    /// The CMS .env the connection was read from (empty: none): a banner says when every user
    /// of this computer can read it (EnvExposure).
    void setEnvFile(const QString &path);
    bool envWarningVisible() const;
    QString envWarningText() const;

    /// Drops the rows and the banner (a failed connection).
    void clear();
    /// How often the overview reads the database again by itself while shown (relative times
    /// move every second regardless, and a due time that passes triggers a read at once).
    void setAutoRefreshSeconds(int seconds);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void taskSelected(const QString &name, const QString &title);
    /// Right click on a row (already made current), at @p globalPos.
    void contextMenuRequested(const QString &name, const QPoint &globalPos);
    void loaded();
    void errorOccurred(const QString &message);
    /// Enter on a task: the window moves the focus to its executions.
    void activated(const QString &name);
    /// The demo notice's link: connect to a real CMS database.
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateBanner();
    /// Sizes the columns to their header and rows; only wider unless @p mayShrink.
    void fitColumns(bool mayShrink);
    void updateDemoBanner();
    void updateEnvBanner();

    QLabel *m_banner;
    QLabel *m_demoBanner;
    QLabel *m_envBanner;
    QString m_envFile;
    QTableView *m_view;
    OverviewModel *m_model;
    QString m_keepTask;   ///< the task selected before the rows were replaced
    QString m_shownTitle; ///< the title last sent with taskSelected()
    QTimer *m_ticker;     ///< every second: relative times, due times passing
    QTimer *m_autoRefresh;
    qint64 m_lastRefreshMs = 0;
};

} // namespace cxcron::gui
