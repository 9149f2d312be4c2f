// SPDX-License-Identifier: GPL-3.0-or-later
// Runners on hosts in different zones agree on one zone (the installation's, in the database):
// a host whose zone is only its own setting adopts it; one told another zone is refused.
#include "database.h"
#include "errors.h"
#include "meta.h"
#include "schedulezone.h"
#include "schema.h"
#include "testdb.h"

#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

class tst_ScheduleZone : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        Schema::migrate(test::db());
    }
    void cleanup() { Database::closeThreadConnection(); }

    void firstRunnerRecordsItsZone_data() { backends(); }
    void firstRunnerRecordsItsZone()
    {
        const QTimeZone paris("Europe/Paris");
        QCOMPARE(ScheduleZone::agree(test::db(), paris, false).id(), paris.id());
        QCOMPARE(Meta::value(test::db(), Meta::scheduleZoneKey()), QStringLiteral("Europe/Paris"));
    }

    void hostZoneAdoptsTheInstallationZone_data() { backends(); }
    void hostZoneAdoptsTheInstallationZone()
    {
        ScheduleZone::agree(test::db(), QTimeZone("Europe/Paris"), false);
        // A host in UTC with no --timezone: schedules in Paris like the others, so a 09:00 job
        // runs once a day, not once per zone.
        QCOMPARE(ScheduleZone::agree(test::db(), QTimeZone("UTC"), false).id(), QByteArray("Europe/Paris"));
    }

    void explicitOtherZoneIsRefused_data() { backends(); }
    void explicitOtherZoneIsRefused()
    {
        ScheduleZone::agree(test::db(), QTimeZone("Europe/Paris"), true);
        try {
            ScheduleZone::agree(test::db(), QTimeZone("UTC"), true);
            QFAIL("a runner told another zone than the installation's was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Config);
            QVERIFY(e.message().contains(QStringLiteral("Europe/Paris")));
            QVERIFY(e.message().contains(QStringLiteral("migrate --timezone")));
        }
        ScheduleZone::set(test::db(), QTimeZone("UTC"));
        QCOMPARE(ScheduleZone::agree(test::db(), QTimeZone("UTC"), true).id(), QByteArray("UTC"));
    }

    void readOnlyCommandsRecordNothing_data() { backends(); }
    void readOnlyCommandsRecordNothing()
    {
        ScheduleZone::agree(test::db(), QTimeZone("Asia/Tokyo"), false, false);
        QVERIFY(Meta::value(test::db(), Meta::scheduleZoneKey()).isEmpty());
    }

private:
    void backends()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleZone)
#include "tst_schedulezone.moc"
