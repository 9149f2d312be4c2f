// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandloghtml.h"

#include "commandlog.h"

#include <QCoreApplication>

namespace cxcron::gui {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionDetailsDialog)
};
} // namespace

bool isCommandOutput(const QJsonObject &output)
{
    return CommandLog::fromOutput(output).has_value();
}

QString commandLogHtml(const QJsonObject &output)
{
    const std::optional<CommandLog> log = CommandLog::fromOutput(output);
    if (!log)
        return {};
    QString status;
    if (log->exitCode)
        status = Tr::tr("exit code %1").arg(*log->exitCode);
    if (!log->signal.isEmpty())
        status = Tr::tr("ended by %1").arg(log->signal);
    if (log->stopped == QLatin1String("timeout"))
        status += QStringLiteral(" — ") + Tr::tr("stopped at its timeout");
    else if (log->stopped == QLatin1String("cancel"))
        status += QStringLiteral(" — ") + Tr::tr("stopped: cancelled");
    QString html = QStringLiteral("<p><b>$ %1</b><br/>%2</p><pre style=\"white-space:pre-wrap\">")
                       .arg(log->command.toHtmlEscaped(), status.toHtmlEscaped());
    for (const CommandLog::Line &line : log->lines) {
        const QString text = line.text.toHtmlEscaped();
        html += line.error
                    ? QStringLiteral("<span style=\"color:#c62828\">") + text + QStringLiteral("</span>")
                    : text;
        html += u'\n';
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace cxcron::gui
