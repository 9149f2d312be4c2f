// SPDX-License-Identifier: GPL-3.0-or-later
#include "cronexpression.h"

#include <QTest>

using namespace cxcron;

namespace {
QDateTime utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}
} // namespace

class tst_CronExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalid_data();
    void invalid();
    void nextAfter_data();
    void nextAfter();
    void previousOrAt_data();
    void previousOrAt();
    void everyMinuteIsFast();
};

void tst_CronExpression::invalid_data()
{
    QTest::addColumn<QString>("expression");
    for (const char *e :
         {"", "* * * *", "* * * * * *", "60 * * * *", "* 24 * * *", "*/0 * * * *", "5-1 * * * *", "a * * * *",
          "* * 0 * *", "* * 32 * *", "* * * 13 *", "* * * * 8", "1,,2 * * * *", "@sometimes", "* * * foo *",
          "-1 * * * *",
          // parse but never fire: refused, they would silently never run
          "0 0 30 2 *", "0 0 31 2 *", "0 0 31 4 *", "0 0 31 4,6,9,11 *", "0 0 30,31 feb *", "10-5 * * * *",
          "0 0 * * sun-sat", "0 0 * * */15",
          // Laravel refuses these, throws on them while evaluating, or reads them
          // by accident ("+5", "1-2#2" as 1#2, "*W" as day 0): refused
          "0 0 1,L * *", "0 0 15W,20 * *", "0 0 15w * *", "0 0 0W * *", "0 0 *W * *", "0 0 * * *L",
          "0 0 * * 1-5L", "0 0 * * 5l", "0 0 * * 1#6", "0 0 * * 1-2#2", "0 0 * jan-mar/2 *",
          "0 0 * * mon-fri/2", "0 0 * * 3-0/2", "0 0 ? * ?", "? 0 * * *", "0 0 L/2 * *", "+5 * * * *",
          "*/+5 * * * *", "*/05 * * * *", "1-2-3 * * * *", "*-5 * * * *"})
        QTest::newRow(e[0] ? e : "empty") << QString::fromLatin1(e);
}

void tst_CronExpression::invalid()
{
    QFETCH(QString, expression);
    QString error;
    const CronExpression e = CronExpression::parse(expression, &error);
    QVERIFY(!e.isValid());
    QVERIFY2(error.contains(QStringLiteral("Invalid cron expression")), qPrintable(error));
    QVERIFY(!e.nextAfter(utc("2026-01-01 00:00"), QTimeZone::utc()).isValid());
}

