// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "connectionprofile.h"
#include "errors.h"
#include "exitcodes.h"
#include "taskdefinition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <unistd.h>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Read by systemd as root before it switches to the unit's user: root-only is fine there.
const char kSystemdEnvironmentFile[] = "/etc/default/cxcron";

// The runner's own path. Started by the portable archive's wrapper through the archive's
// dynamic loader, /proc/self/exe is that loader: argv[0] (the wrapper passes its own absolute
// path with ld.so --argv0) is then the command to write.
QString binaryPath()
{
    const QString exe = QCoreApplication::applicationFilePath();
    const QString argv0 = QCoreApplication::arguments().value(0);
    if (QFileInfo(exe).fileName().startsWith(QLatin1String("ld-")) && QFileInfo(argv0).isAbsolute())
        return argv0;
    return QFileInfo(exe).absoluteFilePath();
}

// The crontab line runs as --user: its password file must be readable by that user and no one
// else. As root: one file per user under /etc/cxcron; a user printing its own line (shared
// hosting) cannot write /etc: a file in its home, which cron sets as HOME.
QString cronPasswordFile(const QString &user)
{
    if (::geteuid() == 0)
        return QStringLiteral("/etc/cxcron/%1.env").arg(user);
    return QStringLiteral("$HOME/.config/cxcron/cron.env");
}

// '%' ends a crontab command (the rest becomes its stdin) unless escaped.
QString cronEscaped(QString text)
{
    return text.replace(u'%', QStringLiteral("\\%"));
}

// In a unit file '%' starts a specifier and '$' a variable.
QString unitEscaped(QString text)
{
    return text.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
}

// A --database URL without its password; refused when it cannot be read, so that a password
// never goes into a line because the URL was understood another way (a '/' in the password of
// a URL with no /database).
QString databaseWithoutPassword(const QString &url, bool *needsPassword)
{
    *needsPassword = false;
    if (url.startsWith(QLatin1String("sqlite:")))
        return url;
    const Error malformed(ErrorKind::Usage, Tr::tr("Malformed database URL. Use sqlite:/path/file.sqlite or "
                                                   "mysql://user@host:3306/database."));
    try {
        ConnectionProfile::fromUrl(url);
    } catch (const Error &) {
        throw malformed;
    }
    const QString without = ConnectionProfile::urlWithoutPassword(url);
    if (without.isEmpty() || ConnectionProfile::urlHasPassword(without))
        throw malformed;
    *needsPassword = true;
    return without;
}

