// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientxcmsv2.h"

#include <QCoreApplication>

namespace cxcron::ClientXcms {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClientXcms)
};

TaskDefinition artisan(const char *command, const QString &title, const char *schedule, int timeout)
{
    TaskDefinition d;
    d.name = QString::fromLatin1(command);
    d.title = title;
    d.kind = TaskDefinition::Kind::Artisan;
    d.program = d.name;
    d.schedule = QString::fromLatin1(schedule);
    d.timeoutSeconds = timeout;
    d.origin = QStringLiteral("clientxcms-v2");
    return d;
}
} // namespace

QList<TaskDefinition> v2Schedule()
{
    // Laravel's everyMinute / everyThreeHours / daily()->at / weekly()->mondays in cron form.
    return {
        artisan("invoices:delivery", Tr::tr("Deliver paid orders"), "* * * * *", 900),
        artisan("services:expire", Tr::tr("Suspend and expire services"), "* * * * *", 900),
        artisan("services:renewals", Tr::tr("Create renewal invoices"), "0 */3 * * *", 1800),
        artisan("clientxcms:helpdesk-close", Tr::tr("Close inactive support tickets"), "0 12 * * *", 900),
        artisan("services:notify-expiration", Tr::tr("Expiry reminders"), "0 9 * * *", 1800),
        artisan("clientxcms:invoice-delete", Tr::tr("Delete stale pending invoices"), "0 0 * * *", 900),
        artisan("clientxcms:purge-metadata", Tr::tr("Purge orphan metadata"), "0 0 * * 1", 900),
        artisan("clientxcms:purge-basket", Tr::tr("Purge old baskets"), "0 0 * * 4", 900),
        artisan("clientxcms:telemetry", Tr::tr("Telemetry"), "0 0 * * *", 300),
    };
}

TaskDefinition v1Cron()
{
    TaskDefinition d;
    d.name = QStringLiteral("clientxcms:v1-cron");
    d.title = Tr::tr("CLIENTXCMS v1 cron (Cron/index.php)");
    d.kind = TaskDefinition::Kind::Php;
    d.program = QStringLiteral("Cron/index.php");
    d.schedule = QStringLiteral("* * * * *");
    d.timeoutSeconds = 900;
    d.origin = QStringLiteral("clientxcms-v1");
    return d;
}

} // namespace cxcron::ClientXcms
