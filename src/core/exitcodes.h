// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors.h"

namespace cxcron {

/// Exit codes of the `cxcron` command; documented in docs/CLI.md and the man page.
enum ExitCode : int
{
    ExitOk = 0,
    ExitTaskFailed = 1, ///< at least one task ran and failed (or timed out)
    ExitUsage = 2,
    ExitConfig = 3,
    ExitConnection = 4,
    ExitDatabase = 5,
    ExitNotFound = 6,
    ExitBusy = 7,
    ExitOutput = 8, ///< the output could not be written (disk full, closed pipe, …)
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Config:
        return ExitConfig;
    case ErrorKind::Connection:
        return ExitConnection;
    case ErrorKind::Database:
        return ExitDatabase;
    case ErrorKind::NotFound:
        return ExitNotFound;
    case ErrorKind::Busy:
        return ExitBusy;
    }
    return ExitDatabase;
}

} // namespace cxcron
