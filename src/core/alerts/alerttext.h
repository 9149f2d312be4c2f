// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QTranslator;

namespace cxcron {

/// Translates alert texts into one rule's language without touching the process-wide
/// translators (the CLI's own language and the GUI's stay as they are, and it is thread-safe).
/// Sources are marked with QT_TRANSLATE_NOOP("AlertMessage", …) so lupdate collects them; the
/// method is not called tr(): lupdate reads x.tr(QT_TRANSLATE_NOOP(…)) as a tr() call with no
/// literal and skips the marker inside it.
class AlertText
{
public:
    explicit AlertText(const QString &language);
    QString language() const { return m_language; }
    /// The translation of @p source; with @p n >= 0 the plural form, "%n" replaced by @p n.
    QString text(const char *source, int n = -1) const;

private:
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace cxcron
