// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulelist.h"

#include "ansi.h"

#include <QProcess>
#include <QRegularExpression>

namespace cxcron {

QList<ScheduledJob> parseScheduleList(const QByteArray &output)
{
    // Five cron fields (six when the job repeats by the second), the job, then the dot leader
    // and "Next Due:" of Laravel 9+ (older versions print a tab and no leader).
    static const QRegularExpression line(
        QStringLiteral(R"(^\s*((?:\S+\s+){4}\S+)\s+(.+?)(?:\s+\.{2,}.*|\s+Next Due:.*)?\s*$)"));
    static const QRegularExpression cronField(QStringLiteral(R"(^[\d*/,\-?LW#A-Za-z]+$)"));
    static const QRegularExpression artisan(
        QStringLiteral(R"(^(?:\S*php\S*\s+)?['"]?artisan['"]?\s+(\S+)(.*)$)"));
    QList<ScheduledJob> jobs;
    for (const QByteArray &raw : output.split('\n')) {
        const QString text = QString::fromUtf8(Ansi::strip(raw).text);
        const auto m = line.match(text);
        if (!m.hasMatch())
            continue;
        const QStringList fields = m.captured(1).split(QRegularExpression(QStringLiteral(R"(\s+)")));
        bool cron = fields.size() == 5;
        for (const QString &f : fields)
            cron = cron && cronField.match(f).hasMatch();
        if (!cron)
            continue;
        ScheduledJob job;
        job.expression = fields.join(u' ');
        job.text = m.captured(2).trimmed();
        const auto a = artisan.match(job.text);
        if (a.hasMatch()) {
            job.command = a.captured(1);
            static const QRegularExpression description(QStringLiteral(R"(\s*\([^()]*\)$)"));
            QString rest = a.captured(2).trimmed();
            rest.remove(description); // "(a description)" after the command is not an argument
            job.arguments = QProcess::splitCommand(rest);
        }
        jobs << job;
    }
    return jobs;
}

} // namespace cxcron
