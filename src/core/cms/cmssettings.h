// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>

namespace cxcron {

/// Read-only view of the CMS `settings` table (name → value), loaded once. Missing table or
/// key: the documented default is used.
class CmsSettings
{
public:
    explicit CmsSettings(const QSqlDatabase &db);
    QString value(const QString &name, const QString &fallback = {}) const;
    int intValue(const QString &name, int fallback) const;
    bool has(const QString &name) const { return m_values.contains(name); }

private:
    QHash<QString, QString> m_values;
};

} // namespace cxcron
