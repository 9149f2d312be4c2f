// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioncheck.h"
#include "connectionprofile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace cxcron::gui {

/// SQLite file, MySQL/MariaDB server (directly or through SSH), or a CLIENTXCMS .env (local or
/// read over SSH); saved as a named profile in QSettings with its password in the OS keychain
/// (never in QSettings). OK saves only a profile whose connection works, unless the user
/// confirms; the same server and account update their profile instead of adding another.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The profile as entered, password included (fields the form does not show, such as TLS,
    /// are kept from the profile last given to setProfile).
    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);
    /// Shows @p text in the dialog's message line (e.g. why the dialog was opened).
    void setMessage(const QString &text);
    /// Puts the cursor in the password field (when only the password is missing).
    void focusPassword();
    QString message() const;
    /// Reads DB_* keys of a local CLIENTXCMS .env file into the form; false + message on error.
    bool importEnv(const QString &path);
    /// Reads the .env at @p remotePath on the SSH server of the form (asynchronously).
    void importRemoteEnv(const QString &remotePath);

    /// The saved profile @p name with its password from the keychain.
    static ConnectionProfile loadSaved(const QString &name);
    /// Whether @p profile needs a password that could not be read back (keychain unavailable).
    static bool passwordLost(const ConnectionProfile &profile);

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void testConnection();

Q_SIGNALS:
    /// A connection test (from Test connection or OK) finished; its message is shown.
    void connectionTested(bool ok);
    /// An .env import (local or over SSH) finished.
    void envImported(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Then
    {
        Show,
        Save,
    };
    void askRemoteEnv();
    void fillProfiles();
    void fillTlsChoices();
    /// "(new profile)": empty fields of the kind @p sqlite, no name.
    void startNewProfile(bool sqlite);
    /// The user picked SQLite or MySQL: leaves a saved profile of the other kind.
    void kindPicked(bool sqlite);
    void updateEnabled();
    void setBusy(bool busy);
    bool validate(const ConnectionProfile &p);
    void runCheck(Then then);
    void checkDone(const ConnectionCheck &check, const ConnectionProfile &p, Then then);
    bool acceptHostKey(const QString &message, const SshHostKey &key, const SshSettings &ssh);
    bool save(ConnectionProfile p);
    QString browseStart(const QString &purpose, const QString &current) const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ConnectionProfile m_base;     ///< what setProfile gave: the fields the form does not show
    ConnectionProfile m_verified; ///< the last profile whose test succeeded
    bool m_hasVerified = false;
    bool m_busy = false;
    int m_serial = 0; ///< bumped by reject(): a test still running then must not save
};

} // namespace cxcron::gui
