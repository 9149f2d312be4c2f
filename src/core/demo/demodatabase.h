// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron::DemoDatabase {

/// Creates or refreshes the SQLite demo database at @p path: the CMS tables with realistic
/// seeded data and cxcron's own schema. Built in a temporary file renamed over @p path at the
/// end, so an existing demo database is never left half-written. Throws Error on failure.
void create(const QString &path);

} // namespace cxcron::DemoDatabase
