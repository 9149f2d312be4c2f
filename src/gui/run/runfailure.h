// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

#include <QString>

namespace cxcron::gui::RunFailure {

/// What the window says when a manual run of @p task could not start or be recorded: the cause
/// in words (the database locked by another cxcron, a lost connection) and what to do.
QString message(const QString &task, ErrorKind kind, const QString &error, bool cancelled = false);

} // namespace cxcron::gui::RunFailure
