// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsrows.h"
#include "cmsschema.h"
#include "notifyexpirationtask.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {
// 25 March 2026, 10:00 in Paris (CET); Paris moves to CEST on 29 March.
const QDateTime kNow(QDate(2026, 3, 25), QTime(9, 0), QTimeZone::utc());
const QTimeZone kParis("Europe/Paris");

QJsonObject runNotify(const QDateTime &now = kNow)
{
    NotifyExpirationTask task;
    TaskContext context(now, kParis, 0, nullptr);
    return task.run(context);
}

qint64 addService(const QDateTime &expires, const QString &status = QStringLiteral("active"))
{
    CmsRows::NewService s;
    s.customerId = CmsRows::insertCustomer(test::db(), QStringLiteral("Léa"), QStringLiteral("Martin"),
                                           QStringLiteral("lea@exemple.fr"), kNow);
    s.status = status;
    s.expiresAt = expires;
    return CmsRows::insertService(test::db(), s);
}

int queued(qint64 service)
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_mail_outbox WHERE service_id = ?"),
                        {service})
        .toInt();
}

QDateTime paris(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), kParis).toUTC();
}
} // namespace

class tst_TaskNotify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { test::addBackendColumn(), test::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        test::freshCmsDatabase(backend);
    }
    void parseDays_data();
    void parseDays();
    void reminderDaysOnTheLocalCalendar();
    void neverDuplicated();
};

void tst_TaskNotify::parseDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("days");
    QTest::newRow("default") << QStringLiteral("7,5,3,1") << QList<int>{7, 5, 3, 1};
    QTest::newRow("spaces, order, duplicates") << QStringLiteral(" 1, 3 ,3,7") << QList<int>{7, 3, 1};
    QTest::newRow("garbage dropped") << QStringLiteral("x,-2,,5") << QList<int>{5};
    QTest::newRow("empty") << QString() << QList<int>{};
}

void tst_TaskNotify::parseDays()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, days);
    QCOMPARE(NotifyExpirationTask::parseDays(text), days);
}

void tst_TaskNotify::reminderDaysOnTheLocalCalendar()
{
    // 1 April 00:30 CEST is 31 March 22:30 UTC: 7 days ahead on the Paris calendar, 6 in UTC.
    const qint64 sevenLocal = addService(paris(4, 1, 0, 30));
    const qint64 lastMinute = addService(paris(3, 30, 23, 59)); // 5 days ahead, last minute of the day
    const qint64 sixDays = addService(paris(3, 31, 12));
    const qint64 tomorrow = addService(paris(3, 26, 8));
    const qint64 suspended = addService(paris(3, 26, 8), QStringLiteral("suspended"));
    const QJsonObject r = runNotify();
    QCOMPARE(r.value(QStringLiteral("queued")).toInt(), 3);
    QCOMPARE(queued(sevenLocal), 1);
    QCOMPARE(queued(lastMinute), 1);
    QCOMPARE(queued(sixDays), 0);
    QCOMPARE(queued(tomorrow), 1);
    QCOMPARE(queued(suspended), 0);
    QCOMPARE(test::scalar(QStringLiteral("SELECT reminder_day FROM cxcron_mail_outbox WHERE service_id = ?"),
                          {sevenLocal})
                 .toInt(),
             7);
    QCOMPARE(
        test::scalar(QStringLiteral("SELECT email FROM cxcron_mail_outbox WHERE service_id = ?"), {tomorrow})
            .toString(),
        QStringLiteral("lea@exemple.fr"));

    CmsRows::setSetting(test::db(), QStringLiteral("notifications_expiration_days"), QStringLiteral("6"));
    QCOMPARE(runNotify().value(QStringLiteral("queued")).toInt(), 1);
    QCOMPARE(queued(sixDays), 1);
}

void tst_TaskNotify::neverDuplicated()
{
    const qint64 service = addService(paris(3, 28, 15));
    QCOMPARE(runNotify().value(QStringLiteral("queued")).toInt(), 1);
    // Same day, a second run (or a second runner): nothing new.
    QCOMPARE(runNotify(kNow.addSecs(3600)).value(QStringLiteral("queued")).toInt(), 0);
    QCOMPARE(queued(service), 1);
    // Two days later the 1-day reminder is due: one more row, never the 3-day one again.
    QCOMPARE(runNotify(kNow.addDays(2)).value(QStringLiteral("queued")).toInt(), 1);
    QCOMPARE(queued(service), 2);
    QCOMPARE(runNotify(kNow.addDays(2)).value(QStringLiteral("queued")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_TaskNotify)
#include "tst_task_notify.moc"
