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
};

/// Removes CSI (ESC [ … final byte) and OSC (ESC ] … BEL/ST) sequences and lone control
/// characters other than tab; carriage-return progress bars keep only their last state.
Line strip(const QByteArray &raw);

} // namespace cxcron::Ansi
