// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttext.h"

#include "translation.h"

#include <QTranslator>

namespace cxcron {

AlertText::AlertText(const QString &language)
    : m_language(Translation::available().contains(language) ? language : QStringLiteral("en"))
    , m_translator(std::make_shared<QTranslator>())
{
    if (!m_translator->load(QStringLiteral(":/i18n/cxcron_") + m_language + QStringLiteral(".qm")))
        m_translator.reset();
}

QString AlertText::text(const char *source, int n) const
{
    QString text = m_translator ? m_translator->translate("AlertMessage", source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace cxcron
