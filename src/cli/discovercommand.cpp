// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "errors.h"
#include "exitcodes.h"
#include "processsupervisor.h"
#include "schedulelist.h"
#include "schedulezone.h"
#include "schema.h"
#include "taskstore.h"
#include "wordvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Runs `php artisan schedule:list` in the CMS root: only the CMS knows what its modules and
// addons scheduled.
QByteArray scheduleList(const CmsSite &site)
{
    if (site.version != CmsSite::Version::V2)
        throw Error(ErrorKind::Config,
                    Tr::tr("\"discover\" asks a CLIENTXCMS v2 site for its schedule: pass --env "
                           "/path/to/clientxcms/.env (or --cms-root) on the web server."));
    ProcessSpec spec;
    spec.program = site.php;
    spec.arguments = {QStringLiteral("artisan"), QStringLiteral("schedule:list"),
                      QStringLiteral("--no-interaction")};
    spec.workingDirectory = site.root;
    spec.timeoutMs = 120 * 1000;
    spec.environment.remove(QStringLiteral("CXCRON_DB_PASSWORD"));
    // Wide enough that Laravel does not cut the job names.
    spec.environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("250"));
    OutputCapture capture;
    const ProcessResult r = ProcessSupervisor::run(spec, capture, nullptr);
    QByteArray text;
    for (const auto &line : capture.keptLines())
        text += line.text.toUtf8() + '\n';
    if (!r.started)
        throw Error(ErrorKind::Config, r.startError);
    if (r.exitSignal != 0 || r.exitCode != 0)
        throw Error(ErrorKind::Config,
                    Tr::tr("php artisan schedule:list failed (exit code %1): %2")
                        .arg(r.exitCode)
                        .arg(capture.errorLines().value(0, QString::fromUtf8(text.trimmed().right(500)))));
    return text;
}

QString taskFor(const ScheduledJob &job, const QList<TaskDefinition> &stored)
{
    for (const TaskDefinition &d : stored)
        if (d.kind == TaskDefinition::Kind::Artisan && d.program == job.command &&
            d.arguments == job.arguments)
            return d.name;
    return {};
}

QString freeName(const QString &base, const TaskRegistry &registry, const QList<TaskDefinition> &stored)
{
    auto taken = [&](const QString &n) {
        if (registry.find(n))
            return true;
        for (const TaskDefinition &d : stored)
            if (d.name == n)
                return true;
        return false;
    };
    QString name = base.left(90);
    for (int i = 2; taken(name); ++i)
        name = base.left(90) + u'-' + QString::number(i);
    return name;
}
} // namespace

// `cxcron discover [--adopt NAME]... [--all]`: the CMS's scheduled jobs and which are tasks.
int discoverCommand(CommandContext &c)
{
    const QByteArray listed = scheduleList(c.site);
    const ScheduleListing listing = parseScheduleListing(listed);
    if (!listing.understood) {
        // Never "no jobs" when it is only that the format is unknown: the administrator would
        // believe the CMS schedules nothing and adopt nothing.
        QStringList shown = listing.unreadLines.mid(0, 5);
        for (QString &line : shown)
            line = line.left(200);
        throw Error(
            ErrorKind::Config,
            Tr::tr("cxcron did not understand what \"php artisan schedule:list\" printed, so it cannot tell "
                   "which jobs the CMS schedules; nothing was adopted. Its first lines:\n%1")
                .arg(shown.isEmpty() ? Tr::tr("(no output)") : shown.join(u'\n')));
    }
    const QList<ScheduledJob> &jobs = listing.jobs;
    for (const QString &line : listing.unreadLines)
        c.console.warning(Tr::tr("schedule:list printed a line that is not a job: %1").arg(line.left(200)));
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    QList<TaskDefinition> stored = TaskStore::list(db);
    const QStringList wanted = c.parser.values(QStringLiteral("adopt"));
    const bool all = c.parser.isSet(QStringLiteral("all"));
    QStringList adopted;
    for (const QString &w : wanted) {
        bool known = false;
        for (const ScheduledJob &job : jobs)
            known = known || job.command == w;
        if (!known)
            throw Error(ErrorKind::NotFound, Tr::tr("The CMS schedules no job \"%1\".").arg(w));
    }
    for (const ScheduledJob &job : jobs) {
        if (!job.adoptable() || !taskFor(job, stored).isEmpty())
            continue;
        if (!all && !wanted.contains(job.command))
            continue;
        TaskDefinition d;
        d.name = freeName(job.command, c.registry, stored);
        d.kind = TaskDefinition::Kind::Artisan;
        d.program = job.command;
        d.arguments = job.arguments;
        d.schedule = job.expression;
        d.timeoutSeconds = 900;
        d.origin = QStringLiteral("discovered");
        TaskStore::add(db, d);
        stored << d;
        adopted << d.name;
    }
    if (c.json) {
        QJsonArray array;
        for (const ScheduledJob &job : jobs)
            array << QJsonObject{{QStringLiteral("expression"), job.expression},
                                 {QStringLiteral("job"), job.text},
                                 {QStringLiteral("command"), job.command},
                                 {QStringLiteral("task"), taskFor(job, stored)}};
        c.console.printJson(QJsonObject{{QStringLiteral("jobs"), array},
                                        {QStringLiteral("adopted"), QJsonArray::fromStringList(adopted)}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ScheduledJob &job : jobs) {
        const QString task = taskFor(job, stored);
        rows << QStringList{job.expression, job.text,
                            !task.isEmpty()   ? task
                            : job.adoptable() ? Tr::tr("(not a task: --adopt %1)").arg(job.command)
                                              : Tr::tr("(cannot be adopted)")};
    }
    c.console.printTable({Tr::tr("SCHEDULE"), Tr::tr("JOB"), Tr::tr("TASK")}, rows);
    for (const QString &name : adopted)
        c.console.out << Tr::tr("Adopted %1.").arg(name) << '\n';
    return ExitOk;
}

// `cxcron migrate`: the one step that needs CREATE/ALTER/INDEX, on cxcron's own tables only.
int migrateCommand(CommandContext &c)
{
    const QSqlDatabase db = Database::connection();
    const int before = Schema::storedVersion(db);
    Schema::migrate(db);
    // A vocabulary left incomplete (a runner could not write it) is completed here.
    WordVocabulary::build(db);
    const int after = Schema::storedVersion(db);
    if (c.parser.isSet(QStringLiteral("timezone"))) {
        // The one way to change the zone every runner of this installation schedules in.
        ScheduleZone::set(db, c.zone);
        c.console.out << Tr::tr("The installation's runners now read schedules in %1.")
                             .arg(QString::fromUtf8(c.zone.id()))
                      << '\n';
    }
    if (before == after)
        c.console.out << Tr::tr("cxcron's tables are up to date (schema version %1).").arg(after) << '\n';
    else
        c.console.out
            << Tr::tr("cxcron's tables upgraded from schema version %1 to %2.").arg(before).arg(after)
            << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
