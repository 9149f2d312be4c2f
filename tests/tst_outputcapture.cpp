// SPDX-License-Identifier: GPL-3.0-or-later
// OutputCapture on output as commands print it, hostile shapes included: what is stored must read
// as the terminal showed it, mark only real error lines, and stay bounded with its end intact.
#include "outputcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cxcron;
using Stream = OutputCapture::Stream;

namespace {

struct Chunk
{
    Stream stream;
    QByteArray bytes;
};

/// @p pastHead: after filler lines that fill the head, so that the chunks' lines are all
/// read where a flood's are (the tail, standard output taken a chunk at a time).
OutputCapture capture(const QList<Chunk> &chunks, bool pastHead = false)
{
    CaptureLimits limits;
    if (pastHead)
        limits.headLines = 1;
    OutputCapture c(limits);
    if (pastHead)
        c.append(Stream::Out, "filler\nfiller\n");
    for (const Chunk &chunk : chunks)
        c.append(chunk.stream, chunk.bytes);
    c.finish();
    return c;
}

QStringList texts(const OutputCapture &c)
{
    QStringList result;
    for (const auto &line : c.keptLines())
        result << line.text;
    return result;
}

} // namespace

class tst_OutputCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void progressPastTheLineLimitIsOneLine();
    void escapeCutAtTheLineLimitLeavesNoResidue();
    void readChunkByChunk();
    void storedJsonStaysSmallAndKeepsTheEnd();
    void errorNumbersPointAtTheirLines();
    void chunkedTailReadsAsLineByLine();
};

void tst_OutputCapture::lines_data()
{
    QTest::addColumn<QList<Chunk>>("chunks");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<bool>>("errors");

    // Symfony's progress bar under --ansi: redrawn with ESC[1G ESC[2K on stderr, no newline
    // until the end. One line, its last state, not an error.
    QTest::newRow("symfony progress bar")
        << QList<Chunk>{{Stream::Err, " 0/3 [>---]   0%"},
                        {Stream::Err, "\x1b[1G\x1b[2K 1/3 [=>--]  33%"},
                        {Stream::Err, "\x1b[1G\x1b[2K 3/3 [====] 100%\n"}}
        << QStringList{QStringLiteral(" 3/3 [====] 100%")} << QList<bool>{false};
    // Carriage-return redraws (older Symfony, wget, rsync…): same.
    QTest::newRow("carriage return bar") << QList<Chunk>{{Stream::Err, "10%\r50%\r100%\n"}}
                                         << QStringList{QStringLiteral("100%")} << QList<bool>{false};
    // A plain stderr line is an error; a blank one never is (Laravel pads its red block).
    QTest::newRow("blank lines are not errors")
        << QList<Chunk>{{Stream::Err, "\n   \nDisk full\n"},
                        {Stream::Out,
                         "\x1b[37;41m                \x1b[39;49m\n\x1b[37;41m  Boom  \x1b[39;49m\n"}}
        << QStringList{QString(), QStringLiteral("   "), QStringLiteral("Disk full"),
                       QStringLiteral("                "), QStringLiteral("  Boom  ")}
        << QList<bool>{false, false, true, false, true};
    // One byte that is not UTF-8 becomes U+FFFD; the rest of the line keeps its accents.
    QTest::newRow("invalid byte") << QList<Chunk>{{Stream::Out, "caf\xe9 cr\xc3\xa9\xc3\xa9\n"}}
                                  << QStringList{QStringLiteral("caf\uFFFD créé")} << QList<bool>{false};
    // C1 controls (CSI U+009B, OSC U+009D) as UTF-8 characters, and raw: never stored.
    QTest::newRow("c1 controls") << QList<Chunk>{{Stream::Out, "a\xc2\x9b"
                                                               "31mb\xc2\x9d"
                                                               "0;x\x07"
                                                               "c\x9b"
                                                               "d\x7f\n"}}
                                 << QStringList{QStringLiteral("a31mb0;xc\uFFFDd")} << QList<bool>{false};
    // Many shapes in one chunk, as a pipe gives them: coloured lines, an error style, a redraw,
    // an OSC link, CRLF, an escape cut by its line's end, a lone ESC, controls, tabs.
    QTest::newRow("mixed chunk")
        << QList<Chunk>{{Stream::Out, "\x1b[32mok 1\x1b[39m\n"
                                      "\x1b[1;31mred\x1b[0m\n"
                                      "\x1b[32mok 2\x1b[39m\r\n"
                                      "10%\r100%\n"
                                      "\x1b]8;;https://x.test\x07link\x1b]8;;\x07 text\n"
                                      "cut \x1b[3\n"
                                      "lone\x1b\n"
                                      "a\tb\x01"
                                      "c\x7f\n"
                                      "\x1b[2Kdrawn\n"
                                      "\x1b[37;41m  Boom  \x1b[39;49m\n"
                                      "\x1b[7mreverse\x1b[27m\x1b(B\n"
                                      "\n"}}
        << QStringList{QStringLiteral("ok 1"),     QStringLiteral("red"),       QStringLiteral("ok 2"),
                       QStringLiteral("100%"),     QStringLiteral("link text"), QStringLiteral("cut "),
                       QStringLiteral("lone"),     QStringLiteral("a\tbc"),     QStringLiteral("drawn"),
                       QStringLiteral("  Boom  "), QStringLiteral("reverse"),   QString()}
        << QList<bool>{false, true, false, false, false, false, false, false, false, true, false, false};
}

