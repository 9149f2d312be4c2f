// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "command.h"
#include "commandhelp.h"
#include "connectionprofile.h"
#include "database.h"
#include "envexposure.h"
#include "envfile.h"
#include "errors.h"
#include "exitcodes.h"
#include "profilestore.h"
#include "taskcatalog.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

namespace cxcron::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using Handler = int (*)(CommandContext &);

struct CommandInfo
{
    const char *name;
    Handler handler;
    bool needsDatabase;
};

const CommandInfo kCommands[] = {
    {"run", runCommand, true},         {"list", listCommand, true},
    {"history", historyCommand, true}, {"show", showCommand, true},
    {"prune", pruneCommand, true},     {"crontab", crontabCommand, false},
    {"demo-db", demoDbCommand, false}, {"set", setCommand, true},
    {"task", taskCommand, true},       {"discover", discoverCommand, true},
    {"migrate", migrateCommand, true}, {"alert", alertCommand, true},
    {"metrics", metricsCommand, true}, {"cancel", cancelCommand, true},
};

QList<QCommandLineOption> cliOptions()
{
    return {
        {QStringLiteral("env"),
         Tr::tr("Read the database settings from a CLIENTXCMS .env file; its folder is the CMS root whose "
                "commands (php artisan …) the tasks run. With \"task add/edit\": KEY=VALUE sets a variable "
                "of the task's environment."),
         Tr::tr("file")},
        {QStringLiteral("cms-root"),
         Tr::tr("The CLIENTXCMS folder (with artisan, or v1's Cron/index.php), when --env is not used."),
         Tr::tr("dir")},
        {QStringLiteral("php"), Tr::tr("PHP binary for the CMS's commands (default: CXCRON_PHP, else php)."),
         Tr::tr("path")},
        {QStringLiteral("parallel"), Tr::tr("run: how many due tasks may run at once (default 4)."),
         Tr::tr("n")},
        {QStringLiteral("title"), Tr::tr("task add/edit: a display title."), Tr::tr("text")},
        {QStringLiteral("cwd"), Tr::tr("task add/edit: working directory of the program."), Tr::tr("dir")},
        {QStringLiteral("shell"), Tr::tr("task add/edit: run PROGRAM as a /bin/sh command line.")},
        {QStringLiteral("adopt"), Tr::tr("discover: adopt this scheduled job as a task (repeatable)."),
         Tr::tr("name")},
        {QStringLiteral("all"), Tr::tr("discover: adopt every job that is not a task yet.")},
        {QStringLiteral("profile"), Tr::tr("Use a saved connection profile."), Tr::tr("name")},
        {QStringLiteral("database"),
         Tr::tr("Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db[?tls=1] "
                "(password from CXCRON_DB_PASSWORD: a password in the URL shows in ps)."),
         Tr::tr("url")},
        {QStringLiteral("config"), Tr::tr("Profiles file (default: %1).").arg(ProfileStore::defaultPath()),
         Tr::tr("file")},
        {QStringLiteral("lang"), Tr::tr("Language of messages: fr or en (default: system locale)."),
         Tr::tr("code")},
        {QStringLiteral("timezone"),
         Tr::tr("Time zone of cron expressions (default: Europe/Paris on a CLIENTXCMS v2 site, which "
                "ignores APP_TIMEZONE; else APP_TIMEZONE of --env, else the system's)."),
         Tr::tr("zone")},
        {QStringLiteral("side-by-side"),
         Tr::tr("set: let this CMS job run at the same time as the CMS's other jobs of its minute "
                "(default: one after the other, in the Kernel's order, as schedule:run does).")},
        {QStringLiteral("in-order"),
         Tr::tr("set: run this CMS job one after the other with the CMS's other jobs (the default).")},
        {QStringLiteral("json"), Tr::tr("Machine-readable JSON output (list, history, show, run, prune).")},
        {QStringLiteral("verbose"), Tr::tr("Log what the runner does on stderr.")},
        {QStringLiteral("follow"),
         Tr::tr("show: print a running execution's output as it comes, until it ends.")},
        {QStringLiteral("strict"), Tr::tr("run: exit with code 1 when a due task failed.")},
        {QStringLiteral("state"), Tr::tr("history: only these states (comma-separated)."), Tr::tr("states")},
        {QStringLiteral("since"), Tr::tr("history: from this date (YYYY-MM-DD[ HH:MM] or 7d, 12h)."),
         Tr::tr("date")},
        {QStringLiteral("until"), Tr::tr("history: before this date."), Tr::tr("date")},
        {QStringLiteral("limit"), Tr::tr("history: at most this many rows (default 50)."), Tr::tr("n")},
        {QStringLiteral("before"), Tr::tr("history: only executions older than this id (paging)."),
         Tr::tr("id")},
        {QStringLiteral("search"), Tr::tr("history: text to find in output, exception or trace."),
         Tr::tr("text")},
        {QStringLiteral("csv"),
         Tr::tr("history: CSV output, with output and exception (--limit 0: every row).")},
        {QStringLiteral("separator"),
         Tr::tr("history --csv: field separator (default ','; \"locale\": ';' where the decimal separator is "
                "a comma; \"tab\")."),
         Tr::tr("char")},
        {QStringLiteral("bom"), Tr::tr("history --csv: start with a UTF-8 byte order mark (for Excel).")},
        {QStringLiteral("keep-days"), Tr::tr("prune: keep this many days (default 15)."), Tr::tr("days")},
        {QStringLiteral("keep-last"), Tr::tr("prune: always keep the last N runs of each task (default 10)."),
         Tr::tr("n")},
        {QStringLiteral("failed-keep-days"),
         Tr::tr("prune: keep failures this many days (default: keep-days)."), Tr::tr("days")},
        {QStringLiteral("task"), Tr::tr("prune: only this task."), Tr::tr("name")},
        {QStringLiteral("dry-run"), Tr::tr("prune: only count what would be deleted.")},
        {QStringLiteral("batch-size"), Tr::tr("prune: rows per delete batch (default 5000)."), Tr::tr("n")},
        {QStringLiteral("enable"), Tr::tr("set: enable the task.")},
        {QStringLiteral("disable"), Tr::tr("set: disable the task.")},
        {QStringLiteral("schedule"), Tr::tr("set: new schedule (5m, 3h, 1d or a cron expression)."),
         Tr::tr("schedule")},
        {QStringLiteral("timeout"), Tr::tr("set: timeout in seconds."), Tr::tr("seconds")},
        {QStringLiteral("reset"), Tr::tr("set: back to the built-in settings.")},
        {QStringLiteral("user"), Tr::tr("crontab: the system user of the jobs (default www-data)."),
         Tr::tr("user")},
        {QStringLiteral("path"), Tr::tr("demo-db: where to create the demo database."), Tr::tr("file")},
        {QStringLiteral("format"), Tr::tr("alert add webhook: generic, discord or slack (default generic)."),
         Tr::tr("format")},
        {QStringLiteral("reminder-hours"),
         Tr::tr("alert add: remind of a task still failing at most every N hours (default 6)."), Tr::tr("n")},
        {QStringLiteral("smtp"),
         Tr::tr("alert add email: SMTP server smtp://[user@]host[:port] or smtps://… instead of the .env's "
                "MAIL_HOST (password from MAIL_PASSWORD or CXCRON_SMTP_PASSWORD)."),
         Tr::tr("url")},
        {QStringLiteral("from"), Tr::tr("alert add email: sender address (default MAIL_FROM_ADDRESS)."),
         Tr::tr("address")},
        {QStringLiteral("alert-budget"),
         Tr::tr("run: at most this many seconds for sending alerts after the runs (default 10, 0 = none)."),
         Tr::tr("seconds")},
        {QStringLiteral("output"), Tr::tr("metrics: write to this file atomically instead of stdout."),
         Tr::tr("file")},
    };
}

