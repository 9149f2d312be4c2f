// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDialog's .env imports: a local file, or the site's .env read over the form's SSH
// connection. Either fills the form, named after the site; nothing is saved.
#include "asyncdb.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "envfile.h"
#include "sharedtunnel.h"
#include "sshcommand.h"
#include "ui_connectiondialog.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>

namespace cxcron::gui {
namespace {

struct RemoteEnv
{
    bool ok = false;
    EnvFile env;
    QString error;
    SshFailure failure = SshFailure::None;
    SshHostKey hostKey;
};

} // namespace

bool ConnectionDialog::importEnv(const QString &path)
{
    try {
        ConnectionProfile p = ConnectionProfile::fromEnv(EnvFile::load(path));
        p.ssh = profile().ssh; // the form's SSH hop stays: a copy of a remote site's .env
        p.envFile = QFileInfo(path).absoluteFilePath(); // the window says when everyone can read it
        setProfile(p);
        setMessage(tr("Imported “%1” from %2; test the connection before saving it.")
                       .arg(p.name, QDir::toNativeSeparators(path)));
        Q_EMIT envImported(true);
        return true;
    } catch (const Error &e) {
        setMessage(e.message());
        Q_EMIT envImported(false);
        return false;
    }
}

void ConnectionDialog::askRemoteEnv()
{
    const SshSettings ssh = profile().ssh;
    ConnectionSettings settings;
    QString last = settings.lastDirectory(QStringLiteral("remoteEnv"));
    if (last.isEmpty())
        last = QStringLiteral("/var/www/clientxcms/.env");
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("Import .env over SSH"),
                                               tr("Path of the CMS's .env on %1:").arg(ssh.target()),
                                               QLineEdit::Normal, last, &ok)
                             .trimmed();
    if (!ok || path.isEmpty())
        return;
    settings.setLastDirectory(QStringLiteral("remoteEnv"), path);
    importRemoteEnv(path);
}

void ConnectionDialog::importRemoteEnv(const QString &remotePath)
{
    const SshSettings ssh = profile().ssh;
    setBusy(true);
    setMessage(tr("Reading %1 on %2…").arg(remotePath, ssh.target()));
    const int serial = m_serial;
    const auto job = [ssh, remotePath] {
        RemoteEnv r;
        try {
            r.env = EnvFile::parse(Ssh::readRemoteFile(ssh, remotePath));
            r.ok = true;
        } catch (const SshError &e) {
            if (e.failure() == SshFailure::UnknownHostKey || e.failure() == SshFailure::HostKeyChanged)
                SharedTunnel::distrust(ssh); // as a failed Test connection does
            r.error = e.message();
            r.failure = e.failure();
            r.hostKey = e.hostKey();
        }
        return r;
    };
    whenDone(this, runDb(job), [this, ssh, remotePath, serial](const DbResult<RemoteEnv> &d) {
        if (serial != m_serial)
            return;
        setBusy(false);
        RemoteEnv r = d.value;
        if (!d.ok)
            r.error = d.error;
        if (r.failure == SshFailure::UnknownHostKey && r.hostKey.isValid() &&
            acceptHostKey(r.error, r.hostKey, ssh)) {
            importRemoteEnv(remotePath);
            return;
        }
        try {
            if (!r.ok)
                throw Error(ErrorKind::Connection, r.error);
            ConnectionProfile p = ConnectionProfile::fromEnv(r.env);
            if (p.isSqlite())
                throw Error(ErrorKind::Config, tr("The .env on %1 uses SQLite: cxcron can only open a SQLite "
                                                  "file on this computer.")
                                                   .arg(ssh.target()));
            p.ssh = ssh;
            // Its DB_HOST is seen from the server (often 127.0.0.1): the server names the site.
            if (r.env.value(QStringLiteral("APP_NAME")).trimmed().isEmpty())
                p.name = p.database + u'@' + ssh.host;
            setProfile(p);
            setMessage(tr("Imported “%1” from %2 on %3; test the connection before saving it.")
                           .arg(p.name, remotePath, ssh.target()));
            Q_EMIT envImported(true);
        } catch (const Error &e) {
            setMessage(e.message());
            Q_EMIT envImported(false);
        }
    });
}

} // namespace cxcron::gui
