// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QStringList>

namespace cxcron {

/// Saved connection profiles in an INI file (default: ~/.config/cxcron/cxcron.conf), one group
/// per profile. A profile may point at a CMS .env file instead of holding credentials.
/// Passwords are only read from files that are not readable by group/others.
class ProfileStore
{
public:
    explicit ProfileStore(const QString &path = defaultPath());
    static QString defaultPath();

    QStringList names() const;
    /// Throws Error(NotFound) for an unknown profile, Error(Config) for a corrupt or unsafe one.
    ConnectionProfile load(const QString &name) const;
    /// Saves @p profile under profile.name; the password is written only if @p withPassword.
    void save(const ConnectionProfile &profile, bool withPassword);
    void remove(const QString &name);
    QString path() const { return m_path; }

    /// Throws Error(Config) when @p file holds a password and is readable by group or others.
    static void checkPrivate(const QString &file);

private:
    QString m_path;
};

} // namespace cxcron