ConnectionProfile resolveProfile(const QCommandLineParser &p, Console &console, QString &envWarning)
{
    const QString envFile = envFileOption(p);
    const int given = int(!envFile.isEmpty()) + int(p.isSet(QStringLiteral("profile"))) +
                      int(p.isSet(QStringLiteral("database")));
    if (given > 1)
        throw Error(ErrorKind::Usage, Tr::tr("Use only one of --env, --profile and --database."));
    if (!envFile.isEmpty()) {
        const QString path = envFile;
        const EnvFile env = EnvFile::load(path);
        ConnectionProfile profile = ConnectionProfile::fromEnv(env);
        // The CMS's own file, as the CMS left it: read it, say so when everyone can.
        if (!profile.password.isEmpty())
            envWarning = EnvExposure::warning(path);
        return profile;
    }
    if (p.isSet(QStringLiteral("profile"))) {
        const ProfileStore store(p.isSet(QStringLiteral("config")) ? p.value(QStringLiteral("config"))
                                                                   : ProfileStore::defaultPath());
        return store.load(p.value(QStringLiteral("profile")));
    }
    QString url = p.value(QStringLiteral("database"));
    if (ConnectionProfile::urlHasPassword(url))
        console.warning(Tr::tr("the password in --database can be seen by other users of this "
                               "machine (ps, /proc) while cxcron starts; put it in CXCRON_DB_PASSWORD "
                               "or use --env / --profile."));
    if (url.isEmpty())
        url = qEnvironmentVariable("CXCRON_DATABASE_URL");
    if (!url.isEmpty())
        return ConnectionProfile::fromUrl(url);
    const ConnectionProfile demo = ConnectionProfile::defaultSqlite();
    if (!QFileInfo::exists(demo.filePath))
        throw Error(ErrorKind::Config,
                    Tr::tr("No database is configured and the demo database %1 does not exist yet. "
                           "Run \"cxcron demo-db\" or pass --env /path/to/clientxcms/.env.")
                        .arg(demo.filePath));
    return demo;
}

