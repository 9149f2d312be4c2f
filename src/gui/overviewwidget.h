// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QTableView;

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
    QString runnerWarningText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void taskSelected(const QString &name, const QString &title);
    /// Right click on a row (already made current), at @p globalPos.
    void contextMenuRequested(const QString &name, const QPoint &globalPos);
    void loaded();
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBanner();

    QLabel *m_banner;
    QTableView *m_view;
    OverviewModel *m_model;
    QString m_keepTask;   ///< the task selected before the rows were replaced
    QString m_shownTitle; ///< the title last sent with taskSelected()
};

} // namespace cxcron::gui
