// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessSupervisor's reading of a command's two output streams: lines are stored in the order
// they arrived at the runner, across stdout and stderr, error lines still marked; the same
// through cxcron-shim (a fenced run), whose command inherits the runner's pipes.
#include "commandlog.h"
#include "processsupervisor.h"
#include "runfence.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace cxcron;

namespace {

struct Run
{
    ProcessResult result;
    OutputCapture capture;
};

Run runShell(const QString &script, bool fenced)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = {QStringLiteral("-c"), script};
    spec.killGraceMs = 1000;
    if (fenced) {
        spec.fence = std::make_shared<RunFence>(
            QStringLiteral("test|order|%1").arg(QCoreApplication::applicationPid()));
        spec.fence->extendTo(RunFence::nowMs() + 60 * 1000);
    }
    Run run;
    std::atomic_bool never{false};
    run.result = ProcessSupervisor::run(spec, run.capture, &never);
    return run;
}

} // namespace

class tst_ProcessSupervisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesKeepTheirArrivalOrder_data();
    void linesKeepTheirArrivalOrder();
    void descendantHoldingThePipesDoesNotHoldTheRun_data();
    void descendantHoldingThePipesDoesNotHoldTheRun();
};

void tst_ProcessSupervisor::linesKeepTheirArrivalOrder_data()
{
    QTest::addColumn<bool>("fenced");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<bool>>("errors");

    // The case: an error printed before "Done" must not be stored after it. (Each line
    // some time after the one before: lines of both streams already waiting together when the
    // runner looks cannot be ordered by anyone, two pipes do not say which write came first.)
    const QString spaced = QStringLiteral("printf 'err1\\n' >&2; sleep 0.05; echo out1; sleep 0.05; printf "
                                          "'err2\\n' >&2; sleep 0.05; echo Done");
    const QStringList spacedLines{QStringLiteral("err1"), QStringLiteral("out1"), QStringLiteral("err2"),
                                  QStringLiteral("Done")};
    // Tighter: stderr then stdout a few milliseconds apart, again and again.
    QString tight;
    QStringList tightLines;
    QList<bool> tightErrors;
    for (int i = 1; i <= 8; ++i) {
        tight += QStringLiteral("printf 'err%1\\n' >&2; sleep 0.005; echo out%1; sleep 0.005; ").arg(i);
        tightLines << QStringLiteral("err%1").arg(i) << QStringLiteral("out%1").arg(i);
        tightErrors << true << false;
    }
    // A partial line on stdout completed after a whole stderr line: a line takes its place when
    // it ends.
    const QString partial =
        QStringLiteral("printf 'progress… '; sleep 0.02; printf 'warn\\n' >&2; sleep 0.02; echo done");
    for (const bool fenced : {false, true}) {
        const char *how = fenced ? "shim" : "direct";
        QTest::addRow("%s/spaced", how)
            << fenced << spaced << spacedLines << QList<bool>{true, false, true, false};
        QTest::addRow("%s/tight", how) << fenced << tight << tightLines << tightErrors;
        QTest::addRow("%s/partial", how)
            << fenced << partial << QStringList{QStringLiteral("warn"), QStringLiteral("progress… done")}
            << QList<bool>{true, false};
    }
}

void tst_ProcessSupervisor::linesKeepTheirArrivalOrder()
{
    QFETCH(bool, fenced);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, errors);
    if (fenced && ProcessSupervisor::shimPath().isEmpty())
        QSKIP("cxcron-shim is not built");
    const Run run = runShell(script, fenced);
    QVERIFY2(run.result.started, qPrintable(run.result.startError));
    QCOMPARE(run.result.exitCode, 0);

    QStringList texts;
    QList<bool> marks;
    for (const auto &line : run.capture.keptLines()) {
        texts << line.text;
        marks << line.error;
    }
    QCOMPARE(texts, expected);
    QCOMPARE(marks, errors);

    // As stored and shown (`cxcron show`, the GUI's details): the same order, the same marks.
    const auto log = CommandLog::fromOutput(run.capture.toJson());
    QVERIFY(log);
    texts.clear();
    marks.clear();
    for (const CommandLog::Line &line : log->lines) {
        texts << line.text;
        marks << line.error;
    }
    QCOMPARE(texts, expected);
    QCOMPARE(marks, errors);
}

void tst_ProcessSupervisor::descendantHoldingThePipesDoesNotHoldTheRun_data()
{
    QTest::addColumn<bool>("fenced");
    QTest::newRow("direct") << false;
    QTest::newRow("shim") << true;
}

void tst_ProcessSupervisor::descendantHoldingThePipesDoesNotHoldTheRun()
{
    // The command ends while a descendant still has its stdout and stderr: the run ends with
    // the command (through the shim, the descendant is stopped with it), its output kept.
    QFETCH(bool, fenced);
    if (fenced && ProcessSupervisor::shimPath().isEmpty())
        QSKIP("cxcron-shim is not built");
    QElapsedTimer timer;
    timer.start();
    const Run run = runShell(QStringLiteral("echo first; (sleep 5; echo late) & echo last"), fenced);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.result.exitCode, 0);
    QStringList texts;
    for (const auto &line : run.capture.keptLines())
        texts << line.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("first"), QStringLiteral("last")}));
}

QTEST_GUILESS_MAIN(tst_ProcessSupervisor)
#include "tst_processsupervisor.moc"
