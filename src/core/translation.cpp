// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace cxcron::Translation {
namespace {
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_current = QStringLiteral("en");
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    const QString first = ui.isEmpty() ? QLocale::system().name() : ui.first();
    return first.startsWith(QLatin1String("fr")) ? QStringLiteral("fr") : QStringLiteral("en");
}

QString install(const QString &requested)
{
    const QString language = available().contains(requested) ? requested : QStringLiteral("en");
    if (s_app)
        QCoreApplication::removeTranslator(s_app.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_app = std::make_unique<QTranslator>();
    s_qt = std::make_unique<QTranslator>();
    if (s_app->load(QStringLiteral(":/i18n/cxcron_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(s_app.get());
    else
        qCWarning(lcConfig) << "no embedded translation for" << language;
    if (language != QLatin1String("en") &&
        s_qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt.get());
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
    s_current = language;
    return language;
}

QString current()
{
    return s_current;
}

} // namespace cxcron::Translation
