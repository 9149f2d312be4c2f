// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace cxcron {

/// What `alert list` and the GUI show beside a rule: its last delivery and its failures.
struct AlertRuleStatus
{
    QDateTime lastSentAt; ///< UTC, invalid: nothing sent yet
    QString lastSentEvent;
    int sent = 0;
    int pending = 0; ///< waiting for a (re)try
    int failed = 0;  ///< gave up after the last attempt
    QString lastError;
    QDateTime lastErrorAt;
};

/// Reads and writes cxcron_alert_rules. Every function takes the caller's thread connection.
namespace AlertStore {

/// Validates (AlertRuleCheck::validate) and inserts @p rule; returns its id.
qint64 add(const QSqlDatabase &db, AlertRule rule, const QDateTime &nowUtc);
/// Validates and rewrites an existing rule; throws Error(NotFound) when it is gone.
void update(const QSqlDatabase &db, const AlertRule &rule);
/// Deletes the rule and its deliveries (one transaction). False when no such rule.
bool remove(const QSqlDatabase &db, qint64 id);
QList<AlertRule> list(const QSqlDatabase &db);
std::optional<AlertRule> get(const QSqlDatabase &db, qint64 id);
QHash<qint64, AlertRuleStatus> status(const QSqlDatabase &db);

} // namespace AlertStore
} // namespace cxcron