void tst_OutputCapture::lines()
{
    QFETCH(QList<Chunk>, chunks);
    QFETCH(QStringList, expected);
    QFETCH(QList<bool>, errors);
    // The same in the head (line by line) and past it (a chunk at a time).
    for (const bool pastHead : {false, true}) {
        const OutputCapture c = capture(chunks, pastHead);
        QStringList got = texts(c);
        QList<bool> marked;
        for (const auto &line : c.keptLines())
            marked << line.error;
        if (pastHead) {
            QCOMPARE(got.mid(0, 2), (QStringList{QStringLiteral("filler"), QStringLiteral("filler")}));
            got = got.mid(2);
            marked = marked.mid(2);
        }
        QCOMPARE(got, expected);
        QCOMPARE(marked, errors);
        for (const QString &text : got)
            for (QChar ch : text)
                QVERIFY2(ch.unicode() >= 0x20 || ch == u'\t', "a control character was stored");
    }
}

void tst_OutputCapture::progressPastTheLineLimitIsOneLine()
{
    // 2000 redraws of a 20-byte state: 40 KB without a newline.
    QByteArray bar;
    for (int i = 1; i <= 2000; ++i)
        bar += "\r" + QByteArray::number(i).rightJustified(6) + "/2000 [=====]";
    const OutputCapture c = capture({{Stream::Err, bar + "\n"}, {Stream::Out, "done\n"}});
    QCOMPARE(texts(c), (QStringList{QStringLiteral("  2000/2000 [=====]"), QStringLiteral("done")}));
    QCOMPARE(c.errorLineCount(), 0);
}

void tst_OutputCapture::escapeCutAtTheLineLimitLeavesNoResidue()
{
    // A red line longer than the limit, read from the pipe 4 KiB at a time, with escape
    // sequences straddling the 16 KiB mark and a 4 KiB read boundary.
    const int limit = CaptureLimits().maxLineBytes;
    QByteArray line = "\x1b[31m" + QByteArray(limit - 2 - 5, 'x') + "\x1b[31m";
    line += QByteArray(5 * 4096 - 2 - line.size(), 'x') + "\x1b[31m" + QByteArray(5000, 'y') + "\x1b[39m\n";
    OutputCapture c;
    for (qsizetype at = 0; at < line.size(); at += 4096)
        c.append(Stream::Out, line.mid(at, 4096));
    c.append(Stream::Out, "next\n");
    c.finish();
    const QStringList kept = texts(c);
    QCOMPARE(kept.size(), 2);
    QVERIFY2(!kept.first().contains(QStringLiteral("31m")),
             "an escape sequence was cut in two and half of it stored");
    QVERIFY(kept.first().startsWith(QStringLiteral("xxx")));
    QVERIFY(kept.first().endsWith(QChar(0x2026)));
    QCOMPARE(c.errorLineCount(), 1);
    QCOMPARE(kept.last(), QStringLiteral("next"));
}

void tst_OutputCapture::readChunkByChunk()
{
    // The same output, delivered one byte at a time (a slow pipe): same lines.
    const QByteArray out = "caf\xc3\xa9\r\x1b[1G\x1b[2Kdone \xe9t\xc3\xa9\nsecond\n";
    OutputCapture c;
    for (char byte : out)
        c.append(Stream::Out, QByteArray(1, byte));
    c.finish();
    QCOMPARE(texts(c), (QStringList{QStringLiteral("done \uFFFDt\u00e9"), QStringLiteral("second")}));
}

void tst_OutputCapture::storedJsonStaysSmallAndKeepsTheEnd()
{
    // 3 MB of empty stderr lines, then 3 MB of short error lines, then the last words.
    OutputCapture c;
    const QByteArray empty(64 * 1024, '\n');
    for (int i = 0; i < 48; ++i)
        c.append(Stream::Err, empty);
    QByteArray errors;
    for (int i = 0; i < 20000; ++i)
        errors += "E" + QByteArray::number(i) + "\n";
    for (int i = 0; i < 30; ++i)
        c.append(Stream::Err, errors);
    c.append(Stream::Out, "the last line\n");
    c.finish();
    const QByteArray json = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(json.size() < 1024 * 1024, qPrintable(QString::number(json.size())));
    const QString log = c.toJson().value(QStringLiteral("log")).toString();
    QVERIFY(log.endsWith(QStringLiteral("the last line\n")));
    QVERIFY(c.toJson().value(QStringLiteral("error_lines")).toArray().size() <= 6000);
    QCOMPARE(c.errorLineCount(), 600000);
}

