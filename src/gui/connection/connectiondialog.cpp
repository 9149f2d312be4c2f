// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "connectionsettings.h"
#include "passwordstore.h"
#include "screenfit.h"
#include "ui_connectiondialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QScrollArea>

namespace cxcron::gui {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    // Taller than a 1024×640 screen once the SSH fields are shown: the form scrolls, the
    // message and OK/Cancel stay in sight.
    ScreenFit::scrollForm(this, {m_ui->messageLabel, m_ui->buttonBox});
    ScreenFit::keepOnScreen(this);
    fillTlsChoices();
    fillProfiles();
    setProfile(ConnectionProfile::defaultSqlite());
    m_ui->nameEdit->clear();
    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->sshGroup, &QGroupBox::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->sshHostEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    const auto browse = [this](QLineEdit *edit, const QString &purpose, const QString &title,
                               const QString &filter) {
        const QString path =
            QFileDialog::getOpenFileName(this, title, browseStart(purpose, edit->text()), filter);
        if (path.isEmpty())
            return QString();
        ConnectionSettings().setLastDirectory(purpose, QFileInfo(path).absolutePath());
        edit->setText(path);
        return path;
    };
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this, browse] {
        browse(m_ui->fileEdit, QStringLiteral("sqlite"), tr("SQLite database"),
               tr("SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)"));
    });
    connect(m_ui->sshKeyBrowse, &QToolButton::clicked, this, [this, browse] {
        browse(m_ui->sshKeyEdit, QStringLiteral("sshKey"), tr("SSH private key"), tr("All files (*)"));
    });
    connect(m_ui->sshKnownHostsBrowse, &QToolButton::clicked, this, [this, browse] {
        browse(m_ui->sshKnownHostsEdit, QStringLiteral("sshKey"), tr("Known hosts file"),
               tr("All files (*)"));
    });
    connect(m_ui->envButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CLIENTXCMS .env file"),
                                                          browseStart(QStringLiteral("env"), QString()),
                                                          tr(".env files (.env *.env);;All files (*)"));
        if (path.isEmpty())
            return;
        ConnectionSettings().setLastDirectory(QStringLiteral("env"), QFileInfo(path).absolutePath());
        importEnv(path);
    });
    connect(m_ui->remoteEnvButton, &QPushButton::clicked, this, &ConnectionDialog::askRemoteEnv);
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->profileCombo->itemData(index).toString();
        if (!name.isEmpty())
            setProfile(loadSaved(name));
        else
            startNewProfile(m_ui->sqliteRadio->isChecked());
    });
    // Another kind of connection is another profile: OK must not overwrite the saved one shown.
    connect(m_ui->sqliteRadio, &QRadioButton::clicked, this, [this] { kindPicked(true); });
    connect(m_ui->mysqlRadio, &QRadioButton::clicked, this, [this] { kindPicked(false); });
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

