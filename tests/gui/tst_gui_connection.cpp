// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog never loses or invents data: Test connection off the GUI thread, nothing
// saved for a failing connection unless confirmed, one profile per server and account, a
// keychain failure said and the password kept for the session, .env imports named after their
// site, file dialogs that do not open in the working directory, and the SSH host key prompt
// (against a real sshd).
#include "appcontext.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "database.h"
#include "envexposure.h"
#include "mainwindow.h"
#include "overviewwidget.h"
#include "passwordstore.h"
#include "schema.h"
#include "sql.h"
#include "sshhostkeys.h"
#include "testdb.h"
#include "testsshd.h"
#include "translation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;
using namespace cxcron::test;

namespace {

// Answers the next message box with @p button and keeps its text in @p text.
QTimer *answerNextBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible() && box->button(button)) {
                *text = box->text();
                timer->deleteLater();
                box->button(button)->click();
                return;
            }
        }
    });
    timer->start();
    return timer;
}

// Closes the next file dialog and keeps the folder it opened in.
void closeNextFileDialog(QString *directory)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, directory] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            if (dialog && dialog->isVisible()) {
                *directory = dialog->directory().absolutePath();
                timer->deleteLater();
                dialog->reject();
                return;
            }
        }
    });
    timer->start();
}

void clearProfiles()
{
    ConnectionSettings settings;
    for (const QString &name : settings.profileNames())
        settings.removeProfile(name);
}

