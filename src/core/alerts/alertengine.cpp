// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertengine.h"

#include "alertdeliveries.h"
#include "alertlogging.h"
#include "alertmessage.h"
#include "alertstore.h"
#include "historyrepository.h"
#include "hostinfo.h"
#include "sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUrl>
#include <algorithm>

namespace cxcron::AlertEngine {
namespace {

constexpr int kPingWindowRows = 10;
constexpr int kDuePerPass = 50;

QDateTime endOrStart(const Execution &e)
{
    return e.endAt.isValid() ? e.endAt : e.startAt;
}

AlertEvent event(AlertEventKind kind, const QString &key, const Execution &e)
{
    AlertEvent ev;
    ev.kind = kind;
    ev.key = key;
    ev.task = e.task;
    ev.execution = e;
    return ev;
}

QList<AlertEvent> messageEvents(const QSqlDatabase &db, const TaskCondition &c, const AlertRule &rule,
                                const QDateTime &nowUtc, const AlertThresholds &t)
{
    QList<AlertEvent> events;
    const QDateTime recent = nowUtc.addSecs(-3600LL * t.recentHours);
    if (c.latestFailure && c.failingSince) {
        const QString streakKey = QStringLiteral("failed:%1").arg(c.failingSince->id);
        const QDateTime claimed = AlertDeliveries::claimedAt(db, rule.id, streakKey);
        if (!claimed.isValid() && endOrStart(*c.latestFailure) >= recent) {
            AlertEvent ev = event(AlertEventKind::Failed, streakKey, *c.latestFailure);
            ev.count = c.failures;
            ev.sinceUtc = c.failingSince->startAt;
            events << ev;
        } else if (claimed.isValid()) {
            // Reminders count from the first alert, at most one per reminderHours, and only while
            // the task keeps failing (a task that stopped running is not reminded forever).
            const qint64 period = 3600LL * rule.reminderHours;
            const qint64 k = claimed.secsTo(nowUtc) / period;
            if (k >= 1 && endOrStart(*c.latestFailure) >= nowUtc.addSecs(-period)) {
                AlertEvent ev = event(AlertEventKind::StillFailing,
                                      QStringLiteral("still_failing:%1:%2").arg(c.failingSince->id).arg(k),
                                      *c.latestFailure);
                ev.count = c.failures;
                ev.sinceUtc = c.failingSince->startAt;
                events << ev;
            }
        }
    }
    if (c.recoveredBy && c.recoveredStreakStart && endOrStart(*c.recoveredBy) >= recent &&
        AlertDeliveries::exists(db, rule.id, QStringLiteral("failed:%1").arg(c.recoveredStreakStart->id))) {
        AlertEvent ev = event(AlertEventKind::Recovered,
                              QStringLiteral("recovered:%1").arg(c.recoveredStreakStart->id), *c.recoveredBy);
        ev.count = c.recoveredFailures;
        ev.sinceUtc = c.recoveredStreakStart->startAt;
        events << ev;
    }
    if (c.lastSkip && c.firstSkip && endOrStart(*c.lastSkip) >= recent) {
        AlertEvent ev = event(AlertEventKind::Overlapping, QStringLiteral("overlap:%1").arg(c.firstSkip->id),
                              *c.lastSkip);
        ev.count = c.skips;
        ev.sinceUtc = c.firstSkip->startAt;
        events << ev;
    }
    if (c.slow && endOrStart(*c.slow) >= recent) {
        AlertEvent ev = event(AlertEventKind::Slow, QStringLiteral("slow:%1").arg(c.slow->id), *c.slow);
        ev.execution.durationMs = c.slowMs;
        ev.medianMs = c.medianMs;
        events << ev;
    }
    return events;
}

QList<AlertEvent> pingEvents(const TaskCondition &c, const AlertRule &rule, const QDateTime &nowUtc)
{
    QList<AlertEvent> events;
    const int n = qMin<int>(kPingWindowRows, int(c.recent.size()));
    for (int i = n - 1; i >= 0; --i) { // oldest first: "start" is claimed (and sent) before the result
        const Execution &e = c.recent.at(i);
        // A run someone cancelled is no news for the check: neither a start nor a result.
        if (e.state == ExecState::Skipped || e.state == ExecState::Cancelled || e.startAt < rule.createdAt ||
            e.startAt < nowUtc.addSecs(-3600))
            continue;
        events << event(AlertEventKind::PingStart, QStringLiteral("start:%1").arg(e.id), e);
        if (e.state == ExecState::Success)
            events << event(AlertEventKind::PingSuccess, QStringLiteral("success:%1").arg(e.id), e);
        else if (e.state != ExecState::Running)
            events << event(AlertEventKind::PingFail, QStringLiteral("fail:%1").arg(e.id), e);
    }
    return events;
}

/// Renders and claims @p ev for @p rule unless an earlier pass (on any host) already did.
bool claimEvent(const QSqlDatabase &db, const AlertRule &rule, AlertEvent ev, const QDateTime &nowUtc)
{
    if (AlertDeliveries::exists(db, rule.id, ev.key))
        return false;
    if (ev.execution.id > 0 && rule.kind != AlertKind::Ping) {
        // The event was derived from summary rows: fetch the exception text for the message.
        if (const auto full = HistoryRepository::get(db, ev.execution.id)) {
            const qint64 duration = ev.execution.durationMs;
            ev.execution = *full;
            if (ev.kind == AlertEventKind::Slow)
                ev.execution.durationMs = duration;
        }
    }
    const AlertMessage message = AlertMessages::render(ev, rule);
    const bool won = AlertDeliveries::claim(db, rule.id, ev.key, ev, message.subject,
                                            AlertMessages::payload(message, rule), nowUtc);
    if (won)
        qCInfo(lcAlerts).noquote() << "claimed" << ev.key << "for rule" << rule.id << ev.task;
    return won;
}

QString pingUrl(const QString &target, const QString &event)
{
    QString suffix;
    if (event == QLatin1String("ping_start"))
        suffix = QStringLiteral("/start");
    else if (event == QLatin1String("ping_fail"))
        suffix = QStringLiteral("/fail");
    if (suffix.isEmpty())
        return target;
    QUrl url(target);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + suffix);
    return url.toString();
}

SendResult deliver(const AlertRule &rule, const AlertDelivery &d, const AlertEngineOptions &options,
                   int timeoutMs)
{
    const QByteArray key = AlertDeliveries::idempotencyKey(d);
    switch (rule.kind) {
    case AlertKind::Email:
        return AlertTransport::sendMail(options.mail.forRule(rule), rule.addresses(), d.subject, d.body,
                                        timeoutMs, key);
    case AlertKind::Webhook:
        return AlertTransport::httpPost(rule.target, d.body, "application/json", timeoutMs, key);
    case AlertKind::Ping:
        return AlertTransport::httpPost(pingUrl(rule.target, d.event), d.body, "text/plain; charset=utf-8",
                                        timeoutMs, key);
    }
    return {false, QStringLiteral("unknown rule kind")};
}

void sendDue(const QSqlDatabase &db, const QDateTime &nowUtc, const QHash<qint64, AlertRule> &rules,
             const AlertEngineOptions &options, const QElapsedTimer &timer, AlertPassResult &result)
{
    const QList<AlertDelivery> due = AlertDeliveries::due(db, nowUtc, kDuePerPass);
    for (const AlertDelivery &d : due) {
        const qint64 left = options.budgetMs - timer.elapsed();
        if (left < 200) {
            result.outOfTime = true;
            return;
        }
        const auto rule = rules.constFind(d.ruleId);
        if (rule == rules.cend() || !rule->enabled)
            continue;
        // The lease covers the longest this send can take; a crash mid-send is retried after it.
        const int timeoutMs = int(qMin<qint64>(options.requestTimeoutMs, left));
        if (!AlertDeliveries::take(db, d, nowUtc, nowUtc.addMSecs(timeoutMs + 60000)))
            continue; // another host took this attempt
        const SendResult sent = deliver(*rule, d, options, timeoutMs);
        AlertDeliveries::finish(db, d, sent, nowUtc);
        if (sent.ok) {
            ++result.sent;
            qCInfo(lcAlerts).noquote() << "sent" << d.eventKey << "rule" << d.ruleId;
        } else {
            ++result.failed;
            qCInfo(lcAlerts).noquote()
                << "sending" << d.eventKey << "rule" << d.ruleId << "failed:" << sent.error;
        }
    }
}

} // namespace

