// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cxcron::Ansi {

/// One line of terminal output with its escape sequences removed.
struct Line
{
    QByteArray text;
    /// The line was drawn with an error style: a red background (Symfony's `error` style, white
    /// on red, which Laravel's error() and its ERROR badge use) or a red foreground.
    bool errorStyled = false;
    /// The line was drawn over in place (carriage return, cursor to column 1, erase line):
    /// a progress display, of which only the last state is kept.
    bool redrawn = false;
};

/// Removes CSI (ESC [ … final byte) and OSC (ESC ] … BEL/ST) sequences and lone control
/// characters other than tab (and DEL); progress bars redrawn in place (carriage return, or
/// Symfony's ESC[1G ESC[2K) keep only their last state. A sequence cut at the end of @p raw is
/// dropped whole.
Line strip(const QByteArray &raw);

} // namespace cxcron::Ansi
