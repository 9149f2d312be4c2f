// SPDX-License-Identifier: GPL-3.0-or-later
// Sql::toUtc / fromUtc: stored timestamps are UTC fields, whatever the process's time zone —
// including times that do not exist in the local zone (a DST gap).
#include "sql.h"

#include <QTest>
#include <QTimeZone>
#include <cstdlib>
#include <ctime>

using namespace cxcron;

class tst_SqlTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A zone with DST, so a local-time parse would move 02:30 on 2026-03-29.
        qputenv("TZ", "Europe/Paris");
        tzset();
    }
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // as stored, empty = invalid
        QTest::newRow("ms") << "2026-11-24 10:15:02.123"
                            << "2026-11-24 10:15:02.123";
        QTest::newRow("seconds") << "2026-11-24 10:15:02"
                                 << "2026-11-24 10:15:02.000";
        QTest::newRow("ISO T Z") << "2026-11-24T10:15:02Z"
                                 << "2026-11-24 10:15:02.000";
        QTest::newRow("microseconds") << "2026-11-24 10:15:02.123456"
                                      << "2026-11-24 10:15:02.123";
        QTest::newRow("date only") << "2026-11-24"
                                   << "2026-11-24 00:00:00.000";
        QTest::newRow("in the Paris DST gap") << "2026-03-29 02:30:00.000"
                                              << "2026-03-29 02:30:00.000";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("bad time") << "2026-11-24 25:61:00"
                                  << "";
        QTest::newRow("bad separator") << "2026-11-24X10:15:02"
                                       << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QDateTime dt = Sql::toUtc(text);
        QCOMPARE(dt.isValid() ? Sql::fromUtc(dt) : QString(), expected);
        if (dt.isValid())
            QCOMPARE(dt.offsetFromUtc(), 0);
    }
    void roundTrip()
    {
        const QDateTime t(QDate(2026, 3, 29), QTime(2, 30, 0, 250), QTimeZone::utc());
        QCOMPARE(Sql::toUtc(Sql::fromUtc(t)), t);
    }
};

QTEST_GUILESS_MAIN(tst_SqlTime)
#include "tst_sqltime.moc"
