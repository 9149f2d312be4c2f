// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsettings.h"

#include <QSettings>

namespace cxcron::gui {
namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui"));
}

} // namespace

bool ViewSettings::showChart() const
{
    return settings().value(QStringLiteral("view/showChart"), true).toBool();
}

void ViewSettings::setShowChart(bool show)
{
    settings().setValue(QStringLiteral("view/showChart"), show);
}

ViewSettings::TimeDisplay ViewSettings::timeDisplay() const
{
    return settings().value(QStringLiteral("view/times")).toString() == QLatin1String("cms")
               ? TimeDisplay::Cms
               : TimeDisplay::Local;
}

void ViewSettings::setTimeDisplay(TimeDisplay display)
{
    settings().setValue(QStringLiteral("view/times"),
                        display == TimeDisplay::Cms ? QStringLiteral("cms") : QStringLiteral("local"));
}

QByteArray ViewSettings::reportSplitterState() const
{
    return settings().value(QStringLiteral("view/reportSplitter")).toByteArray();
}

void ViewSettings::setReportSplitterState(const QByteArray &state)
{
    settings().setValue(QStringLiteral("view/reportSplitter"), state);
}

QByteArray ViewSettings::mainSplitterState() const
{
    return settings().value(QStringLiteral("view/mainSplitter")).toByteArray();
}

void ViewSettings::setMainSplitterState(const QByteArray &state)
{
    settings().setValue(QStringLiteral("view/mainSplitter"), state);
}

} // namespace cxcron::gui