// The shipped unit (a resource of this binary), so the printed units carry the same sandbox.
QString shippedUnit(const QString &name)
{
    QFile file(QStringLiteral(":/systemd/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Config, QStringLiteral("missing resource %1").arg(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

} // namespace

int crontabCommand(CommandContext &c)
{
    const QString binary = binaryPath();
    QString connection;
    bool needsPasswordFile = false;
    QString cmsRoot;
    QString writableDir;
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
        if (option == QLatin1String("env"))
            cmsRoot = QFileInfo(value).absolutePath();
        else if (option == QLatin1String("cms-root"))
            cmsRoot = value;
        if (option == QLatin1String("php") && !value.contains(u'/')) {
            const QString found = QStandardPaths::findExecutable(value);
            value = found.isEmpty() ? value : found;
        } else if (option == QLatin1String("php")) {
            value = QFileInfo(value).absoluteFilePath();
        }
        if (option == QLatin1String("database"))
            value = databaseWithoutPassword(value, &needsPasswordFile);
        if (option == QLatin1String("database") && value.startsWith(QLatin1String("sqlite:")) &&
            cmsRoot.isEmpty())
            writableDir = QFileInfo(value.mid(7)).absolutePath(); // SQLite writes beside its file
        connection += QStringLiteral(" --") + option + u' ' + shellQuote(value);
    }
    const QString user = c.parser.value(QStringLiteral("user")).isEmpty()
                             ? QStringLiteral("www-data")
                             : c.parser.value(QStringLiteral("user"));
    const QString command = shellQuote(binary) + QStringLiteral(" run") + connection;
    QTextStream &out = c.console.out;

    // crontab. Everything the line prints, its failures included, goes to syslog.
    QString cronCommand = QStringLiteral("exec ") + command;
    if (needsPasswordFile) {
        const QString file = cronPasswordFile(user);
        out << Tr::tr("# The database password is not written below. Put it in %1, readable only by %2:")
                   .arg(file, user)
            << '\n';
        if (::geteuid() == 0)
            out << QStringLiteral("#   install -d -m 755 /etc/cxcron && install -m 600 -o %1 /dev/null %2 && "
                                  "echo \"CXCRON_DB_PASSWORD='…'\" >> %2")
                       .arg(user, file)
                << '\n';
        else
            out << QStringLiteral(
                       "#   mkdir -p ~/.config/cxcron && install -m 600 /dev/null ~/.config/cxcron/cron.env "
                       "&& echo \"CXCRON_DB_PASSWORD='…'\" >> ~/.config/cxcron/cron.env")
                << '\n';
        out << Tr::tr("# (or use --env /path/to/clientxcms/.env or --profile NAME instead of --database).")
            << "\n\n";
        cronCommand = QStringLiteral("set -a; . %1; set +a; ").arg(file) + cronCommand;
    }
    out << Tr::tr("# crontab (install with: crontab -e -u %1). Output and failures go to syslog "
                  "(journalctl -t cxcron).")
               .arg(user)
        << '\n'
        << QStringLiteral("* * * * * { ") << cronEscaped(cronCommand)
        << QStringLiteral("; } 2>&1 | logger -t cxcron") << "\n\n";

    // systemd: the shipped timer and dispatcher as they are, the runner for this user and binary.
    QString runner = shippedUnit(QStringLiteral("cxcron-run@.service"));
    static const QRegularExpression user_(QStringLiteral("^User=.*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression group(QStringLiteral("^Group=.*\\n"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression exec(QStringLiteral("^ExecStart=.*$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression envFile(QStringLiteral("^EnvironmentFile=.*$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression writable(QStringLiteral("^ReadWritePaths=.*$"),
                                             QRegularExpression::MultilineOption);
    runner.replace(user_, QStringLiteral("User=") + unitEscaped(user));
    if (user != QLatin1String("www-data"))
        runner.remove(group); // the user's own group
    runner.replace(exec, QStringLiteral("ExecStart=") + unitEscaped(command));
    runner.replace(envFile, QStringLiteral("EnvironmentFile=") +
                                (needsPasswordFile ? QString() : QStringLiteral("-")) +
                                QString::fromLatin1(kSystemdEnvironmentFile));
    if (!cmsRoot.isEmpty())
        writableDir = cmsRoot;
    if (!writableDir.isEmpty()) {
        // The CMS writes its storage/ and cache folders wherever it lives (/home/… included).
        const QRegularExpressionMatch m = writable.match(runner);
        runner.replace(writable, m.captured(0) + u' ' + unitEscaped(shellQuote(writableDir)));
    }
    if (needsPasswordFile)
        out << Tr::tr("# systemd reads the password from %1 (CXCRON_DB_PASSWORD=…, mode 600).")
                   .arg(QString::fromLatin1(kSystemdEnvironmentFile))
            << '\n';
    out << Tr::tr("# --- or systemd: /etc/systemd/system/cxcron-run@.service ---") << '\n'
        << runner << '\n'
        << QStringLiteral("# --- /etc/systemd/system/cxcron-tick.service ---") << '\n'
        << shippedUnit(QStringLiteral("cxcron-tick.service")) << '\n'
        << Tr::tr("# --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) "
                  "---")
        << '\n'
        << shippedUnit(QStringLiteral("cxcron.timer"));
    out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
