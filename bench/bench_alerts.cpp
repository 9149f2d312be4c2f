// SPDX-License-Identifier: GPL-3.0-or-later
// Alert pass and metrics over a large history (docs/PERFORMANCE.md "Alerts and metrics"):
//   1. AlertEngine::process with 2 rules (every task) in steady state (nothing new to claim,
//      nothing to send), one task in a 30-run failure streak: median of --passes passes;
//   2. PrometheusMetrics::render: median of --passes renders;
//   3. the raw engine (sqlite3 / mariadb command-line client) running the same statements the
//      pass issues, with literal values, in one process: (time - time of an empty script).
// SQLite (a temporary file) always; MariaDB too with --database (a scratch database whose
// cron_logs and cxcron_* tables are dropped and re-created).
//
//   bench_alerts [--rows 1000000] [--passes 20] [--database
//   mysql://cxcron:cxcron@127.0.0.1:34073/cxcron_bench]
#include "alertengine.h"
#include "alertstore.h"
#include "benchutil.h"
#include "database.h"
#include "errors.h"
#include "prometheusmetrics.h"
#include "schema.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <optional>

using namespace cxcron;

namespace {
QTextStream out(stdout);

const QStringList kTasks = {
    QStringLiteral("invoices:delivery"),     QStringLiteral("services:expire"),
    QStringLiteral("services:renewals"),     QStringLiteral("services:notify-expiration"),
    QStringLiteral("invoices:cancel-stale"), QStringLiteral("history:prune")};
const qint64 kBase = 1700000000; // 2023-11-14 22:13:20 UTC

double median(const QList<double> &v)
{
    return bench::quantile(v, 0.5);
}

QString f2(double v)
{
    return QString::number(v, 'f', 2);
}

/// rows runs, 6 tasks interleaved one a minute each; 1 in 97 failed; the last 30 runs of
/// services:expire failed (a streak longer than the 20 rows read at once).
void fill(const QSqlDatabase &db, qint64 rows)
{
    const bool sqlite = Database::isSqlite(db);
    const QString ts = sqlite
                           ? QStringLiteral("strftime('%Y-%m-%d %H:%M:%S', %1 + (i / 6) * 60, 'unixepoch')")
                           : QStringLiteral("FROM_UNIXTIME(%1 + (i DIV 6) * 60)");
    const QString start = ts.arg(kBase);
    QString names = QStringLiteral("CASE i % 6");
    for (int t = 0; t < kTasks.size(); ++t)
        names += QStringLiteral(" WHEN %1 THEN '%2'").arg(t).arg(kTasks.at(t));
    names += QStringLiteral(" END");
    const QString sql =
        QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, duration_ms, "
                       "trigger_kind, host) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < %1) SELECT %2, %3, %3, %3, CASE WHEN i % 97 = 0 OR (i % 6 = 1 AND i >= %4) "
                       "THEN 'failed' ELSE 'success' END, 500, 'schedule', 'h1' FROM n")
            .arg(rows - 1)
            .arg(names, start)
            .arg(rows - 6 * 30);
    if (!sqlite)
        Sql::exec(db, QStringLiteral("SET SESSION max_recursive_iterations = ") + QString::number(rows + 10));
    Sql::Transaction tx(db);
    Sql::exec(db, sql);
    tx.commit();
}

QDateTime nowAfter(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT MAX(start_at) FROM cron_logs"));
    q.next();
    return Sql::toUtc(q.value(0)).addSecs(120);
}

