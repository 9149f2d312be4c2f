// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmssite.h"

#include <QDir>
#include <QFileInfo>

namespace cxcron {

QString CmsSite::artisanPath() const
{
    return QDir(root).filePath(QStringLiteral("artisan"));
}

CmsSite CmsSite::detect(const QString &rootOrEnv, const QString &php)
{
    CmsSite site;
    site.php = !php.isEmpty() ? php : qEnvironmentVariable("CXCRON_PHP", QStringLiteral("php"));
    if (rootOrEnv.isEmpty())
        return site;
    const QFileInfo info(rootOrEnv);
    const QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    site.root = dir.absolutePath();
    if (QFileInfo::exists(dir.filePath(QStringLiteral("artisan")))) {
        site.version = Version::V2;
        site.installed = QFileInfo::exists(dir.filePath(QStringLiteral("storage/installed")));
    } else if (QFileInfo::exists(dir.filePath(QStringLiteral("Cron/index.php")))) {
        site.version = Version::V1;
        site.installed = true;
    }
    return site;
}

} // namespace cxcron