QString writeEnv(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral(".env"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
    return path;
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private:
    ConnectionProfile m_db;    ///< the test MariaDB with cxcron's tables
    ConnectionProfile m_empty; ///< a database without them
    QTemporaryDir m_tmp;

    // Presses OK and waits for the connection test behind it.
    bool acceptAndWait(ConnectionDialog &dialog)
    {
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.accept();
        return tested.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No session bus: the keychain fails the way it does on a desktop without one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cxcron-test-bus");
        qunsetenv("SSH_AUTH_SOCK");
        Translation::install(QStringLiteral("en"));
        if (qEnvironmentVariableIsEmpty("CXCRON_TEST_MARIADB_URL")) {
            if (mariadbRequired())
                QFAIL("CXCRON_TEST_MARIADB_URL is not set");
            QSKIP("no test MariaDB");
        }
        m_db = freshDatabase(QStringLiteral("mariadb"));
        Schema::migrate(Database::connection());
        m_db.name.clear();
        m_empty = m_db;
        m_empty.database = m_db.database + QStringLiteral("_empty");
        Sql::exec(Database::connection(), QStringLiteral("DROP DATABASE IF EXISTS ") + m_empty.database);
        Sql::exec(Database::connection(), QStringLiteral("CREATE DATABASE ") + m_empty.database);
        Database::closeThreadConnection();
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }

    void init() { clearProfiles(); }

    void testConnectionReportsSuccess()
    {
        ConnectionDialog dialog;
        dialog.setProfile(m_db);
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QLatin1String("works")), qPrintable(dialog.message()));
        QVERIFY(ConnectionSettings().profileNames().isEmpty()); // a test saves nothing
    }

    void failingConnectionSavesNothing_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<QString>("expected");
        ConnectionProfile wrong = m_db;
        wrong.password = QStringLiteral("wrong password");
        QTest::newRow("wrong password") << wrong << "Access denied";
        ConnectionProfile unreachable = m_db;
        unreachable.port = 1; // nothing listens there
        QTest::newRow("unreachable") << unreachable << "Cannot reach";
        QTest::newRow("no cxcron tables") << m_empty << "no cxcron tables";
        ConnectionProfile readOnly = m_db; // the fixture's SELECT-only account
        readOnly.user = QStringLiteral("cxcron_ro");
        readOnly.password = QStringLiteral("cxcron_ro");
        QTest::newRow("read-only account") << readOnly << "cannot write";
        ConnectionProfile closedSsh = m_db;
        closedSsh.ssh.enabled = true;
        closedSsh.ssh.host = QStringLiteral("127.0.0.1");
        closedSsh.ssh.port = 1;
        QTest::newRow("ssh refused") << closedSsh << "refused the connection";
    }
    void failingConnectionSavesNothing()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(QString, expected);
        ConnectionDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        dialog.setProfile(profile);
        QString question;
        answerNextBox(QMessageBox::Cancel, &question);
        QVERIFY(acceptAndWait(dialog));
        QTRY_VERIFY(!question.isEmpty()); // asked whether to save it anyway, and told no
        QVERIFY2(question.contains(expected), qPrintable(question));
        QVERIFY2(dialog.message().contains(expected), qPrintable(dialog.message()));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(ConnectionSettings().profileNames(), QStringList());
    }

    void failingConnectionSavedOnlyWhenConfirmed()
    {
        ConnectionDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        dialog.setProfile(m_empty);
        QString question;
        answerNextBox(QMessageBox::Save, &question);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(acceptAndWait(dialog));
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(ConnectionSettings().profileNames().size(), 1);
    }

    void sameServerIsOneProfile()
    {
        QTemporaryDir dir;
        for (int attempt = 0; attempt < 2; ++attempt) {
            ConnectionDialog dialog;
            dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
            dialog.setProfile(m_db);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QVERIFY(acceptAndWait(dialog));
            QCOMPARE(accepted.count(), 1);
            QCOMPARE(ConnectionSettings().profileNames().size(), 1);
        }
        // The same database imported from the site's .env: the profile is renamed, not doubled.
        ConnectionDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        QVERIFY(
            dialog.importEnv(writeEnv(dir, QStringLiteral("APP_NAME=Shop\nDB_HOST=%1\nDB_PORT=%2\n"
                                                          "DB_DATABASE=%3\nDB_USERNAME=%4\nDB_PASSWORD=%5\n")
                                               .arg(m_db.host)
                                               .arg(m_db.port)
                                               .arg(m_db.database, m_db.user, m_db.password)
                                               .toUtf8())));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(acceptAndWait(dialog));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(ConnectionSettings().profileNames(), QStringList{QStringLiteral("Shop")});
    }

    void anotherKindIsAnotherProfile()
    {
        ConnectionProfile saved = m_db;
        saved.name = QStringLiteral("Shop database");
        ConnectionSettings().saveProfile(saved);
        ConnectionSettings().setCurrentProfile(saved.name);
        ConnectionDialog dialog;
        dialog.setProfile(ConnectionDialog::loadSaved(saved.name));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(combo->currentData().toString(), saved.name);

        // SQLite picked while the MariaDB profile is shown: OK would make a new profile.
        dialog.findChild<QRadioButton *>(QStringLiteral("sqliteRadio"))->click();
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(name->text().isEmpty());
        QVERIFY(dialog.profile().isSqlite());
        QVERIFY(dialog.profile().name != saved.name);

        // "(new profile)" after the saved one: nothing of it is kept.
        dialog.setProfile(ConnectionDialog::loadSaved(saved.name));
        combo->setCurrentIndex(combo->findData(saved.name));
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QVERIFY(name->text().isEmpty());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(), ConnectionProfile().host);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->text().isEmpty());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text().isEmpty());
        QCOMPARE(ConnectionSettings().profile(saved.name).host, saved.host); // untouched
    }

    void tlsIsChosenInTheDialog()
    {
        ConnectionDialog dialog;
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
        QVERIFY(tls);
        ConnectionProfile p = m_db;
        p.tls = true;
        p.tlsVerify = false;
        dialog.setProfile(p);
        QCOMPARE(tls->currentIndex(), 2);
        tls->setCurrentIndex(1);
        QVERIFY(dialog.profile().tls);
        QVERIFY(dialog.profile().tlsVerify);
        tls->setCurrentIndex(0);
        QVERIFY(!dialog.profile().tls);
        // The advice names the field the dialog has, not a URL it has not.
        dialog.setMessage(
            QStringLiteral("Access denied to x: check the user name and password; if the account "
                           "requires TLS (REQUIRE SSL), add ?tls=1 to the URL."));
        QVERIFY2(dialog.message().contains(ConnectionDialog::tr("“TLS” above")),
                 qPrintable(dialog.message()));
    }

    void aMissingPasswordGetsTheCursor()
    {
        ConnectionDialog dialog;
        ConnectionProfile p = m_db;
        p.password.clear();
        dialog.setProfile(p);
        dialog.focusPassword();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
    }

    void keychainFailureKeepsThePasswordForTheSession()
    {
        QString error;
        if (PasswordStore::store(QStringLiteral("cxcron-test-probe"), QStringLiteral("x"), &error)) {
            PasswordStore::remove(QStringLiteral("cxcron-test-probe"));
            QSKIP("a working keychain is present: nothing fails here");
        }
        ConnectionProfile p = m_db;
        p.name = QStringLiteral("kc");
        {
            // Declined: nothing saved, the dialog stays open and says why.
            ConnectionDialog dialog;
            dialog.setProfile(p);
            QString question;
            answerNextBox(QMessageBox::Cancel, &question);
            QVERIFY(acceptAndWait(dialog));
            QTRY_VERIFY(question.contains(QLatin1String("keychain")));
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(dialog.message().contains(QLatin1String("keychain")));
            QCOMPARE(ConnectionSettings().profileNames(), QStringList());
        }
        ConnectionDialog dialog;
        dialog.setProfile(p);
        QString question;
        answerNextBox(QMessageBox::Yes, &question);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(acceptAndWait(dialog));
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY2(question.contains(QLatin1String("session")), qPrintable(question));
        QCOMPARE(PasswordStore::load(QStringLiteral("kc")), m_db.password); // this session
        // Next start: the password is known to be missing, so it is asked for, not "Access denied".
        ConnectionProfile next = ConnectionSettings().profile(QStringLiteral("kc"));
        QVERIFY(ConnectionDialog::passwordLost(next));
    }

    void envImportIsNamedAfterTheSite_data()
    {
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QString>("name");
        QTest::newRow("APP_NAME") << QByteArray(
                                         "APP_NAME=\"Hosting Demo\"\nDB_HOST=db.example\nDB_DATABASE=shop\n")
                                  << "Hosting Demo";
        QTest::newRow("database@host")
            << QByteArray("DB_HOST=db.example\nDB_DATABASE=shop\n") << "shop@db.example";
    }
    void envImportIsNamedAfterTheSite()
    {
        QFETCH(QByteArray, env);
        QTemporaryDir dir;
        ConnectionDialog dialog;
        QVERIFY(dialog.importEnv(writeEnv(dir, env)));
        QTEST(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), "name");
        QTEST(dialog.profile().name, "name");
        QVERIFY2(!dialog.message().endsWith(QLatin1String("..")), qPrintable(dialog.message()));
        QVERIFY2(!dialog.message().contains(QLatin1String(".env.")), qPrintable(dialog.message()));
    }

    // The CLI warns in list and run --verbose that the CMS's .env (with the database password)
    // is world-readable; the window connected with the same .env said nothing.
    void aWorldReadableEnvIsShownInABanner()
    {
        QTemporaryDir dir;
        const QString path =
            writeEnv(dir, QStringLiteral("APP_NAME=Shop\nDB_CONNECTION=mysql\nDB_HOST=%1\nDB_PORT=%2\n"
                                         "DB_DATABASE=%3\nDB_USERNAME=%4\nDB_PASSWORD=%5\n")
                              .arg(m_db.host)
                              .arg(m_db.port)
                              .arg(m_db.database, m_db.user, m_db.password)
                              .toUtf8());
        QFile::setPermissions(path,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        ConnectionDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        QVERIFY(dialog.importEnv(path));
        QVERIFY(acceptAndWait(dialog));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Saved with the profile: the next start warns too.
        const ConnectionProfile saved = ConnectionDialog::loadSaved(QStringLiteral("Shop"));
        QCOMPARE(saved.envFile, QFileInfo(path).absoluteFilePath());

        MainWindow window(AppContext::catalog());
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectTo(saved);
        QVERIFY(connected.wait(30000));
        OverviewWidget *overview = window.overview();
        QVERIFY(QTest::qWaitFor([&] { return overview->envWarningVisible(); }, 10000));
        // The core's text, the one `cxcron list` prints.
        QCOMPARE(overview->envWarningText(), QStringLiteral("⚠ ") + EnvExposure::warning(path));
        QVERIFY(overview->envWarningText().contains(QLatin1String("chmod o-r")));

        // 0640 (owner deploy, group www-data) is what the docs advise: no banner at the next read.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QSignalSpy loaded(overview, &OverviewWidget::loaded);
        overview->refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!overview->envWarningVisible());

        // Another database typed over the imported one is not the .env's any more.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        ConnectionDialog edit;
        edit.setProfile(saved);
        edit.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(m_empty.database);
        QVERIFY(edit.profile().envFile.isEmpty());
        window.connectTo(m_db);
        QVERIFY(connected.wait(30000));
        QVERIFY(!overview->envWarningVisible());
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }

    void fileDialogsDoNotOpenInTheWorkingDirectory()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        ConnectionDialog dialog;
        QString opened;
        closeNextFileDialog(&opened);
        dialog.findChild<QPushButton *>(QStringLiteral("envButton"))->click();
        QCOMPARE(opened, QDir::homePath());
        // Then the folder used last time.
        ConnectionSettings().setLastDirectory(QStringLiteral("env"), m_tmp.path());
        closeNextFileDialog(&opened);
        dialog.findChild<QPushButton *>(QStringLiteral("envButton"))->click();
        QCOMPARE(opened, m_tmp.path());
        QDir::setCurrent(before);
    }

    // "Save all the same?" came right after the user refused the server's key.
    void refusingTheHostKeyAsksNothingMore()
    {
        TestSshd sshd;
        QString why;
        if (!sshd.start(&why))
            QSKIP(qPrintable(why));
        ConnectionProfile p = m_db;
        p.ssh = sshd.settings();
        ConnectionDialog dialog;
        dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
        dialog.setProfile(p);
        QString question;
        answerNextBox(QMessageBox::No, &question);
        QString second; // "Save all the same?" would have Save and Cancel
        QPointer<QTimer> unanswered = answerNextBox(QMessageBox::Save, &second);
        QVERIFY(acceptAndWait(dialog));
        QVERIFY2(question.contains(sshd.fingerprint()), qPrintable(question));
        QTest::qWait(500);
        delete unanswered.data();
        QVERIFY2(second.isEmpty(), qPrintable(second));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(ConnectionSettings().profileNames(), QStringList());
    }

    void oldTunnelNeverCarriesANewConnection_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("host key changed") << QStringLiteral("changed");
        QTest::newRow("unknown key refused") << QStringLiteral("refused");
        QTest::newRow("another database") << QStringLiteral("database");
    }

    // The window kept using its live tunnel after the user refused the server's key in the
    // dialog (or connected with other parameters): the key was never checked again.
    void oldTunnelNeverCarriesANewConnection()
    {
        QFETCH(QString, change);
        TestSshd sshd;
        QString why;
        if (!sshd.start(&why))
            QSKIP(qPrintable(why));
        ConnectionProfile p = m_db;
        p.name = QStringLiteral("through ssh");
        p.ssh = sshd.settings();
        SshHostKeys::accept(p.ssh, SshHostKeys::scan(p.ssh));
        MainWindow window(AppContext::catalog());
        QSignalSpy connected(&window, &MainWindow::connected);
        QSignalSpy failed(&window, &MainWindow::connectionFailed);
        window.connectTo(p);
        QVERIFY2(connected.wait(60000), qPrintable(failed.value(0).value(0).toString()));
        const auto logins = [&] {
            return sshd.log().count(QStringLiteral("Accepted publickey"));
        };
        QVERIFY(QTest::qWaitFor([&] { return logins() == 1; }, 5000));

        ConnectionProfile next = p;
        if (change == QLatin1String("database")) {
            next.database = m_db.database + QStringLiteral("_other");
            Sql::exec(Database::connection(), QStringLiteral("DROP DATABASE IF EXISTS ") + next.database);
            Sql::exec(Database::connection(), QStringLiteral("CREATE DATABASE ") + next.database);
            Database::closeThreadConnection();
        } else {
            if (change == QLatin1String("changed")) {
                QVERIFY(sshd.changeHostKey(&why));
            } else {
                QFile known(sshd.knownHosts());
                QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
            }
            ConnectionDialog dialog;
            dialog.setProfile(p);
            QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
            QString question;
            QPointer<QTimer> no = answerNextBox(QMessageBox::No, &question);
            dialog.testConnection();
            QVERIFY(tested.wait(60000));
            QVERIFY(!tested.at(0).at(0).toBool());
            delete no.data();
            QVERIFY2(change == QLatin1String("changed") ? dialog.message().contains(QLatin1String("CHANGED"))
                                                        : question.contains(sshd.fingerprint()),
                     qPrintable(dialog.message() + question));
        }
        connected.clear();
        failed.clear();
        window.connectTo(next);
        if (change == QLatin1String("database")) {
            QVERIFY2(connected.wait(60000), qPrintable(failed.value(0).value(0).toString()));
            QVERIFY2(logins() == 2, qPrintable(QString::number(logins()))); // a tunnel of its own
            Sql::exec(Database::connection(), QStringLiteral("DROP DATABASE ") + next.database);
            Database::closeThreadConnection();
        } else {
            // The refused server is asked again, and the window says why it is not connected.
            QVERIFY2(failed.wait(60000), "the old tunnel carried the connection after the refusal");
            QCOMPARE(connected.count(), 0);
        }
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }

    void unknownSshServerIsAcceptedOnlyWhenConfirmed()
    {
        TestSshd sshd;
        QString why;
        if (!sshd.start(&why))
            QSKIP(qPrintable(why));
        ConnectionProfile p = m_db;
        p.ssh = sshd.settings();
        ConnectionDialog dialog;
        dialog.setProfile(p);
        QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
        QString question;
        answerNextBox(QMessageBox::No, &question);
        dialog.testConnection();
        QVERIFY(tested.wait(60000));
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(question.contains(sshd.fingerprint()), qPrintable(question));
        QVERIFY2(!question.contains(QLatin1String("cxcron-gui")), qPrintable(question)); // we are in it
        QFile known(sshd.knownHosts());
        QCOMPARE(known.size(), 0); // declined: not written

        answerNextBox(QMessageBox::Yes, &question);
        dialog.testConnection();
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(dialog.message()));
        QVERIFY(known.size() > 0);

        // The .env read over the same SSH connection.
        const QString envPath = sshd.dir() + QStringLiteral("/clientxcms/.env");
        QDir().mkpath(sshd.dir() + QStringLiteral("/clientxcms"));
        QTemporaryDir unused;
        QFile env(envPath);
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("DB_HOST=127.0.0.1\nDB_DATABASE=shop\nDB_USERNAME=cms\n");
        env.close();
        QSignalSpy imported(&dialog, &ConnectionDialog::envImported);
        dialog.importRemoteEnv(envPath);
        QVERIFY(imported.wait(60000));
        QVERIFY2(imported.at(0).at(0).toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.profile().name, QStringLiteral("shop@127.0.0.1"));
        QCOMPARE(dialog.profile().ssh, sshd.settings());

        // A key that is not authorized, then a server whose host key changed: said, never asked.
        ConnectionProfile wrongKey = p;
        wrongKey.ssh.keyFile = sshd.wrongKey();
        dialog.setProfile(wrongKey);
        dialog.testConnection();
        QVERIFY(tested.wait(60000));
        QVERIFY(!tested.at(2).at(0).toBool());
        QVERIFY2(dialog.message().contains(QLatin1String("refused the login")), qPrintable(dialog.message()));
        QVERIFY(sshd.changeHostKey(&why));
        const qint64 knownSize = known.size();
        question.clear();
        QTimer *unanswered = answerNextBox(QMessageBox::Yes, &question);
        dialog.setProfile(p);
        dialog.testConnection();
        QVERIFY(tested.wait(60000));
        QVERIFY(!tested.at(3).at(0).toBool());
        QVERIFY2(dialog.message().contains(QLatin1String("CHANGED")), qPrintable(dialog.message()));
        // The new key's fingerprint is shown, to compare with the administrator's.
        QVERIFY2(dialog.message().contains(sshd.fingerprint()), qPrintable(dialog.message()));
        QTest::qWait(200);
        QVERIFY(question.isEmpty()); // no offer to accept the new key
        QCOMPARE(known.size(), knownSize);
        delete unanswered;
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_gui_connection.moc"
