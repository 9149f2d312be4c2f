// SPDX-License-Identifier: GPL-3.0-or-later
// The alert engine's pure parts and its reading of the history, on SQLite and MariaDB:
// rule validation, failure streaks longer than the rows read at once, recovery, overlap,
// slowness, claims made once, reminders at most every N hours, message content.
#include "alertconditions.h"
#include "alertdeliveries.h"
#include "alertengine.h"
#include "alertmessage.h"
#include "alertstore.h"
#include "errors.h"
#include "prometheusmetrics.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);
const QString kTask = QStringLiteral("demo:task");

/// Appends runs of kTask, one a minute ending @p minutesAgo before kNow, oldest first.
void addRuns(const QStringList &states, int minutesAgo, qint64 durationMs = 1000)
{
    const QSqlDatabase db = test::db();
    Sql::Transaction tx(db);
    for (int i = 0; i < states.size(); ++i) {
        const QDateTime start = kNow.addSecs(-60LL * (minutesAgo + states.size() - i));
        const bool running = states.at(i) == QLatin1String("running");
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO cron_logs (name, start_at, end_at, state, duration_ms, host, exception) "
                      "VALUES (?, ?, ?, ?, ?, 'h1', ?)"),
                  {kTask, Sql::fromUtc(start),
                   running ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(Sql::fromUtc(start.addMSecs(durationMs))),
                   states.at(i), running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(durationMs),
                   states.at(i) == QLatin1String("failed") ? QStringLiteral("BoomError: it broke\nline 2")
                                                           : QString()});
    }
    tx.commit();
}

QStringList repeat(const char *state, int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << QString::fromLatin1(state);
    return list;
}

AlertRule webhookRule()
{
    AlertRule r;
    r.kind = AlertKind::Webhook;
    r.target = QStringLiteral("http://127.0.0.1:9/hook");
    r.language = QStringLiteral("en");
    return r;
}

} // namespace

class tst_Alerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validation_data();
    void validation();
    void longFailureStreak_data() { backends(); }
    void longFailureStreak();
    void recovery_data() { backends(); }
    void recovery();
    void overlapAndSlow_data() { backends(); }
    void overlapAndSlow();
    void claimsOnceAndReminds_data() { backends(); }
    void claimsOnceAndReminds();
    void messageContent();
    void labelsEscaped();

private:
    static void backends()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    static void fresh()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
    }
};

void tst_Alerts::validation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("smtp");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("reminder");
    QTest::addColumn<bool>("valid");
    QTest::newRow("email") << "email"
                           << "ops@example.com,b@example.org"
                           << ""
                           << "en" << 6 << true;
    QTest::newRow("email no @") << "email"
                                << "ops.example.com"
                                << ""
                                << "en" << 6 << false;
    QTest::newRow("email header injection") << "email"
                                            << "a@b.c\r\nBcc: x@y.z"
                                            << ""
                                            << "en" << 6 << false;
    QTest::newRow("email empty") << "email"
                                 << " , "
                                 << ""
                                 << "en" << 6 << false;
    QTest::newRow("smtp override") << "email"
                                   << "a@b.c"
                                   << "smtps://user@mail.example.com:465"
                                   << "fr" << 6 << true;
    QTest::newRow("smtp password") << "email"
                                   << "a@b.c"
                                   << "smtp://user:pw@mail.example.com"
                                   << "en" << 6 << false;
    QTest::newRow("smtp http") << "email"
                               << "a@b.c"
                               << "http://mail.example.com"
                               << "en" << 6 << false;
    QTest::newRow("webhook https") << "webhook"
                                   << "https://discord.com/api/webhooks/1/x"
                                   << ""
                                   << "en" << 6 << true;
    QTest::newRow("webhook ftp") << "webhook"
                                 << "ftp://example.com/x"
                                 << ""
                                 << "en" << 6 << false;
    QTest::newRow("webhook no host") << "webhook"
                                     << "http://"
                                     << ""
                                     << "en" << 6 << false;
    QTest::newRow("webhook text") << "webhook"
                                  << "hello"
                                  << ""
                                  << "en" << 6 << false;
    QTest::newRow("ping") << "ping"
                          << "https://hc-ping.com/0b1c"
                          << ""
                          << "en" << 6 << true;
    QTest::newRow("language") << "ping"
                              << "https://hc-ping.com/0b1c"
                              << ""
                              << "de" << 6 << false;
    QTest::newRow("reminder 0") << "ping"
                                << "https://hc-ping.com/0b1c"
                                << ""
                                << "en" << 0 << false;
    QTest::newRow("reminder 721") << "ping"
                                  << "https://hc-ping.com/0b1c"
                                  << ""
                                  << "en" << 721 << false;
}

