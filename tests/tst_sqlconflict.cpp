// SPDX-License-Identifier: GPL-3.0-or-later
// Sql::Conflict and Sql::retryOnConflict against a real MariaDB deadlock (error 1213, what Galera
// also reports for a lost certification race).
#include "database.h"
#include "errors.h"
#include "sql.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace cxcron;

class tst_SqlConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void deadlockIsRetried();
    void otherErrorsAreNotRetried();
};

// Two transactions update two rows in opposite orders: InnoDB rolls one back with 1213. Under
// retryOnConflict the victim runs its whole transaction again and both end committed.
void tst_SqlConflict::deadlockIsRetried()
{
    if (!test::backends().contains(QStringLiteral("mariadb")))
        QSKIP("needs the MariaDB test server");
    test::freshDatabase(QStringLiteral("mariadb"));
    Sql::exec(test::db(),
              QStringLiteral(
                  "CREATE TABLE conflict_rows (id INT NOT NULL PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB"));
    Sql::exec(test::db(), QStringLiteral("INSERT INTO conflict_rows (id, n) VALUES (1, 0), (2, 0)"));

    std::atomic<int> attempts{0};
    std::atomic<int> firstRowsLocked{0};
    std::atomic<int> conflicts{0};
    auto work = [&](int first, int second) {
        bool waited = false;
        Sql::retryOnConflict("test transaction", [&] {
            ++attempts;
            const QSqlDatabase db = Database::connection();
            try {
                Sql::Transaction tx(db);
                Sql::exec(db, QStringLiteral("UPDATE conflict_rows SET n = n + 1 WHERE id = ?"), {first});
                if (!waited) {
                    // Both hold their first row before either asks for its second: a deadlock.
                    waited = true;
                    ++firstRowsLocked;
                    QElapsedTimer t;
                    t.start();
                    while (firstRowsLocked < 2 && t.elapsed() < 10000)
                        QThread::msleep(5);
                }
                Sql::exec(db, QStringLiteral("UPDATE conflict_rows SET n = n + 1 WHERE id = ?"), {second});
                tx.commit();
            } catch (const Sql::Conflict &) {
                ++conflicts;
                throw;
            }
        });
    };
    std::exception_ptr otherError;
    std::thread other([&] {
        try {
            work(2, 1);
        } catch (...) {
            otherError = std::current_exception();
        }
        Database::closeThreadConnection();
    });
    work(1, 2);
    other.join();
    QVERIFY(!otherError);
    QCOMPARE(conflicts.load(), 1);
    QCOMPARE(attempts.load(), 3);
    QCOMPARE(test::scalar(QStringLiteral("SELECT SUM(n) FROM conflict_rows")).toInt(), 4);
}

void tst_SqlConflict::otherErrorsAreNotRetried()
{
    for (const QString &backend : test::backends()) {
        test::freshDatabase(backend);
        int attempts = 0;
        try {
            Sql::retryOnConflict("test statement", [&] {
                ++attempts;
                Sql::exec(test::db(), QStringLiteral("SELECT * FROM no_such_table"));
            });
            QFAIL("the statement must fail");
        } catch (const Sql::Conflict &) {
            QFAIL("a missing table is no conflict");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::Database);
        }
        QCOMPARE(attempts, 1);
    }
}

QTEST_GUILESS_MAIN(tst_SqlConflict)
#include "tst_sqlconflict.moc"