QList<AlertEvent> eventsFor(const QSqlDatabase &db, const TaskCondition &condition, const AlertRule &rule,
                            const QDateTime &nowUtc, const AlertThresholds &thresholds)
{
    if (rule.kind == AlertKind::Ping)
        return pingEvents(condition, rule, nowUtc);
    return messageEvents(db, condition, rule, nowUtc, thresholds);
}

AlertPassResult process(const QSqlDatabase &db, const QDateTime &nowUtc, const AlertEngineOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AlertPassResult result;
    QHash<qint64, AlertRule> byId;
    QList<AlertRule> active;
    for (const AlertRule &rule : AlertStore::list(db)) {
        byId.insert(rule.id, rule);
        if (rule.enabled)
            active << rule;
    }
    if (active.isEmpty())
        return result;
    for (const QString &task : options.tasks) {
        QList<AlertRule> applicable;
        for (const AlertRule &rule : std::as_const(active))
            if (rule.appliesTo(task) && !(rule.kind == AlertKind::Ping && rule.task.isEmpty()))
                applicable << rule;
        if (applicable.isEmpty())
            continue;
        const TaskCondition condition = AlertConditions::evaluate(db, task, nowUtc, options.thresholds);
        for (const AlertRule &rule : std::as_const(applicable))
            for (const AlertEvent &ev : eventsFor(db, condition, rule, nowUtc, options.thresholds))
                result.claimed += claimEvent(db, rule, ev, nowUtc) ? 1 : 0;
    }
    for (const AlertRule &rule : std::as_const(active)) {
        if (rule.kind != AlertKind::Ping || !rule.task.isEmpty())
            continue;
        // The dead man's switch: one ping per minute in which any runner ran.
        AlertEvent beat;
        beat.kind = AlertEventKind::Heartbeat;
        beat.key = QStringLiteral("beat:") + nowUtc.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        beat.execution.host = HostInfo::hostName();
        beat.execution.startAt = nowUtc;
        result.claimed += claimEvent(db, rule, beat, nowUtc) ? 1 : 0;
    }
    AlertDeliveries::prune(db, nowUtc);
    sendDue(db, nowUtc, byId, options, timer, result);
    return result;
}

