// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cxcron {

/// A command run as its execution row stores it (CommandTask's result, OutputCapture::toJson):
/// read back for display by `cxcron show` and the GUI's details.
struct CommandLog
{
    struct Line
    {
        QString text;
        bool error = false;
    };

    QString command;
    std::optional<int> exitCode;
    QString signal;  ///< "SIGTERM", … when a signal ended it
    QString stopped; ///< "timeout", "cancel" or empty
    QList<Line> lines;

    /// The log of @p output, or nothing when @p output is not a command's result.
    static std::optional<CommandLog> fromOutput(const QJsonObject &output);
};

} // namespace cxcron
