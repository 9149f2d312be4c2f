// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingperiod.h"
#include "cmsrows.h"
#include "cmsschema.h"
#include "commandprovisioner.h"
#include "provisionerregistry.h"
#include "testdb.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {

const QJsonObject kService{{QStringLiteral("id"), 42},
                           {QStringLiteral("type"), QStringLiteral("pterodactyl")}};
} // namespace

class tst_Provisioner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandReceivesJsonAndAction();
    void commandFailureCapturesExitCodeAndStderr_data();
    void commandFailureCapturesExitCodeAndStderr();
    void commandTimeoutKills();
    void registryFromSettings_data();
    void registryFromSettings();
    void billingPeriods_data();
    void billingPeriods();
};

void tst_Provisioner::commandReceivesJsonAndAction()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("in.json"));
    const QString script =
        test::writeScript(dir, QStringLiteral("ok.sh"),
                          "cat > '" + out.toUtf8() + "'\necho \"$1 $CXCRON_ACTION $CXCRON_SERVICE_ID\"\n");
    CommandProvisioner p(QStringLiteral("\"%1\" --panel eu-1").arg(script), 10);
    const ProvisionResult r = p.suspend(kService);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.stdoutText, QStringLiteral("--panel suspend 42"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject input = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(input.value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
    QCOMPARE(input.value(QStringLiteral("service")).toObject(), kService);
}

void tst_Provisioner::commandFailureCapturesExitCodeAndStderr_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exit code") << QByteArray("echo 'API 503: maintenance' >&2\nexit 5\n") << 5
                               << QStringLiteral("exit code 5: API 503: maintenance");
    QTest::newRow("silent failure") << QByteArray("exit 1\n") << 1
                                    << QStringLiteral("failed with exit code 1.");
    QTest::newRow("last stderr line")
        << QByteArray("echo a >&2\necho 'b: quota' >&2\nexit 2\n") << 2 << QStringLiteral("b: quota");
    QTest::newRow("killed") << QByteArray("kill -9 $$\n") << -1 << QStringLiteral("crashed");
}

void tst_Provisioner::commandFailureCapturesExitCodeAndStderr()
{
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    CommandProvisioner p(test::writeScript(dir, QStringLiteral("fail.sh"), body), 10);
    const ProvisionResult r = p.create(kService);
    QVERIFY(!r.ok);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QCOMPARE(r.toJson().value(QStringLiteral("ok")).toBool(), false);
}

void tst_Provisioner::commandTimeoutKills()
{
    QTemporaryDir dir;
    CommandProvisioner slow(
        test::writeScript(dir, QStringLiteral("slow.sh"), "echo started >&2\nexec sleep 30\n"), 1);
    QElapsedTimer timer;
    timer.start();
    const ProvisionResult r = slow.expire(kService);
    QVERIFY(!r.ok);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(r.error.contains(QStringLiteral("did not finish within 1 s")), qPrintable(r.error));
    CommandProvisioner missing(QStringLiteral("/nonexistent/provision"), 5);
    const ProvisionResult m = missing.create(kService);
    QVERIFY(!m.ok);
    QVERIFY2(m.error.contains(QStringLiteral("Cannot start")), qPrintable(m.error));
}

void tst_Provisioner::registryFromSettings_data()
{
    test::addBackendColumn();
    test::addBackendRows();
}

void tst_Provisioner::registryFromSettings()
{
    QFETCH(QString, backend);
    test::freshDatabase(backend);
    QCOMPARE(ProvisionerRegistry::fromDatabase(test::db()).commandTypes(),
             QStringList()); // no settings table
    CmsSchema::create(test::db());
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_command_proxmox"),
                        QStringLiteral("/bin/true"));
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_command_plesk"), QStringLiteral("  "));
    CmsRows::setSetting(test::db(), QStringLiteral("cxcron_provisioner_timeout"), QStringLiteral("9"));
    const ProvisionerRegistry registry = ProvisionerRegistry::fromDatabase(test::db());
    QCOMPARE(registry.commandTypes(), QStringList{QStringLiteral("proxmox")});
    QCOMPARE(registry.forType(QStringLiteral("proxmox"))->kind(), QStringLiteral("command"));
    QCOMPARE(std::static_pointer_cast<CommandProvisioner>(registry.forType(QStringLiteral("proxmox")))
                 ->timeoutSeconds(),
             9);
    // A panel type without a command (blank here) has no provisioner: the CMS keeps it. Only
    // v2's plain types use the database provisioner, whose actions always succeed.
    QVERIFY(registry.forType(QStringLiteral("plesk")) == nullptr);
    QVERIFY(!registry.handles(QStringLiteral("pterodactyl")));
    QVERIFY(!registry.handles(QString()));
    QVERIFY(registry.forType(QStringLiteral("none"))->isDatabaseOnly());
    QVERIFY(registry.forType(QStringLiteral("download"))->isDatabaseOnly());
    QVERIFY(registry.forType(QStringLiteral("proxmox"))->create(kService).ok);
}

void tst_Provisioner::billingPeriods_data()
{
    QTest::addColumn<QString>("billing");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("expected");
    const QTimeZone utc = QTimeZone::utc();
    // 15 March 10:00 CET (09:00 UTC) + 1 month = 15 April 10:00 CEST (08:00 UTC).
    QTest::newRow("monthly across DST")
        << QStringLiteral("monthly") << QDateTime(QDate(2026, 3, 15), QTime(9, 0), utc)
        << QDateTime(QDate(2026, 4, 15), QTime(8, 0), utc);
    // Carbon's addMonths() overflows past a month's end, and v2 renews with it.
    QTest::newRow("month end overflows like Carbon")
        << QStringLiteral("monthly") << QDateTime(QDate(2026, 1, 31), QTime(11, 0), utc)
        << QDateTime(QDate(2026, 3, 3), QTime(11, 0), utc);
    QTest::newRow("annually leap overflows")
        << QStringLiteral("annually") << QDateTime(QDate(2028, 2, 29), QTime(11, 0), utc)
        << QDateTime(QDate(2029, 3, 1), QTime(11, 0), utc);
    QTest::newRow("weekly over DST end")
        << QStringLiteral("weekly") << QDateTime(QDate(2026, 10, 22), QTime(10, 0), utc)
        << QDateTime(QDate(2026, 10, 29), QTime(11, 0), utc);
    QTest::newRow("triennially") << QStringLiteral("triennially")
                                 << QDateTime(QDate(2026, 6, 1), QTime(10, 0), utc)
                                 << QDateTime(QDate(2029, 6, 1), QTime(10, 0), utc);
    QTest::newRow("onetime") << QStringLiteral("onetime") << QDateTime(QDate(2026, 6, 1), QTime(10, 0), utc)
                             << QDateTime();
}

void tst_Provisioner::billingPeriods()
{
    QFETCH(QString, billing);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, expected);
    QCOMPARE(BillingPeriod::extend(from, billing, QTimeZone("Europe/Paris")), expected);
    QCOMPARE(BillingPeriod::isRecurring(billing), expected.isValid());
}

QTEST_GUILESS_MAIN(tst_Provisioner)
#include "tst_provisioner.moc"
