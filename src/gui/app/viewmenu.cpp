// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewmenu.h"

#include "format.h"

#include <QActionGroup>
#include <QEvent>

namespace cxcron::gui {

ViewMenu::ViewMenu(QWidget *parent)
    : QMenu(parent)
    , m_chart(addAction(QString()))
    , m_local(nullptr)
    , m_cms(nullptr)
    , m_times(new QActionGroup(this))
    , m_columns(nullptr)
{
    setObjectName(QStringLiteral("viewMenu"));
    const ViewSettings settings;
    m_chart->setCheckable(true);
    m_chart->setChecked(settings.showChart());
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_chart, &QAction::toggled, this, [this](bool on) {
        ViewSettings().setShowChart(on);
        Q_EMIT chartVisibilityChanged(on);
    });
    addSeparator();
    m_local = addAction(QString());
    m_cms = addAction(QString());
    for (QAction *action : {m_local, m_cms}) {
        action->setCheckable(true);
        m_times->addAction(action);
        connect(action, &QAction::triggered, this, [this] {
            ViewSettings().setTimeDisplay(m_cms->isChecked() ? ViewSettings::TimeDisplay::Cms
                                                             : ViewSettings::TimeDisplay::Local);
            applyTimeDisplay();
        });
    }
    (settings.timeDisplay() == ViewSettings::TimeDisplay::Cms ? m_cms : m_local)->setChecked(true);
    addSeparator();
    m_columns = addMenu(QString());
    retranslate();
}

void ViewMenu::setCmsZone(const QTimeZone &zone)
{
    if (zone == m_cmsZone)
        return;
    m_cmsZone = zone;
    retranslate();
    applyTimeDisplay();
}

void ViewMenu::applyTimeDisplay()
{
    const QTimeZone wanted =
        m_cms->isChecked() && m_cmsZone.isValid() ? m_cmsZone : QTimeZone::systemTimeZone();
    if (wanted == Format::displayZone())
        return;
    Format::setDisplayZone(wanted);
    Q_EMIT timeDisplayChanged();
}

void ViewMenu::retranslate()
{
    setTitle(tr("&View"));
    m_chart->setText(tr("Durations &chart"));
    m_local->setText(
        tr("Times in this computer's zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_cms->setText(m_cmsZone.isValid()
                       ? tr("Times in the CMS's zone (%1)").arg(QString::fromUtf8(m_cmsZone.id()))
                       : tr("Times in the CMS's zone (not known until the runner has run)"));
    m_cms->setEnabled(m_cmsZone.isValid() || m_cms->isChecked());
    m_columns->setTitle(tr("C&olumns of the executions"));
}

void ViewMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace cxcron::gui
