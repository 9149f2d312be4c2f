// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include "envfile.h"
#include "errors.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};
} // namespace

QString ConnectionProfile::qtDriverName() const
{
    switch (driver) {
    case Driver::Sqlite:
        return QStringLiteral("QSQLITE");
    case Driver::MySql:
        return QStringLiteral("QMYSQL");
    case Driver::MariaDb:
        return QStringLiteral("QMARIADB");
    }
    return QStringLiteral("QSQLITE");
}

QString ConnectionProfile::redactedUrl() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + filePath;
    const QString scheme = driver == Driver::MariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql");
    QString auth = user;
    if (!password.isEmpty())
        auth += QStringLiteral(":***");
    if (!auth.isEmpty())
        auth += u'@';
    const QString where =
        socket.isEmpty() ? host + u':' + QString::number(port) : QStringLiteral("localhost");
    QString url = scheme + QStringLiteral("://") + auth + where + u'/' + database;
    QStringList query;
    if (!socket.isEmpty())
        query << QStringLiteral("socket=") + socket;
    if (tls)
        query << (tlsVerify ? QStringLiteral("tls=1") : QStringLiteral("tls=require"));
    if (!tlsCa.isEmpty())
        query << QStringLiteral("tls-ca=") + tlsCa;
    if (ssh.enabled) {
        query << QStringLiteral("ssh=") + ssh.target();
        if (!ssh.keyFile.isEmpty())
            query << QStringLiteral("ssh-key=") + ssh.keyFile;
        if (!ssh.knownHostsFile.isEmpty())
            query << QStringLiteral("ssh-known-hosts=") + ssh.knownHostsFile;
    }
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

bool ConnectionProfile::sameTarget(const ConnectionProfile &o) const
{
    // QMYSQL and QMARIADB are the same plugin: one server, whatever the URL's scheme.
    if (isSqlite() != o.isSqlite())
        return false;
    if (isSqlite())
        return QDir::cleanPath(filePath) == QDir::cleanPath(o.filePath);
    return host == o.host && port == o.port && database == o.database && user == o.user &&
           socket == o.socket && ssh == o.ssh;
}

QString SshSettings::target() const
{
    const QString where = (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    return user.isEmpty() ? where : user + u'@' + where;
}

QString SshSettings::effectiveKnownHostsFile() const
{
    return knownHostsFile.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
                                    : knownHostsFile;
}

bool SshSettings::operator==(const SshSettings &o) const
{
    // The forwarded port is run-time state, not part of what the user configured.
    if (enabled != o.enabled)
        return false;
    return !enabled || (host == o.host && port == o.port && user == o.user && keyFile == o.keyFile &&
                        knownHostsFile == o.knownHostsFile);
}

QString ConnectionProfile::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cxcron-demo.sqlite"));
}

ConnectionProfile ConnectionProfile::defaultSqlite()
{
    ConnectionProfile p;
    p.name = QStringLiteral("demo");
    p.driver = Driver::Sqlite;
    p.filePath = defaultSqlitePath();
    return p;
}

ConnectionProfile ConnectionProfile::fromEnv(const EnvFile &env)
{
    ConnectionProfile p;
    Redaction::addSecret(env.firstOf({QStringLiteral("DB_PASSWORD"), QStringLiteral("DB_PASS")}));
    const QString kind = env.value(QStringLiteral("DB_CONNECTION"), QStringLiteral("mysql")).toLower();
    p.timezone = env.value(QStringLiteral("APP_TIMEZONE"));
    const QString database = env.firstOf({QStringLiteral("DB_DATABASE"), QStringLiteral("DB_NAME")});
    if (kind == QLatin1String("sqlite")) {
        p.driver = Driver::Sqlite;
        p.filePath = database;
        p.name = env.value(QStringLiteral("APP_NAME")).trimmed();
        if (p.name.isEmpty())
            p.name = QFileInfo(database).completeBaseName();
        if (p.filePath.isEmpty())
            throw Error(ErrorKind::Config,
                        Tr::tr("The .env file sets DB_CONNECTION=sqlite but no DB_DATABASE."));
        return p;
    }
    if (kind != QLatin1String("mysql") && kind != QLatin1String("mariadb"))
        throw Error(ErrorKind::Config,
                    Tr::tr("Unsupported DB_CONNECTION \"%1\" in the .env file (expected mysql, "
                           "mariadb or sqlite).")
                        .arg(kind));
    p.driver = kind == QLatin1String("mariadb") ? Driver::MariaDb : Driver::MySql;
    p.database = database;
    if (p.database.isEmpty())
        throw Error(ErrorKind::Config, Tr::tr("The .env file names no database (DB_DATABASE or DB_NAME)."));
    p.host = env.value(QStringLiteral("DB_HOST"), QStringLiteral("127.0.0.1"));
    // Named after the site, so two imported sites never end up as one profile called "env".
    p.name = env.value(QStringLiteral("APP_NAME")).trimmed();
    if (p.name.isEmpty())
        p.name = p.database + u'@' + p.host;
    bool ok = true;
    const QString port = env.value(QStringLiteral("DB_PORT"), QStringLiteral("3306"));
    p.port = port.toInt(&ok);
    if (!ok || p.port <= 0 || p.port > 65535)
        throw Error(ErrorKind::Config,
                    Tr::tr("DB_PORT \"%1\" in the .env file is not a valid port.").arg(port));
    p.user = env.firstOf({QStringLiteral("DB_USERNAME"), QStringLiteral("DB_USER")});
    Redaction::addPublicWord(p.user);
    Redaction::addPublicWord(p.database);
    p.password = env.firstOf({QStringLiteral("DB_PASSWORD"), QStringLiteral("DB_PASS")});
    p.socket = env.value(QStringLiteral("DB_SOCKET"));
    p.charset = env.value(QStringLiteral("DB_CHARSET"), QStringLiteral("utf8mb4"));
    // Laravel's config/database.php passes MYSQL_ATTR_SSL_CA to PDO: TLS, verified against it.
    p.tlsCa = env.value(QStringLiteral("MYSQL_ATTR_SSL_CA"));
    if (!p.tlsCa.isEmpty()) {
        p.tls = true;
        p.tlsVerify = true;
    }
    return p;
}

} // namespace cxcron
