// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "envfile.h"
#include "errors.h"
#include "redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

QString driverKey(ConnectionProfile::Driver d)
{
    switch (d) {
    case ConnectionProfile::Driver::Sqlite:
        return QStringLiteral("sqlite");
    case ConnectionProfile::Driver::MySql:
        return QStringLiteral("mysql");
    case ConnectionProfile::Driver::MariaDb:
        return QStringLiteral("mariadb");
    }
    return QStringLiteral("sqlite");
}
} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path)
{}

QString ProfileStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("cxcron/cxcron.conf"));
}

QStringList ProfileStore::names() const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("profiles"));
    return s.childGroups();
}

void ProfileStore::checkPrivate(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return;
    const auto perms = info.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        throw Error(ErrorKind::Config, Tr::tr("%1 holds a database password but can be read by other users. "
                                              "Run: chmod 600 %1")
                                           .arg(file));
}

ConnectionProfile ProfileStore::load(const QString &name) const
{
    QSettings s(m_path, QSettings::IniFormat);
    if (s.status() == QSettings::FormatError)
        throw Error(ErrorKind::Config, Tr::tr("The configuration file %1 is corrupt.").arg(m_path));
    if (!names().contains(name))
        throw Error(ErrorKind::NotFound, Tr::tr("No profile named \"%1\" in %2.").arg(name, m_path));
    s.beginGroup(QStringLiteral("profiles/") + name);
    ConnectionProfile p;
    const QString envPath = s.value(QStringLiteral("env")).toString();
    if (!envPath.isEmpty()) {
        p = ConnectionProfile::fromEnv(EnvFile::load(envPath));
    } else {
        const QString driver = s.value(QStringLiteral("driver"), QStringLiteral("sqlite")).toString();
        if (driver == QLatin1String("sqlite"))
            p.driver = ConnectionProfile::Driver::Sqlite;
        else if (driver == QLatin1String("mysql"))
            p.driver = ConnectionProfile::Driver::MySql;
        else if (driver == QLatin1String("mariadb"))
            p.driver = ConnectionProfile::Driver::MariaDb;
        else
            throw Error(ErrorKind::Config,
                        Tr::tr("Profile \"%1\": unknown driver \"%2\".").arg(name, driver));
        p.filePath = s.value(QStringLiteral("file")).toString();
        p.host = s.value(QStringLiteral("host"), p.host).toString();
        bool ok = true;
        p.port = s.value(QStringLiteral("port"), p.port).toInt(&ok);
        if (!ok)
            throw Error(ErrorKind::Config, Tr::tr("Profile \"%1\": the port is not a number.").arg(name));
        p.database = s.value(QStringLiteral("database")).toString();
        p.user = s.value(QStringLiteral("user")).toString();
        p.password = s.value(QStringLiteral("password")).toString();
        Redaction::addSecret(p.password);
        p.socket = s.value(QStringLiteral("socket")).toString();
        p.tls = s.value(QStringLiteral("tls"), false).toBool();
        p.tlsVerify = s.value(QStringLiteral("tls_verify"), true).toBool();
        p.tlsCa = s.value(QStringLiteral("tls_ca")).toString();
    }
    // The SSH hop also applies to a profile read from a .env (the CMS's own view of its database).
    p.ssh.host = s.value(QStringLiteral("ssh_host")).toString();
    p.ssh.enabled = !p.ssh.host.isEmpty();
    if (p.ssh.enabled) {
        bool ok = true;
        p.ssh.port = s.value(QStringLiteral("ssh_port"), 22).toInt(&ok);
        if (!ok || p.ssh.port <= 0 || p.ssh.port > 65535)
            throw Error(ErrorKind::Config, Tr::tr("Profile \"%1\": the SSH port is not valid.").arg(name));
        p.ssh.user = s.value(QStringLiteral("ssh_user")).toString();
        p.ssh.keyFile = s.value(QStringLiteral("ssh_key")).toString();
        p.ssh.knownHostsFile = s.value(QStringLiteral("ssh_known_hosts")).toString();
    }
    p.name = name;
    const QString tz = s.value(QStringLiteral("timezone")).toString();
    if (!tz.isEmpty())
        p.timezone = tz;
    // The profiles file is cxcron's own and must stay private; a profile that points at the
    // CMS's .env reads that file as the CMS left it (EnvExposure says when everyone can read it).
    if (!p.password.isEmpty() && envPath.isEmpty())
        checkPrivate(m_path);
    return p;
}

void ProfileStore::save(const ConnectionProfile &p, bool withPassword)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    {
        QSettings s(m_path, QSettings::IniFormat);
        s.beginGroup(QStringLiteral("profiles/") + p.name);
        s.remove(QString());
        s.setValue(QStringLiteral("driver"), driverKey(p.driver));
        if (p.isSqlite()) {
            s.setValue(QStringLiteral("file"), p.filePath);
        } else {
            s.setValue(QStringLiteral("host"), p.host);
            s.setValue(QStringLiteral("port"), p.port);
            s.setValue(QStringLiteral("database"), p.database);
            s.setValue(QStringLiteral("user"), p.user);
            if (withPassword && !p.password.isEmpty())
                s.setValue(QStringLiteral("password"), p.password);
            if (!p.socket.isEmpty())
                s.setValue(QStringLiteral("socket"), p.socket);
            s.setValue(QStringLiteral("tls"), p.tls);
            if (p.tls && !p.tlsVerify)
                s.setValue(QStringLiteral("tls_verify"), false);
            if (!p.tlsCa.isEmpty())
                s.setValue(QStringLiteral("tls_ca"), p.tlsCa);
        }
        if (!p.timezone.isEmpty())
            s.setValue(QStringLiteral("timezone"), p.timezone);
        if (p.ssh.enabled && !p.isSqlite()) {
            s.setValue(QStringLiteral("ssh_host"), p.ssh.host);
            s.setValue(QStringLiteral("ssh_port"), p.ssh.port);
            if (!p.ssh.user.isEmpty())
                s.setValue(QStringLiteral("ssh_user"), p.ssh.user);
            if (!p.ssh.keyFile.isEmpty())
                s.setValue(QStringLiteral("ssh_key"), p.ssh.keyFile);
            if (!p.ssh.knownHostsFile.isEmpty())
                s.setValue(QStringLiteral("ssh_known_hosts"), p.ssh.knownHostsFile);
        }
        s.sync();
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void ProfileStore::remove(const QString &name)
{
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(QStringLiteral("profiles/") + name);
}

} // namespace cxcron
