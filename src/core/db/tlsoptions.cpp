// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsoptions.h"

#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef CXCRON_HAVE_LIBMARIADB
#include <mysql.h>
#endif

namespace cxcron::TlsOptions {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The CA bundle of the system store (Debian, Fedora/RHEL, openSUSE, Alpine layouts).
QString systemCaBundle()
{
    for (const char *path :
         {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem",
          "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", "/etc/ssl/cert.pem"}) {
        if (QFileInfo(QString::fromLatin1(path)).isReadable())
            return QString::fromLatin1(path);
    }
    return {};
}

QString caFile(const ConnectionProfile &p)
{
    QString ca = p.tlsCa;
    if (ca.isEmpty()) {
        ca = systemCaBundle();
        if (ca.isEmpty())
            throw Error(ErrorKind::Config,
                        Tr::tr("tls=1 verifies the server certificate, but no tls-ca is given and no "
                               "system CA bundle was found (Debian: apt-get install ca-certificates)."));
    }
    const QFileInfo info(ca);
    if (!info.isFile() || !info.isReadable())
        throw Error(ErrorKind::Config,
                    Tr::tr("The CA certificate %1 (tls-ca) does not exist or cannot be read.").arg(ca));
    if (ca.contains(u';'))
        throw Error(ErrorKind::Config,
                    Tr::tr("The CA certificate path %1 (tls-ca) must not contain ';'.").arg(ca));
    return info.absoluteFilePath();
}

} // namespace

// Qt 6.4's QMYSQL driver turns TLS on when any SSL_* option is given (CLIENT_SSL only prints a
// deprecation warning). MariaDB Connector/C verifies the server's certificate chain whenever
// SSL_CA is set, and does not verify it otherwise.
QStringList connectOptions(const ConnectionProfile &p)
{
    if (!p.tlsVerify)
        return {QStringLiteral("SSL_CIPHER=DEFAULT")};
    return {QStringLiteral("SSL_CA=") + caFile(p)};
}

void verifyServerName(const ConnectionProfile &p)
{
    // Through a tunnel the TCP peer is ssh's end (its host key is checked); a Unix socket never
    // leaves the machine.
    if (!p.tls || !p.tlsVerify || p.ssh.enabled || !p.socket.isEmpty())
        return;
#ifdef CXCRON_HAVE_LIBMARIADB
    const QByteArray ca = caFile(p).toLocal8Bit();
    const QByteArray host = p.host.toUtf8();
    MYSQL *mysql = mysql_init(nullptr);
    if (!mysql)
        return;
    const unsigned int timeout = 5;
    const my_bool on = 1;
    mysql_optionsv(mysql, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    mysql_optionsv(mysql, MYSQL_OPT_READ_TIMEOUT, &timeout);
    mysql_optionsv(mysql, MYSQL_OPT_SSL_ENFORCE, &on);
    mysql_optionsv(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    mysql_optionsv(mysql, MYSQL_OPT_SSL_CA, ca.constData());
    // No such user and no password: the TLS handshake (and its checks) comes before the login,
    // and nothing secret is sent to a server that has not proved its name.
    const bool connected =
        mysql_real_connect(mysql, host.constData(), "cxcron-tls-name-check", nullptr, nullptr,
                           static_cast<unsigned int>(p.port), nullptr, 0) != nullptr;
    const unsigned int code = mysql_errno(mysql);
    const QString text = QString::fromUtf8(mysql_error(mysql)).trimmed();
    mysql_close(mysql);
    // CR_SSL_CONNECTION_ERROR: the handshake failed, the certificate (chain or name) refused.
    if (connected || code != 2026) {
        qCDebug(lcDb) << "TLS host name check of" << p.host << "passed or not applicable:" << code;
        return;
    }
    // The server offers no TLS at all: say so as the check after connecting does (and the
    // password is not sent to it in plain text first).
    if (text.contains(QLatin1String("does not support")))
        throw Error(ErrorKind::Connection,
                    Tr::tr("The connection to %1 is not encrypted although the URL asks for TLS: the server "
                           "has TLS disabled (have_ssl). Enable TLS on the server; cxcron does not fall "
                           "back to plain text.")
                        .arg(p.redactedUrl()));
    throw Error(ErrorKind::Connection,
                Tr::tr("The TLS connection to %1 failed: %2. The server's certificate must be signed by "
                       "the CA given in tls-ca (or a CA of the system store) and name the host %3 "
                       "(its subjectAltName); cxcron sent no credentials.")
                    .arg(p.redactedUrl(), text, p.host));
#endif
}

} // namespace cxcron::TlsOptions
