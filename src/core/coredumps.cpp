// SPDX-License-Identifier: GPL-3.0-or-later
#include "coredumps.h"

#include <QString>

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace cxcron::CoreDumps {

void disableUnlessAllowed()
{
    if (qEnvironmentVariable(kAllowVariable) == QLatin1String("1"))
        return;
    // The soft limit only: a command may raise it again for itself (ulimit -c).
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = 0;
        ::setrlimit(RLIMIT_CORE, &limit);
    }
#ifdef __linux__
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool enabled()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur == 0)
        return false;
#ifdef __linux__
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
#else
    return true;
#endif
}

} // namespace cxcron::CoreDumps
