// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <deque>

namespace cxcron {

/// Bounds of what is kept of a command's output. The head shows how it started, the tail how
/// it ended (where errors and exception blocks are); the middle of a flood is counted, not kept.
/// The kept lines are bounded in count as well as in characters, so that the stored JSON (text
/// plus the numbers of the error lines) stays far below the runner's cap however the output is
/// shaped: at most (headBytes + tailBytes) characters of text and headLines + tailLines numbers.
struct CaptureLimits
{
    qint64 headBytes = 64 * 1024;
    qint64 tailBytes = 448 * 1024;
    int headLines = 1000;
    int tailLines = 5000;
    int keptErrorLines = 50;      ///< error lines kept verbatim for the run's exception text
    int maxLineBytes = 16 * 1024; ///< longer lines keep their start and are marked cut
};

/// Collects a command's standard output and error as readable lines while it runs: escape codes
/// stripped, progress bars redrawn in place kept as their last state, text decoded as UTF-8
/// (each invalid byte becomes U+FFFD), C0/C1 control characters removed, each line marked as an
/// error when it was on stderr or drawn in an error style — but never a blank line, and never a
/// progress display. Memory stays bounded whatever the volume or the shape of the output.
class OutputCapture
{
public:
    enum class Stream
    {
        Out,
        Err,
    };

    struct CapturedLine
    {
        QString text;
        bool error = false;
    };

    explicit OutputCapture(CaptureLimits limits = {});

    /// Feeds bytes as they arrive; complete lines are kept, a partial one waits for the rest.
    void append(Stream stream, const QByteArray &bytes);
    /// Flushes partial last lines (call once the process ended).
    void finish();

    qint64 totalBytes() const { return m_totalBytes; }
    qint64 lineCount() const { return m_lineCount; }
    qint64 errorLineCount() const { return m_errorLines; }
    qint64 omittedLines() const { return m_omittedLines + tailView().droppedLines; }
    /// The first error lines (up to limits.keptErrorLines).
    QStringList errorLines() const { return m_firstErrors; }
    /// Every kept line, in order (head, then tail); an omitted middle is not included.
    QList<CapturedLine> keptLines() const;

    /// The last @p maxLines kept lines, at most @p maxBytes characters, error lines marked with
    /// "! " (as `cxcron show` marks them): what a running command's watchers see.
    QString tailText(int maxLines = 200, qint64 maxChars = 64 * 1024) const;

    /// {"log": text, "error_lines": [line numbers in log], "lines", "omitted_lines", …}
    QJsonObject toJson() const;

private:
    /// A line being received on one stream.
    struct Partial
    {
        QByteArray bytes;
        bool redrawn = false; ///< an earlier state of the line was dropped (progress redraw)
        bool cut = false;     ///< over maxLineBytes: the rest of the line is being skipped
    };
    /// Where the kept tail starts in m_tail once the limits are applied, and what is left out.
    struct TailView
    {
        qsizetype start = 0;
        qint64 droppedLines = 0;
    };

    void feed(Partial &partial, const char *data, qsizetype size);
    void endLine(Stream stream, Partial &partial);
    void addLine(Stream stream, QByteArrayView raw, bool redrawn, bool cut);
    bool appendPlainLines(const char *data, qsizetype size);
    qsizetype appendSimpleLines(const char *data, qsizetype size);
    void trimTail(bool exact);
    TailView tailView() const;
    bool isTailError(qint64 lineNumber) const;

    CaptureLimits m_limits;
    Partial m_partial[2];
    QList<CapturedLine> m_head;
    qint64 m_headBytes = 0;
    bool m_headFull = false;
    // After the head: the lines as stripped UTF-8, each ending with '\n', decoded only when read
    // (most lines of a flood are dropped before anyone reads them).
    QByteArray m_tail;
    qint64 m_tailLines = 0;
    qint64 m_tailFirstLine = 0;      ///< number (0-based, over all lines) of m_tail's first line
    std::deque<qint64> m_tailErrors; ///< numbers of m_tail's error lines, ascending
    qint64 m_totalBytes = 0;
    qint64 m_lineCount = 0;
    qint64 m_errorLines = 0;
    qint64 m_omittedLines = 0;
    qint64 m_omittedBytes = 0;
    QStringList m_firstErrors;
};

} // namespace cxcron
