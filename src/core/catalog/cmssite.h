// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron {

/// The CLIENTXCMS installation whose commands cxcron runs on this host, if any: its root folder
/// (where `artisan` or v1's `Cron/index.php` is) and the PHP binary to run them with.
struct CmsSite
{
    enum class Version
    {
        None, ///< no CMS code on this host (demo database, or a database reached remotely)
        V1,   ///< Cron/index.php
        V2,   ///< Laravel: artisan
    };

    QString root;
    Version version = Version::None;
    QString php = QStringLiteral("php");
    bool installed = false; ///< v2: storage/installed exists (v2 schedules nothing before)

    bool hasCommands() const { return version != Version::None; }
    QString artisanPath() const;

    /// Looks at @p root (a folder, or the CMS's .env file inside it). @p php: --php, else
    /// CXCRON_PHP, else "php" on PATH.
    static CmsSite detect(const QString &root, const QString &php = {});
    /// Makes a v2 site drop its cached settings, as v2's own scheduler does each time it writes
    /// app_cron_last_run: web requests read settings through a cache kept for a day, so a direct
    /// write alone would stay invisible. With v2's file or database cache store (its .env's
    /// CACHE_DRIVER) the entry is removed directly; otherwise `php artisan cache:forget
    /// settings`. Best effort, bounded in time; false (with a logged warning) when it did not work.
    bool forgetCachedSettings() const;
    /// v2's zone: its config/app.php and AppServiceProvider::boot() hard-code Europe/Paris; it
    /// never reads APP_TIMEZONE. Only --timezone changes it.
    static QString v2Zone() { return QStringLiteral("Europe/Paris"); }
};

} // namespace cxcron
