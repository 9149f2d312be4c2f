// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmsheartbeat.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"
#include "testfiles.h"

#include <QStandardPaths>
#include <QTest>

using namespace cxcron;

namespace {
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-07-14T10:00:00Z"), Qt::ISODate);

QString lastRun()
{
    return test::scalar(QStringLiteral("SELECT value FROM settings WHERE name = 'app_cron_last_run'"))
        .toString();
}
} // namespace

class tst_CmsHeartbeat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void initTestCase_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }
    void writesCmsLocalTime();
    void noSettingsTableIsFine();
};

void tst_CmsHeartbeat::writesCmsLocalTime()
{
    QFETCH_GLOBAL(QString, backend);
    test::freshCmsDatabase(backend);
    Schema::migrate(test::db());
    QVERIFY(CmsHeartbeat::touch(test::db(), kNow, QTimeZone::utc())); // inserted
    QCOMPARE(lastRun(), QStringLiteral("2026-07-14 10:00:00"));       // no app_timezone: fallback
    Sql::exec(test::db(),
              QStringLiteral("INSERT INTO settings (name, value) VALUES ('app_timezone', 'Europe/Paris')"));
    QVERIFY(CmsHeartbeat::touch(test::db(), kNow.addSecs(60), QTimeZone::utc())); // updated
    QCOMPARE(lastRun(), QStringLiteral("2026-07-14 12:01:00"));                   // CEST
    QVERIFY(CmsHeartbeat::touch(test::db(), kNow.addSecs(60), QTimeZone::utc())); // unchanged value
    QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE name = 'app_cron_last_run'"))
                 .toInt(),
             1);
}

void tst_CmsHeartbeat::noSettingsTableIsFine()
{
    QFETCH_GLOBAL(QString, backend);
    test::freshDatabase(backend);
    Schema::migrate(test::db());
    QVERIFY(!CmsHeartbeat::touch(test::db(), kNow, QTimeZone::utc()));
}

QTEST_GUILESS_MAIN(tst_CmsHeartbeat)
#include "tst_cmsheartbeat.moc"