void tst_CronExpression::nextAfter_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    const QByteArray paris("Europe/Paris");
    const QByteArray utcZone("UTC");
    QTest::newRow("every 5 min") << "*/5 * * * *" << utcZone << utc("2026-11-24 10:07")
                                 << utc("2026-11-24 10:10");
    QTest::newRow("strictly after") << "*/5 * * * *" << utcZone << utc("2026-11-24 10:10")
                                    << utc("2026-11-24 10:15");
    QTest::newRow("daily 09:00 Paris winter")
        << "0 9 * * *" << paris << utc("2026-11-24 10:00") << utc("2026-11-25 08:00");
    QTest::newRow("daily 09:00 Paris summer")
        << "0 9 * * *" << paris << utc("2026-07-01 10:00") << utc("2026-07-02 07:00");
    QTest::newRow("@daily Paris") << "@daily" << paris << utc("2026-11-24 10:00") << utc("2026-11-24 23:00");
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and runs shifted by the gap.
    QTest::newRow("spring gap") << "30 2 * * *" << paris << utc("2026-03-28 23:00")
                                << utc("2026-03-29 01:30");
    QTest::newRow("after spring gap")
        << "30 2 * * *" << paris << utc("2026-03-29 01:30") << utc("2026-03-30 00:30");
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; a fixed-time job runs once (first pass)…
    QTest::newRow("autumn fixed first")
        << "30 2 * * *" << paris << utc("2026-10-24 23:00") << utc("2026-10-25 00:30");
    QTest::newRow("autumn fixed once")
        << "30 2 * * *" << paris << utc("2026-10-25 00:30") << utc("2026-10-26 01:30");
    // …while a wildcard-hour job fires in both passes of the repeated hour.
    QTest::newRow("autumn wildcard pass 1")
        << "*/30 * * * *" << paris << utc("2026-10-25 00:45") << utc("2026-10-25 01:00");
    QTest::newRow("autumn wildcard pass 2")
        << "*/30 * * * *" << paris << utc("2026-10-25 01:00") << utc("2026-10-25 01:30");
    QTest::newRow("hourly across spring")
        << "0 * * * *" << paris << utc("2026-03-29 00:30") << utc("2026-03-29 01:00");
    QTest::newRow("31st skips short months")
        << "0 0 31 * *" << utcZone << utc("2026-04-01 00:00") << utc("2026-05-31 00:00");
    QTest::newRow("month end 30th in Feb")
        << "0 0 30 * *" << utcZone << utc("2026-01-30 00:00") << utc("2026-03-30 00:00");
    QTest::newRow("leap day") << "0 0 29 2 *" << utcZone << utc("2026-03-01 00:00")
                              << utc("2028-02-29 00:00");
    QTest::newRow("dom or dow") << "0 12 1 * 1" << utcZone << utc("2026-11-24 00:00")
                                << utc("2026-11-30 12:00");
    QTest::newRow("names") << "0 8 * jan-mar mon-fri" << utcZone << utc("2026-11-24 00:00")
                           << utc("2027-01-01 08:00");
    QTest::newRow("sunday as 7") << "0 0 * * 7" << utcZone << utc("2026-11-24 00:00")
                                 << utc("2026-11-29 00:00");
    QTest::newRow("every 3 hours") << "0 */3 * * *" << utcZone << utc("2026-11-24 10:00")
                                   << utc("2026-11-24 12:00");
    QTest::newRow("year end") << "59 23 31 12 *" << utcZone << utc("2026-12-31 23:59")
                              << utc("2027-12-31 23:59");
    // Laravel's reading (dragonmantank/cron-expression): either day field matches as soon as
    // neither is * or ?, even when one is a step such as */3.
    QTest::newRow("*/3 or Monday") << "0 0 */3 * 1" << utcZone << utc("2026-02-27 12:00")
                                   << utc("2026-02-28 00:00");
    QTest::newRow("? is *") << "0 0 ? * 1" << utcZone << utc("2026-11-24 12:00") << utc("2026-11-30 00:00");
    QTest::newRow("L") << "0 0 L * *" << utcZone << utc("2028-02-02 00:00") << utc("2028-02-29 00:00");
    QTest::newRow("15W Saturday") << "0 0 15W * *" << utcZone << utc("2026-08-01 00:00")
                                  << utc("2026-08-14 00:00");
    QTest::newRow("1W Saturday") << "0 0 1W * *" << utcZone << utc("2026-07-02 00:00")
                                 << utc("2026-08-03 00:00");
    QTest::newRow("5L last Friday") << "0 0 * * 5L" << utcZone << utc("2026-07-01 00:00")
                                    << utc("2026-07-31 00:00");
    QTest::newRow("sunL") << "0 0 * * SUNL" << utcZone << utc("2026-07-01 00:00") << utc("2026-07-26 00:00");
    QTest::newRow("mon#1") << "0 0 * * mon#1" << utcZone << utc("2026-07-01 00:00")
                           << utc("2026-07-06 00:00");
    QTest::newRow("0#5") << "0 0 * * 0#5" << utcZone << utc("2026-07-01 00:00") << utc("2026-08-30 00:00");
    QTest::newRow("L or 1#2") << "0 0 L * 1#2" << utcZone << utc("2026-07-01 00:00")
                              << utc("2026-07-13 00:00");
    QTest::newRow("mon-sun is Mon-Sat")
        << "0 0 * * mon-sun" << utcZone << utc("2026-07-04 00:00") << utc("2026-07-06 00:00");
    QTest::newRow("1-7 has Sunday") << "0 0 * * 1-7" << utcZone << utc("2026-07-04 00:00")
                                    << utc("2026-07-05 00:00");
    QTest::newRow("step past the field")
        << "*/75 * * * *" << utcZone << utc("2026-07-04 00:00") << utc("2026-07-04 00:15");
    QTest::newRow("N/step, cron's meaning")
        << "50/5 * * * *" << utcZone << utc("2026-07-04 00:00") << utc("2026-07-04 00:50");
    QTest::newRow("@annually") << "@annually" << utcZone << utc("2026-07-04 00:00")
                               << utc("2027-01-01 00:00");
    QTest::newRow("@midnight") << "@MIDNIGHT" << utcZone << utc("2026-07-04 00:00")
                               << utc("2026-07-05 00:00");
}

