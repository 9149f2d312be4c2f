// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cxcron {

/// A parsed dotenv file (the CMS's `.env`): KEY=value lines, `#` comments, optional `export `,
/// single quotes (literal) and double quotes (with \n, \t, \", \\ escapes), inline comments after
/// unquoted values. Malformed lines are reported with their number and skipped; the file is
/// never partially trusted silently.
struct EnvFile
{
    QHash<QString, QString> values;
    QStringList warnings; ///< translated, "line N: ..." for each skipped line

    static EnvFile parse(const QByteArray &content);
    /// Reads and parses @p path; throws Error(Config) if it cannot be read.
    static EnvFile load(const QString &path);

    QString value(const QString &key, const QString &fallback = {}) const
    {
        return values.value(key, fallback);
    }
    /// The first of @p keys that is present (e.g. DB_DATABASE then DB_NAME).
    QString firstOf(const QStringList &keys, const QString &fallback = {}) const;
};

} // namespace cxcron
