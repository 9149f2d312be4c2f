// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "cxcron.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSchema, "cxcron.schema", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRunner, "cxcron.runner", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTasks, "cxcron.tasks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "cxcron.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "cxcron.config", QtWarningMsg)
