// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace cxcron::gui {

/// "Language" menu: English / Français. Switching installs the translators at once (every
/// widget retranslates on QEvent::LanguageChange) and remembers the choice.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    /// Installs @p language ("en", "fr"; empty = the system's) and remembers it.
    static QString apply(const QString &language);
    void switchTo(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QActionGroup *m_group;
};

} // namespace cxcron::gui
