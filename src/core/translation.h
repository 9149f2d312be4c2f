// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cxcron::Translation {

/// The languages shipped: "en", "fr".
QStringList available();
/// "fr" when the system locale is French, else "en".
QString systemLanguage();
/// Installs cxcron's and Qt's translators for @p language, replacing any installed before
/// (so a GUI can switch at runtime). Unknown languages fall back to English. Returns the
/// language actually installed.
QString install(const QString &language);
QString current();

} // namespace cxcron::Translation
