// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcapture.h"

#include "ansi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtAlgorithms>
#include <algorithm>
#include <cstring>
#include <string.h> // memrchr (GNU)
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputCapture)
};

const QByteArray kCutMark = QByteArrayLiteral("\xe2\x80\xa6"); // "…" after a line cut at the limit

QString decode(QByteArrayView bytes)
{
    // Each byte that is not part of valid UTF-8 becomes U+FFFD: one stray Latin-1 byte must not
    // change how the rest of the line reads.
    QString text = QString::fromUtf8(bytes);
    if (std::none_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80; }))
        return text;
    // C1 controls (U+0080–U+009F: CSI, OSC, … as one character) act on the terminal that shows
    // the log (`cxcron show`): they are not text.
    text.removeIf([](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9f; });
    return text;
}

bool isBlank(QByteArrayView bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == ' ' || c == '\t'; });
}

/// Bytes Ansi::stripInto() has to look at (controls but tab, DEL).
inline bool isSpecial(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || c == '\x7f';
}

/// Where the last redraw of a line starts in @p data (a carriage return that is not the last
/// byte, or ESC[1G / ESC[G: back to the first column), -1 when there is none.
qsizetype lastRedraw(const char *data, qsizetype size)
{
    const std::string_view view(data, size_t(size));
    qsizetype at = -1;
    const size_t cr = size > 1 ? view.rfind('\r', size_t(size - 2)) : std::string_view::npos;
    if (cr != std::string_view::npos)
        at = qsizetype(cr);
    for (const std::string_view column : {std::string_view("\x1b[1G"), std::string_view("\x1b[G")}) {
        const size_t pos = view.rfind(column);
        if (pos != std::string_view::npos && qsizetype(pos) > at)
            at = qsizetype(pos);
    }
    return at;
}

qint64 countLines(const char *begin, const char *end)
{
    qint64 count = 0;
    const char *p = begin;
#ifdef __SSE2__
    // Sums of the matches (1 per newline) 16 bytes at a time, in two 64-bit lanes.
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i one = _mm_set1_epi8(1);
    __m128i sums = _mm_setzero_si128();
    for (; end - p >= 16; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        sums = _mm_add_epi64(
            sums, _mm_sad_epu8(_mm_and_si128(_mm_cmpeq_epi8(x, newline), one), _mm_setzero_si128()));
    }
    count = _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
#endif
    for (; p < end; ++p)
        count += *p == '\n';
    return count;
}

/// Where the last @p lines lines of @p data (which ends with a newline) begin: 0 when it has
/// no more than that.
qsizetype startOfLastLines(const char *data, qsizetype size, qint64 lines)
{
    // The newline that ends the line before them is newline number lines + 1 from the end.
    qint64 seen = 0;
    qsizetype at = size;
#ifdef __SSE2__
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i one = _mm_set1_epi8(1);
    for (; at >= 16; at -= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at - 16));
        // Summed with SAD rather than a popcount, which x86-64's baseline lacks (a libgcc call).
        const __m128i sums =
            _mm_sad_epu8(_mm_and_si128(_mm_cmpeq_epi8(x, newline), one), _mm_setzero_si128());
        const qint64 inBlock = _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
        if (seen + inBlock > lines)
            break;
        seen += inBlock;
    }
#endif
    for (; at > 0; --at) {
        if (data[at - 1] == '\n' && ++seen > lines)
            return at;
    }
    return 0;
}

/// True when @p data has no byte Ansi::stripInto() would act on (newlines aside); counts the
/// newlines in @p lines. Sixteen bytes at a time where SSE2 is there: this sees every byte of a
/// command's plain output.
bool scanPlain(const char *data, qsizetype size, qint64 *lines)
{
    qint64 count = 0;
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i del = _mm_set1_epi8(0x7f);
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    const __m128i one = _mm_set1_epi8(1);
    __m128i sums = _mm_setzero_si128();
    for (; i + 16 <= size; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i isNewline = _mm_cmpeq_epi8(x, newline);
        const __m128i isControl = _mm_cmpeq_epi8(_mm_max_epu8(x, lastControl), lastControl); // x <= 0x1f
        const __m128i allowed = _mm_or_si128(isNewline, _mm_cmpeq_epi8(x, tab));
        const __m128i special = _mm_or_si128(_mm_andnot_si128(allowed, isControl), _mm_cmpeq_epi8(x, del));
        if (_mm_movemask_epi8(special))
            return false;
        sums = _mm_add_epi64(sums, _mm_sad_epu8(_mm_and_si128(isNewline, one), _mm_setzero_si128()));
    }
    count = _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
#endif
    for (; i < size; ++i) {
        if (data[i] == '\n')
            ++count;
        else if (isSpecial(data[i]))
            return false;
    }
    *lines = count;
    return true;
}
} // namespace

