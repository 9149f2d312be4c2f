// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cxcron::gui {

/// Typed access to how the window looks (View menu): the chart, the time zone of displayed
/// times, the report's splitter. Same settings file as ConnectionSettings.
class ViewSettings
{
public:
    enum class TimeDisplay
    {
        Local, ///< the workstation's zone
        Cms,   ///< the zone the runner schedules in (APP_TIMEZONE)
    };

    bool showChart() const;
    void setShowChart(bool show);
    TimeDisplay timeDisplay() const;
    void setTimeDisplay(TimeDisplay display);
    QByteArray reportSplitterState() const;
    void setReportSplitterState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
};

} // namespace cxcron::gui
