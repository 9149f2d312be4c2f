// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulezone.h"

#include "errors.h"
#include "logging.h"
#include "meta.h"

#include <QCoreApplication>

namespace cxcron::ScheduleZone {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleZone)
};
} // namespace

QTimeZone agree(const QSqlDatabase &db, const QTimeZone &mine, bool explicitZone, bool record)
{
    const QString id = QString::fromUtf8(mine.id());
    QString recorded = Meta::value(db, Meta::scheduleZoneKey());
    if (recorded.isEmpty() && record && !Meta::claim(db, Meta::scheduleZoneKey(), id))
        recorded = Meta::value(db, Meta::scheduleZoneKey()); // another host recorded it first
    if (recorded.isEmpty() || recorded == id)
        return mine;
    const QTimeZone shared(recorded.toUtf8());
    if (!explicitZone && shared.isValid()) {
        qCInfo(lcRunner).noquote() << "scheduling in the installation's zone" << recorded
                                   << "instead of this host's" << id;
        return shared;
    }
    throw Error(
        ErrorKind::Config,
        Tr::tr("This runner would read schedules in %1, but this installation's runners read them in %2 "
               "(recorded in the database); runners in different zones would run daily tasks at "
               "different times. Use --timezone %2, or change the installation's zone with "
               "\"cxcron migrate --timezone %1\".")
            .arg(id, recorded));
}

void set(const QSqlDatabase &db, const QTimeZone &zone)
{
    Meta::setValue(db, Meta::scheduleZoneKey(), QString::fromUtf8(zone.id()));
}

} // namespace cxcron::ScheduleZone