// A host or chroot without /etc/localtime and TZ has no system zone for Qt: UTC, as libc does.
QTimeZone systemZone()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone.isValid() ? zone : QTimeZone::utc();
}

CmsSite resolveSite(const QCommandLineParser &p)
{
    QString root = p.value(QStringLiteral("cms-root"));
    if (root.isEmpty())
        root = envFileOption(p);
    if (root.isEmpty())
        root = qEnvironmentVariable("CXCRON_CMS_ROOT");
    if (p.isSet(QStringLiteral("cms-root")) && !QFileInfo(root).isDir())
        throw Error(ErrorKind::Config, Tr::tr("The CMS folder %1 does not exist.").arg(root));
    return CmsSite::detect(root, p.value(QStringLiteral("php")));
}

} // namespace

QString envFileOption(const QCommandLineParser &parser)
{
    QString file;
    for (const QString &value : parser.values(QStringLiteral("env")))
        if (!isEnvAssignment(value))
            file = value;
    return file;
}

bool isEnvAssignment(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*=)"));
    return re.match(value).hasMatch();
}

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CliApp::exec(const QStringList &arguments)
{
    Console console{m_out, m_err};
    // The language must be known before the help text is built: look for --lang first.
    QString language;
    bool languageGiven = false;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break; // a task's own arguments
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            languageGiven = true;
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            languageGiven = true;
        }
    }
    if (languageGiven && !Translation::available().contains(language)) {
        Translation::install(Translation::systemLanguage());
        console.error(Tr::tr("Unknown language \"%1\": use one of %2.")
                          .arg(language, Translation::available().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    Translation::install(languageGiven ? language : Translation::systemLanguage());

    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QList<QCommandLineOption> options = cliOptions();
    parser.addOptions(options);
    const QString program = programName(arguments);
    // "cancel -1" would otherwise be read as an unknown option "1".
    static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (negative.match(arguments.at(i)).hasMatch()) {
            console.error(Tr::tr("%1 is not a valid id or number here: ids and counts are positive, e.g. "
                                 "cxcron cancel 42.")
                              .arg(arguments.at(i)));
            return ExitUsage;
        }
    }
    if (!parser.parse(arguments)) {
        console.error(parser.errorText() + u' ' + Tr::tr("Try \"%1 --help\".").arg(program));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        const QString name = parser.positionalArguments().value(0);
        const CommandHelp *command = findCommandHelp(name);
        if (!name.isEmpty() && !command) {
            console.error(Tr::tr("Unknown command \"%1\". Try \"cxcron --help\".").arg(name));
            return ExitUsage;
        }
        m_out << (command ? commandHelpText(*command, program, options) : mainHelpText(program, options));
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("cxcron.*.info=true"));

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        console.error(Tr::tr("No command given. Try \"cxcron --help\"."));
        return ExitUsage;
    }
    const QString name = positional.takeFirst();
    const CommandInfo *command = nullptr;
    for (const CommandInfo &info : kCommands)
        if (name == QLatin1String(info.name))
            command = &info;
    if (!command) {
        console.error(Tr::tr("Unknown command \"%1\". Try \"cxcron --help\".").arg(name));
        return ExitUsage;
    }
    // An empty --timezone (an unset shell variable) would quietly mean the system's zone; an
    // unknown name is reported once the profile's own zone is known (exit 3, as for a .env's).
    if (parser.isSet(QStringLiteral("timezone")) &&
        parser.value(QStringLiteral("timezone")).trimmed().isEmpty()) {
        console.error(Tr::tr("--timezone needs a time zone name such as Europe/Paris or UTC, not \"%1\".")
                          .arg(parser.value(QStringLiteral("timezone"))));
        return ExitUsage;
    }
    try {
        CommandContext context{
            parser, positional, console, parser.isSet(QStringLiteral("json")), {}, TaskCatalog::natives(),
            {},     {}};
        context.site = resolveSite(parser);
        if (command->needsDatabase) {
            ConnectionProfile profile = resolveProfile(parser, console, context.envWarning);
            if (parser.isSet(QStringLiteral("timezone")))
                profile.timezone = parser.value(QStringLiteral("timezone"));
            else if (context.site.version == CmsSite::Version::V2 &&
                     (profile.timezone.isEmpty() || !envFileOption(parser).isEmpty()))
                // v2 hard-codes its zone: the APP_TIMEZONE of its .env means nothing to it (a zone
                // named in a URL or a profile is the administrator's choice and stands).
                profile.timezone = CmsSite::v2Zone();
            Database::setProfile(profile);
            Database::ensureConnected();
            // Only the commands that change something may create cxcron's tables or store the
            // CMS's schedule: history, show, list… work with a SELECT-only account.
            static const QStringList writers{QStringLiteral("run"), QStringLiteral("set"),
                                             QStringLiteral("task"), QStringLiteral("discover")};
            if (name != QLatin1String("migrate"))
                context.registry = TaskCatalog::load(Database::connection(), context.site,
                                                     writers.contains(name) ? TaskCatalog::Mode::Write
                                                                            : TaskCatalog::Mode::Read);
            context.zone = profile.timezone.isEmpty() ? systemZone() : QTimeZone(profile.timezone.toUtf8());
            context.zoneExplicit = !profile.timezone.isEmpty();
        } else {
            context.zone = systemZone();
        }
        if (!context.zone.isValid())
            throw Error(ErrorKind::Config,
                        Tr::tr("Unknown time zone \"%1\".").arg(parser.value(QStringLiteral("timezone"))));
        const int code = command->handler(context);
        Database::closeThreadConnection();
        return code;
    } catch (const Error &e) {
        console.error(e.message());
        Database::closeThreadConnection();
        return exitCodeFor(e.kind());
    }
}

} // namespace cxcron::cli
