// SPDX-License-Identifier: GPL-3.0-or-later
// A command run's output in the execution details: error lines in red, text escaped.
#include "commandloghtml.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace cxcron::gui;

class tst_GuiCommandLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void errorLinesAreRed()
    {
        const QJsonObject output{
            {QStringLiteral("command"), QStringLiteral("php artisan services:expire --ansi")},
            {QStringLiteral("exit_code"), 0},
            {QStringLiteral("log"), QStringLiteral("12 : ok\n13 : <b>panel</b> error\n14 : ok\n")},
            {QStringLiteral("error_lines"), QJsonArray{2}}};
        QVERIFY(isCommandOutput(output));
        const QString html = commandLogHtml(output);
        QVERIFY2(html.contains(QStringLiteral(
                     "<span style=\"color:#c62828\">13 : &lt;b&gt;panel&lt;/b&gt; error</span>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("color:#c62828\">12")));
        QVERIFY(!html.contains(QStringLiteral("color:#c62828\">14")));
        QVERIFY(html.contains(QStringLiteral("exit code 0")));
    }
    void nativeResultIsNotACommandLog()
    {
        QVERIFY(!isCommandOutput(QJsonObject{{QStringLiteral("delivered"), 3}}));
    }
    void stoppedRunSaysWhy()
    {
        const QJsonObject output{{QStringLiteral("command"), QStringLiteral("sleep 100")},
                                 {QStringLiteral("signal"), QStringLiteral("SIGKILL")},
                                 {QStringLiteral("stopped"), QStringLiteral("timeout")},
                                 {QStringLiteral("log"), QString()}};
        const QString html = commandLogHtml(output);
        QVERIFY(html.contains(QStringLiteral("SIGKILL")));
        QVERIFY(html.contains(QStringLiteral("timeout")));
    }
};

QTEST_MAIN(tst_GuiCommandLog)
#include "tst_gui_commandlog.moc"
