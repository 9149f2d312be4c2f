// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include <QSettings>

namespace cxcron::gui {
namespace {

/// The GUI's own settings file, whatever the application name (which stays "cxcron" so the
/// demo database is the one the CLI uses).
class Settings : public QSettings
{
public:
    Settings()
        : QSettings(QStringLiteral("cxcron"), QStringLiteral("cxcron-gui"))
    {}
};

QString profileKey(const QString &name, const char *field)
{
    return QStringLiteral("profiles/") + QString::fromUtf8(name.toUtf8().toPercentEncoding()) + u'/' +
           QLatin1String(field);
}

QString driverKey(ConnectionProfile::Driver driver)
{
    switch (driver) {
    case ConnectionProfile::Driver::MySql:
        return QStringLiteral("mysql");
    case ConnectionProfile::Driver::MariaDb:
        return QStringLiteral("mariadb");
    case ConnectionProfile::Driver::Sqlite:
        break;
    }
    return QStringLiteral("sqlite");
}

ConnectionProfile::Driver driverFromKey(const QString &key)
{
    if (key == QLatin1String("mysql"))
        return ConnectionProfile::Driver::MySql;
    if (key == QLatin1String("mariadb"))
        return ConnectionProfile::Driver::MariaDb;
    return ConnectionProfile::Driver::Sqlite;
}

} // namespace

QStringList ConnectionSettings::profileNames() const
{
    Settings s;
    return s.value(QStringLiteral("profiles/names")).toStringList();
}

ConnectionProfile ConnectionSettings::profile(const QString &name) const
{
    Settings s;
    ConnectionProfile p;
    if (!profileNames().contains(name))
        return p;
    p.name = name;
    p.driver = driverFromKey(s.value(profileKey(name, "driver")).toString());
    p.filePath = s.value(profileKey(name, "file")).toString();
    p.host = s.value(profileKey(name, "host"), p.host).toString();
    p.port = s.value(profileKey(name, "port"), p.port).toInt();
    p.database = s.value(profileKey(name, "database")).toString();
    p.user = s.value(profileKey(name, "user")).toString();
    p.socket = s.value(profileKey(name, "socket")).toString();
    p.tls = s.value(profileKey(name, "tls"), false).toBool();
    p.timezone = s.value(profileKey(name, "timezone")).toString();
    p.tlsVerify = s.value(profileKey(name, "tlsVerify"), true).toBool();
    p.tlsCa = s.value(profileKey(name, "tlsCa")).toString();
    p.ssh.enabled = s.value(profileKey(name, "ssh"), false).toBool();
    p.ssh.host = s.value(profileKey(name, "sshHost")).toString();
    p.ssh.port = s.value(profileKey(name, "sshPort"), 22).toInt();
    p.ssh.user = s.value(profileKey(name, "sshUser")).toString();
    p.ssh.keyFile = s.value(profileKey(name, "sshKey")).toString();
    p.ssh.knownHostsFile = s.value(profileKey(name, "sshKnownHosts")).toString();
    p.envFile = s.value(profileKey(name, "envFile")).toString();
    return p;
}

void ConnectionSettings::saveProfile(const ConnectionProfile &p)
{
    Settings s;
    QStringList names = profileNames();
    if (!names.contains(p.name)) {
        names << p.name;
        s.setValue(QStringLiteral("profiles/names"), names);
    }
    s.setValue(profileKey(p.name, "driver"), driverKey(p.driver));
    s.setValue(profileKey(p.name, "file"), p.filePath);
    s.setValue(profileKey(p.name, "host"), p.host);
    s.setValue(profileKey(p.name, "port"), p.port);
    s.setValue(profileKey(p.name, "database"), p.database);
    s.setValue(profileKey(p.name, "user"), p.user);
    s.setValue(profileKey(p.name, "socket"), p.socket);
    s.setValue(profileKey(p.name, "tls"), p.tls);
    s.setValue(profileKey(p.name, "timezone"), p.timezone);
    s.setValue(profileKey(p.name, "tlsVerify"), p.tlsVerify);
    s.setValue(profileKey(p.name, "tlsCa"), p.tlsCa);
    s.setValue(profileKey(p.name, "hasPassword"), !p.password.isEmpty());
    s.setValue(profileKey(p.name, "ssh"), p.ssh.enabled);
    s.setValue(profileKey(p.name, "sshHost"), p.ssh.host);
    s.setValue(profileKey(p.name, "sshPort"), p.ssh.port);
    s.setValue(profileKey(p.name, "sshUser"), p.ssh.user);
    s.setValue(profileKey(p.name, "sshKey"), p.ssh.keyFile);
    s.setValue(profileKey(p.name, "sshKnownHosts"), p.ssh.knownHostsFile);
    s.setValue(profileKey(p.name, "envFile"), p.envFile);
}

void ConnectionSettings::removeProfile(const QString &name)
{
    Settings s;
    QStringList names = profileNames();
    names.removeAll(name);
    s.setValue(QStringLiteral("profiles/names"), names);
    s.remove(QStringLiteral("profiles/") + QString::fromUtf8(name.toUtf8().toPercentEncoding()));
}

QString ConnectionSettings::findSameTarget(const ConnectionProfile &p) const
{
    for (const QString &name : profileNames())
        if (profile(name).sameTarget(p))
            return name;
    return {};
}

bool ConnectionSettings::profileHasPassword(const QString &name) const
{
    return Settings().value(profileKey(name, "hasPassword"), false).toBool();
}

QString ConnectionSettings::lastDirectory(const QString &purpose) const
{
    return Settings().value(QStringLiteral("ui/lastDirectory/") + purpose).toString();
}

void ConnectionSettings::setLastDirectory(const QString &purpose, const QString &directory)
{
    Settings().setValue(QStringLiteral("ui/lastDirectory/") + purpose, directory);
}

QString ConnectionSettings::currentProfile() const
{
    return Settings().value(QStringLiteral("profiles/current")).toString();
}

void ConnectionSettings::setCurrentProfile(const QString &name)
{
    Settings().setValue(QStringLiteral("profiles/current"), name);
}

QString ConnectionSettings::language() const
{
    return Settings().value(QStringLiteral("ui/language")).toString();
}

void ConnectionSettings::setLanguage(const QString &language)
{
    Settings().setValue(QStringLiteral("ui/language"), language);
}

QByteArray ConnectionSettings::windowGeometry() const
{
    return Settings().value(QStringLiteral("ui/geometry")).toByteArray();
}

void ConnectionSettings::setWindowGeometry(const QByteArray &geometry)
{
    Settings().setValue(QStringLiteral("ui/geometry"), geometry);
}

QByteArray ConnectionSettings::windowState() const
{
    return Settings().value(QStringLiteral("ui/state")).toByteArray();
}

void ConnectionSettings::setWindowState(const QByteArray &state)
{
    Settings().setValue(QStringLiteral("ui/state"), state);
}

QByteArray ConnectionSettings::headerState(const QString &view) const
{
    return Settings().value(QStringLiteral("ui/headers/") + view).toByteArray();
}

void ConnectionSettings::setHeaderState(const QString &view, const QByteArray &state)
{
    Settings().setValue(QStringLiteral("ui/headers/") + view, state);
}

int ConnectionSettings::autoRefreshSeconds() const
{
    return Settings().value(QStringLiteral("ui/autoRefreshSeconds"), 10).toInt();
}

void ConnectionSettings::setAutoRefreshSeconds(int seconds)
{
    Settings().setValue(QStringLiteral("ui/autoRefreshSeconds"), seconds);
}

int ConnectionSettings::pruneKeepDays() const
{
    return Settings().value(QStringLiteral("prune/keepDays"), 15).toInt();
}

void ConnectionSettings::setPruneKeepDays(int days)
{
    Settings().setValue(QStringLiteral("prune/keepDays"), days);
}

} // namespace cxcron::gui
