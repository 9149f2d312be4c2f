// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace cxcron::gui::Format {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};
QTimeZone &zoneSetting()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

QString dateFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

QTimeZone displayZone()
{
    return zoneSetting();
}

void setDisplayZone(const QTimeZone &zone)
{
    zoneSetting() = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDateTime toDisplay(const QDateTime &utc)
{
    return utc.toTimeZone(zoneSetting());
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Tr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return Tr::tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? toDisplay(utc).toString(dateFormat() + QStringLiteral(" HH:mm:ss")) : QString();
}

QString relative(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const qint64 secs = nowUtc.secsTo(utc);
    const qint64 a = qAbs(secs);
    QString amount;
    if (a < 60)
        amount = Tr::tr("%n s", nullptr, int(a));
    else if (a < 3600)
        amount = Tr::tr("%n min", nullptr, int(a / 60));
    else if (a < 86400)
        amount = Tr::tr("%n h", nullptr, int(a / 3600));
    else
        amount = Tr::tr("%n d", nullptr, int(a / 86400));
    return secs >= 0 ? Tr::tr("in %1").arg(amount) : Tr::tr("%1 ago").arg(amount);
}

} // namespace cxcron::gui::Format
