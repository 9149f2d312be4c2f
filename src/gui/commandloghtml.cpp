// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandloghtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cxcron::gui {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionDetailsDialog)
};
} // namespace

bool isCommandOutput(const QJsonObject &output)
{
    return output.value(QStringLiteral("log")).isString();
}

QString commandLogHtml(const QJsonObject &output)
{
    QString status;
    if (output.value(QStringLiteral("exit_code")).isDouble())
        status = Tr::tr("exit code %1").arg(output.value(QStringLiteral("exit_code")).toInt());
    if (output.contains(QStringLiteral("signal")))
        status = Tr::tr("ended by %1").arg(output.value(QStringLiteral("signal")).toString());
    if (output.value(QStringLiteral("stopped")).toString() == QLatin1String("timeout"))
        status += QStringLiteral(" — ") + Tr::tr("stopped at its timeout");
    else if (output.value(QStringLiteral("stopped")).toString() == QLatin1String("cancel"))
        status += QStringLiteral(" — ") + Tr::tr("stopped: cancelled");
    QSet<int> errors;
    for (const QJsonValue &n : output.value(QStringLiteral("error_lines")).toArray())
        errors.insert(n.toInt());
    QString html =
        QStringLiteral("<p><b>$ %1</b><br/>%2</p><pre style=\"white-space:pre-wrap\">")
            .arg(output.value(QStringLiteral("command")).toString().toHtmlEscaped(), status.toHtmlEscaped());
    const QStringList lines = output.value(QStringLiteral("log")).toString().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        const QString text = lines.at(i).toHtmlEscaped();
        html += errors.contains(i + 1)
                    ? QStringLiteral("<span style=\"color:#c62828\">") + text + QStringLiteral("</span>")
                    : text;
        html += u'\n';
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace cxcron::gui
