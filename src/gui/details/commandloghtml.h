// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace cxcron::gui {

/// True when @p output is a command run's result (it carries the command's "log").
bool isCommandOutput(const QJsonObject &output);
/// The command line, its exit code or signal, and what it printed, as HTML: the error lines
/// (stderr, or drawn in an error style) in red, the text wrapped and escaped.
QString commandLogHtml(const QJsonObject &output);

} // namespace cxcron::gui
