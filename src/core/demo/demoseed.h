// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace cxcron::DemoSeed {

/// Creates the CMS tables (CmsSchema) and fills them with realistic demo data relative to
/// @p nowUtc, plus some execution history. Runs in one transaction.
void seed(const QSqlDatabase &db, const QDateTime &nowUtc);

} // namespace cxcron::DemoSeed
