// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifyexpirationtask.h"

#include "cmsschema.h"
#include "cmssettings.h"
#include "cmstaskhelpers.h"
#include "database.h"
#include "logging.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron {

QString NotifyExpirationTask::title() const
{
    return QCoreApplication::translate("Tasks", "Queue expiry reminders");
}

QString NotifyExpirationTask::description() const
{
    return QCoreApplication::translate("Tasks",
                                       "Queues a reminder message for each service that expires in a "
                                       "configured number of days.");
}

QList<int> NotifyExpirationTask::parseDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (ok && d >= 0 && !days.contains(d))
            days << d;
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    return days;
}

QJsonObject NotifyExpirationTask::run(TaskContext &context)
{
    const QSqlDatabase db = context.db();
    CmsTask::requireCmsTables(db);
    CmsSchema::create(db); // the outbox is cxcron's own table: make sure it exists
    const CmsSettings settings(db);
    const QString daysText =
        settings.value(QStringLiteral("notifications_expiration_days"), QStringLiteral("7,5,3,1"));
    const QList<int> days = parseDays(daysText);
    const QDateTime nowUtc = context.nowUtc();
    const QString now = Sql::fromUtc(nowUtc);
    const QDate today = nowUtc.toTimeZone(context.zone()).date();
    const QString insert =
        Database::isSqlite(db) ? QStringLiteral("INSERT OR IGNORE") : QStringLiteral("INSERT IGNORE");

    QJsonArray perDay;
    int queued = 0;
    Sql::Transaction tx(db);
    for (int d : days) {
        context.checkCancelled();
        const QDate day = today.addDays(d);
        // The local calendar day [00:00, next 00:00) as UTC bounds: correct across DST changes.
        const QDateTime from = QDateTime(day, QTime(0, 0), context.zone()).toUTC();
        const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), context.zone()).toUTC();
        const QString key = QStringLiteral("expiry:%1:%2").arg(d).arg(day.toString(Qt::ISODate));
        context.step(QStringLiteral("reminders %1").arg(key));
        const int n =
            Sql::exec(db,
                      insert +
                          QStringLiteral(" INTO cxcron_mail_outbox (service_id, customer_id, email, "
                                         "template, reminder_day, reminder_key, expires_at, created_at) "
                                         "SELECT s.id, s.customer_id, c.email, 'service_expiration', ?, ?, "
                                         "s.expires_at, ? FROM services s LEFT JOIN customers c ON c.id = "
                                         "s.customer_id WHERE s.status = 'active' AND s.cancelled_at IS "
                                         "NULL AND s.deleted_at IS NULL AND s.expires_at >= ? AND "
                                         "s.expires_at < ?"),
                      {d, key, now, Sql::fromUtc(from), Sql::fromUtc(to)})
                .numRowsAffected();
        queued += qMax(0, n);
        perDay.append(QJsonObject{{QStringLiteral("days"), d},
                                  {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("queued"), qMax(0, n)}});
    }
    tx.commit();
    qCInfo(lcTasks) << "services:notify-expiration queued" << queued;
    return {{QStringLiteral("queued"), queued},
            {QStringLiteral("days"), perDay},
            {QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("notifications_expiration_days"), daysText}}}};
}

} // namespace cxcron
