// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace cxcron::gui {

/// "Help" menu: About cxcron (version, Qt, database drivers, licence, where the settings and
/// the demo database live) and About Qt.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *parent = nullptr);
    /// The text of the About box (rich text).
    static QString aboutText();

public Q_SLOTS:
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *m_about;
    QAction *m_aboutQt;
};

} // namespace cxcron::gui
