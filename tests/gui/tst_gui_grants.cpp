// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window with the database accounts of docs/CLIENTXCMS-V2.md §4, created with the SQL
// taken from the Markdown as it is written: connected with the SELECT-only account and with the
// every-minute runner's, it reads the task list, a task's report and chart, the history, a run's
// details and the recent failures without an error, and writes nothing (no migration, no table
// created or changed, no row written).
#include "appcontext.h"
#include "database.h"
#include "durationchart.h"
#include "executiondetailsdialog.h"
#include "failureswidget.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "reporttablemodel.h"
#include "schema.h"
#include "seed.h"
#include "sql.h"
#include "taskreportwidget.h"
#include "taskstore.h"
#include "testdb.h"
#include "translation.h"
#include "v2schema.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

const QString kTask = QStringLiteral("backup:uploads");

/// The SQL blocks of §4, as written; only the database name, the host and the passwords change
/// (as tests/scripts/test_laravel_site.sh does for the CLI).
QStringList docsGrants(const QString &database)
{
    QFile file(QStringLiteral(CXCRON_TEST_FIXTURES "/../../docs/CLIENTXCMS-V2.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    const qsizetype from = text.indexOf(QLatin1String("\n## 4. "));
    const qsizetype to = text.indexOf(QLatin1String("\n## 5. "), from);
    if (from < 0 || to < 0)
        return {};
    text = text.mid(from, to - from);
    QStringList blocks;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("```sql\\n(.*?)```"),
                                                            QRegularExpression::DotMatchesEverythingOption)
                                             .globalMatch(text);
    while (it.hasNext())
        blocks << it.next().captured(1);
    QString sql = blocks.join(u'\n');
    sql.replace(QLatin1String("clientxcms."), database + u'.');
    sql.replace(QLatin1String("'localhost'"), QLatin1String("'127.0.0.1'"));
    sql.replace(QRegularExpression(QStringLiteral("CREATE USER '(\\w+)'@'127.0.0.1' IDENTIFIED BY '…'")),
                QStringLiteral("CREATE USER '\\1'@'127.0.0.1' IDENTIFIED BY 'pw_\\1'"));
    QStringList statements;
    for (const QString &line : sql.split(u'\n')) {
        if (line.trimmed().startsWith(QLatin1String("--")) || line.trimmed().isEmpty())
            continue;
        if (statements.isEmpty() || statements.last().endsWith(u';'))
            statements << line.trimmed();
        else
            statements.last() += u' ' + line.trimmed();
    }
    return statements;
}

QString checksums(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SHOW TABLES"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QStringList sums;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery sum =
            Sql::exec(db, QStringLiteral("CHECKSUM TABLE ") + table + QStringLiteral(" EXTENDED"));
        sums << table + u'=' + (sum.next() ? sum.value(1).toString() : QString());
    }
    return sums.join(u' ');
}

} // namespace

class TestGuiGrants : public QObject
{
    Q_OBJECT
private:
    ConnectionProfile m_owner; ///< the test server's account, to set up and to compare
    QHash<QString, ConnectionProfile> m_accounts;

    ConnectionProfile account(const QString &user) const
    {
        ConnectionProfile p = m_owner;
        p.name = user;
        p.user = user;
        p.password = QStringLiteral("pw_") + user;
        return p;
    }

