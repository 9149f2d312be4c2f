// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionDialog's connection tests, the SSH host key prompt and the saving of a profile: off
// the GUI thread, and nothing saved that the user did not confirm.
#include "asyncdb.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "passwordstore.h"
#include "sshhostkeys.h"
#include "ui_connectiondialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace cxcron::gui {
namespace {

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

bool ConnectionDialog::validate(const ConnectionProfile &p)
{
    QString problem;
    if (p.isSqlite() && p.filePath.isEmpty())
        problem = tr("Choose a SQLite file.");
    else if (!p.isSqlite() && (p.host.isEmpty() || p.database.isEmpty()))
        problem = tr("Enter a host and a database name.");
    else if (!p.isSqlite() && p.ssh.enabled && p.ssh.host.isEmpty())
        problem = tr("Enter the SSH server, or untick “Connect through SSH”.");
    if (!problem.isEmpty())
        setMessage(problem);
    return problem.isEmpty();
}

void ConnectionDialog::testConnection()
{
    if (!m_busy && validate(profile()))
        runCheck(Then::Show);
}

void ConnectionDialog::accept()
{
    if (m_busy)
        return;
    const ConnectionProfile p = profile();
    if (!validate(p))
        return;
    // Tested as it stands a moment ago: no second wait.
    if (m_hasVerified && m_verified.sameTarget(p) && m_verified.password == p.password) {
        if (save(p))
            QDialog::accept();
        return;
    }
    runCheck(Then::Save);
}

void ConnectionDialog::reject()
{
    ++m_serial;
    setBusy(false);
    QDialog::reject();
}

void ConnectionDialog::runCheck(Then then)
{
    const ConnectionProfile p = profile();
    setBusy(true);
    setMessage(tr("Testing the connection to %1…").arg(p.redactedUrl()));
    const int serial = m_serial;
    whenDone(this, runDb([p] {
                 ConnectionCheck check = ConnectionCheck::run(p);
                 // A changed key: read the one the server presents now, for the user to compare
                 // with what its administrator says (never to accept it from here).
                 if (check.sshFailure == SshFailure::HostKeyChanged && !check.hostKey.isValid())
                     check.hostKey = SshHostKeys::scan(p.ssh);
                 return check;
             }),
             [this, p, then, serial](const DbResult<ConnectionCheck> &r) {
                 if (serial != m_serial)
                     return; // cancelled meanwhile
                 ConnectionCheck check = r.value;
                 if (!r.ok)
                     check.message = r.error;
                 checkDone(check, p, then);
             });
}

void ConnectionDialog::checkDone(const ConnectionCheck &check, const ConnectionProfile &p, Then then)
{
    setBusy(false);
    QString message = check.message;
    if (check.sshFailure == SshFailure::UnknownHostKey && check.hostKey.isValid())
        // The core's text also tells CLI users to come here; inside the dialog, say it plainly.
        message = tr("The SSH server %1 is not known yet. Its %2 key fingerprint is %3: compare it with the "
                     "server's own (ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub, run on the server) before "
                     "accepting it.")
                      .arg(p.ssh.target(), check.hostKey.type, check.hostKey.fingerprint,
                           check.hostKey.type.toLower());
    else if (check.sshFailure == SshFailure::HostKeyChanged && check.hostKey.isValid())
        message += QStringLiteral("\n\n") + tr("The server now presents this %1 key: %2. Compare it with the "
                                               "fingerprint its administrator gives you.")
                                                .arg(check.hostKey.type, check.hostKey.fingerprint);
    setMessage(message);
    bool refusedKey = false;
    if (check.sshFailure == SshFailure::UnknownHostKey && check.hostKey.isValid()) {
        if (acceptHostKey(message, check.hostKey, p.ssh)) {
            runCheck(then);
            return;
        }
        refusedKey = true;
    }
    m_hasVerified = check.ok();
    if (check.ok())
        m_verified = p;
    Q_EMIT connectionTested(check.ok());
    if (then != Then::Save)
        return;
    if (!check.ok()) {
        if (refusedKey)
            return; // the user just said no to this server: nothing to save, nothing more to ask
        QMessageBox box(QMessageBox::Warning, tr("Save this profile?"),
                        check.message + QStringLiteral("\n\n") +
                            tr("Save the profile “%1” all the same?").arg(p.name),
                        QMessageBox::Save | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Save)
            return; // nothing saved
    }
    if (save(p))
        QDialog::accept();
}

bool ConnectionDialog::acceptHostKey(const QString &message, const SshHostKey &key, const SshSettings &ssh)
{
    QMessageBox box(QMessageBox::Question, tr("Unknown SSH server"),
                    message + QStringLiteral("\n\n") +
                        tr("Add this %1 key (%2) to %3 and connect?")
                            .arg(key.type, key.fingerprint, ssh.effectiveKnownHostsFile()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    try {
        SshHostKeys::accept(ssh, key);
        return true;
    } catch (const Error &e) {
        setMessage(e.message());
        return false;
    }
}

bool ConnectionDialog::save(ConnectionProfile p)
{
    ConnectionSettings settings;
    // The same server and account is one profile: trying again updates it, never adds another.
    const QString same = settings.findSameTarget(p);
    if (!same.isEmpty() && m_ui->nameEdit->text().trimmed().isEmpty())
        p.name = same;
    if (!p.isSqlite()) {
        if (p.password.isEmpty()) {
            PasswordStore::remove(p.name);
        } else if (!m_ui->rememberCheck->isChecked()) {
            PasswordStore::remove(p.name);
            PasswordStore::keepForSession(p.name, p.password);
        } else {
            QString error;
            if (!PasswordStore::store(p.name, p.password, &error)) {
                // Never lost silently: say so, and keep it for this session only if the user agrees.
                const QString text = tr("The system keychain could not store the password of “%1”: %2.")
                                         .arg(p.name, withoutFinalStop(error));
                setMessage(text);
                QMessageBox box(QMessageBox::Warning, tr("Keychain unavailable"),
                                text + QStringLiteral("\n\n") +
                                    tr("Keep the password for this session only? cxcron will ask for it "
                                       "again at the next start."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
                box.button(QMessageBox::Yes)->setText(tr("Keep for this session"));
                box.setDefaultButton(QMessageBox::Yes);
                if (box.exec() != QMessageBox::Yes)
                    return false;
                PasswordStore::keepForSession(p.name, p.password);
                setMessage(tr("The password of “%1” is kept for this session only.").arg(p.name));
            }
        }
    }
    if (!same.isEmpty() && same != p.name) { // renamed
        settings.removeProfile(same);
        PasswordStore::remove(same);
    }
    settings.saveProfile(p);
    settings.setCurrentProfile(p.name);
    return true;
}

} // namespace cxcron::gui
