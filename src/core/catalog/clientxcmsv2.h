// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskdefinition.h"

#include <QList>

namespace cxcron::ClientXcms {

/// CLIENTXCMS v2's own schedule (app/Console/Kernel.php), each job as an artisan task read in
/// the CMS time zone: what `php artisan schedule:run` would run, minute by minute.
QList<TaskDefinition> v2Schedule();
/// A v1 site: its whole cron (`php Cron/index.php`, every minute) supervised as one task.
TaskDefinition v1Cron();

} // namespace cxcron::ClientXcms
