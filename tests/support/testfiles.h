// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace cxcron::test {

/// Writes an executable `#!/bin/sh` script named @p name into @p dir (e.g. a fake provisioning
/// command) and returns its path, or an empty string if it cannot be written.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body);

/// A fresh database for @p backend (see freshDatabase) with the CLIENTXCMS tables created.
void freshCmsDatabase(const QString &backend);

} // namespace cxcron::test
