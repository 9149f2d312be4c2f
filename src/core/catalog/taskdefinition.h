// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>

namespace cxcron {

struct CmsSite;

/// A task that runs a program, as stored in `cxcron_tasks` (every host sees the same ones):
/// tasks the administrator defined, CLIENTXCMS v2's schedule, jobs adopted from the CMS.
struct TaskDefinition
{
    enum class Kind
    {
        Command, ///< program + arguments, run as given (through /bin/sh -c when shell is set)
        Artisan, ///< `php artisan <program> <arguments…> --ansi` in the CMS root of the runner host
        Php,     ///< `php <program> <arguments…>` in the CMS root (v1's Cron/index.php)
    };

    QString name;
    QString title; ///< empty = the name
    Kind kind = Kind::Command;
    QString program; ///< Command: the program (or shell line); Artisan: the artisan command
    QStringList arguments;
    bool shell = false;
    QString workingDirectory; ///< empty = Command: the runner's; Artisan: the CMS root
    QMap<QString, QString> environment;
    QString schedule = QStringLiteral("1m");
    int timeoutSeconds = 600;
    bool enabled = true;
    QString origin = QStringLiteral("admin"); ///< admin, clientxcms-v2, clientxcms-v1, discovered

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key, bool *ok = nullptr);

    /// The argv that will be run on a host with @p site (artisan tasks need the CMS root).
    QStringList argv(const CmsSite &site) const;
    /// For display: argv joined with shell quoting where needed.
    QString commandLine(const CmsSite &site) const;
    /// The environment for display: values of secret-looking keys (PASS, SECRET, TOKEN, KEY) hidden.
    QStringList redactedEnvironment() const;

    /// Throws Error(Usage), translated, when a field is invalid (name, program, schedule,
    /// timeout, environment keys).
    void validate() const;
};

/// @p word as one shell word: as is when it needs no quoting, else in single quotes.
QString shellQuote(const QString &word);

/// Task names: letters, digits and ":._-", 1 to 100 characters (they go in crontab lines,
/// history rows and file names).
bool isValidTaskName(const QString &name);
/// The longest timeout accepted (7 days): longer would only hide a hung task.
constexpr int kMaxTimeoutSeconds = 7 * 24 * 3600;

} // namespace cxcron
