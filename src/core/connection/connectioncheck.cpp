// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheck.h"

#include "database.h"
#include "schema.h"
#include "sharedtunnel.h"
#include "sql.h"
#include "sshtunnel.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)
};

ConnectionCheck result(ConnectionCheck::Outcome outcome, const QString &message)
{
    ConnectionCheck r;
    r.outcome = outcome;
    r.message = message;
    return r;
}

ConnectionCheck inspect(QSqlDatabase &db, const ConnectionProfile &p)
{
    const QString where = p.redactedUrl();
    if (!Database::tableExists(db, QStringLiteral("cron_logs")))
        return result(ConnectionCheck::Outcome::NoTables,
                      Tr::tr("Connected to %1, but this database has no cxcron tables yet (cron_logs). "
                             "cxcron creates them when it connects: check that this is the CLIENTXCMS "
                             "database.")
                          .arg(where));
    const int version = Schema::storedVersion(db);
    if (version > Schema::CurrentVersion)
        return result(ConnectionCheck::Outcome::Failed,
                      Tr::tr("%1 was set up by a newer cxcron (schema %2; this one knows %3): update cxcron.")
                          .arg(where)
                          .arg(version)
                          .arg(Schema::CurrentVersion));
    // Inserts nothing, but the server checks the INSERT right (and SQLite the file's mode) all
    // the same: a read-only account is found without changing a row.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO cron_logs (id) SELECT id FROM cron_logs WHERE 1 = 0")))
        return result(ConnectionCheck::Outcome::ReadOnly,
                      Tr::tr("Connected to %1, but the account cannot write to it (%2): the history can be "
                             "viewed, but Run now and task changes will fail.")
                          .arg(where, q.lastError().databaseText().trimmed()));
    return result(ConnectionCheck::Outcome::Ok, Tr::tr("The connection to %1 works.").arg(where));
}

} // namespace

ConnectionCheck ConnectionCheck::run(const ConnectionProfile &profile)
{
    static QAtomicInt counter;
    ConnectionProfile p = profile;
    if (p.isSqlite() && !QFileInfo::exists(p.filePath)) {
        if (p.filePath == ConnectionProfile::defaultSqlitePath())
            return result(Outcome::Ok, Tr::tr("The demo database will be created at %1.").arg(p.filePath));
        // Opening would create an empty file: a test changes nothing.
        return result(
            Outcome::NoTables,
            Tr::tr("The SQLite file %1 does not exist: cxcron would create an empty database there.")
                .arg(p.filePath));
    }
    const QString name = QStringLiteral("cxcron-check-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<SshTunnel> tunnel;
    ConnectionCheck r;
    try {
        if (p.ssh.enabled && !p.isSqlite()) {
            tunnel = std::make_unique<SshTunnel>(p.ssh, p.host, p.port, p.socket);
            tunnel->start();
            p.ssh.forwardedPort = tunnel->localPort();
        }
        QSqlDatabase db = Database::openAs(p, name);
        r = inspect(db, profile);
        db.close();
    } catch (const SshError &e) {
        // A live tunnel to that server, started when its key was trusted, must not go on
        // carrying connections the user is now refusing.
        if (e.failure() == SshFailure::UnknownHostKey || e.failure() == SshFailure::HostKeyChanged)
            SharedTunnel::distrust(p.ssh);
        r = result(Outcome::Failed, e.message());
        r.sshFailure = e.failure();
        r.hostKey = e.hostKey();
    } catch (const Error &e) {
        r = result(Outcome::Failed, e.message());
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    return r;
}

} // namespace cxcron