void tst_OutputCapture::errorNumbersPointAtTheirLines()
{
    // 20,000 lines, every 7th an error on stderr, plain and coloured lines mixed: past the head
    // and the trimming of the tail, each stored error number still points at an error line, and
    // the watchers' tail shows the same last lines.
    OutputCapture c;
    for (int i = 0; i < 20000; ++i) {
        if (i % 7 == 0)
            c.append(Stream::Err, "failed item " + QByteArray::number(i) + "\n");
        else if (i % 3 == 0)
            c.append(Stream::Out, "\x1b[32mitem " + QByteArray::number(i) + " ok\x1b[39m\n");
        else
            c.append(Stream::Out, "item " + QByteArray::number(i) + " ok\n");
    }
    c.finish();
    const QJsonObject json = c.toJson();
    QStringList lines = json.value(QStringLiteral("log")).toString().split(u'\n');
    lines.removeLast();
    QSet<int> errors;
    for (const QJsonValue &n : json.value(QStringLiteral("error_lines")).toArray())
        errors.insert(n.toInt());
    QVERIFY(errors.size() > 100);
    for (int n = 1; n <= lines.size(); ++n)
        QCOMPARE(errors.contains(n), lines.at(n - 1).startsWith(QStringLiteral("failed item")));
    QCOMPARE(lines.last(), QStringLiteral("failed item 19999"));
    QCOMPARE(c.lineCount(), 20000);
    QCOMPARE(c.errorLineCount(), 2858);
    const QStringList tail = c.tailText(3).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(tail, (QStringList{QStringLiteral("  item 19997 ok"), QStringLiteral("  item 19998 ok"),
                                QStringLiteral("! failed item 19999")}));
    const auto kept = c.keptLines();
    QCOMPARE(kept.size(), lines.size() - 1); // the log has the "omitted" marker line
    QCOMPARE(kept.last().text, QStringLiteral("failed item 19999"));
    QVERIFY(kept.last().error);
}

void tst_OutputCapture::chunkedTailReadsAsLineByLine()
{
    // Past the head, standard output is read a chunk at a time (plain lines kept as they are,
    // coloured ones stripped in one pass, any other line handed to the per-line rules): random
    // terminal output, cut into random chunks, must read exactly as each line read alone in
    // the head, error marks included.
    static const QByteArray pieces[] = {"a",
                                        "text ",
                                        " ",
                                        "\t",
                                        "\x1b[32m",
                                        "\x1b[31m",
                                        "\x1b[37;41m",
                                        "\x1b[0m",
                                        "\x1b[1G",
                                        "\x1b[G",
                                        "\x1b[2K",
                                        "\x1b[3",
                                        "\x1b]8;;u\x07",
                                        "\x1b",
                                        "\x1b(B",
                                        "\x1b"
                                        "7",
                                        "\r",
                                        "\r\n",
                                        "\x01",
                                        "\x7f",
                                        "\xc2\x9b",
                                        "\x9b",
                                        "\xff",
                                        "\xc3\xa9",
                                        "\n",
                                        "\n",
                                        "\n"};
    QRandomGenerator random(20261203);
    for (int round = 0; round < 200; ++round) {
        QByteArray text;
        const int count = random.bounded(1, 400);
        for (int i = 0; i < count; ++i)
            text += pieces[random.bounded(int(std::size(pieces)))];
        text += '\n';
        // Lines stay under maxLineBytes: a line cut at the limit keeps its start from where it was
        // when the limit was reached, which depends on how the pipe cut it (tested apart).
        CaptureLimits limits;
        limits.headLines = 100000;
        limits.headBytes = 1 << 30;
        OutputCapture lineByLine(limits);
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype end = text.indexOf('\n', at) + 1;
            lineByLine.append(Stream::Out, text.mid(at, end - at));
            at = end;
        }
        lineByLine.finish();
        limits.headLines = 1;
        OutputCapture chunked(limits);
        chunked.append(Stream::Out, "filler\nfiller\n");
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype size = random.bounded(1, 200);
            chunked.append(Stream::Out, text.mid(at, size));
            at += size;
        }
        chunked.finish();
        QList<OutputCapture::CapturedLine> expected = lineByLine.keptLines();
        QList<OutputCapture::CapturedLine> got = chunked.keptLines().mid(2);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).text, expected.at(i).text);
            QCOMPARE(got.at(i).error, expected.at(i).error);
        }
    }
}

QTEST_GUILESS_MAIN(tst_OutputCapture)
#include "tst_outputcapture.moc"
