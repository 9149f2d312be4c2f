// SPDX-License-Identifier: GPL-3.0-or-later
// "Delete old executions": the number previewed is the number deleted (one task or all, ids out
// of time order across tasks), a confirmation naming that number is asked first, and the
// number actually deleted is reported.
#include "prunedialog.h"
#include "seed.h"
#include "translation.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace cxcron;
using namespace cxcron::gui;

namespace {

qint64 rowCount(const QString &where = QStringLiteral("1 = 1"))
{
    return test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE ") + where).toLongLong();
}

/// Answers the next modal message box with @p button once it shows; *text gets its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->objectName() + u'|' + box->text();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestPrune : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translation::install(QStringLiteral("en"));
    }

    void previewEqualsDeleted_data()
    {
        QTest::addColumn<int>("keepDays");
        QTest::addColumn<int>("keepLast");
        QTest::addColumn<bool>("allTasks");
        QTest::addColumn<int>("expected");
        // "t:prune" (seeded first, lowest ids): 60 old rows (20..79 days), 40 recent ones, one
        // old running row. "t:minutely" (seeded next): 500 runs a minute apart, 10 days ago.
        // "t:weekly" (seeded last, highest ids, newest first): 12 runs, 2, 9, 16, … 79 days ago.
        QTest::newRow("15 days, this task") << 15 << 10 << false << 60;
        QTest::newRow("45 days, this task") << 45 << 10 << false << 35;
        QTest::newRow("keep last 80 runs, this task") << 15 << 80 << false << 20;
        // All tasks, 7 days: minutely keeps its last 10; weekly's last 10 keep all but 2 of its
        // 11 old runs. 15 days: minutely is too recent; weekly keeps its last 3.
        QTest::newRow("7 days, all tasks") << 7 << 10 << true << 60 + 490 + 2;
        QTest::newRow("15 days, keep last 3, all tasks") << 15 << 3 << true << 60 + 0 + 9;
    }

    void previewEqualsDeleted()
    {
        QFETCH(int, keepDays);
        QFETCH(int, keepLast);
        QFETCH(bool, allTasks);
        QFETCH(int, expected);
        test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<test::SeedRow> rows;
        rows << test::makeRow(QStringLiteral("t:prune"), now.addDays(-90), 0, QStringLiteral("running"));
        for (int i = 59; i >= 0; --i)
            rows << test::makeRow(QStringLiteral("t:prune"), now.addDays(-(20 + i)).addSecs(-3600));
        for (int i = 0; i < 40; ++i)
            rows << test::makeRow(QStringLiteral("t:prune"), now.addSecs(-3600 * (40 - i)));
        for (int i = 0; i < 500; ++i)
            rows << test::makeRow(QStringLiteral("t:minutely"), now.addDays(-10).addSecs(60 * i));
        for (int w = 0; w < 12; ++w)
            rows << test::makeRow(QStringLiteral("t:weekly"), now.addDays(-7 * w - 2));
        // Tasks one after another, as the demo database is seeded: ids do not follow time.
        test::seedRows(rows);
        const qint64 before = rowCount();

        PruneDialog dialog(QStringLiteral("t:prune"));
        dialog.setKeepDays(keepDays);
        dialog.setKeepLast(keepLast);
        dialog.setAllTasks(allTasks);
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() >= 0; }, 10000));
        QCOMPARE(dialog.pendingCount(), qint64(expected));
        QVERIFY2(dialog.countText().contains(QLocale().toString(expected)), qPrintable(dialog.countText()));
        QCOMPARE(rowCount(), before); // nothing yet

        // Declining the confirmation deletes nothing.
        QString asked;
        QSignalSpy deleted(&dialog, &PruneDialog::deleted);
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        dialog.startDelete();
        QVERIFY(!asked.isEmpty());
        QTest::qWait(200);
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(rowCount(), before);

        asked.clear();
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dialog.startDelete();
        QVERIFY2(asked.startsWith(QStringLiteral("pruneConfirmation|")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Delete %1 execution").arg(QLocale().toString(expected))),
                 qPrintable(asked));
        QVERIFY2(asked.contains(allTasks ? QStringLiteral("of all tasks") : QStringLiteral("of t:prune")),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("This cannot be undone.")), qPrintable(asked));
        QVERIFY(deleted.wait(20000));
        QCOMPARE(deleted.first().at(0).toLongLong(), qint64(expected));
        QCOMPARE(deleted.first().at(1).toBool(), false);
        QCOMPARE(rowCount(), before - expected);
        QCOMPARE(rowCount(QStringLiteral("state = 'running'")), 1);
        QVERIFY2(dialog.countText().contains(
                     QStringLiteral("%1 executions deleted.").arg(QLocale().toString(expected))),
                 qPrintable(dialog.countText()));
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() == 0; }, 10000)); // recounted after
    }

    // The dialog wrote "11/26/26 1:46 PM" while the window writes 2026-11-26 13:46:00; it did
    // not say which task "this task" was; after deleting it showed the old preview too.
    void datesTaskAndOutcomeAreClear()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<test::SeedRow> rows;
        for (int i = 0; i < 30; ++i)
            rows << test::makeRow(QStringLiteral("t:prune"), now.addDays(-(20 + i)));
        test::seedRows(rows);
        PruneDialog dialog(QStringLiteral("t:prune"));
        dialog.setKeepLast(0);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("thisTaskRadio"))
                    ->text()
                    .contains(QStringLiteral("t:prune")));
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() == 30; }, 10000));
        const QRegularExpression isoTime(QStringLiteral(R"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"));
        QVERIFY2(isoTime.match(dialog.countText()).hasMatch(), qPrintable(dialog.countText()));
        QString asked;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        QSignalSpy deleted(&dialog, &PruneDialog::deleted);
        dialog.startDelete();
        QVERIFY2(isoTime.match(asked).hasMatch(), qPrintable(asked));
        QVERIFY(deleted.wait(20000));
        QVERIFY(QTest::qWaitFor([&] { return dialog.pendingCount() == 0; }, 10000));
        QCOMPARE(dialog.countText(), QStringLiteral("30 executions deleted."));
    }
};

QTEST_MAIN(TestPrune)
#include "tst_gui_prune.moc"
