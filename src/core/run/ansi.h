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

/// Strips whole lines at once: @p raw holds complete lines (it ends with '\n'); each simple one
/// is appended to @p out as stripInto() would write it, followed by '\n', and counted in
/// @p lines. Stops before the first line that is not simple — drawn in an error style, redrawn
/// in place (carriage return inside it, ESC[G, ESC[1G, ESC[2K), holding an OSC or a sequence cut
/// by its end, or longer than @p maxLineBytes — and returns the bytes of @p raw consumed: that
/// line is for stripInto() and its caller's rules. One pass over a chunk of coloured output
/// instead of a call per line.
qsizetype stripSimpleLines(QByteArrayView raw, QByteArray &out, qsizetype maxLineBytes, qint64 *lines);

/// stripInto() into a new array.
Line strip(QByteArrayView raw);

} // namespace cxcron::Ansi
