// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include "database.h"
#include "sql.h"

namespace cxcron {

std::shared_ptr<Clock> Clock::fromEnvironment()
{
    const QString fake = qEnvironmentVariable("CXCRON_NOW");
    if (!fake.isEmpty()) {
        const QDateTime at = Sql::toUtc(fake);
        if (at.isValid())
            return std::make_shared<FixedClock>(at);
    }
    return std::make_shared<DatabaseClock>();
}

QDateTime DatabaseClock::nowUtc(const QSqlDatabase &db)
{
    return Database::serverNowUtc(db);
}

FixedClock::FixedClock(const QDateTime &startUtc)
    : m_start(startUtc.toUTC())
{
    m_elapsed.start();
}

QDateTime FixedClock::nowUtc(const QSqlDatabase &)
{
    return m_start.addMSecs(m_elapsed.elapsed());
}

void FixedClock::set(const QDateTime &utc)
{
    m_start = utc.toUTC();
    m_elapsed.restart();
}

} // namespace cxcron
