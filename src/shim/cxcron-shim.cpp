// SPDX-License-Identifier: GPL-3.0-or-later
// cxcron-shim: the process that stands between a runner and one command, so that the command
// and everything it starts live and die with the run's lease (the model of containerd's shim
// and of systemd's scopes, without needing cgroups).
//
//   cxcron-shim --parent PID --fence FILE --status FILE [--exit-file FILE] --grace-ms N
//               -- PROGRAM [ARG...]
//
// - It is a child subreaper: a descendant that double-forks, calls setsid() or is left behind
//   by `set -m` is re-parented here, never to init, so the whole tree stays reachable.
// - The command runs in a session of its own; every descendant inherits the run's marker
//   variable (set by the runner), which lets the next runner on this host find leftovers.
// - It stops the tree (SIGTERM, then SIGKILL after the grace) when the runner asks (SIGTERM),
//   when the runner dies (PR_SET_PDEATHSIG), when the fence deadline in FILE has passed (the
//   runner could not renew the lease in time, or is frozen), and when the command exits while
//   descendants are still alive (as systemd does with a service's leftover processes).
// - It exits as the command did (same code, or the same signal), and writes what it did to the
//   status FILE: how the tree ended and how many leftovers it stopped.
// - The moment it reaps the command, it writes how the command ended to the exit FILE: if the
//   runner is killed before it records the run's end, the next runner on the host reads it
//   there instead of recording a command that ran to its end as interrupted.
//
// No Qt here: it must start in a millisecond and stay small in memory for hours.
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <initializer_list>
#include <string>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

int64_t bootMs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The fence file holds one decimal CLOCK_BOOTTIME deadline in ms (0 or missing: none yet).
int64_t readFence(const char *path)
{
    if (!path)
        return 0;
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char buffer[32] = {};
    const ssize_t n = pread(fd, buffer, sizeof buffer - 1, 0);
    close(fd);
    return n > 0 ? std::strtoll(buffer, nullptr, 10) : 0;
}

pid_t parentOf(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buffer[512] = {};
    const ssize_t n = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    if (n <= 0)
        return -1;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; the last ')' ends it.
    const char *end = std::strrchr(buffer, ')');
    if (!end)
        return -1;
    char state = 0;
    int ppid = -1;
    if (std::sscanf(end + 1, " %c %d", &state, &ppid) != 2)
        return -1;
    return pid_t(ppid);
}

// Every live descendant of this process. As a subreaper, orphans of the tree are our children,
// so following parent links from /proc finds them all.
std::vector<pid_t> descendants()
{
    std::vector<std::pair<pid_t, pid_t>> all; // (pid, ppid)
    if (DIR *proc = opendir("/proc")) {
        while (dirent *entry = readdir(proc)) {
            char *end = nullptr;
            const long pid = std::strtol(entry->d_name, &end, 10);
            if (pid <= 0 || *end)
                continue;
            const pid_t ppid = parentOf(pid_t(pid));
            if (ppid > 0)
                all.emplace_back(pid_t(pid), ppid);
        }
        closedir(proc);
    }
    std::vector<pid_t> result;
    std::vector<pid_t> frontier{getpid()};
    while (!frontier.empty()) {
        const pid_t parent = frontier.back();
        frontier.pop_back();
        for (const auto &[pid, ppid] : all) {
            if (ppid == parent) {
                result.push_back(pid);
                frontier.push_back(pid);
            }
        }
    }
    return result;
}

void reapAll(pid_t command, int &commandStatus, bool &commandDone)
{
    for (;;) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid <= 0)
            return;
        if (pid == command) {
            commandStatus = status;
            commandDone = true;
        }
    }
}

const char *reasonName(int why)
{
    static const char *const names[] = {"none", "asked", "parent-died", "fence", "leftovers"};
    return why >= 0 && why < 5 ? names[why] : "none";
}

