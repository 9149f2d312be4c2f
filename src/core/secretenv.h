// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace cxcron::SecretEnvironment {

/// Every environment variable cxcron reads a secret from (a password, or a URL that may hold
/// one). The one list: children never inherit them, and their values are redacted.
const QStringList &names();

/// @p env without the variables of names().
void removeFrom(QProcessEnvironment &env);

/// This process's environment without the variables of names(): what a child starts with.
QProcessEnvironment childEnvironment();

} // namespace cxcron::SecretEnvironment