    // Runs @p statements as the server's root (the docs' CREATE USER and GRANT need it).
    void asRoot(const QStringList &statements)
    {
        ConnectionProfile root = m_owner;
        root.user = QStringLiteral("root");
        root.password.clear();
        root.socket = qEnvironmentVariable("CXCRON_TEST_MARIADB_DIR") + QStringLiteral("/mysqld.sock");
        {
            QSqlDatabase db = Database::openAs(root, QStringLiteral("grants-root"));
            for (const QString &statement : statements)
                Sql::exec(db, statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("grants-root"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translation::install(QStringLiteral("en"));
        if (qEnvironmentVariableIsEmpty("CXCRON_TEST_MARIADB_URL")) {
            if (test::mariadbRequired())
                QFAIL("CXCRON_TEST_MARIADB_URL is not set");
            QSKIP("no test MariaDB");
        }
        m_owner = test::freshDatabase(QStringLiteral("mariadb"));
        test::loadV2Schema(test::db()); // the docs grant the runner the CMS's settings table
        const QStringList grants = docsGrants(m_owner.database);
        QVERIFY2(grants.size() >= 30, qPrintable(grants.join(u'\n')));
        for (const char *user : {"cxcron_admin", "cxcron_runner", "cxcron_reader"})
            QVERIFY2(grants.contains(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'pw_%1';")
                                         .arg(QLatin1String(user))),
                     user);
        asRoot({QStringLiteral("DROP USER IF EXISTS 'cxcron_admin'@'127.0.0.1', 'cxcron_runner'@'127.0.0.1', "
                               "'cxcron_reader'@'127.0.0.1'")});
        // In the docs' order: the runner's grants name tables that exist after migrate only.
        const qsizetype runner = grants.indexOf(
            QStringLiteral("CREATE USER 'cxcron_runner'@'127.0.0.1' IDENTIFIED BY 'pw_cxcron_runner';"));
        QVERIFY(runner > 0);
        asRoot(grants.mid(0, runner));
        Database::closeThreadConnection();
        Database::setProfile(account(QStringLiteral("cxcron_admin")));
        Schema::migrate(Database::connection()); // `cxcron migrate` as the docs' admin account
        Database::closeThreadConnection();
        asRoot(grants.mid(runner));

        // History to read: a stored task with runs, one failed, and a task only the history names.
        Database::setProfile(m_owner);
        TaskDefinition backup;
        backup.name = kTask;
        backup.title = QStringLiteral("Back up the uploads");
        backup.program = QStringLiteral("/bin/true");
        TaskStore::add(test::db(), backup);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<test::SeedRow> rows;
        for (int i = 0; i < 6; ++i)
            rows << test::makeRow(kTask, now.addSecs(-60 * (10 - i)), 120 + i,
                                  i == 3 ? QStringLiteral("failed") : QStringLiteral("success"));
        rows[3].exception = QStringLiteral("RuntimeException: disk full");
        rows[3].exceptionClass = QStringLiteral("RuntimeException");
        rows << test::makeRow(QStringLiteral("services:renewals"), now.addSecs(-120), 80);
        test::seedRows(rows);
        Database::closeThreadConnection();
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }

    void cleanupTestCase()
    {
        if (!m_owner.database.isEmpty() && !qEnvironmentVariableIsEmpty("CXCRON_TEST_MARIADB_URL"))
            asRoot({QStringLiteral(
                "DROP USER IF EXISTS 'cxcron_admin'@'127.0.0.1', 'cxcron_runner'@'127.0.0.1', "
                "'cxcron_reader'@'127.0.0.1'")});
    }

    void theWindowReadsWithTheDocsAccounts_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("SELECT only") << QStringLiteral("cxcron_reader");
        QTest::newRow("runner") << QStringLiteral("cxcron_runner");
    }

    void theWindowReadsWithTheDocsAccounts()
    {
        QFETCH(QString, user);
        QString before;
        QMap<QString, QString> definitions;
        {
            Database::setProfile(m_owner);
            before = checksums(test::db());
            definitions = test::tableDefinitions(test::db());
            Database::closeThreadConnection();
        }

        MainWindow window(AppContext::catalog());
        window.show();
        QSignalSpy connected(&window, &MainWindow::connected);
        QSignalSpy failed(&window, &MainWindow::connectionFailed);
        window.connectTo(account(user));
        QVERIFY2(connected.wait(30000), qPrintable(failed.value(0).value(0).toString()));
        OverviewModel *overview = window.overview()->model();
        QVERIFY(QTest::qWaitFor([&] { return overview->rowOfTask(QStringLiteral("services:renewals")) >= 0; },
                                15000));
        QVERIFY(overview->rowOfTask(kTask) >= 0);
        QCOMPARE(overview->index(overview->rowOfTask(kTask), OverviewModel::Title).data().toString(),
                 QStringLiteral("Back up the uploads"));
        // A task only the history names keeps the title it had (read from cxcron's tables too).
        QCOMPARE(
            overview->index(overview->rowOfTask(QStringLiteral("services:renewals")), OverviewModel::Title)
                .data()
                .toString(),
            QStringLiteral("Create renewal invoices (removed)"));

        // A task's report, its chart and the history behind them.
        window.overview()->selectTask(kTask);
        ReportTableModel *report = window.report()->model();
        QVERIFY(QTest::qWaitFor([&] { return !report->isLoading() && report->totalCount() == 6; }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return window.report()->chart()->pointCount() == 6; }, 15000));
        // A run's details, the failed one.
        qint64 failedId = 0;
        for (int i = 0; i < report->rowCount(); ++i) {
            if (report->execution(i).state == ExecState::Failed)
                failedId = report->execution(i).id;
        }
        QVERIFY(failedId > 0);
        ExecutionDetailsDialog *details = window.openDetails(failedId);
        QVERIFY(details);
        QVERIFY(QTest::qWaitFor([&] { return details->isLoaded(); }, 15000));
        details->close();
        // Recent failures.
        QVERIFY(QTest::qWaitFor([&] { return window.failures()->count() == 1; }, 15000));
        window.refresh();
        QTest::qWait(1500);
        QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        QCOMPARE(failed.count(), 0);

        Database::setProfile(m_owner);
        QCOMPARE(test::tableDefinitions(test::db()), definitions);
        QCOMPARE(checksums(test::db()), before);
        QCOMPARE(Schema::storedVersion(test::db()), int(Schema::CurrentVersion));
        Database::closeThreadConnection();
        Database::setProfile(ConnectionProfile::defaultSqlite());
    }
};

// Offscreen, as the other window tests.
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiGrants test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_grants.moc"
