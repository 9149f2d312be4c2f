// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "connectionprofile.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>

namespace cxcron::gui {

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(parent)
    , m_about(addAction(QString()))
    , m_aboutQt(addAction(QString()))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslate();
}

QString HelpMenu::aboutText()
{
    const QString settingsFile =
        QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui")).fileName().toHtmlEscaped();
    return tr("<h3>cxcron %1</h3>"
              "<p>Runs and administers the recurring tasks of a CLIENTXCMS site: the report of every "
              "execution, manual runs and the history's retention.</p>"
              "<p>Qt %2 · database drivers: %3</p>"
              "<p>Settings: %4<br>Demo database: %5</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QSqlDatabase::drivers().join(QStringLiteral(", ")), settingsFile,
             ConnectionProfile::defaultSqlitePath().toHtmlEscaped());
}

void HelpMenu::showAbout()
{
    QMessageBox::about(parentWidget(), tr("About cxcron"), aboutText());
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_about->setText(tr("&About cxcron…"));
    m_aboutQt->setText(tr("About &Qt…"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace cxcron::gui
