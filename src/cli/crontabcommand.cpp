// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "connectionprofile.h"
#include "errors.h"
#include "exitcodes.h"
#include "taskdefinition.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Where the generated lines read CXCRON_DB_PASSWORD from (the systemd unit and the crontab line).
const char kEnvironmentFile[] = "/etc/default/cxcron";

} // namespace

int crontabCommand(CommandContext &c)
{
    const QString binary = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    QString connection;
    // A MySQL/MariaDB --database URL never carries its password into these lines (crontabs and
    // unit files are readable, arguments show in ps): the password comes from an environment file.
    bool needsPasswordFile = false;
    // cron starts with a bare environment and another working directory: every path absolute.
    for (const char *name : {"env", "cms-root", "php", "profile", "database", "config"}) {
        const QString option = QString::fromLatin1(name);
        QString value = option == QLatin1String("env") ? envFileOption(c.parser) : c.parser.value(option);
        if (option == QLatin1String("php") && value.isEmpty() && c.site.version == CmsSite::Version::V2)
            value = c.site.php; // the PHP of this shell, which cron's PATH may not find
        if (value.isEmpty())
            continue;
        if (option == QLatin1String("env") || option == QLatin1String("cms-root") ||
            option == QLatin1String("config"))
            value = QFileInfo(value).absoluteFilePath();
        if (option == QLatin1String("php") && !value.contains(u'/')) {
            const QString found = QStandardPaths::findExecutable(value);
            value = found.isEmpty() ? value : found;
        } else if (option == QLatin1String("php")) {
            value = QFileInfo(value).absoluteFilePath();
        }
        if (option == QLatin1String("database") && !value.startsWith(QLatin1String("sqlite:"))) {
            value = ConnectionProfile::urlWithoutPassword(value);
            if (value.isEmpty())
                throw Error(ErrorKind::Usage,
                            Tr::tr("Malformed database URL. Use sqlite:/path/file.sqlite or "
                                   "mysql://user@host:3306/database."));
            needsPasswordFile = true;
        }
        connection += QStringLiteral(" --") + option + u' ' + shellQuote(value);
    }
    const QString user = c.parser.value(QStringLiteral("user")).isEmpty()
                             ? QStringLiteral("www-data")
                             : c.parser.value(QStringLiteral("user"));
    const QString envFile = QString::fromLatin1(kEnvironmentFile);
    const QString command = shellQuote(binary) + QStringLiteral(" run") + connection;
    QTextStream &out = c.console.out;
    if (needsPasswordFile) {
        out << Tr::tr("# The database password is not written below. Put it in %1, readable only by %2:")
                   .arg(envFile, user)
            << '\n'
            << QStringLiteral(
                   "#   install -m 600 -o %1 /dev/null %2 && echo \"CXCRON_DB_PASSWORD='…'\" >> %2")
                   .arg(user, envFile)
            << '\n'
            << Tr::tr("# (or use --env /path/to/clientxcms/.env or --profile NAME instead of --database).")
            << "\n\n";
    }
    const QString cronCommand =
        needsPasswordFile ? QStringLiteral("set -a; . %1; set +a; ").arg(envFile) + command : command;
    out << Tr::tr("# crontab (install with: crontab -e -u %1). Output goes to syslog through logger;")
               .arg(user)
        << '\n'
        << Tr::tr("# use >/dev/null 2>&1 instead to discard it, as the CMS documentation does.") << '\n'
        << QStringLiteral("* * * * * ") << cronCommand << QStringLiteral(" 2>&1 | logger -t cxcron")
        << "\n\n";
    out << Tr::tr("# --- or systemd: /etc/systemd/system/cxcron.service ---") << '\n'
        << "[Unit]\nDescription=CLIENTXCMS recurring tasks (cxcron run)\nAfter=network-online.target "
           "mariadb.service\n\n"
        << "[Service]\nType=oneshot\nUser=" << user << '\n'
        << "EnvironmentFile=" << (needsPasswordFile ? QString() : QStringLiteral("-")) << envFile << '\n'
        << "ExecStart=" << command << "\nNice=5\n\n";
    out << Tr::tr("# --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) "
                  "---")
        << '\n'
        << "[Unit]\nDescription=Run cxcron every minute\n\n"
        << "[Timer]\nOnCalendar=*-*-* *:*:00\nAccuracySec=1s\nPersistent=false\n\n"
        << "[Install]\nWantedBy=timers.target\n";
    out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
