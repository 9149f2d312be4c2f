// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

namespace cxcron::PrivateFile {

/// The mode of a file cxcron creates that holds task outputs (customer data): 0600, or 0640 in
/// a folder with the set-group-ID bit (a folder shared with a group, e.g. /var/lib/cxcron owned
/// by www-data, whose members must read it).
QFileDevice::Permissions modeFor(const QString &path);

/// Creates @p path empty with modeFor() unless it exists (then nothing changes: an
/// administrator's chmod stays). SQLite then creates its -wal and -shm files with the same mode.
/// Returns false if it could not be created (the caller's own open then reports why).
bool createIfMissing(const QString &path);

} // namespace cxcron::PrivateFile
