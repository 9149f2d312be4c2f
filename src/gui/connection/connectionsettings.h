// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QStringList>

namespace cxcron::gui {

/// Typed access to the GUI's QSettings: saved connection profiles (never their password, which
/// lives in the OS keychain), the current profile, the language, window geometry and column
/// widths. The only place that knows the keys.
class ConnectionSettings
{
public:
    QStringList profileNames() const;
    /// The profile without its password; std::nullopt-like empty name when unknown.
    ConnectionProfile profile(const QString &name) const;
    void saveProfile(const ConnectionProfile &profile); ///< the password is dropped
    void removeProfile(const QString &name);
    /// The saved profile with the same server, database, account and SSH hop as @p profile
    /// (whatever its name), or an empty string.
    QString findSameTarget(const ConnectionProfile &profile) const;
    /// Whether @p name had a password when saved (so an empty one read back means it was lost).
    bool profileHasPassword(const QString &name) const;
    QString currentProfile() const;
    void setCurrentProfile(const QString &name);

    QString language() const; ///< empty = follow the system
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray headerState(const QString &view) const;
    void setHeaderState(const QString &view, const QByteArray &state);

    /// The folder a file dialog for @p purpose ("sqlite", "env", "sshKey") last opened.
    QString lastDirectory(const QString &purpose) const;
    void setLastDirectory(const QString &purpose, const QString &directory);

    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);
    int pruneKeepDays() const;
    void setPruneKeepDays(int days);
};

} // namespace cxcron::gui
