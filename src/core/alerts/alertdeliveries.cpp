// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertdeliveries.h"

#include "hostinfo.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace cxcron::AlertDeliveries {
namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

bool exists(const QSqlDatabase &db, qint64 ruleId, const QString &key)
{
    return claimedAt(db, ruleId, key).isValid();
}

QDateTime claimedAt(const QSqlDatabase &db, qint64 ruleId, const QString &key)
{
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("SELECT created_at FROM cxcron_alert_deliveries WHERE rule_id = ? AND event_key = ?"),
        {ruleId, key});
    return q.next() ? Sql::toUtc(q.value(0)) : QDateTime();
}

bool claim(const QSqlDatabase &db, qint64 ruleId, const QString &key, const AlertEvent &event,
           const QString &subject, const QByteArray &body, const QDateTime &nowUtc)
{
    const QString now = Sql::fromUtc(nowUtc);
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db);
        QSqlError error;
        const bool ok = Sql::tryExec(
            q,
            QStringLiteral(
                "INSERT INTO cxcron_alert_deliveries (rule_id, event_key, event, task, log_id, status, "
                "attempts, created_at, next_attempt_at, subject, body) "
                "VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)"),
            {ruleId, key, alertEventKey(event.kind), orNull(event.task),
             event.execution.id > 0 ? QVariant(event.execution.id) : QVariant(QMetaType(QMetaType::LongLong)),
             now, now, orNull(subject), QString::fromUtf8(body)},
            &error);
        if (ok)
            return true;
        // Another runner host claimed the same alert first: it sends it, this one does not.
        if (Sql::isUniqueViolation(error))
            return false;
        // A lost race (a Galera certification conflict is reported as a deadlock): the alert is
        // claimed when the winner wrote this very row; otherwise the conflict was with another
        // write and the claim is tried again.
        if (Sql::isRetryableConflict(error) && !Sql::isConflict(error))
            return false; // a lock wait timeout: another runner holds the rows, as before
        if (!Sql::isConflict(error) || attempt >= Sql::kConflictAttempts)
            Sql::fail(q);
        if (Sql::exec(
                db,
                QStringLiteral("SELECT 1 FROM cxcron_alert_deliveries WHERE rule_id = ? AND event_key = ?"),
                {ruleId, key})
                .next())
            return false;
        Sql::conflictPause("claiming an alert", attempt, error.databaseText());
    }
}

QList<AlertDelivery> due(const QSqlDatabase &db, const QDateTime &nowUtc, int limit)
{
    QList<AlertDelivery> result;
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("SELECT id, rule_id, event_key, event, task, attempts, subject, body "
                                 "FROM cxcron_alert_deliveries WHERE status = 'pending' AND "
                                 "next_attempt_at <= ? ORDER BY id LIMIT ") +
                      QString::number(limit),
                  {Sql::fromUtc(nowUtc)});
    while (q.next()) {
        AlertDelivery d;
        d.id = q.value(0).toLongLong();
        d.ruleId = q.value(1).toLongLong();
        d.eventKey = q.value(2).toString();
        d.event = q.value(3).toString();
        d.task = q.value(4).toString();
        d.attempts = q.value(5).toInt();
        d.subject = q.value(6).toString();
        d.body = q.value(7).toString().toUtf8();
        result << d;
    }
    return result;
}

bool take(const QSqlDatabase &db, const AlertDelivery &d, const QDateTime &nowUtc,
          const QDateTime &leaseUntilUtc)
{
    QSqlQuery q(db);
    QSqlError error;
    const bool ok = Sql::tryExec(
        q,
        QStringLiteral("UPDATE cxcron_alert_deliveries SET attempts = attempts + 1, last_attempt_at = ?, "
                       "next_attempt_at = ?, host = ? WHERE id = ? AND status = 'pending' AND attempts = ?"),
        {Sql::fromUtc(nowUtc), Sql::fromUtc(leaseUntilUtc), HostInfo::hostName(), d.id, d.attempts}, &error);
    if (!ok) {
        if (Sql::isRetryableConflict(error))
            return false;
        Sql::fail(q);
    }
    return q.numRowsAffected() == 1;
}

int backoffMinutes(int attempts)
{
    static const int minutes[] = {1, 5, 15, 60};
    return minutes[qBound(0, attempts - 1, 3)];
}

QByteArray idempotencyKey(const AlertDelivery &d)
{
    // Rule and event key name the delivery; hashed, the header holds no task name or URL.
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(QByteArray::number(d.ruleId) + '\n' + d.eventKey.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return "cxcron-" + QByteArray::number(d.ruleId) + '-' + digest;
}

void finish(const QSqlDatabase &db, const AlertDelivery &d, const SendResult &result, const QDateTime &nowUtc)
{
    const int attempts = d.attempts + 1;
    const bool ok = result.ok;
    const QString error = result.error;
    if (result.unconfirmed) {
        Sql::exec(
            db,
            QStringLiteral("UPDATE cxcron_alert_deliveries SET status = 'sent', sent_at = ?, last_error = ? "
                           "WHERE id = ?"),
            {Sql::fromUtc(nowUtc),
             QString(error + QStringLiteral(" (the request was sent whole; not retried, so that the "
                                            "receiver never gets it twice)"))
                 .left(1000),
             d.id});
        return;
    }
    if (ok) {
        Sql::exec(db,
                  QStringLiteral("UPDATE cxcron_alert_deliveries SET status = 'sent', sent_at = ?, "
                                 "last_error = NULL WHERE id = ?"),
                  {Sql::fromUtc(nowUtc), d.id});
        return;
    }
    const bool giveUp = attempts >= MaxAttempts;
    Sql::exec(
        db,
        QStringLiteral("UPDATE cxcron_alert_deliveries SET status = ?, last_error = ?, next_attempt_at = ? "
                       "WHERE id = ?"),
        {giveUp ? QStringLiteral("failed") : QStringLiteral("pending"), error.left(1000),
         Sql::fromUtc(nowUtc.addSecs(60LL * backoffMinutes(attempts))), d.id});
}

void prune(const QSqlDatabase &db, const QDateTime &nowUtc)
{
    Sql::exec(
        db,
        QStringLiteral("DELETE FROM cxcron_alert_deliveries WHERE created_at < ? AND status = 'sent' AND "
                       "event IN ('ping_start', 'ping_success', 'ping_fail', 'heartbeat', 'test')"),
        {Sql::fromUtc(nowUtc.addDays(-1))});
    Sql::exec(
        db,
        QStringLiteral("DELETE FROM cxcron_alert_deliveries WHERE created_at < ? AND status <> 'pending'"),
        {Sql::fromUtc(nowUtc.addDays(-30))});
}

} // namespace cxcron::AlertDeliveries
