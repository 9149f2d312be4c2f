// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewsettings.h"

#include <QMenu>
#include <QTimeZone>

class QAction;
class QActionGroup;

namespace cxcron::gui {

/// "View" menu: show or hide the durations chart, show times in the workstation's zone or in the
/// CMS's (the zone the runner schedules in), and the columns of the executions table.
class ViewMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ViewMenu(QWidget *parent = nullptr);

    QAction *chartAction() const { return m_chart; }
    QAction *localTimeAction() const { return m_local; }
    QAction *cmsTimeAction() const { return m_cms; }
    QMenu *columnsMenu() const { return m_columns; }
    /// The CMS zone once known (from the overview); the choice is greyed out before.
    void setCmsZone(const QTimeZone &zone);

Q_SIGNALS:
    void chartVisibilityChanged(bool visible);
    /// The display zone changed: every time on screen must be formatted again.
    void timeDisplayChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTimeDisplay();
    void retranslate();

    QAction *m_chart;
    QAction *m_local;
    QAction *m_cms;
    QActionGroup *m_times;
    QMenu *m_columns;
    QTimeZone m_cmsZone;
};

} // namespace cxcron::gui
