// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cxcron {

struct EnvFile;

/// Laravel's cache as CLIENTXCMS v2 configures it (config/cache.php: the `file` store by
/// default, `database` on request, CACHE_DRIVER), reached without starting PHP: forgetting one
/// key costs a file removal or one DELETE instead of booting Laravel.
namespace LaravelCache {

enum class Forget
{
    Done,         ///< the key was removed, or was not cached at all
    NeedsLaravel, ///< a store (redis, memcached…) or a configuration only Laravel can reach
};

/// Forgets @p key as `Cache::forget(key)` would on the v2 site in @p root whose .env is @p env.
/// @p db: the CMS's database (the `database` store's table). Never throws.
Forget forget(const QString &root, const EnvFile &env, const QSqlDatabase &db, const QString &key);

/// Where Laravel's file store keeps @p key: data/<2 hex>/<2 hex>/<sha1 of the key>.
QString filePath(const QString &root, const QString &key);
/// The key prefix of v2's config/cache.php: CACHE_PREFIX, else the slug of APP_NAME, "_", the
/// first 16 hex digits of SHA-256(APP_KEY), "_cache_". Empty when APP_NAME is not plain ASCII
/// (Laravel transliterates it; cxcron does not guess).
QString prefix(const EnvFile &env, bool *known);
/// Laravel's Str::slug($text, '_') for ASCII text.
QString slug(const QString &text);

} // namespace LaravelCache
} // namespace cxcron
