// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace cxcron::gui {

/// SQLite file, MySQL/MariaDB server, or a CLIENTXCMS .env; saved as a named profile in
/// QSettings with its password in the OS keychain (never in QSettings).
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The profile as entered, password included.
    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);
    /// Reads DB_* keys of a CLIENTXCMS .env file into the form; false + message on error.
    bool importEnv(const QString &path);

    /// The saved profile @p name with its password from the keychain.
    static ConnectionProfile loadSaved(const QString &name);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProfiles();
    void updateEnabled();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
};

} // namespace cxcron::gui
