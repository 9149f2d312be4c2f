// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "ssherror.h"

namespace cxcron {

/// What "Test connection" found for a profile that is not (yet) the active one: through its own
/// SSH tunnel when it has one, on a throwaway connection, without changing anything.
struct ConnectionCheck
{
    enum class Outcome
    {
        Ok,
        NoTables, ///< reachable, but cxcron's tables are missing (or the SQLite file is)
        ReadOnly, ///< reachable, but the account cannot write cron_logs
        Failed,   ///< not reachable, refused, or unusable
    };
    Outcome outcome = Outcome::Failed;
    QString message; ///< translated, for the dialog
    SshFailure sshFailure = SshFailure::None;
    SshHostKey hostKey; ///< with SshFailure::UnknownHostKey: what the user may accept

    bool ok() const { return outcome == Outcome::Ok; }

    /// Never throws; may take as long as the SSH and database timeouts.
    static ConnectionCheck run(const ConnectionProfile &profile);
};

} // namespace cxcron
