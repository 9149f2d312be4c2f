// SPDX-License-Identifier: GPL-3.0-or-later
#include "laravelcache.h"

#include "database.h"
#include "envfile.h"
#include "errors.h"
#include "logging.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace cxcron::LaravelCache {

QString filePath(const QString &root, const QString &key)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    return QDir(root).filePath(
        QStringLiteral("storage/framework/cache/data/%1/%2/%3").arg(hash.left(2), hash.mid(2, 2), hash));
}

QString slug(const QString &text)
{
    static const QRegularExpression dashes(QStringLiteral("-+"));
    static const QRegularExpression other(QStringLiteral(R"([^_a-z0-9\s]+)"));
    static const QRegularExpression separators(QStringLiteral(R"([_\s]+)"));
    QString s = text;
    s.replace(dashes, QStringLiteral("_"));
    s.replace(u'@', QStringLiteral("_at_"));
    s = s.toLower();
    s.remove(other);
    s.replace(separators, QStringLiteral("_"));
    while (s.startsWith(u'_'))
        s.remove(0, 1);
    while (s.endsWith(u'_'))
        s.chop(1);
    return s;
}

QString prefix(const EnvFile &env, bool *known)
{
    *known = true;
    if (env.values.contains(QStringLiteral("CACHE_PREFIX")))
        return env.value(QStringLiteral("CACHE_PREFIX"));
    const QString name = env.value(QStringLiteral("APP_NAME"), QStringLiteral("laravel"));
    static const QRegularExpression plain(QStringLiteral(R"(^[\x20-\x7e]*$)"));
    if (!plain.match(name).hasMatch() || name.contains(u'$')) {
        *known = false; // transliterated or interpolated by Laravel
        return {};
    }
    const QByteArray hash =
        QCryptographicHash::hash(env.value(QStringLiteral("APP_KEY")).toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    return slug(name) + u'_' + QString::fromLatin1(hash.left(16)) + QStringLiteral("_cache_");
}

Forget forget(const QString &root, const EnvFile &env, const QSqlDatabase &db, const QString &key)
{
    // A cached configuration (php artisan config:cache) may say otherwise than .env.
    if (QFile::exists(QDir(root).filePath(QStringLiteral("bootstrap/cache/config.php"))))
        return Forget::NeedsLaravel;
    const QString driver = env.value(QStringLiteral("CACHE_DRIVER"), QStringLiteral("file"));
    if (driver == QLatin1String("file")) {
        QFile file(filePath(root, key));
        if (!file.exists() || file.remove())
            return Forget::Done;
        qCInfo(lcRunner).noquote() << "cannot remove" << file.fileName() << ":" << file.errorString();
        return Forget::NeedsLaravel;
    }
    if (driver == QLatin1String("database") && db.isValid()) {
        bool known = false;
        const QString itemKey = prefix(env, &known) + key;
        if (!known)
            return Forget::NeedsLaravel;
        try {
            if (!Database::tableExists(db, QStringLiteral("cache")))
                return Forget::Done; // the store was never used: nothing is cached
            Sql::exec(db, QStringLiteral("DELETE FROM cache WHERE `key` = ?"), {itemKey});
            return Forget::Done;
        } catch (const Error &e) {
            qCInfo(lcRunner).noquote() << "cannot delete the cached" << key << "row:" << e.message();
            return Forget::NeedsLaravel;
        }
    }
    return Forget::NeedsLaravel;
}

} // namespace cxcron::LaravelCache
