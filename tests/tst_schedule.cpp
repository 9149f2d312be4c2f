// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include <QTest>

using namespace cxcron;

class tst_Schedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void intervalSlotsAreAligned_data();
    void intervalSlotsAreAligned();
};

void tst_Schedule::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("intervalMinutes");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("every minute") << "every minute" << true << 1 << "1m";
    QTest::newRow("every 5 minutes") << "every 5 minutes" << true << 5 << "5m";
    QTest::newRow("3h") << "3h" << true << 180 << "3h";
    QTest::newRow("every 2 days") << "every 2 days" << true << 2880 << "2d";
    QTest::newRow("90m") << "90m" << true << 90 << "90m";
    QTest::newRow("cron") << "0 9 * * *" << true << 0 << "0 9 * * *";
    QTest::newRow("macro") << "@weekly" << true << 0 << "@weekly";
    QTest::newRow("zero") << "every 0 minutes" << false << 0 << "";
    QTest::newRow("garbage") << "whenever" << false << 0 << "";
    QTest::newRow("too long") << "400d" << false << 0 << "";
}

void tst_Schedule::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, intervalMinutes);
    QFETCH(QString, canonical);
    QString error;
    const Schedule s = Schedule::parse(text, &error);
    QCOMPARE(s.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(s.intervalMinutes(), intervalMinutes);
    QCOMPARE(s.toString(), canonical);
    QVERIFY(Schedule::parse(s.toString()).isValid());
    QVERIFY(!s.describe().isEmpty());
}

void tst_Schedule::intervalSlotsAreAligned_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("latest");
    QTest::addColumn<QString>("next");
    QTest::newRow("1m") << 1 << "2026-11-24T10:07:42Z"
                        << "2026-11-24T10:07:00Z"
                        << "2026-11-24T10:08:00Z";
    QTest::newRow("5m") << 5 << "2026-11-24T10:07:42Z"
                        << "2026-11-24T10:05:00Z"
                        << "2026-11-24T10:10:00Z";
    QTest::newRow("3h on UTC epoch") << 180 << "2026-11-24T10:07:42Z"
                                     << "2026-11-24T09:00:00Z"
                                     << "2026-11-24T12:00:00Z";
    QTest::newRow("exact") << 15 << "2026-11-24T10:15:00Z"
                           << "2026-11-24T10:15:00Z"
                           << "2026-11-24T10:30:00Z";
}

void tst_Schedule::intervalSlotsAreAligned()
{
    QFETCH(int, minutes);
    QFETCH(QString, now);
    QFETCH(QString, latest);
    QFETCH(QString, next);
    const Schedule s = Schedule::everyMinutes(minutes);
    const QDateTime at = QDateTime::fromString(now, Qt::ISODate);
    const QTimeZone paris("Europe/Paris"); // intervals ignore the zone: every host agrees
    QCOMPARE(s.latestSlot(at, paris), QDateTime::fromString(latest, Qt::ISODate));
    QCOMPARE(s.nextSlot(at, paris), QDateTime::fromString(next, Qt::ISODate));
    QCOMPARE(s.nominalPeriodSeconds(at, paris), qint64(minutes) * 60);
}

QTEST_GUILESS_MAIN(tst_Schedule)
#include "tst_schedule.moc"