QString lit(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

/// The statements of one steady-state pass, with literal values (what the raw client runs).
QString passScript(const QSqlDatabase &db, const QDateTime &now, const QList<AlertRule> &rules)
{
    const QString cols = QStringLiteral("id, name, scheduled_for, start_at, end_at, state, duration_ms, "
                                        "trigger_kind, triggered_by, host, pid, "
                                        "exception_class");
    QString s =
        QStringLiteral("SELECT id, kind, target, format, task, lang, reminder_hours, settings, enabled, "
                       "created_at FROM cxcron_alert_rules ORDER BY id;\n");
    for (const QString &task : kTasks) {
        s += QStringLiteral("SELECT %1 FROM cron_logs WHERE name = %2 ORDER BY id DESC LIMIT 20;\n")
                 .arg(cols, lit(task));
        s += QStringLiteral("SELECT %1 FROM cron_logs WHERE name = %2 AND state IN ('success', 'failed', "
                            "'interrupted') ORDER BY id DESC LIMIT 2;\n")
                 .arg(cols, lit(task));
        QSqlQuery last =
            Sql::exec(db,
                      QStringLiteral("SELECT id, state FROM cron_logs WHERE name = ? ORDER BY id "
                                     "DESC LIMIT 1"),
                      {task});
        if (!last.next() || last.value(1).toString() != QLatin1String("failed"))
            continue;
        const qint64 lastId = last.value(0).toLongLong();
        QSqlQuery succ = Sql::exec(db,
                                   QStringLiteral("SELECT MAX(id) FROM cron_logs WHERE name = ? AND state = "
                                                  "'success'"),
                                   {task});
        succ.next();
        const qint64 after = succ.value(0).toLongLong();
        s += QStringLiteral(
                 "SELECT %1 FROM cron_logs WHERE name = %2 AND state = 'success' AND id < %3 ORDER BY "
                 "id DESC LIMIT 1;\n")
                 .arg(cols, lit(task))
                 .arg(lastId);
        s += QStringLiteral("SELECT %1 FROM cron_logs WHERE name = %2 AND id > %3 AND id <= %4 AND state IN "
                            "('failed', 'interrupted') ORDER BY id LIMIT 1;\n")
                 .arg(cols, lit(task))
                 .arg(after)
                 .arg(lastId);
        s += QStringLiteral(
                 "SELECT COUNT(*) FROM cron_logs WHERE name = %1 AND id > %2 AND id <= %3 AND state IN "
                 "('failed', 'interrupted');\n")
                 .arg(lit(task))
                 .arg(after)
                 .arg(lastId);
        for (const AlertRule &r : rules)
            s += QStringLiteral(
                     "SELECT created_at FROM cxcron_alert_deliveries WHERE rule_id = %1 AND event_key "
                     "LIKE 'failed:%';\n")
                     .arg(r.id);
    }
    const QString n = lit(Sql::fromUtc(now));
    s += QStringLiteral(
             "DELETE FROM cxcron_alert_deliveries WHERE created_at < %1 AND status = 'sent' AND event "
             "IN ('ping_start', 'ping_success', 'ping_fail', 'heartbeat', 'test');\n")
             .arg(lit(Sql::fromUtc(now.addDays(-1))));
    s +=
        QStringLiteral("DELETE FROM cxcron_alert_deliveries WHERE created_at < %1 AND status <> 'pending';\n")
            .arg(lit(Sql::fromUtc(now.addDays(-30))));
    s += QStringLiteral(
             "SELECT id, rule_id, event_key, event, task, attempts, subject, body FROM "
             "cxcron_alert_deliveries WHERE status = 'pending' AND next_attempt_at <= %1 ORDER BY id "
             "LIMIT 50;\n")
             .arg(n);
    // The same index hint as the pass itself.
    s.replace(QStringLiteral("FROM cron_logs WHERE name"),
              QStringLiteral("FROM ") + AlertConditions::cronLogsByTask(db) + QStringLiteral(" WHERE name"));
    return s;
}

double rawMs(const QString &program, const QStringList &args, const QString &scriptPath,
             const QString &emptyPath, int passes)
{
    const auto once = [&](const QString &path) {
        QProcess p;
        p.setStandardInputFile(path);
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            throw Error(ErrorKind::Database, program + QStringLiteral(" failed: ") +
                                                 QString::fromLocal8Bit(p.readAllStandardError()));
        return t.nsecsElapsed() / 1e6;
    };
    QList<double> full, empty;
    for (int i = 0; i < passes; ++i) {
        full << once(scriptPath);
        empty << once(emptyPath);
    }
    qInfo("raw %s: script %.2f ms, empty %.2f ms", qPrintable(program), median(full), median(empty));
    return qMax(0.001, median(full) - median(empty));
}

void measure(const QString &label, qint64 rows, int passes, const QString &dir,
             const ConnectionProfile &profile)
{
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    QElapsedTimer t;
    t.start();
    fill(db, rows);
    const double fillS = t.elapsed() / 1000.0;
    const QDateTime now = nowAfter(db);
    AlertRule mail;
    mail.kind = AlertKind::Email;
    mail.target = QStringLiteral("ops@example.com");
    AlertRule hook;
    hook.kind = AlertKind::Webhook;
    hook.target = QStringLiteral("http://127.0.0.1:9/hook");
    AlertStore::add(db, mail, now.addDays(-1));
    AlertStore::add(db, hook, now.addDays(-1));
    AlertEngineOptions options;
    options.tasks = kTasks;
    options.budgetMs = 0; // claim only: the network is not what is measured
    const AlertPassResult first = AlertEngine::process(db, now, options);
    QList<double> pass, metrics;
    for (int i = 0; i < passes; ++i) {
        t.start();
        const AlertPassResult r = AlertEngine::process(db, now, options);
        pass << t.nsecsElapsed() / 1e6;
        if (r.claimed != 0)
            throw Error(ErrorKind::Database,
                        QStringLiteral("a steady-state pass claimed %1 alerts").arg(r.claimed));
        t.start();
        PrometheusMetrics::render(db, kTasks, now);
        metrics << t.nsecsElapsed() / 1e6;
    }
    const QString script = dir + QStringLiteral("/pass.sql");
    const QString empty = dir + QStringLiteral("/empty.sql");
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Config, QStringLiteral("cannot write %1").arg(script));
    f.write(passScript(db, now, AlertStore::list(db)).toUtf8());
    f.close();
    QFile e(empty);
    if (!e.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Config, QStringLiteral("cannot write %1").arg(empty));
    e.write("SELECT 1;\n");
    e.close();
    const double raw = profile.isSqlite()
                           ? rawMs(QStringLiteral("sqlite3"), {profile.filePath}, script, empty, passes)
                           : rawMs(QStringLiteral("mariadb"),
                                   {QStringLiteral("--no-defaults"), QStringLiteral("-h") + profile.host,
                                    QStringLiteral("-P") + QString::number(profile.port),
                                    QStringLiteral("-u") + profile.user,
                                    QStringLiteral("-p") + profile.password, profile.database},
                                   script, empty, passes);
    const double passMs = median(pass);
    out << "| " << label << " | " << rows << " | " << first.claimed << " | " << f2(passMs) << " | " << f2(raw)
        << " | " << f2(passMs / raw) << " | " << f2(median(metrics)) << " | "
        << QString::number(fillS, 'f', 1) << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("cxcron alert and metrics benchmarks (docs/PERFORMANCE.md)"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("Also run on this MariaDB scratch database."),
          QStringLiteral("url")},
         {QStringLiteral("rows"), QStringLiteral("History rows (1000000)."), QStringLiteral("n")},
         {QStringLiteral("passes"), QStringLiteral("Measured passes (20)."), QStringLiteral("n")}});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).isEmpty()
                            ? 1000000
                            : parser.value(QStringLiteral("rows")).toLongLong();
    const int passes = parser.value(QStringLiteral("passes")).isEmpty()
                           ? 20
                           : parser.value(QStringLiteral("passes")).toInt();
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    try {
        out << "| backend | rows | first pass claimed | steady pass ms (median) | raw client ms | ratio | "
               "metrics "
               "ms (median) | fill s |\n|---|---|---|---|---|---|---|---|\n";
        ConnectionProfile sqlite;
        sqlite.driver = ConnectionProfile::Driver::Sqlite;
        sqlite.filePath = dir.filePath(QStringLiteral("bench.sqlite"));
        Database::setProfile(sqlite);
        measure(QStringLiteral("SQLite"), rows, passes, dir.path(), sqlite);
        if (parser.isSet(QStringLiteral("database"))) {
            const ConnectionProfile maria =
                ConnectionProfile::fromUrl(parser.value(QStringLiteral("database")));
            bench::resetDatabase(maria);
            measure(QStringLiteral("MariaDB"), rows, passes, dir.path(), maria);
        }
    } catch (const Error &e) {
        out.flush();
        QTextStream(stderr) << "bench_alerts: " << e.message() << '\n';
        return 1;
    }
    Database::closeThreadConnection();
    return 0;
}
