// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "errors.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cxcron::AlertStore {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

const QString kColumns =
    QStringLiteral("id, kind, target, format, task, lang, reminder_hours, settings, enabled, created_at");

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant settingsValue(const AlertRule &rule)
{
    return rule.settings.isEmpty()
               ? QVariant(QMetaType(QMetaType::QString))
               : QVariant(QString::fromUtf8(QJsonDocument(rule.settings).toJson(QJsonDocument::Compact)));
}

AlertRule read(const QSqlQuery &q)
{
    AlertRule r;
    r.id = q.value(0).toLongLong();
    r.kind = alertKindFromKey(q.value(1).toString());
    r.target = q.value(2).toString();
    r.format = webhookFormatFromKey(q.value(3).toString());
    r.task = q.value(4).toString();
    r.language = q.value(5).toString();
    r.reminderHours = q.value(6).toInt();
    r.settings = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.enabled = q.value(8).toInt() != 0;
    r.createdAt = Sql::toUtc(q.value(9));
    return r;
}
} // namespace

qint64 add(const QSqlDatabase &db, AlertRule rule, const QDateTime &nowUtc)
{
    AlertRuleCheck::validate(rule);
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cxcron_alert_rules (kind, target, format, task, lang, "
                                 "reminder_hours, settings, enabled, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {alertKindKey(rule.kind), rule.target,
                   rule.kind == AlertKind::Webhook ? QVariant(webhookFormatKey(rule.format))
                                                   : QVariant(QMetaType(QMetaType::QString)),
                   orNull(rule.task), rule.language, rule.reminderHours, settingsValue(rule),
                   rule.enabled ? 1 : 0, Sql::fromUtc(nowUtc)});
    return q.lastInsertId().toLongLong();
}

void update(const QSqlDatabase &db, const AlertRule &rule)
{
    AlertRuleCheck::validate(rule);
    QSqlQuery q =
        Sql::exec(db,
                  QStringLiteral("UPDATE cxcron_alert_rules SET kind = ?, target = ?, format = ?, "
                                 "task = ?, lang = ?, reminder_hours = ?, settings = ?, enabled = ? "
                                 "WHERE id = ?"),
                  {alertKindKey(rule.kind), rule.target,
                   rule.kind == AlertKind::Webhook ? QVariant(webhookFormatKey(rule.format))
                                                   : QVariant(QMetaType(QMetaType::QString)),
                   orNull(rule.task), rule.language, rule.reminderHours, settingsValue(rule),
                   rule.enabled ? 1 : 0, rule.id});
    if (q.numRowsAffected() == 0 && !get(db, rule.id))
        throw Error(ErrorKind::NotFound, Tr::tr("No alert rule #%1.").arg(rule.id));
}

bool remove(const QSqlDatabase &db, qint64 id)
{
    Sql::Transaction tx(db);
    const QSqlQuery q = Sql::exec(db, QStringLiteral("DELETE FROM cxcron_alert_rules WHERE id = ?"), {id});
    const bool found = q.numRowsAffected() > 0;
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_alert_deliveries WHERE rule_id = ?"), {id});
    tx.commit();
    return found;
}

QList<AlertRule> list(const QSqlDatabase &db)
{
    QList<AlertRule> result;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT ") + kColumns +
                                    QStringLiteral(" FROM cxcron_alert_rules ORDER BY id"));
    while (q.next())
        result << read(q);
    return result;
}

std::optional<AlertRule> get(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cxcron_alert_rules WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QHash<qint64, AlertRuleStatus> status(const QSqlDatabase &db)
{
    QHash<qint64, AlertRuleStatus> result;
    QSqlQuery counts = Sql::exec(
        db, QStringLiteral("SELECT rule_id, status, COUNT(*), MAX(sent_at) FROM cxcron_alert_deliveries "
                           "GROUP BY rule_id, status"));
    while (counts.next()) {
        AlertRuleStatus &s = result[counts.value(0).toLongLong()];
        const QString state = counts.value(1).toString();
        const int n = counts.value(2).toInt();
        if (state == QLatin1String("sent")) {
            s.sent = n;
            s.lastSentAt = Sql::toUtc(counts.value(3));
        } else if (state == QLatin1String("pending")) {
            s.pending = n;
        } else {
            s.failed = n;
        }
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it->lastSentAt.isValid()) {
            QSqlQuery last =
                Sql::exec(db,
                          QStringLiteral("SELECT event FROM cxcron_alert_deliveries WHERE rule_id = ? "
                                         "AND status = 'sent' ORDER BY sent_at DESC, id DESC LIMIT 1"),
                          {it.key()});
            if (last.next())
                it->lastSentEvent = last.value(0).toString();
        }
        QSqlQuery error =
            Sql::exec(db,
                      QStringLiteral("SELECT last_error, last_attempt_at FROM cxcron_alert_deliveries "
                                     "WHERE rule_id = ? AND last_error IS NOT NULL "
                                     "ORDER BY last_attempt_at DESC, id DESC LIMIT 1"),
                      {it.key()});
        if (error.next()) {
            it->lastError = error.value(0).toString();
            it->lastErrorAt = Sql::toUtc(error.value(1));
        }
    }
    return result;
}

} // namespace cxcron::AlertStore
