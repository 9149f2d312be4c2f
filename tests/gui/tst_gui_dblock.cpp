// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite file locked for writing by another connection (another cxcron process) for longer
// than the busy timeout: "Run now" is refused with the busy message (not failed with "database
// is locked" on stderr), "Delete old executions" shows it, and both work once the lock is gone.
#include "faketask.h"
#include "prunedialog.h"
#include "runnowcontroller.h"
#include "seed.h"
#include "translation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

const QString kTask = QStringLiteral("fake:quick");
constexpr int kBusyTimeoutMs = 700;

AppContext quickContext()
{
    TaskRegistry registry;
    registry.add(std::make_shared<test::FakeTask>(kTask, Schedule::everyMinutes(5), [](TaskContext &) {
        return QJsonObject{{QStringLiteral("done"), true}};
    }));
    return AppContext::fixed(registry, Clock::fromEnvironment(), QStringLiteral("tester"));
}

/// Another connection to the same file, as another process would hold it: a write transaction
/// left open until release().
class WriteLock
{
public:
    explicit WriteLock(const QString &file)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(file);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("UPDATE cron_logs SET state = state WHERE id < 0")),
                 qPrintable(q.lastError().text()));
        m_held = true;
    }
    ~WriteLock() { release(); }
    void release()
    {
        if (!m_held)
            return;
        m_held = false;
        {
            QSqlDatabase db = QSqlDatabase::database(kName, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(kName);
    }
    bool held() const { return m_held; }

private:
    static inline const QString kName = QStringLiteral("test-write-lock");
    bool m_held = false;
};

const QString kBusyText = QStringLiteral("is busy: another cxcron process");

} // namespace

class TestDbLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translation::install(QStringLiteral("en"));
        qputenv("CXCRON_SQLITE_BUSY_TIMEOUT_MS", QByteArray::number(kBusyTimeoutMs));
    }

    void init()
    {
        const ConnectionProfile profile = test::freshDatabase(QStringLiteral("sqlite"));
        m_file = profile.filePath;
        test::seedRows(
            {test::makeRow(QStringLiteral("t:old"), QDateTime::currentDateTimeUtc().addDays(-90))});
    }

    void runNowIsRefusedWithTheBusyMessage()
    {
        RunNowController controller(quickContext());
        QSignalSpy refused(&controller, &RunNowController::refused);
        QSignalSpy failed(&controller, &RunNowController::failed);
        QSignalSpy finished(&controller, &RunNowController::finished);
        {
            WriteLock lock(m_file);
            QVERIFY(lock.held());
            QElapsedTimer clock;
            clock.start();
            QVERIFY(controller.start(kTask));
            QVERIFY(QTest::qWaitFor(
                [&] { return !refused.isEmpty() || !failed.isEmpty() || !finished.isEmpty(); }, 10000));
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
            QCOMPARE(refused.count(), 1);
            const QString message = refused.first().at(1).toString();
            QVERIFY2(message.contains(kBusyText) && message.contains(m_file), qPrintable(message));
            QVERIFY2(clock.elapsed() >= kBusyTimeoutMs - 100, "gave up before the busy timeout");
            QVERIFY(!controller.isRunning());
        }
        QVERIFY(controller.start(kTask));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).toInt(), int(ExecState::Success));
    }

    void pruneShowsTheBusyMessage()
    {
        PruneDialog dialog(QString{});
        dialog.setKeepDays(30);
        dialog.setKeepLast(0);
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() == 1; }, 10000));
        WriteLock lock(m_file);
        QVERIFY(lock.held());
        auto *timer = new QTimer(&dialog);
        connect(timer, &QTimer::timeout, timer, [timer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
                timer->stop();
            }
        });
        timer->start(20);
        dialog.startDelete();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
        QVERIFY2(dialog.countText().contains(kBusyText), qPrintable(dialog.countText()));
        QCOMPARE(dialog.deletedCount(), qint64(-1));
        lock.release();
        QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs")).toInt(), 1);
    }

private:
    QString m_file;
};

QTEST_MAIN(TestDbLock)
#include "tst_gui_dblock.moc"