SendResult test(const QSqlDatabase &db, const AlertRule &rule, const QDateTime &nowUtc,
                const AlertEngineOptions &options)
{
    AlertEvent ev;
    ev.kind = AlertEventKind::Test;
    ev.key = QStringLiteral("test:") + nowUtc.toString(Qt::ISODateWithMs) + u':' +
             QString::number(HostInfo::pid());
    ev.execution.host = HostInfo::hostName();
    const AlertMessage message = AlertMessages::render(ev, rule);
    if (!AlertDeliveries::claim(db, rule.id, ev.key, ev, message.subject,
                                AlertMessages::payload(message, rule), nowUtc))
        return {false, QStringLiteral("could not record the test delivery")};
    AlertDelivery d;
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id FROM cxcron_alert_deliveries WHERE rule_id = ? AND event_key = ?"),
        {rule.id, ev.key});
    if (q.next())
        d.id = q.value(0).toLongLong();
    d.ruleId = rule.id;
    d.eventKey = ev.key;
    d.event = alertEventKey(ev.kind);
    d.subject = message.subject;
    d.body = AlertMessages::payload(message, rule);
    if (!AlertDeliveries::take(db, d, nowUtc, nowUtc.addMSecs(options.requestTimeoutMs + 60000)))
        return {false, QStringLiteral("the test delivery was taken by another process")};
    const SendResult sent = deliver(rule, d, options, qMin(options.requestTimeoutMs, options.budgetMs));
    // A failed test is not retried: the person who ran it sees the error now.
    d.attempts = sent.ok ? 0 : AlertDeliveries::MaxAttempts - 1;
    AlertDeliveries::finish(db, d, sent, nowUtc);
    return sent;
}

} // namespace cxcron::AlertEngine
