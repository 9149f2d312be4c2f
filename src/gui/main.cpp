// SPDX-License-Identifier: GPL-3.0-or-later
#include "argvpasswords.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "coredumps.h"
#include "envfile.h"
#include "errors.h"
#include "guilogging.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "redaction.h"
#include "screenshotter.h"
#include "translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace cxcron;

namespace {

// --help and --version need no display: answered by a QCoreApplication, before QApplication
// (which aborts without one) is ever built.
bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Same application name as the CLI: both find the demo database at the same place.
    QCoreApplication::setApplicationName(QStringLiteral("cxcron"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXCRON_VERSION));
    CoreDumps::disableUnlessAllowed();
    std::unique_ptr<QCoreApplication> app;
    if (wantsHelpOrVersion(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    if (qobject_cast<QApplication *>(app.get())) {
        QApplication::setApplicationDisplayName(QStringLiteral("cxcron"));
        QApplication::setDesktopFileName(QStringLiteral("com.clientxcms.cxcron")); // the .desktop file's id
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cxcron.svg")));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Desktop administration of the CLIENTXCMS recurring tasks"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language (en, fr)."),
                            QStringLiteral("code"));
    QCommandLineOption database(QStringLiteral("database"),
                                QStringLiteral("Database URL (sqlite:PATH, mysql://…)."),
                                QStringLiteral("url"));
    // As `cxcron --env`: the CMS's own account, read from its .env as the CMS left it.
    QCommandLineOption env(QStringLiteral("env"),
                           QStringLiteral("The CMS's .env file to read the database from."),
                           QStringLiteral("file"));
    // For docs and CI: save screenshots of the overview, a report and a details dialog, then quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save screenshots into DIR and quit."),
                                  QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                      QStringLiteral("Window size of the screenshots (WxH)."),
                                      QStringLiteral("size"), QStringLiteral("1280x900"));
    screenshotSize.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, database, env, screenshot, screenshotSize});
    parser.process(*app); // --help / --version print and exit here
    // As the CLI does: the parser holds the URL now, ps no longer shows its password.
    hideArgvPasswords(argc, argv);
    Redaction::addEnvironmentSecrets();
    Redaction::installMessageHandler();

    gui::ConnectionSettings settings;
    const QString language = parser.isSet(lang) ? parser.value(lang) : settings.language();
    gui::LanguageMenu::apply(language);

    ConnectionProfile profile = ConnectionProfile::defaultSqlite();
    try {
        if (parser.isSet(database) && parser.isSet(env))
            throw Error(ErrorKind::Usage,
                        QCoreApplication::translate("main", "Use only one of --env and --database."));
        if (parser.isSet(database)) {
            profile = ConnectionProfile::fromUrl(parser.value(database));
        } else if (parser.isSet(env)) {
            profile = ConnectionProfile::fromEnv(EnvFile::load(parser.value(env)));
            profile.envFile = QFileInfo(parser.value(env)).absoluteFilePath();
        } else if (settings.profileNames().contains(settings.currentProfile()))
            profile = gui::ConnectionDialog::loadSaved(settings.currentProfile());
    } catch (const Error &e) {
        // A mistyped --database must not quietly show the demo database instead.
        const QString message = Redaction::redact(e.message());
        std::fprintf(stderr, "cxcron-gui: %s\n", qPrintable(message));
        if (parser.isSet(database) || parser.isSet(env)) {
            QMessageBox::critical(nullptr, QStringLiteral("cxcron"), message);
            return 2;
        }
        qCWarning(lcGui).noquote() << message;
    }
    if (gui::ConnectionDialog::passwordLost(profile)) {
        // The keychain did not give the password back: ask for it instead of "Access denied".
        gui::ConnectionDialog dialog;
        dialog.setProfile(profile);
        dialog.setMessage(QCoreApplication::translate(
                              "main", "The password of “%1” is not in the system keychain: enter it again.")
                              .arg(profile.name));
        dialog.focusPassword();
        if (dialog.exec() == QDialog::Accepted)
            profile = dialog.profile();
    }

    gui::MainWindow window(gui::AppContext::catalog());
    if (parser.isSet(screenshot)) {
        const QStringList size = parser.value(screenshotSize).split(u'x');
        window.resize(size.value(0).toInt(), size.value(1).toInt());
    }
    window.show();
    window.connectTo(profile);

    if (parser.isSet(screenshot)) {
        auto *shooter = new gui::Screenshotter(
            &window, parser.value(screenshot),
            Translation::current() +
                (parser.isSet(screenshotSize) ? u'-' + parser.value(screenshotSize) : QString()),
            &window);
        QObject::connect(shooter, &gui::Screenshotter::done, app.get(),
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        shooter->start();
    }
    return QApplication::exec();
}
