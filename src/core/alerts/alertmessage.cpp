// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmessage.h"

#include "alerttext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cxcron::AlertMessages {
namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                       : QStringLiteral("—");
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString seconds(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return QString::number(ms) + QStringLiteral(" ms");
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

const char *stateWord(ExecState state)
{
    switch (state) {
    case ExecState::Running:
        return QT_TRANSLATE_NOOP("AlertMessage", "running");
    case ExecState::Success:
        return QT_TRANSLATE_NOOP("AlertMessage", "success");
    case ExecState::Failed:
        return QT_TRANSLATE_NOOP("AlertMessage", "failed");
    case ExecState::Skipped:
        return QT_TRANSLATE_NOOP("AlertMessage", "skipped");
    case ExecState::Interrupted:
        return QT_TRANSLATE_NOOP("AlertMessage", "interrupted");
    case ExecState::Partial:
        return QT_TRANSLATE_NOOP("AlertMessage", "completed with errors");
    case ExecState::Cancelled:
        return QT_TRANSLATE_NOOP("AlertMessage", "cancelled");
    }
    return "";
}

QString subjectFor(const AlertEvent &e, const AlertText &t)
{
    const QString host = e.execution.host.isEmpty() ? QStringLiteral("?") : e.execution.host;
    switch (e.kind) {
    case AlertEventKind::Failed:
        return t.text(QT_TRANSLATE_NOOP("AlertMessage", "[cxcron] %1 failed on %2")).arg(e.task, host);
    case AlertEventKind::StillFailing:
        return t
            .text(
                QT_TRANSLATE_N_NOOP("AlertMessage", "[cxcron] %1 is still failing (%n failure(s) in a row)"),
                e.count)
            .arg(e.task);
    case AlertEventKind::Recovered:
        return t.text(QT_TRANSLATE_NOOP("AlertMessage", "[cxcron] %1 recovered")).arg(e.task);
    case AlertEventKind::Overlapping:
        return t
            .text(
                QT_TRANSLATE_N_NOOP("AlertMessage",
                                    "[cxcron] %1: %n run(s) in a row skipped, the previous run still going"),
                e.count)
            .arg(e.task);
    case AlertEventKind::Slow:
        return t.text(QT_TRANSLATE_NOOP("AlertMessage", "[cxcron] %1 is much slower than usual")).arg(e.task);
    case AlertEventKind::Test:
        return t.text(QT_TRANSLATE_NOOP("AlertMessage", "[cxcron] Test alert"));
    case AlertEventKind::PingStart:
    case AlertEventKind::PingSuccess:
    case AlertEventKind::PingFail:
    case AlertEventKind::Heartbeat:
        break;
    }
    return QStringLiteral("[cxcron] %1 %2").arg(e.task, alertEventKey(e.kind));
}

QString headline(const AlertEvent &e, const AlertText &t)
{
    switch (e.kind) {
    case AlertEventKind::Failed:
        return t.text(QT_TRANSLATE_NOOP("AlertMessage", "The task %1 failed.")).arg(e.task);
    case AlertEventKind::StillFailing:
        return t
            .text(QT_TRANSLATE_N_NOOP("AlertMessage",
                                      "The task %1 is still failing: %n failure(s) in a row since %2."),
                  e.count)
            .arg(e.task, utc(e.sinceUtc));
    case AlertEventKind::Recovered:
        return t
            .text(QT_TRANSLATE_N_NOOP("AlertMessage",
                                      "The task %1 succeeded again after %n failure(s) in a row (since %2)."),
                  e.count)
            .arg(e.task, utc(e.sinceUtc));
    case AlertEventKind::Overlapping:
        return t
            .text(QT_TRANSLATE_N_NOOP("AlertMessage",
                                      "%n scheduled run(s) of %1 in a row were skipped because the previous "
                                      "run was still going (since %2)."),
                  e.count)
            .arg(e.task, utc(e.sinceUtc));
    case AlertEventKind::Slow:
        return t
            .text(QT_TRANSLATE_NOOP("AlertMessage",
                                    "The task %1 took %2, its usual duration is %3 (median of its last "
                                    "successes)."))
            .arg(e.task, seconds(e.execution.durationMs), seconds(e.medianMs));
    case AlertEventKind::Test:
        return t.text(QT_TRANSLATE_NOOP(
            "AlertMessage", "This is a test of a cxcron alert rule: if you read it, the rule works."));
    case AlertEventKind::PingStart:
    case AlertEventKind::PingSuccess:
    case AlertEventKind::PingFail:
    case AlertEventKind::Heartbeat:
        break;
    }
    return QString();
}

// A backslash before each character Discord's markdown or mentions would read ('-' only where
// it starts a list item).
QString discordEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\*_~`|><#[]()@");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (QChar c : text) {
        if (special.contains(c) || (lineStart && c == u'-'))
            out += u'\\';
        out += c;
        lineStart = c == u'\n' || (lineStart && c == u' ');
    }
    return out;
}

QString slackEscaped(const QString &text)
{
    QString out = text;
    out.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
    return out;
}

} // namespace

QString firstLines(const QString &text, int maxLines)
{
    const QStringList lines = text.split(u'\n');
    QStringList kept;
    for (const QString &line : lines) {
        if (kept.size() == maxLines)
            break;
        kept << (line.size() > 300 ? line.left(300) + QStringLiteral("…") : line);
    }
    QString result = kept.join(u'\n').trimmed();
    if (lines.size() > maxLines)
        result += QStringLiteral("\n…");
    return result;
}

AlertMessage render(const AlertEvent &e, const AlertRule &rule)
{
    const AlertText t(rule.language);
    const Execution &x = e.execution;
    AlertMessage m;
    m.subject = subjectFor(e, t);
    QStringList lines;
    lines << headline(e, t) << QString();
    if (e.kind != AlertEventKind::Test) {
        lines << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Task: %1")).arg(e.task)
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "State: %1")).arg(t.text(stateWord(x.state)))
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Started: %1")).arg(utc(x.startAt))
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Duration: %1")).arg(seconds(x.durationMs))
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Host: %1"))
                     .arg(x.host.isEmpty() ? QStringLiteral("—") : x.host)
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Execution: #%1")).arg(x.id);
    }
    const QString exception = firstLines(x.exception);
    if (!exception.isEmpty()) {
        lines << QString() << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Exception:"));
        for (const QString &line : exception.split(u'\n'))
            lines << QStringLiteral("  ") + line;
    }
    if (x.id > 0)
        lines << QString()
              << t.text(QT_TRANSLATE_NOOP("AlertMessage", "Full output and trace: cxcron show %1")).arg(x.id);
    m.text = lines.join(u'\n') + u'\n';
    m.data = {{QStringLiteral("event"), alertEventKey(e.kind)},
              {QStringLiteral("task"), e.task},
              {QStringLiteral("state"), x.id > 0 ? stateKey(x.state) : QString()},
              {QStringLiteral("execution_id"), x.id},
              {QStringLiteral("start_at"), iso(x.startAt)},
              {QStringLiteral("end_at"), iso(x.endAt)},
              {QStringLiteral("duration_ms"), x.durationMs},
              {QStringLiteral("host"), x.host},
              {QStringLiteral("exception"), exception},
              {QStringLiteral("count"), e.count},
              {QStringLiteral("since"), iso(e.sinceUtc)},
              {QStringLiteral("details_command"),
               x.id > 0 ? QStringLiteral("cxcron show %1").arg(x.id) : QString()},
              {QStringLiteral("title"), m.subject},
              {QStringLiteral("text"), m.text},
              {QStringLiteral("lang"), t.language()}};
    return m;
}

QByteArray payload(const AlertMessage &m, const AlertRule &rule)
{
    switch (rule.kind) {
    case AlertKind::Email:
        return m.text.toUtf8();
    case AlertKind::Ping:
        return QString(m.subject + u'\n' + m.text).left(10000).toUtf8();
    case AlertKind::Webhook:
        break;
    }
    QJsonObject body;
    switch (rule.format) {
    case WebhookFormat::Discord: {
        // Task names and outputs are data: their markdown is escaped, and no mention (@everyone,
        // <@id>, a role) notifies anyone.
        QString text = QStringLiteral("**") + discordEscaped(m.subject) + QStringLiteral("**\n") +
                       discordEscaped(m.text);
        // Discord refuses contents over 2000 characters; never cut an escape in two.
        if (text.size() > 1990) {
            text = text.left(1989);
            if (text.endsWith(u'\\'))
                text.chop(1);
            text += u'…';
        }
        body = {{QStringLiteral("content"), text},
                {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray()}}}};
        break;
    }
    case WebhookFormat::Slack:
        // Slack reads <…> as links and mentions (<!channel>, <url|label>) even without mrkdwn:
        // &, < and > are escaped as its documentation asks, and mrkdwn is off.
        body = {{QStringLiteral("text"), slackEscaped(m.subject + u'\n' + m.text)},
                {QStringLiteral("mrkdwn"), false}};
        break;
    case WebhookFormat::Generic:
        body = m.data;
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace cxcron::AlertMessages