bool ConnectionDialog::passwordLost(const ConnectionProfile &p)
{
    return !p.isSqlite() && p.password.isEmpty() && ConnectionSettings().profileHasPassword(p.name);
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_base;
    p.name = m_ui->nameEdit->text().trimmed();
    if (m_ui->sqliteRadio->isChecked()) {
        p.driver = ConnectionProfile::Driver::Sqlite;
        p.filePath = m_ui->fileEdit->text().trimmed();
        if (p.name.isEmpty())
            p.name = QFileInfo(p.filePath).completeBaseName();
        p.ssh = SshSettings();
        if (!p.sameTarget(m_base))
            p.envFile.clear(); // another database than the .env's
        return p;
    }
    if (p.isSqlite())
        p.driver = ConnectionProfile::Driver::MySql;
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.password = m_ui->passwordEdit->text();
    const int tls = m_ui->tlsCombo->currentIndex();
    p.tls = tls > 0;
    p.tlsVerify = tls != 2;
    p.ssh.enabled = m_ui->sshGroup->isChecked();
    p.ssh.host = m_ui->sshHostEdit->text().trimmed();
    p.ssh.port = m_ui->sshPortSpin->value();
    p.ssh.user = m_ui->sshUserEdit->text().trimmed();
    p.ssh.keyFile = m_ui->sshKeyEdit->text().trimmed();
    p.ssh.knownHostsFile = m_ui->sshKnownHostsEdit->text().trimmed();
    if (p.name.isEmpty())
        p.name = p.user + u'@' + (p.ssh.enabled ? p.ssh.host : p.host) + u'/' + p.database;
    if (!p.sameTarget(m_base))
        p.envFile.clear(); // another database than the .env's
    return p;
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_base = p;
    m_ui->nameEdit->setText(p.name);
    (p.isSqlite() ? m_ui->sqliteRadio : m_ui->mysqlRadio)->setChecked(true);
    m_ui->fileEdit->setText(p.filePath);
    m_ui->hostEdit->setText(p.host);
    m_ui->portSpin->setValue(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    m_ui->passwordEdit->setText(p.password);
    m_ui->tlsCombo->setCurrentIndex(!p.tls ? 0 : p.tlsVerify ? 1 : 2);
    m_ui->sshGroup->setChecked(p.ssh.enabled);
    m_ui->sshHostEdit->setText(p.ssh.host);
    m_ui->sshPortSpin->setValue(p.ssh.port);
    m_ui->sshUserEdit->setText(p.ssh.user);
    m_ui->sshKeyEdit->setText(p.ssh.keyFile);
    m_ui->sshKnownHostsEdit->setText(p.ssh.knownHostsFile);
    updateEnabled();
}

void ConnectionDialog::startNewProfile(bool sqlite)
{
    ConnectionProfile fresh;
    if (sqlite) {
        fresh = ConnectionProfile::defaultSqlite();
        fresh.name.clear();
    } else {
        fresh.driver = ConnectionProfile::Driver::MySql;
    }
    m_ui->profileCombo->setCurrentIndex(0);
    setProfile(fresh);
    m_hasVerified = false;
}

void ConnectionDialog::kindPicked(bool sqlite)
{
    if (m_ui->profileCombo->currentData().toString().isEmpty() || m_base.isSqlite() == sqlite)
        return;
    startNewProfile(sqlite);
}

void ConnectionDialog::focusPassword()
{
    if (auto *area = findChild<QScrollArea *>(QStringLiteral("formScrollArea")))
        area->ensureWidgetVisible(m_ui->passwordEdit);
    m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
    m_ui->passwordEdit->selectAll();
}

void ConnectionDialog::fillTlsChoices()
{
    const int current = qMax(0, m_ui->tlsCombo->currentIndex());
    m_ui->tlsCombo->clear();
    m_ui->tlsCombo->addItems(
        {tr("No"), tr("Yes, verify the server's certificate"), tr("Yes, without verifying the certificate")});
    m_ui->tlsCombo->setCurrentIndex(current);
}

void ConnectionDialog::setMessage(const QString &text)
{
    QString shown = text;
    // The core's advice names the URL's option; here the choice is the TLS field.
    if (text.contains(QLatin1String("?tls=1")) && m_ui->tlsCombo->currentIndex() == 0)
        shown += u'\n' + tr("If the account requires TLS, choose it in “TLS” above, then try again.");
    m_ui->messageLabel->setText(shown);
}

QString ConnectionDialog::message() const
{
    return m_ui->messageLabel->text();
}

QString ConnectionDialog::browseStart(const QString &purpose, const QString &current) const
{
    // Never the process's working directory: the field's folder, the last one used, then a
    // folder that means something here.
    if (!current.isEmpty() && QFileInfo(current).absoluteDir().exists() && QFileInfo(current).isAbsolute())
        return current;
    const QString last = ConnectionSettings().lastDirectory(purpose);
    if (!last.isEmpty() && QDir(last).exists())
        return last;
    if (purpose == QLatin1String("sqlite")) {
        const QString demoDir = QFileInfo(ConnectionProfile::defaultSqlitePath()).absolutePath();
        if (QDir(demoDir).exists())
            return demoDir;
    }
    if (purpose == QLatin1String("sshKey") && QDir(QDir::home().filePath(QStringLiteral(".ssh"))).exists())
        return QDir::home().filePath(QStringLiteral(".ssh"));
    return QDir::homePath();
}

void ConnectionDialog::updateEnabled()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton)})
        w->setEnabled(sqlite);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->rememberCheck),
          static_cast<QWidget *>(m_ui->tlsCombo), static_cast<QWidget *>(m_ui->sshGroup)})
        w->setEnabled(!sqlite && !m_busy);
    m_ui->remoteEnvButton->setEnabled(!sqlite && !m_busy && m_ui->sshGroup->isChecked() &&
                                      !m_ui->sshHostEdit->text().trimmed().isEmpty());
    m_ui->envButton->setEnabled(!m_busy);
    m_ui->testButton->setEnabled(!m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->profileCombo->setItemText(0, tr("(new profile)"));
        fillTlsChoices();
    }
    QDialog::changeEvent(event);
}

} // namespace cxcron::gui
