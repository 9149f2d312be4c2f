// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron::EnvExposure {

/// The CMS's .env is the CMS's file: web installers leave it 0644, deployments 0640 with the web
/// server's group. cxcron reads it as it is and only says so when every user of the machine can
/// read the database password in it. Empty when it is not world-readable (or does not exist);
/// else a translated warning naming the file and the fix. (Files cxcron writes itself are
/// still refused when others can read them: ProfileStore::checkPrivate.)
QString warning(const QString &envPath);

} // namespace cxcron::EnvExposure