void tst_Alerts::validation()
{
    QFETCH(QString, kind);
    QFETCH(QString, target);
    QFETCH(QString, smtp);
    QFETCH(QString, language);
    QFETCH(int, reminder);
    QFETCH(bool, valid);
    AlertRule rule;
    rule.kind = alertKindFromKey(kind);
    rule.target = target;
    rule.language = language;
    rule.reminderHours = reminder;
    if (!smtp.isEmpty())
        rule.settings.insert(QStringLiteral("smtp"), smtp);
    bool accepted = true;
    try {
        AlertRuleCheck::validate(rule);
    } catch (const Error &e) {
        accepted = false;
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY(!e.message().contains(QLatin1String(":pw@")));
    }
    QCOMPARE(accepted, valid);
}

void tst_Alerts::longFailureStreak()
{
    fresh();
    // 30 failures after a success: more than the 20 rows read at once; the streak still starts
    // at the first failure, so every runner derives the same key for it.
    addRuns(QStringList{QStringLiteral("success")} + repeat("failed", 30) +
                QStringList{QStringLiteral("skipped")},
            0);
    const qint64 firstFailure =
        test::scalar(QStringLiteral("SELECT MIN(id) FROM cron_logs WHERE state = 'failed'")).toLongLong();
    const TaskCondition c = AlertConditions::evaluate(test::db(), kTask, kNow);
    QVERIFY(c.latestFailure);
    QVERIFY(c.failingSince);
    QCOMPARE(c.failingSince->id, firstFailure);
    QCOMPARE(c.failures, 30);
    QVERIFY(!c.recoveredBy);
    QVERIFY(!c.lastSkip); // one skip is not "too often"
}

void tst_Alerts::recovery()
{
    fresh();
    addRuns(QStringList{QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("interrupted"),
                        QStringLiteral("skipped"), QStringLiteral("success"), QStringLiteral("running")},
            0);
    const TaskCondition c = AlertConditions::evaluate(test::db(), kTask, kNow);
    QVERIFY(!c.latestFailure);
    QVERIFY(c.recoveredBy);
    QVERIFY(c.recoveredStreakStart);
    QCOMPARE(c.recoveredFailures, 2);
    QCOMPARE(c.recoveredStreakStart->state, ExecState::Failed);
}

void tst_Alerts::overlapAndSlow()
{
    fresh();
    addRuns(repeat("success", 10), 30, 10000);                   // usual: 10 s
    addRuns(QStringList{QStringLiteral("success")}, 10, 200000); // 200 s > 3 x 10 s and > 60 s
    addRuns(repeat("skipped", 3), 0);
    const TaskCondition c = AlertConditions::evaluate(test::db(), kTask, kNow);
    QVERIFY(c.slow);
    QCOMPARE(c.slowMs, 200000);
    QCOMPARE(c.medianMs, 10000);
    QVERIFY(c.firstSkip && c.lastSkip);
    QCOMPARE(c.skips, 3);

    fresh();
    addRuns(repeat("success", 10), 30, 50000); // 50 s usual: 100 s is not "far" slower
    addRuns(QStringList{QStringLiteral("success")}, 10, 100000);
    addRuns(repeat("skipped", 2), 0);
    const TaskCondition normal = AlertConditions::evaluate(test::db(), kTask, kNow);
    QVERIFY(!normal.slow);
    QVERIFY(!normal.lastSkip);
}

