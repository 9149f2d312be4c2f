// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundchild.h"

#include "secretenv.h"

#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace cxcron::BoundChild {
namespace {

struct Request
{
    QByteArray path;
    std::vector<QByteArray> argv;
    std::vector<QByteArray> env; ///< KEY=value, without the runner's secrets
    int stderrFd = -1;
    pid_t result = 0;
    bool done = false;
};

// Between fork and exec only async-signal-safe calls: the parent has other threads.
[[noreturn]] void exec(const char *path, char *const argv[], char *const envp[], int stderrFd, pid_t parent)
{
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent)
        ::_exit(127); // cxcron already ended
#else
    (void)parent;
#endif
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction dfl = {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);
    ::sigaction(SIGCHLD, &dfl, nullptr);
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(stderrFd, 2);
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, 3U, ~0U, 0U) != 0)
#endif
        for (int fd = 3; fd < 4096; ++fd)
            ::close(fd);
    ::execve(path, argv, envp);
    ::_exit(127);
}

// PR_SET_PDEATHSIG fires when the thread that forked ends, not the process: children are
// forked from this one thread, which lives as long as the process (it is never joined, and its
// state is never destroyed, so exit does not pull it from under it).
class Spawner
{
public:
    pid_t spawn(Request &request)
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_pending == nullptr; });
        m_pending = &request;
        m_wake.notify_all();
        m_idle.wait(lock, [&request] { return request.done; });
        return request.result;
    }

    Spawner()
    {
        std::thread([this] { loop(); }).detach();
    }

private:
    void loop()
    {
        const pid_t self = ::getpid();
        while (true) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending != nullptr; });
            Request &r = *m_pending;
            std::vector<char *> argv;
            for (QByteArray &a : r.argv)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            std::vector<char *> envp;
            for (QByteArray &e : r.env)
                envp.push_back(e.data());
            envp.push_back(nullptr);
            const pid_t pid = ::fork();
            if (pid == 0)
                exec(r.path.constData(), argv.data(), envp.data(), r.stderrFd, self);
            r.result = pid < 0 ? -errno : pid;
            r.done = true;
            m_pending = nullptr;
            m_idle.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    Request *m_pending = nullptr;
};

} // namespace

pid_t start(const QString &program, const QStringList &arguments, int stderrFd)
{
    static Spawner *spawner = new Spawner; // never destroyed, see Spawner
    Request request;
    request.stderrFd = stderrFd;
    request.path = program.toLocal8Bit();
    for (const QString &argument : arguments)
        request.argv.push_back(argument.toLocal8Bit());
    for (const QString &variable : SecretEnvironment::childEnvironment().toStringList())
        request.env.push_back(variable.toLocal8Bit());
    return spawner->spawn(request);
}

} // namespace cxcron::BoundChild
