// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"
#include "alerttransport.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace cxcron {

/// One alert claimed for one rule: a row of cxcron_alert_deliveries.
struct AlertDelivery
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString eventKey;
    QString event; ///< alertEventKey()
    QString task;
    int attempts = 0;
    QString subject;
    QByteArray body;
};

/// The claim-then-send protocol that makes each alert leave once across runner hosts:
/// claim() inserts (rule_id, event_key) under a UNIQUE key (the loser of a race gets false);
/// take() then moves one attempt forward with a compare-and-set on `attempts`, so a retry is also
/// made by one host only; finish() records the outcome with a bounded backoff.
namespace AlertDeliveries {

constexpr int MaxAttempts = 5;

bool exists(const QSqlDatabase &db, qint64 ruleId, const QString &key);
/// When the alert @p key of @p ruleId was claimed; invalid when never.
QDateTime claimedAt(const QSqlDatabase &db, qint64 ruleId, const QString &key);
bool claim(const QSqlDatabase &db, qint64 ruleId, const QString &key, const AlertEvent &event,
           const QString &subject, const QByteArray &body, const QDateTime &nowUtc);
/// Pending deliveries whose next attempt is due, oldest first.
QList<AlertDelivery> due(const QSqlDatabase &db, const QDateTime &nowUtc, int limit);
/// Takes the next attempt of @p delivery (true: this process sends it now). The row is leased
/// until @p leaseUntilUtc, after which another pass may retry it if this one died mid-send.
bool take(const QSqlDatabase &db, const AlertDelivery &delivery, const QDateTime &nowUtc,
          const QDateTime &leaseUntilUtc);
/// Records the outcome of the attempt taken. A failure is retried with backoff, except an
/// unconfirmed one (the request left whole, its answer did not come back): the receiver may
/// have acted on it, so it is recorded as sent, with the reason, and never sent again.
void finish(const QSqlDatabase &db, const AlertDelivery &delivery, const SendResult &result,
            const QDateTime &nowUtc);
/// The same for every attempt of @p delivery and unique across rules and events: the
/// Idempotency-Key of a webhook or ping, the Message-ID of an e-mail.
QByteArray idempotencyKey(const AlertDelivery &delivery);
/// The wait before attempt @p attempts + 1 after a failure: 1, 5, 15, 60 minutes.
int backoffMinutes(int attempts);
/// Forgets old deliveries: sent pings after a day, everything settled after 30 days.
void prune(const QSqlDatabase &db, const QDateTime &nowUtc);

} // namespace AlertDeliveries
} // namespace cxcron
