// SPDX-License-Identifier: GPL-3.0-or-later
// Command-task benchmarks (docs/PERFORMANCE.md "Supervised commands"):
//   1. overhead cxcron adds to one supervised command: the program spawned directly (posix_spawn
//      + waitpid) beside the same program through ProcessSupervisor (QProcess, its own session,
//      output capture) and through Runner::runNow as a CommandTask (lease, history row, worker
//      thread, end of run), plus a no-op native task through runNow (the bookkeeping alone);
//   2. output capture throughput: a command printing ~100 MB read by a plain read() loop on a
//      pipe beside ProcessSupervisor + OutputCapture, same command, same run; peak RSS. The last
//      row runs the command under cxcron-shim, as the runner does (the shim does not touch the
//      output: the command writes straight into the supervisor's pipes).
// SQLite (a temporary file) always; MariaDB too with --database mysql://user:pass@host:port/db
// (a scratch database: its cron_logs and cxcron_* tables are dropped and re-created).
//
//   bench_command [--runs 200] [--mb 100] [--repeat 3] [--skip-capture] [--skip-overhead]
//                 [--database mysql://cxcron:cxcron@127.0.0.1:33064/cxcron_bench]
#include "benchutil.h"
#include "clock.h"
#include "commandtask.h"
#include "database.h"
#include "errors.h"
#include "processsupervisor.h"
#include "runfence.h"
#include "runner.h"
#include "schema.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace cxcron;

