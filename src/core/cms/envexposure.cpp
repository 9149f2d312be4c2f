// SPDX-License-Identifier: GPL-3.0-or-later
#include "envexposure.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cxcron::EnvExposure {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvExposure)
};
} // namespace

QString warning(const QString &envPath)
{
    const QFileInfo info(envPath);
    if (!info.exists() || !(info.permissions() & QFileDevice::ReadOther))
        return {};
    return Tr::tr("%1 (the CMS's .env, with its database password) can be read by every user of this "
                  "machine. Run: chmod o-r %1 (the web server and cxcron only need the owner or the group).")
        .arg(info.absoluteFilePath());
}

} // namespace cxcron::EnvExposure
