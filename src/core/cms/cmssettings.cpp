// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmssettings.h"

#include "database.h"
#include "sql.h"

namespace cxcron {

CmsSettings::CmsSettings(const QSqlDatabase &db)
{
    if (!Database::tableExists(db, QStringLiteral("settings")))
        return;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, value FROM settings"));
    while (q.next())
        m_values.insert(q.value(0).toString(), q.value(1).toString());
}

QString CmsSettings::value(const QString &name, const QString &fallback) const
{
    return m_values.value(name, fallback);
}

int CmsSettings::intValue(const QString &name, int fallback) const
{
    bool ok = false;
    const int v = m_values.value(name).trimmed().toInt(&ok);
    return ok ? v : fallback;
}

} // namespace cxcron
