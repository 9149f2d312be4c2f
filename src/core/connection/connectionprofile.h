// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron {

struct EnvFile;

/// An OpenSSH hop to the database server: the usual CMS has MariaDB on 127.0.0.1 of its web
/// server. Key file or ssh-agent only; no secret is ever stored here.
struct SshSettings
{
    bool enabled = false;
    QString host;
    int port = 22;
    QString user;           ///< empty = ssh's default (the local user name or ~/.ssh/config)
    QString keyFile;        ///< empty = the agent and ssh's default keys
    QString knownHostsFile; ///< empty = ~/.ssh/known_hosts
    /// Set at run time while a tunnel carries the connection (its port on 127.0.0.1); never saved.
    int forwardedPort = 0;

    /// "user@host:port" (or "host:port"), for messages and URLs.
    QString target() const;
    QString effectiveKnownHostsFile() const;
    bool operator==(const SshSettings &other) const;
    bool operator!=(const SshSettings &other) const { return !(*this == other); }
};

/// Where the CMS database is and how to log in. Value type; never logs its password.
struct ConnectionProfile
{
    enum class Driver
    {
        Sqlite,
        MySql,   ///< QMYSQL
        MariaDb, ///< QMARIADB (same plugin, preferred name on MariaDB)
    };

    QString name; ///< profile name (for saved profiles)
    Driver driver = Driver::Sqlite;
    QString filePath; ///< SQLite database file
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString database;
    QString user;
    QString password;
    QString socket; ///< unix socket, used instead of host/port when set
    QString charset = QStringLiteral("utf8mb4");
    bool tls = false;      ///< TLS to MySQL/MariaDB; the connection fails without it
    bool tlsVerify = true; ///< with tls: verify the server certificate (tlsCa or the system CAs)
    QString tlsCa;         ///< CA file used to verify the server; empty = the system CA store
    QString timezone;      ///< IANA zone used to read cron expressions; empty = system zone
    SshSettings ssh;       ///< when enabled, host/port (or socket) are seen from the SSH server
    /// The CMS .env on this computer that the profile was read from (the password is in it),
    /// for EnvExposure's warning; empty otherwise. Not part of the target.
    QString envFile;

    bool isSqlite() const { return driver == Driver::Sqlite; }
    QString qtDriverName() const;
    /// "sqlite:/path" or "mysql://user@host:port/db" with the password replaced by "***".
    QString redactedUrl() const;
    /// Same server, database, account and SSH hop (the name and the password aside).
    bool sameTarget(const ConnectionProfile &other) const;

    /// The embedded default: the demo database in the user's data directory.
    static ConnectionProfile defaultSqlite();
    static QString defaultSqlitePath();
    /// CLIENTXCMS .env keys: DB_CONNECTION, DB_HOST, DB_PORT, DB_DATABASE/DB_NAME,
    /// DB_USERNAME/DB_USER, DB_PASSWORD/DB_PASS, DB_SOCKET, DB_CHARSET, APP_TIMEZONE.
    /// Throws Error(Config) when the file names no database.
    static ConnectionProfile fromEnv(const EnvFile &env);
    /// sqlite:/abs/path, sqlite:relative, mysql://user:pass@host:port/db?socket=..&tls=1,
    /// mariadb://... The password may hold any character ('@', '/', ':' …; '%' starts a
    /// percent-escape). Query keys: socket, charset, tls (1/0, true/false, yes/no, on/off,
    /// verify, require), tls-ca, timezone, ssh ([user@]host[:port]), ssh-key, ssh-known-hosts.
    /// Throws Error(Usage) on a malformed URL or an
    /// unknown key.
    static ConnectionProfile fromUrl(const QString &url);
    /// True when @p url is a MySQL/MariaDB URL that carries a password (visible in `ps`).
    static bool urlHasPassword(const QString &url);
    /// @p url without its password (for crontab lines and messages); unparsable input gives "".
    static QString urlWithoutPassword(const QString &url);
};

} // namespace cxcron
