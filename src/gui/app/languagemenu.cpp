// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "connectionsettings.h"
#include "translation.h"

#include <QActionGroup>
#include <QEvent>

namespace cxcron::gui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    const QString current = Translation::current();
    // Language names are shown in their own language, never translated.
    const QList<QPair<QString, QString>> languages{{QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { switchTo(code); });
    }
    retranslate();
}

QString LanguageMenu::apply(const QString &language)
{
    const QString wanted = language.isEmpty() ? Translation::systemLanguage() : language;
    return Translation::install(wanted);
}

void LanguageMenu::switchTo(const QString &language)
{
    const QString installed = Translation::install(language);
    ConnectionSettings().setLanguage(installed);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == installed);
    Q_EMIT languageChanged(installed);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace cxcron::gui