OutputCapture::OutputCapture(CaptureLimits limits)
    : m_limits(limits)
{}

void OutputCapture::append(Stream stream, const QByteArray &bytes)
{
    m_totalBytes += bytes.size();
    Partial &partial = m_partial[stream == Stream::Err ? 1 : 0];
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    // Past the head, standard output's whole lines go in a chunk at a time: plain ones as they
    // are, coloured ones through one pass of the escape parser. A line those cannot take (an
    // error style, a redraw, a long line) goes through addLine(), then the chunk goes on.
    qsizetype through = -1; // just after the chunk's last newline
    bool triedPlain = false;
    while (start < size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        if (!found) {
            feed(partial, data + start, size - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(found) - data;
        if (partial.bytes.isEmpty() && !partial.cut && !partial.redrawn) {
            if (stream == Stream::Out && m_headFull) {
                if (through < 0)
                    through = static_cast<const char *>(::memrchr(data + start, '\n', size_t(size - start))) -
                              data + 1;
                if (!triedPlain) {
                    triedPlain = true;
                    if (appendPlainLines(data + start, through - start)) {
                        start = through;
                        continue;
                    }
                }
                if (const qsizetype done = appendSimpleLines(data + start, through - start)) {
                    start += done;
                    continue;
                }
            }
            if (end - start <= m_limits.maxLineBytes) {
                addLine(stream, QByteArrayView(data + start, end - start), false, false);
                start = end + 1;
                continue;
            }
        }
        feed(partial, data + start, end - start);
        endLine(stream, partial);
        start = end + 1;
    }
}

bool OutputCapture::appendPlainLines(const char *data, qsizetype size)
{
    // Standard output past the head, without escape or control bytes and no line over the limit:
    // nothing to strip, no error line, so the bytes are kept as they are and the lines counted.
    qint64 lines = 0;
    if (!scanPlain(data, size, &lines))
        return false;
    // No line over the limit: from each line start, the next limit + 1 bytes hold a newline.
    for (const char *p = data, *end = data + size; end - p > m_limits.maxLineBytes;) {
        const void *nl = ::memrchr(p, '\n', size_t(m_limits.maxLineBytes) + 1);
        if (!nl)
            return false;
        p = static_cast<const char *>(nl) + 1;
    }
    m_tail.append(data, size);
    m_tailLines += lines;
    m_lineCount += lines;
    trimTail(false);
    return true;
}

qsizetype OutputCapture::appendSimpleLines(const char *data, qsizetype size)
{
    // Standard output past the head: lines that are neither errors nor redrawn, their escapes
    // stripped in one pass; what addLine() would do for each of them.
    qint64 lines = 0;
    const qsizetype done =
        Ansi::stripSimpleLines(QByteArrayView(data, size), m_tail, m_limits.maxLineBytes, &lines);
    m_tailLines += lines;
    m_lineCount += lines;
    if (lines > 0)
        trimTail(false);
    return done;
}

void OutputCapture::feed(Partial &partial, const char *data, qsizetype size)
{
    if (partial.cut) {
        // Past the limit, the line is skipped until it ends or is drawn over again.
        const qsizetype redraw = lastRedraw(data, size);
        if (redraw < 0)
            return;
        partial.bytes.clear();
        partial.cut = false;
        partial.redrawn = true;
        data += redraw;
        size -= redraw;
    }
    partial.bytes.append(data, size);
    if (partial.bytes.size() <= m_limits.maxLineBytes)
        return;
    // A progress bar redrawn with carriage returns for ever: only its last state counts.
    const qsizetype redraw = lastRedraw(partial.bytes.constData(), partial.bytes.size());
    if (redraw > 0) {
        partial.bytes.remove(0, redraw);
        partial.redrawn = true;
    }
    if (partial.bytes.size() > m_limits.maxLineBytes) {
        // Keep the start of the line, cut before a UTF-8 character split by the limit (an escape
        // sequence split there is dropped whole by Ansi::stripInto).
        qsizetype end = m_limits.maxLineBytes;
        while (end > m_limits.maxLineBytes - 4 && end > 0 && (uchar(partial.bytes.at(end)) & 0xc0) == 0x80)
            --end;
        partial.bytes.truncate(end);
        partial.cut = true;
    }
}

void OutputCapture::endLine(Stream stream, Partial &partial)
{
    addLine(stream, partial.bytes, partial.redrawn, partial.cut);
    partial = Partial();
}

void OutputCapture::finish()
{
    for (int i = 0; i < 2; ++i) {
        Partial &partial = m_partial[i];
        if (!partial.bytes.isEmpty() || partial.cut)
            endLine(i == 1 ? Stream::Err : Stream::Out, partial);
        partial = Partial();
    }
    trimTail(true);
}

void OutputCapture::addLine(Stream stream, QByteArrayView raw, bool redrawn, bool cut)
{
    const qint64 number = m_lineCount++;
    // The line's text goes where it is kept: at the end of the tail, or a scratch array for the head.
    QByteArray scratch;
    QByteArray &out = m_headFull ? m_tail : scratch;
    const qsizetype at = out.size();
    const Ansi::Style style = Ansi::stripInto(raw, out);
    if (cut)
        out.append(kCutMark);
    const QByteArrayView text(out.constData() + at, out.size() - at);
    // Blank lines (Laravel pads its red exception block with them) and progress displays are
    // never errors, wherever they were printed.
    const bool progress = redrawn || style.redrawn;
    const bool error = (style.errorStyled || (stream == Stream::Err && !progress)) && !isBlank(text);
    if (error) {
        ++m_errorLines;
        if (m_firstErrors.size() < m_limits.keptErrorLines)
            m_firstErrors << decode(text).trimmed();
    }
    if (!m_headFull) {
        CapturedLine line{decode(text), error};
        const qint64 size = line.text.size() + 1;
        if (m_headBytes + size <= m_limits.headBytes && m_head.size() < m_limits.headLines) {
            m_headBytes += size;
            m_head << std::move(line);
            return;
        }
        m_headFull = true; // this line and all after it go to the tail
        m_tailFirstLine = number;
        m_tail.reserve(2 * m_limits.tailBytes + 2 * m_limits.maxLineBytes + 64 * 1024);
        m_tail.append(text);
    }
    m_tail.append('\n');
    if (error)
        m_tailErrors.push_back(number);
    ++m_tailLines;
    trimTail(false);
}

OutputCapture::TailView OutputCapture::tailView() const
{
    // The last lines within tailBytes and tailLines, at least one.
    TailView view;
    const char *data = m_tail.constData();
    const qsizetype size = m_tail.size();
    if (size == 0)
        return view;
    qsizetype start = 0;
    if (size > m_limits.tailBytes) {
        start = size - m_limits.tailBytes;
        if (data[start - 1] != '\n') {
            const void *nl = std::memchr(data + start, '\n', size_t(size - start));
            start = static_cast<const char *>(nl) - data + 1;
        }
        if (start >= size) { // one line longer than the tail: keep it alone
            const void *nl = ::memrchr(data, '\n', size_t(size - 1));
            start = nl ? static_cast<const char *>(nl) - data + 1 : 0;
        }
    }
    qint64 dropped = countLines(data, data + start);
    if (m_tailLines - dropped > m_limits.tailLines) {
        start = startOfLastLines(data, size, m_limits.tailLines);
        dropped = m_tailLines - m_limits.tailLines;
    }
    view.start = start;
    view.droppedLines = dropped;
    return view;
}

void OutputCapture::trimTail(bool exact)
{
    // Amortized: the kept tail is cut to its limits when it has grown to twice them.
    if (!exact && m_tail.size() <= 2 * m_limits.tailBytes + m_limits.maxLineBytes &&
        m_tailLines <= 2 * qint64(m_limits.tailLines))
        return;
    const TailView view = tailView();
    if (view.start == 0)
        return;
    m_omittedLines += view.droppedLines;
    m_omittedBytes += view.start;
    // In place, keeping the capacity: the tail never reallocates once it reached its size.
    std::memmove(m_tail.data(), m_tail.constData() + view.start, size_t(m_tail.size() - view.start));
    m_tail.truncate(m_tail.size() - view.start);
    m_tailLines -= view.droppedLines;
    m_tailFirstLine += view.droppedLines;
    while (!m_tailErrors.empty() && m_tailErrors.front() < m_tailFirstLine)
        m_tailErrors.pop_front();
}

bool OutputCapture::isTailError(qint64 lineNumber) const
{
    return std::binary_search(m_tailErrors.cbegin(), m_tailErrors.cend(), lineNumber);
}

QList<OutputCapture::CapturedLine> OutputCapture::keptLines() const
{
    QList<CapturedLine> lines = m_head;
    const TailView view = tailView();
    qint64 number = m_tailFirstLine + view.droppedLines;
    const char *data = m_tail.constData();
    for (qsizetype at = view.start; at < m_tail.size(); ++number) {
        const qsizetype end =
            static_cast<const char *>(std::memchr(data + at, '\n', size_t(m_tail.size() - at))) - data;
        lines << CapturedLine{decode(QByteArrayView(data + at, end - at)), isTailError(number)};
        at = end + 1;
    }
    return lines;
}

QString OutputCapture::tailText(int maxLines, qint64 maxChars) const
{
    QStringList lines;
    qint64 chars = 0;
    auto add = [&](const QString &text, bool error) {
        const QString shown = (error ? QStringLiteral("! ") : QStringLiteral("  ")) + text;
        if (lines.size() >= maxLines || chars + shown.size() + 1 > maxChars)
            return false;
        chars += shown.size() + 1;
        lines.prepend(shown);
        return true;
    };
    // From the end of the tail backwards, then the head if the tail is short and whole.
    const TailView view = tailView();
    const char *data = m_tail.constData();
    qsizetype end = m_tail.size() - 1; // the '\n' of the last line
    qint64 number = m_tailFirstLine + m_tailLines - 1;
    bool more = true;
    while (more && end >= view.start && end >= 0) {
        const void *nl =
            end > view.start ? ::memrchr(data + view.start, '\n', size_t(end - view.start)) : nullptr;
        const qsizetype start = nl ? static_cast<const char *>(nl) - data + 1 : view.start;
        more = add(decode(QByteArrayView(data + start, end - start)), isTailError(number--));
        end = start - 1;
    }
    if (more && m_omittedLines + view.droppedLines == 0)
        for (qsizetype i = m_head.size() - 1; i >= 0 && add(m_head.at(i).text, m_head.at(i).error); --i) {
        }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QJsonObject OutputCapture::toJson() const
{
    QString log;
    QJsonArray errorNumbers;
    int number = 0;
    for (const CapturedLine &line : m_head) {
        ++number;
        if (line.error)
            errorNumbers << number;
        log += line.text;
        log += u'\n';
    }
    const TailView view = tailView();
    const qint64 omitted = m_omittedLines + view.droppedLines;
    if (omitted > 0) {
        ++number;
        log += Tr::tr("[… %n line(s) omitted …]", nullptr, int(qMin<qint64>(omitted, INT_MAX)));
        log += u'\n';
    }
    // The kept tail decoded at once; its error lines numbered after the head (and the marker).
    const qint64 first = m_tailFirstLine + view.droppedLines;
    for (const qint64 n : m_tailErrors)
        if (n >= first)
            errorNumbers << int(number + 1 + (n - first));
    log += decode(QByteArrayView(m_tail.constData() + view.start, m_tail.size() - view.start));
    QJsonObject o{{QStringLiteral("log"), log},
                  {QStringLiteral("error_lines"), errorNumbers},
                  {QStringLiteral("lines"), m_lineCount},
                  {QStringLiteral("bytes"), m_totalBytes}};
    if (omitted > 0) {
        o.insert(QStringLiteral("omitted_lines"), omitted);
        o.insert(QStringLiteral("omitted_bytes"), m_omittedBytes + view.start);
    }
    return o;
}

} // namespace cxcron
