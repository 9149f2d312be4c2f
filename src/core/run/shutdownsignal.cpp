// SPDX-License-Identifier: GPL-3.0-or-later
#include "shutdownsignal.h"

#include <atomic>
#include <csignal>
#include <initializer_list>
#include <unistd.h>

namespace cxcron::ShutdownSignal {
namespace {

std::atomic<int> s_received{0};
static_assert(std::atomic<int>::is_always_lock_free, "read from a signal handler");

void onSignal(int signal)
{
    int none = 0;
    if (!s_received.compare_exchange_strong(none, signal))
        _exit(128 + signal); // asked twice: end now; each command's shim stops its tree
}

} // namespace

void install()
{
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaction(signal, &action, nullptr);
}

int received()
{
    return s_received.load();
}

void simulate(int signal)
{
    s_received = signal;
}

} // namespace cxcron::ShutdownSignal
