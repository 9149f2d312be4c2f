// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cxcron::Ansi {

/// What the escape sequences of one line said.
struct Style
{
    /// The line was drawn with an error style: a red background (Symfony's `error` style, white
    /// on red, which Laravel's error() and its ERROR badge use) or a red foreground.
    bool errorStyled = false;
    /// The line was drawn over in place (carriage return, cursor to column 1, erase line):
    /// a progress display, of which only the last state is kept.
    bool redrawn = false;
};

/// One line of terminal output with its escape sequences removed.
struct Line : Style
{
    QByteArray text;
};

/// Appends @p raw to @p out without its CSI (ESC [ … final byte) and OSC (ESC ] … BEL/ST)
/// sequences and lone control characters other than tab (and DEL); a line redrawn in place
/// (carriage return, or Symfony's ESC[1G ESC[2K) keeps only its last state. A sequence cut at the
/// end of @p raw is dropped whole. Plain spans are copied at once: this runs on every line of a
/// command's output.
Style stripInto(QByteArrayView raw, QByteArray &out);

/// stripInto() into a new array.
Line strip(QByteArrayView raw);

} // namespace cxcron::Ansi
