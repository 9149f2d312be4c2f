// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers the benchmarks share (header only: each bench is one executable).
#pragma once

#include "connectionprofile.h"
#include "database.h"
#include "schema.h"
#include "sql.h"

#include <QList>
#include <algorithm>

namespace cxcron::bench {

/// The @p q quantile (0.5 = median) of @p values, nearest rank; 0 when empty.
inline double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5)));
}

/// Makes @p profile the active one and drops cxcron's tables (and @p extra ones) there, so a
/// MariaDB scratch database starts afresh.
inline void resetDatabase(const ConnectionProfile &profile, const QStringList &extra = {})
{
    Database::setProfile(profile);
    const QSqlDatabase db = Database::connection();
    for (const QString &table : Schema::ownTables() + extra)
        Sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS ") + table);
}

} // namespace cxcron::bench