void tst_CronExpression::nextAfter()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QString error;
    const CronExpression e = CronExpression::parse(expression, &error);
    QVERIFY2(e.isValid(), qPrintable(error));
    QCOMPARE(e.nextAfter(after, QTimeZone(zone)), expected);
}

void tst_CronExpression::previousOrAt_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("expected");
    const QByteArray paris("Europe/Paris");
    const QByteArray utcZone("UTC");
    QTest::newRow("every 5 min") << "*/5 * * * *" << utcZone << utc("2026-11-24 10:07")
                                 << utc("2026-11-24 10:05");
    QTest::newRow("exactly at slot") << "*/5 * * * *" << utcZone << utc("2026-11-24 10:05")
                                     << utc("2026-11-24 10:05");
    QTest::newRow("daily before time")
        << "0 9 * * *" << paris << utc("2026-11-24 07:59") << utc("2026-11-23 08:00");
    QTest::newRow("daily at time") << "0 9 * * *" << paris << utc("2026-11-24 08:00")
                                   << utc("2026-11-24 08:00");
    QTest::newRow("spring gap") << "30 2 * * *" << paris << utc("2026-03-29 02:00")
                                << utc("2026-03-29 01:30");
    QTest::newRow("autumn fixed") << "30 2 * * *" << paris << utc("2026-10-25 02:00")
                                  << utc("2026-10-25 00:30");
    QTest::newRow("autumn wildcard") << "30 * * * *" << paris << utc("2026-10-25 01:45")
                                     << utc("2026-10-25 01:30");
    QTest::newRow("monthly") << "@monthly" << utcZone << utc("2026-11-24 10:00") << utc("2026-11-01 00:00");
    QTest::newRow("weekly Monday Paris")
        << "0 6 * * mon" << paris << utc("2026-11-24 10:00") << utc("2026-11-23 05:00");
    QTest::newRow("leap day far back")
        << "0 0 29 2 *" << utcZone << utc("2026-11-24 10:00") << utc("2024-02-29 00:00");
}

void tst_CronExpression::previousOrAt()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, expected);
    const CronExpression e = CronExpression::parse(expression);
    QVERIFY(e.isValid());
    QCOMPARE(e.previousOrAt(at, QTimeZone(zone)), expected);
}

void tst_CronExpression::everyMinuteIsFast()
{
    // The runner evaluates every schedule each minute: a whole day of evaluations stays cheap.
    const CronExpression e = CronExpression::parse(QStringLiteral("* * * * *"));
    const QTimeZone paris("Europe/Paris");
    QDateTime t = utc("2026-10-24 12:00");
    for (int i = 0; i < 1440; ++i, t = t.addSecs(60))
        QCOMPARE(e.previousOrAt(t, paris), t);
}

QTEST_GUILESS_MAIN(tst_CronExpression)
#include "tst_cronexpression.moc"
