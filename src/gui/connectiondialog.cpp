// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "connectionsettings.h"
#include "envfile.h"
#include "errors.h"
#include "passwordstore.h"
#include "ui_connectiondialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace cxcron::gui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    fillProfiles();
    setProfile(ConnectionProfile::defaultSqlite());
    m_ui->nameEdit->clear();
    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("SQLite database"), m_ui->fileEdit->text(),
                                         tr("SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)"));
        if (!path.isEmpty())
            m_ui->fileEdit->setText(path);
    });
    connect(m_ui->envButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CLIENTXCMS .env file"), QString(),
                                                          tr(".env files (.env *.env);;All files (*)"));
        if (!path.isEmpty())
            importEnv(path);
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->profileCombo->itemData(index).toString();
        if (!name.isEmpty())
            setProfile(loadSaved(name));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->profileCombo->currentData().toString();
        if (name.isEmpty())
            return;
        ConnectionSettings().removeProfile(name);
        PasswordStore::remove(name);
        fillProfiles();
    });
    updateEnabled();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::fillProfiles()
{
    ConnectionSettings settings;
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("(new profile)"), QString());
    for (const QString &name : settings.profileNames())
        m_ui->profileCombo->addItem(name, name);
    const int current = m_ui->profileCombo->findData(settings.currentProfile());
    if (current > 0)
        m_ui->profileCombo->setCurrentIndex(current);
}

ConnectionProfile ConnectionDialog::loadSaved(const QString &name)
{
    ConnectionProfile p = ConnectionSettings().profile(name);
    if (!p.isSqlite())
        p.password = PasswordStore::load(name);
    return p;
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    if (m_ui->sqliteRadio->isChecked()) {
        p.driver = ConnectionProfile::Driver::Sqlite;
        p.filePath = m_ui->fileEdit->text().trimmed();
        if (p.name.isEmpty())
            p.name = QFileInfo(p.filePath).completeBaseName();
    } else {
        p.driver = ConnectionProfile::Driver::MySql;
        p.host = m_ui->hostEdit->text().trimmed();
        p.port = m_ui->portSpin->value();
        p.database = m_ui->databaseEdit->text().trimmed();
        p.user = m_ui->userEdit->text().trimmed();
        p.password = m_ui->passwordEdit->text();
        if (p.name.isEmpty())
            p.name = p.user + u'@' + p.host + u'/' + p.database;
    }
    return p;
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_ui->nameEdit->setText(p.name);
    (p.isSqlite() ? m_ui->sqliteRadio : m_ui->mysqlRadio)->setChecked(true);
    m_ui->fileEdit->setText(p.filePath);
    m_ui->hostEdit->setText(p.host);
    m_ui->portSpin->setValue(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    m_ui->passwordEdit->setText(p.password);
    updateEnabled();
}

bool ConnectionDialog::importEnv(const QString &path)
{
    try {
        ConnectionProfile p = ConnectionProfile::fromEnv(EnvFile::load(path));
        if (p.name.isEmpty())
            p.name = QFileInfo(path).absoluteDir().dirName();
        setProfile(p);
        m_ui->messageLabel->setText(tr("Imported from %1.").arg(path));
        return true;
    } catch (const Error &e) {
        m_ui->messageLabel->setText(e.message());
        return false;
    }
}

void ConnectionDialog::updateEnabled()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton)})
        w->setEnabled(sqlite);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->rememberCheck)})
        w->setEnabled(!sqlite);
}

void ConnectionDialog::accept()
{
    const ConnectionProfile p = profile();
    if (p.isSqlite() ? p.filePath.isEmpty() : (p.host.isEmpty() || p.database.isEmpty())) {
        m_ui->messageLabel->setText(p.isSqlite() ? tr("Choose a SQLite file.")
                                                 : tr("Enter a host and a database name."));
        return;
    }
    ConnectionSettings settings;
    settings.saveProfile(p); // never the password
    settings.setCurrentProfile(p.name);
    if (!p.isSqlite()) {
        if (m_ui->rememberCheck->isChecked())
            PasswordStore::store(p.name, p.password);
        else
            PasswordStore::remove(p.name);
    }
    QDialog::accept();
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->profileCombo->setItemText(0, tr("(new profile)"));
    }
    QDialog::changeEvent(event);
}

} // namespace cxcron::gui