namespace {
QTextStream out(stdout);

struct Stats
{
    double median = 0;
    double p90 = 0;
};

Stats stats(const QList<double> &v)
{
    return {bench::quantile(v, 0.5), bench::quantile(v, 0.9)};
}

QString f2(double v)
{
    return QString::number(v, 'f', 2);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

/// CPU time of this process alone (user + system), ms: what reading and capturing cost, without
/// the command that writes.
double selfCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// CPU time (user + system) of this process and its reaped children, in ms: steadier than wall
/// time on a shared machine. The database server's own CPU is not included.
double cpuMs()
{
    rusage self{}, children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    const auto ms = [](const timeval &t) {
        return t.tv_sec * 1e3 + t.tv_usec / 1e3;
    };
    return ms(self.ru_utime) + ms(self.ru_stime) + ms(children.ru_utime) + ms(children.ru_stime);
}

/// argv as C strings for posix_spawn (kept alive by the QByteArrays).
struct Argv
{
    QList<QByteArray> storage;
    std::vector<char *> pointers;
    explicit Argv(const QStringList &args)
    {
        for (const QString &a : args)
            storage << a.toLocal8Bit();
        for (QByteArray &s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
};

int waitFor(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// The program alone: posix_spawn (vfork + exec on glibc) and waitpid, output to /dev/null.
double spawnDirect(const QStringList &argv)
{
    Argv a(argv);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, a.pointers[0], &actions, nullptr, a.pointers.data(), environ) != 0)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot start %1").arg(argv.first()));
    const int code = waitFor(pid);
    const double ms = t.nsecsElapsed() / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    if (code != 0)
        throw Error(ErrorKind::Usage, QStringLiteral("%1 exited with %2").arg(argv.join(u' ')).arg(code));
    return ms;
}

double throughSupervisor(const QStringList &argv)
{
    ProcessSpec spec;
    spec.program = argv.first();
    spec.arguments = argv.mid(1);
    OutputCapture capture;
    QElapsedTimer t;
    t.start();
    const ProcessResult r = ProcessSupervisor::run(spec, capture, nullptr);
    const double ms = t.nsecsElapsed() / 1e6;
    if (!r.started || r.exitCode != 0)
        throw Error(ErrorKind::Usage, QStringLiteral("%1 failed under the supervisor").arg(argv.join(u' ')));
    return ms;
}

class NoopTask final : public Task
{
public:
    QString name() const override { return QStringLiteral("bench:noop"); }
    QString title() const override { return name(); }
    Schedule defaultSchedule() const override { return Schedule::everyMinutes(1); }
    QJsonObject run(TaskContext &) override { return {{QStringLiteral("ok"), true}}; }
};

std::shared_ptr<Task> commandTask(const QString &name, const QStringList &argv)
{
    TaskDefinition d;
    d.name = name;
    d.kind = TaskDefinition::Kind::Command;
    d.program = argv.first();
    d.arguments = argv.mid(1);
    d.schedule = QStringLiteral("1m");
    d.timeoutSeconds = 60;
    return std::make_shared<CommandTask>(d, CmsSite{});
}

double throughRunner(Runner &runner, const QString &task)
{
    QElapsedTimer t;
    t.start();
    const RunOutcome o = runner.runNow(task, Trigger::Cli);
    const double ms = t.nsecsElapsed() / 1e6;
    if (o.state != ExecState::Success)
        throw Error(ErrorKind::Database,
                    QStringLiteral("%1 ended as %2: %3").arg(task, stateKey(o.state), o.error));
    return ms;
}

struct Program
{
    QString label;
    QStringList argv;
};

void overhead(const QString &backend, const QList<Program> &programs, int runs, QStringList &cpuRows)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    Sql::exec(db, QStringLiteral("DELETE FROM cron_logs"));
    TaskRegistry registry;
    for (int i = 0; i < programs.size(); ++i)
        registry.add(commandTask(QStringLiteral("bench:cmd%1").arg(i), programs.at(i).argv));
    registry.add(std::make_shared<NoopTask>());
    Runner runner(registry, std::make_shared<DatabaseClock>());
    // Warm-up: page cache, the connection, prepared statements.
    for (int i = 0; i < programs.size(); ++i)
        throughRunner(runner, QStringLiteral("bench:cmd%1").arg(i));
    throughRunner(runner, QStringLiteral("bench:noop"));

    for (int i = 0; i < programs.size(); ++i) {
        QList<double> direct, supervised, run, bookkeeping;
        double cpu[4] = {0, 0, 0, 0};
        const auto timed = [&](int mode, const std::function<double()> &fn) {
            const double before = cpuMs();
            const double wall = fn();
            cpu[mode] += cpuMs() - before;
            return wall;
        };
        // Interleaved so a change of machine load touches the four alike.
        for (int r = 0; r < runs; ++r) {
            direct << timed(0, [&] { return spawnDirect(programs.at(i).argv); });
            supervised << timed(1, [&] { return throughSupervisor(programs.at(i).argv); });
            run << timed(2, [&] { return throughRunner(runner, QStringLiteral("bench:cmd%1").arg(i)); });
            bookkeeping << timed(3, [&] { return throughRunner(runner, QStringLiteral("bench:noop")); });
        }
        cpuRows << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                       .arg(backend, programs.at(i).label, f2(cpu[0] / runs), f2(cpu[1] / runs),
                            f2(cpu[2] / runs), f2(cpu[3] / runs), f2((cpu[2] - cpu[0]) / runs));
        const Stats d = stats(direct), s = stats(supervised), n = stats(run), noop = stats(bookkeeping);
        out << "| " << backend << " | " << programs.at(i).label << " | " << f2(d.median) << " / " << f2(d.p90)
            << " | " << f2(s.median) << " / " << f2(s.p90) << " | " << f2(n.median) << " / " << f2(n.p90)
            << " | " << f2(noop.median) << " / " << f2(noop.p90) << " | " << f2(n.median - d.median) << " | "
            << f2(s.median - d.median) << " | " << f2(noop.median) << " |\n";
        out.flush();
    }
}

/// The command's output read by a plain loop: read(2) into a 64 KiB buffer until EOF (kept in
/// @p keep when given).
double rawPipe(const QString &command, qint64 *bytes, QByteArray *keep = nullptr)
{
    int fds[2];
    if (pipe(fds) != 0)
        throw Error(ErrorKind::Usage, QStringLiteral("pipe() failed"));
    Argv a({QStringLiteral("/bin/sh"), QStringLiteral("-c"), command});
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, "/bin/sh", &actions, nullptr, a.pointers.data(), environ) != 0)
        throw Error(ErrorKind::Usage, QStringLiteral("cannot start /bin/sh"));
    ::close(fds[1]);
    std::vector<char> buffer(64 * 1024);
    *bytes = 0;
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer.data(), buffer.size());
        if (n > 0 && keep)
            keep->append(buffer.data(), n);
        if (n > 0)
            *bytes += n;
        else if (n == 0 || errno != EINTR)
            break;
    }
    ::close(fds[0]);
    waitFor(pid);
    posix_spawn_file_actions_destroy(&actions);
    return t.nsecsElapsed() / 1e9;
}

