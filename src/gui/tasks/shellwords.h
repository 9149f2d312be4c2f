// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cxcron::gui::ShellWords {

/// Splits @p text into words as a POSIX shell does, without any expansion: blanks separate
/// words; '…' keeps everything literally; "…" keeps everything but \" \\ \$ \` (and drops
/// \newline); an unquoted \ keeps the next character. "" and '' are empty words. On an
/// unterminated quote, returns nothing and sets @p error (translated).
QStringList split(const QString &text, QString *error = nullptr);
/// The words as one line that split() gives back unchanged: each word as is when it needs no
/// quoting, else in single quotes (the way `cxcron task show` prints commands).
QString join(const QStringList &words);

} // namespace cxcron::gui::ShellWords
