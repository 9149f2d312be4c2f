// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace cxcron::test {

/// Adds a "backend" column with one row per database the suite runs against: "sqlite" always,
/// "mariadb" when the ctest fixture started the throwaway server (CXCRON_TEST_MARIADB_URL).
/// With CXCRON_REQUIRE_MARIADB=1 a missing server is a failure, never a silent skip.
void addBackendColumn();
void addBackendRows(const QString &prefix = {});
QStringList backends();
bool mariadbRequired();

/// Makes a fresh, empty database for @p backend the active profile (Database::setProfile) and
/// returns it: a new SQLite file in a temporary folder, or a re-created MariaDB database
/// named after the test executable (so test executables can run in parallel).
ConnectionProfile freshDatabase(const QString &backend);
/// This thread's connection to the active profile.
QSqlDatabase db();
/// Scalar query helper for assertions: the first column of the first row.
QVariant scalar(const QString &sql, const QVariantList &values = {});

} // namespace cxcron::test