void capture(const QString &label, const QString &command, int repeats, bool throughShim = false)
{
    // Best of @p repeats for each way, interleaved: on a shared machine the fastest run is the
    // one least disturbed by other processes, for the read loop as for cxcron.
    double devNull = 1e9, raw = 1e9, seconds = 1e9, rawCpu = 1e9, cxCpu = 1e9;
    qint64 rawBytes = 0;
    long rssBefore = 0, rssAfter = 0;
    OutputCapture captured;
    for (int i = 0; i < repeats; ++i) {
        devNull =
            qMin(devNull, spawnDirect({QStringLiteral("/bin/sh"), QStringLiteral("-c"), command}) / 1000.0);
        const double cpu0 = selfCpuMs();
        raw = qMin(raw, rawPipe(command, &rawBytes));
        rawCpu = qMin(rawCpu, selfCpuMs() - cpu0);
        ProcessSpec spec;
        spec.program = QStringLiteral("/bin/sh");
        spec.arguments = {QStringLiteral("-c"), command};
        if (throughShim) {
            // As the runner starts a command: under cxcron-shim, which the command's output
            // does not go through (it inherits the runner's pipes).
            spec.fence = std::make_shared<RunFence>(QStringLiteral("bench|capture"));
            spec.fence->extendTo(RunFence::nowMs() + 3600 * 1000);
        }
        captured = OutputCapture();
        if (i == 0)
            rssBefore = peakRssKiB();
        QElapsedTimer t;
        t.start();
        const double cpu1 = selfCpuMs();
        const ProcessResult r = ProcessSupervisor::run(spec, captured, nullptr);
        cxCpu = qMin(cxCpu, selfCpuMs() - cpu1);
        seconds = qMin(seconds, t.nsecsElapsed() / 1e9);
        if (i == 0)
            rssAfter = peakRssKiB();
        if (!r.started || r.exitCode != 0 || captured.totalBytes() != rawBytes)
            throw Error(ErrorKind::Usage, QStringLiteral("%1: captured %2 bytes, raw %3 (%4)")
                                              .arg(label)
                                              .arg(captured.totalBytes())
                                              .arg(rawBytes)
                                              .arg(r.startError));
    }
    // OutputCapture alone, in memory: the same bytes fed in 64 KiB chunks, as a pipe gives them.
    QByteArray all;
    qint64 again = 0;
    rawPipe(command, &again, &all);
    QElapsedTimer inMemory;
    inMemory.start();
    OutputCapture alone;
    for (qsizetype at = 0; at < all.size(); at += 64 * 1024)
        alone.append(
            OutputCapture::Stream::Out,
            QByteArray::fromRawData(all.constData() + at, qMin<qsizetype>(64 * 1024, all.size() - at)));
    alone.finish();
    const double aloneSeconds = inMemory.nsecsElapsed() / 1e9;
    const double mb = rawBytes / 1e6;
    qint64 keptChars = 0;
    for (const auto &line : captured.keptLines())
        keptChars += line.text.size() + 1;
    out << "| " << label << " | " << QString::number(mb, 'f', 1) << " | " << captured.lineCount() << " | "
        << QString::number(mb / devNull, 'f', 0) << " | " << QString::number(mb / raw, 'f', 0) << " | "
        << QString::number(mb / seconds, 'f', 0) << " | " << f2(raw / seconds) << " | "
        << QString::number(all.size() / 1e6 / aloneSeconds, 'f', 0) << " | " << f2(rawCpu / mb) << " / "
        << f2(cxCpu / mb) << " | " << keptChars / 1024 << " | " << rssBefore / 1024 << " → "
        << rssAfter / 1024 << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("cxcron supervised-command benchmarks (docs/PERFORMANCE.md)"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("Also run on this MariaDB scratch database."),
          QStringLiteral("url")},
         {QStringLiteral("runs"), QStringLiteral("Runs per overhead measure (200)."), QStringLiteral("n")},
         {QStringLiteral("mb"), QStringLiteral("Output volume of the capture measures (100)."),
          QStringLiteral("MB")},
         {QStringLiteral("skip-capture"), QStringLiteral("Skip the capture measures.")},
         {QStringLiteral("repeat"),
          QStringLiteral("Capture measures: best of this many runs of each way (3)."), QStringLiteral("n")},
         {QStringLiteral("skip-overhead"), QStringLiteral("Skip the overhead measures.")}});
    parser.process(app);
    const int runs =
        parser.value(QStringLiteral("runs")).isEmpty() ? 200 : parser.value(QStringLiteral("runs")).toInt();
    const qint64 bytes =
        (parser.value(QStringLiteral("mb")).isEmpty() ? 100
                                                      : parser.value(QStringLiteral("mb")).toLongLong()) *
        1000000;
    const int repeats = qMax(1, parser.value(QStringLiteral("repeat")).isEmpty()
                                    ? 3
                                    : parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir dir;
    try {
        out << "# bench_command (" << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
            << " threads, Qt " << qVersion() << "; load average at start " << loadAverage() << ")\n";
        if (!parser.isSet(QStringLiteral("skip-capture"))) {
            // First, while the process is small: its peak RSS then shows what capturing costs.
            const QString n = QString::number(bytes);
            out << "\n## Output capture (ProcessSupervisor + OutputCapture vs a plain read loop)\n";
            out << "| output | MB | lines | `> /dev/null` MB/s | read loop MB/s | cxcron MB/s | ratio "
                   "cxcron/read loop | OutputCapture alone MB/s | CPU ms/MB read loop / cxcron | kept KiB | "
                   "peak "
                   "RSS MiB before → after |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
            capture(QStringLiteral("`yes` 40-byte lines"),
                    QStringLiteral("yes 'cron line 000123 : service renewed ok' | head -c %1").arg(bytes),
                    repeats);
            // Laravel's info() under --ansi: each line green, then the colour reset.
            capture(QStringLiteral("ANSI-coloured 50-byte lines (Laravel's info() under --ansi)"),
                    QStringLiteral("yes \"$(printf '\\033[32mcron line 000123 : service renewed "
                                   "ok\\033[39m')\" | head -c %1")
                        .arg(bytes),
                    repeats);
            capture(QStringLiteral("`base64` of /dev/urandom (77-byte lines)"),
                    QStringLiteral("head -c %1 /dev/urandom | base64").arg(bytes * 3 / 4 * 76 / 77), repeats);
            capture(QStringLiteral("`yes line` (5-byte lines)"),
                    QStringLiteral("yes line | head -c %1").arg(bytes), repeats);
            capture(QStringLiteral("`yes` 40-byte lines, through cxcron-shim (as the runner runs it)"),
                    QStringLiteral("yes 'cron line 000123 : service renewed ok' | head -c %1").arg(bytes),
                    repeats, true);
        }
        if (!parser.isSet(QStringLiteral("skip-overhead"))) {
            QList<Program> programs{{QStringLiteral("`/bin/true`"), {QStringLiteral("/bin/true")}}};
            const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
            if (!php.isEmpty())
                programs << Program{QStringLiteral("`php -r ''`"), {php, QStringLiteral("-r"), QString()}};
            out << "\n## Overhead per supervised command (" << runs << " runs each; median / p90 ms)\n";
            out << "| backend | program | direct (posix_spawn + waitpid) | ProcessSupervisor | "
                   "Runner::runNow "
                   "CommandTask | Runner::runNow no-op task | added by cxcron (runNow − direct) | process "
                   "start/wait "
                   "(supervisor − direct) | recording: claim + finish rows (no-op runNow) |\n"
                   "|---|---|---|---|---|---|---|---|---|\n";
            ConnectionProfile sqlite;
            sqlite.driver = ConnectionProfile::Driver::Sqlite;
            sqlite.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
            Database::setProfile(sqlite);
            QStringList cpuRows;
            overhead(QStringLiteral("SQLite"), programs, runs, cpuRows);
            if (parser.isSet(QStringLiteral("database"))) {
                bench::resetDatabase(ConnectionProfile::fromUrl(parser.value(QStringLiteral("database"))));
                overhead(QStringLiteral("MariaDB"), programs, runs, cpuRows);
            }
            out << "\nCPU time of this process and its children per run (mean ms; the database server's not "
                   "included):\n";
            out << "| backend | program | direct | ProcessSupervisor | Runner::runNow CommandTask | "
                   "Runner::runNow "
                   "no-op task | added by cxcron |\n|---|---|---|---|---|---|---|\n";
            for (const QString &row : cpuRows)
                out << row << '\n';
        }
        out << "\nload average at end " << loadAverage() << "\n";
    } catch (const Error &e) {
        out.flush();
        QTextStream(stderr) << "bench_command: " << e.message() << '\n';
        return 1;
    }
    Database::closeThreadConnection();
    return 0;
}
