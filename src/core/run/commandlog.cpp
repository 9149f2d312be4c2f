// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlog.h"

#include <QJsonArray>
#include <QSet>

namespace cxcron {

std::optional<CommandLog> CommandLog::fromOutput(const QJsonObject &output)
{
    const QJsonValue log = output.value(QStringLiteral("log"));
    if (!log.isString())
        return std::nullopt;
    CommandLog result;
    result.command = output.value(QStringLiteral("command")).toString();
    if (output.value(QStringLiteral("exit_code")).isDouble())
        result.exitCode = output.value(QStringLiteral("exit_code")).toInt();
    result.signal = output.value(QStringLiteral("signal")).toString();
    result.stopped = output.value(QStringLiteral("stopped")).toString();
    QSet<int> errors; // 1-based line numbers in the log
    for (const QJsonValue &n : output.value(QStringLiteral("error_lines")).toArray())
        errors.insert(n.toInt());
    QStringList lines = log.toString().split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the log ends with a newline
    for (int i = 0; i < lines.size(); ++i)
        result.lines << Line{lines.at(i), errors.contains(i + 1)};
    return result;
}

} // namespace cxcron
