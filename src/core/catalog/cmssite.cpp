// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmssite.h"

#include "database.h"
#include "envfile.h"
#include "errors.h"
#include "laravelcache.h"
#include "logging.h"
#include "processsupervisor.h"

#include <QDir>
#include <QFileInfo>

namespace cxcron {

QString CmsSite::artisanPath() const
{
    return QDir(root).filePath(QStringLiteral("artisan"));
}

bool CmsSite::forgetCachedSettings() const
{
    if (version != Version::V2 || !installed)
        return false;
    // Booting Laravel every minute for this cost more than the rest of an idle minute: the file
    // and database stores v2 uses are reached directly; anything else goes through artisan.
    try {
        const EnvFile env = EnvFile::load(QDir(root).filePath(QStringLiteral(".env")));
        if (LaravelCache::forget(root, env, Database::connection(), QStringLiteral("settings")) ==
            LaravelCache::Forget::Done)
            return true;
    } catch (const Error &e) {
        qCInfo(lcRunner).noquote() << "cannot read the CMS's .env, asking artisan:" << e.message();
    }
    ProcessSpec spec;
    spec.program = php;
    spec.arguments = {QStringLiteral("artisan"), QStringLiteral("cache:forget"), QStringLiteral("settings"),
                      QStringLiteral("--no-interaction")};
    spec.workingDirectory = root;
    spec.environment.remove(QStringLiteral("CXCRON_DB_PASSWORD"));
    spec.timeoutMs = 30000;
    spec.killGraceMs = 2000;
    OutputCapture capture;
    const ProcessResult r = ProcessSupervisor::run(spec, capture, nullptr);
    if (r.started && r.exitSignal == 0 && r.exitCode == 0)
        return true;
    qCWarning(lcRunner).noquote() << "php artisan cache:forget settings failed:"
                                  << (r.started ? capture.errorLines().value(
                                                      0, QStringLiteral("exit code %1").arg(r.exitCode))
                                                : r.startError);
    return false;
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
