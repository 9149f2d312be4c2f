// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QStringList>

namespace cxcron::TlsOptions {

/// The QMYSQL connect options that turn TLS on for @p p (tls=1: verify against tls-ca or the
/// system CA store; tls=require: encrypt without verifying). Throws Error(Config) when the CA
/// file is missing or unreadable.
QStringList connectOptions(const ConnectionProfile &p);

/// With tls=1 to a host over TCP: checks, before any credential is sent, that the server's
/// certificate is signed by the CA AND names the host of the URL. Qt 6.4's QMYSQL driver cannot
/// pass MYSQL_OPT_SSL_VERIFY_SERVER_CERT, so libmariadb opens a TLS session of its own with that
/// option (as an unknown user, no password) and the host name is checked there; the session Qt
/// then opens verifies the chain against the same CA. Throws Error(Connection) when the
/// certificate is refused; other failures are left to the real connection to report.
void verifyServerName(const ConnectionProfile &p);

} // namespace cxcron::TlsOptions