// Written beside and renamed into place: a reader sees the whole record or none.
void writeExitFile(const char *path, const char *stop, int commandStatus)
{
    if (!path)
        return;
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    const long long endMs = (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
    char text[160];
    const int n = WIFSIGNALED(commandStatus)
                      ? std::snprintf(text, sizeof text, "stop=%s\nsignal=%d\nend_ms=%lld\n", stop,
                                      WTERMSIG(commandStatus), endMs)
                      : std::snprintf(text, sizeof text, "stop=%s\nexit=%d\nend_ms=%lld\n", stop,
                                      WEXITSTATUS(commandStatus), endMs);
    const std::string next = std::string(path) + ".new";
    const int fd = open(next.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    const bool written = write(fd, text, size_t(n)) == n;
    close(fd);
    if (written)
        rename(next.c_str(), path);
    else
        unlink(next.c_str());
}

[[noreturn]] void usage()
{
    std::fputs("usage: cxcron-shim --parent PID [--fence FILE] [--status FILE] [--exit-file FILE] "
               "[--grace-ms N] -- PROGRAM [ARG...]\n(started by cxcron for each command; not meant to be run "
               "by hand)\n",
               stderr);
    std::_Exit(125);
}

} // namespace

int main(int argc, char **argv)
{
    pid_t expectedParent = 0;
    const char *fencePath = nullptr;
    const char *statusPath = nullptr;
    const char *exitPath = nullptr;
    int64_t graceMs = 5000;
    int first = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            first = i + 1;
            break;
        }
        if (i + 1 >= argc)
            usage();
        if (arg == "--parent")
            expectedParent = pid_t(std::atoi(argv[++i]));
        else if (arg == "--fence")
            fencePath = argv[++i];
        else if (arg == "--status")
            statusPath = argv[++i];
        else if (arg == "--exit-file")
            exitPath = argv[++i];
        else if (arg == "--grace-ms")
            graceMs = std::atoll(argv[++i]);
        else
            usage();
    }
    if (first == 0 || first >= argc || expectedParent <= 0)
        usage();

    // The signals that ask us to stop are taken synchronously (sigtimedwait), never by handler.
    sigset_t watched;
    sigemptyset(&watched);
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGQUIT})
        sigaddset(&watched, s);
    sigset_t original;
    sigprocmask(SIG_BLOCK, &watched, &original);
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The runner may have died between fork and prctl: then no signal would ever come.
    bool parentGone = getppid() != expectedParent;

    int execError[2];
    if (pipe2(execError, O_CLOEXEC) != 0)
        return 126;
    const pid_t command = fork();
    if (command < 0)
        return 126;
    if (command == 0) {
        close(execError[0]);
        setsid(); // its own session and group: one signal reaches it and what it starts
        prctl(PR_SET_PDEATHSIG, 0);
        for (int s : {SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGQUIT, SIGPIPE})
            signal(s, SIG_DFL);
        sigprocmask(SIG_SETMASK, &original, nullptr);
        execvp(argv[first], argv + first);
        const int e = errno;
        (void)!write(execError[1], &e, sizeof e);
        _exit(127);
    }
    close(execError[1]);
    int childErrno = 0;
    const bool execFailed = read(execError[0], &childErrno, sizeof childErrno) == sizeof childErrno;
    close(execError[0]);

    enum class Why
    {
        None,
        Asked,
        ParentDied,
        Fence,
        Leftovers
    };
    Why why = Why::None;
    int64_t termAt = -1;
    bool killed = false;
    int leftovers = 0;
    int commandStatus = 0;
    bool commandDone = false;
    bool exitWritten = false;
    const auto noteExit = [&] {
        reapAll(command, commandStatus, commandDone);
        if (commandDone && !exitWritten && !execFailed) {
            writeExitFile(exitPath, reasonName(int(why)), commandStatus);
            exitWritten = true;
        }
    };
    const auto stopTree = [&](Why reason) {
        if (termAt >= 0)
            return;
        // A command that has already ended ended by itself, whatever asks to stop it now (the
        // runner's death signal and the command's SIGCHLD may come together).
        noteExit();
        why = reason;
        termAt = bootMs();
        kill(-command, SIGTERM);
        for (pid_t pid : descendants())
            kill(pid, SIGTERM);
    };
    if (parentGone)
        stopTree(Why::ParentDied);

    for (;;) {
        noteExit();
        // /proc is read only when the tree must end: a quiet shim under a 6-hour task costs
        // one wake-up a second and nothing else.
        std::vector<pid_t> alive;
        if (commandDone || termAt >= 0) {
            alive = descendants();
            if (commandDone && alive.empty())
                break;
        }
        if (commandDone && termAt < 0) {
            // The command ended but left processes behind: they belong to the run, and the run
            // (with its lease) is over, so they are stopped, as systemd does for a service.
            leftovers = int(alive.size());
            stopTree(Why::Leftovers);
        }
        const int64_t now = bootMs();
        if (termAt < 0) {
            const int64_t fence = readFence(fencePath);
            if (fence > 0 && now >= fence)
                stopTree(Why::Fence);
        } else if (!killed && now - termAt >= graceMs) {
            killed = true;
            kill(-command, SIGKILL);
        }
        if (killed) {
            for (pid_t pid : alive)
                kill(pid, SIGKILL); // again each round: a fork racing the kill is caught next time
        }
        const timespec wait{termAt >= 0 ? 0 : 1, termAt >= 0 ? 100 * 1000 * 1000 : 0};
        siginfo_t info{};
        const int sig = sigtimedwait(&watched, &info, &wait);
        if (sig == SIGTERM || sig == SIGINT || sig == SIGHUP || sig == SIGQUIT)
            stopTree(getppid() != expectedParent ? Why::ParentDied : Why::Asked);
        else if (termAt < 0 && getppid() != expectedParent)
            stopTree(Why::ParentDied); // belt and braces if the death signal was lost
    }

    if (statusPath) {
        const int fd = open(statusPath, O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (fd >= 0) {
            const char *reason = reasonName(int(why));
            char line[256];
            const int n =
                std::snprintf(line, sizeof line, "stop=%s\nsignal=%s\nleftovers=%d\nexec_errno=%d\n", reason,
                              killed        ? "KILL"
                              : termAt >= 0 ? "TERM"
                                            : "",
                              leftovers, execFailed ? childErrno : 0);
            (void)!write(fd, line, size_t(n));
            close(fd);
        }
    }
    if (execFailed)
        return 127;
    if (WIFEXITED(commandStatus))
        return WEXITSTATUS(commandStatus);
    if (WIFSIGNALED(commandStatus)) {
        // End the same way, so whoever watches us sees the command's own signal.
        const int sig = WTERMSIG(commandStatus);
        signal(sig, SIG_DFL);
        prctl(PR_SET_DUMPABLE, 0); // a re-raised SIGSEGV/SIGABRT must not dump the shim's core
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, sig);
        sigprocmask(SIG_UNBLOCK, &only, nullptr);
        raise(sig);
    }
    return 128;
}