void tst_Alerts::claimsOnceAndReminds()
{
    fresh();
    const QSqlDatabase db = test::db();
    AlertRule rule = webhookRule();
    rule.task = kTask;
    rule.reminderHours = 6;
    rule.id = AlertStore::add(db, rule, kNow.addDays(-1));
    addRuns(QStringList{QStringLiteral("success"), QStringLiteral("failed")}, 0);
    AlertEngineOptions options;
    options.tasks = {kTask};
    options.budgetMs = 0; // claim only: nothing is sent in this test
    QCOMPARE(AlertEngine::process(db, kNow, options).claimed, 1);
    QCOMPARE(AlertEngine::process(db, kNow, options).claimed, 0); // a second runner: nothing new
    addRuns(QStringList{QStringLiteral("failed")}, -1);
    QCOMPARE(AlertEngine::process(db, kNow.addSecs(3600), options).claimed, 0);
    // Six hours after the first alert, still failing: one reminder, once.
    addRuns(QStringList{QStringLiteral("failed")}, -6 * 60 - 1);
    QCOMPARE(AlertEngine::process(db, kNow.addSecs(6 * 3600 + 120), options).claimed, 1);
    QCOMPARE(AlertEngine::process(db, kNow.addSecs(6 * 3600 + 180), options).claimed, 0);
    QCOMPARE(test::scalar(
                 QStringLiteral("SELECT COUNT(*) FROM cxcron_alert_deliveries WHERE event = 'still_failing'"))
                 .toInt(),
             1);
    // A claim is an INSERT under a UNIQUE key: a duplicate is refused, not doubled.
    AlertEvent ev;
    ev.kind = AlertEventKind::Failed;
    ev.task = kTask;
    QVERIFY(!AlertDeliveries::claim(
        db, rule.id,
        QStringLiteral("still_failing:%1:1")
            .arg(test::scalar(QStringLiteral("SELECT MIN(id) FROM cron_logs WHERE state = 'failed'"))
                     .toLongLong()),
        ev, {}, {}, kNow));
}

void tst_Alerts::messageContent()
{
    AlertEvent ev;
    ev.kind = AlertEventKind::Failed;
    ev.task = kTask;
    ev.execution.id = 42;
    ev.execution.task = kTask;
    ev.execution.state = ExecState::Failed;
    ev.execution.host = QStringLiteral("web-1");
    ev.execution.startAt = kNow;
    ev.execution.durationMs = 2500;
    ev.execution.exception =
        QStringLiteral("BoomError: first line\n") + QString(QStringLiteral("x\n")).repeated(5000);
    AlertRule rule = webhookRule();
    const AlertMessage m = AlertMessages::render(ev, rule);
    QVERIFY(m.subject.contains(kTask));
    QVERIFY(m.subject.contains(QLatin1String("web-1")));
    for (const char *want :
         {"Task: demo:task", "State: failed", "Started: 2026-11-24 12:00:00 UTC", "Duration: 2.5 s",
          "Host: web-1", "Execution: #42", "BoomError: first line", "cxcron show 42"})
        QVERIFY2(m.text.contains(QString::fromUtf8(want)), want);
    QVERIFY(m.text.size() < 2000); // only the first lines of a long exception
    rule.format = WebhookFormat::Discord;
    const QJsonObject discord = QJsonDocument::fromJson(AlertMessages::payload(m, rule)).object();
    QVERIFY(discord.value(QStringLiteral("content")).toString().size() <= 2000);
    rule.format = WebhookFormat::Generic;
    const QJsonObject generic = QJsonDocument::fromJson(AlertMessages::payload(m, rule)).object();
    QCOMPARE(generic.value(QStringLiteral("execution_id")).toInt(), 42);
    QCOMPARE(generic.value(QStringLiteral("event")).toString(), QStringLiteral("failed"));
}

void tst_Alerts::labelsEscaped()
{
    QCOMPARE(PrometheusMetrics::escapeLabel(QStringLiteral("a\"b\\c\nd")), QStringLiteral("a\\\"b\\\\c\\nd"));
}

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
