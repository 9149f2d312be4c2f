// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansi.h"

#include <QtAlgorithms>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cxcron::Ansi {
namespace {

bool isErrorSgr(QByteArrayView params)
{
    // SGR parameters are ';'-separated: 41 = red background, 31 = red foreground, 101/91 bright.
    // A plain loop: this runs for every colour change of a coloured flood.
    const char *p = params.data();
    const qsizetype n = params.size();
    for (qsizetype start = 0; start <= n;) {
        qsizetype end = start;
        while (end < n && p[end] != ';')
            ++end;
        const char *q = p + start;
        const qsizetype length = end - start;
        if ((length == 2 && (q[0] == '4' || q[0] == '3' || q[0] == '9') && q[1] == '1') ||
            (length == 3 && q[0] == '1' && q[1] == '0' && q[2] == '1'))
            return true;
        start = end + 1;
    }
    return false;
}

inline bool isSpecial(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || c == '\x7f';
}

/// The first byte at or after @p from that is a control (but tab) or DEL, or @p n. Sixteen
/// bytes at a time where SSE2 is there: every byte of a command's output passes here.
qsizetype nextSpecial(const char *data, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#ifdef __SSE2__
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i del = _mm_set1_epi8(0x7f);
    const __m128i lastControl = _mm_set1_epi8(0x1f);
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i isControl = _mm_cmpeq_epi8(_mm_max_epu8(x, lastControl), lastControl); // x <= 0x1f
        const __m128i special =
            _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(x, tab), isControl), _mm_cmpeq_epi8(x, del));
        if (const int mask = _mm_movemask_epi8(special))
            return i + qCountTrailingZeroBits(uint(mask));
    }
#endif
    for (; i < n; ++i)
        if (isSpecial(data[i]))
            return i;
    return n;
}

/// The specials (as nextSpecial() finds them) of a chunk, handed out in order with one load per
/// 16 bytes however many a block holds: a coloured line has three (two ESC and its newline).
class SpecialScanner
{
public:
    SpecialScanner(const char *data, qsizetype n)
        : m_data(data)
        , m_n(n)
    {}

    /// The first special at or after @p from, or n.
    qsizetype next(qsizetype from)
    {
#ifdef __SSE2__
        if (from >= m_block && from < m_block + 16) {
            if (const uint mask = m_mask & (~0u << (from - m_block)))
                return m_block + qCountTrailingZeroBits(mask);
            from = m_block + 16;
        }
        const __m128i tab = _mm_set1_epi8('\t');
        const __m128i del = _mm_set1_epi8(0x7f);
        const __m128i lastControl = _mm_set1_epi8(0x1f);
        for (; from + 16 <= m_n; from += 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + from));
            const __m128i isControl = _mm_cmpeq_epi8(_mm_max_epu8(x, lastControl), lastControl);
            const __m128i special =
                _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(x, tab), isControl), _mm_cmpeq_epi8(x, del));
            m_block = from;
            m_mask = uint(_mm_movemask_epi8(special));
            if (m_mask)
                return from + qCountTrailingZeroBits(m_mask);
        }
#endif
        for (; from < m_n; ++from)
            if (isSpecial(m_data[from]))
                return from;
        return m_n;
    }

private:
    const char *m_data;
    qsizetype m_n;
    qsizetype m_block = -16; ///< start of the last block loaded
    uint m_mask = 0;         ///< its specials, one bit per byte
};

/// The last byte of the escape at @p i that is neither CSI nor OSC: ESC and one byte (ESC 7,
/// ESC =, …), or ESC, intermediate bytes and a final one (ESC ( B, which `tput sgr0` prints).
/// Stops at @p n - 1.
qsizetype endOfShortEscape(const char *data, qsizetype i, qsizetype n)
{
    qsizetype j = i + 1;
    while (j + 1 < n && uchar(data[j]) >= 0x20 && uchar(data[j]) <= 0x2f)
        ++j;
    return j;
}

} // namespace

Style stripInto(QByteArrayView raw, QByteArray &out)
{
    Style style;
    const qsizetype base = out.size();
    const char *data = raw.data();
    const qsizetype n = raw.size();
    // The text is never longer than the line: written in place, then cut to its length.
    out.resize(base + n);
    char *text = out.data() + base;
    qsizetype written = 0;
    qsizetype span = 0; // start of the plain bytes not copied yet
    auto flush = [&](qsizetype end) {
        if (end > span) {
            std::memcpy(text + written, data + span, size_t(end - span));
            written += end - span;
        }
    };
    auto redraw = [&] {
        if (written > 0)
            style.redrawn = true;
        written = 0;
    };
    for (qsizetype i = nextSpecial(data, 0, n); i < n; i = nextSpecial(data, span, n)) {
        const char c = data[i];
        flush(i);
        if (c == '\x1b' && i + 1 < n) {
            const char kind = data[i + 1];
            if (kind == '[') {
                qsizetype j = i + 2;
                while (j < n && (uchar(data[j]) < 0x40 || uchar(data[j]) > 0x7e))
                    ++j;
                const QByteArrayView params(data + i + 2, j - i - 2);
                const char finalByte = j < n ? data[j] : '\0';
                if (finalByte == 'm' && isErrorSgr(params))
                    style.errorStyled = true;
                // Cursor to the first column (Symfony's progress bar redraws with ESC[1G ESC[2K)
                // or erase the whole line: what was drawn so far on this line is replaced.
                if ((finalByte == 'G' && (params.isEmpty() || params == "1")) ||
                    (finalByte == 'K' && params == "2"))
                    redraw();
                i = j;
            } else if (kind == ']') {
                qsizetype j = i + 2;
                while (j < n && data[j] != '\x07' && !(data[j] == '\x1b' && j + 1 < n && data[j + 1] == '\\'))
                    ++j;
                i = (j < n && data[j] == '\x1b') ? j + 1 : j;
            } else {
                i = endOfShortEscape(data, i, n);
            }
        } else if (c == '\r' && i + 1 < n) {
            // "progress\rprogress\rdone": what a terminal finally shows is the last segment.
            redraw();
        }
        span = i + 1;
    }
    flush(n);
    out.truncate(base + written);
    return style;
}

qsizetype stripSimpleLines(QByteArrayView raw, QByteArray &out, qsizetype maxLineBytes, qint64 *lines)
{
    const qsizetype base = out.size();
    const char *data = raw.data();
    const qsizetype n = raw.size();
    out.resize(base + n); // never longer than the raw lines: written in place, then cut
    char *text = out.data();
    qsizetype written = base;
    qsizetype lineStart = 0;  // in raw: the line being read
    qsizetype lineOut = base; // in out: where its text starts
    qsizetype span = 0;       // start of the plain bytes not copied yet
    qint64 count = 0;
    const auto stop = [&] {
        out.truncate(lineOut);
        *lines = count;
        return lineStart;
    };
    SpecialScanner specials(data, n);
    for (qsizetype i = specials.next(0); i < n; i = specials.next(span)) {
        const char c = data[i];
        if (i > span) {
            std::memcpy(text + written, data + span, size_t(i - span));
            written += i - span;
        }
        if (c == '\n') {
            if (i - lineStart > maxLineBytes)
                return stop();
            text[written++] = '\n';
            ++count;
            lineStart = i + 1;
            lineOut = written;
        } else if (c == '\x1b' && data[i + 1] != '\n') { // raw ends with '\n': i + 1 < n
            const char kind = data[i + 1];
            if (kind == '[') {
                qsizetype j = i + 2;
                while (j < n && data[j] != '\n' && (uchar(data[j]) < 0x40 || uchar(data[j]) > 0x7e))
                    ++j;
                if (data[j] == '\n') // cut by the end of its line
                    return stop();
                const char *p = data + i + 2;
                const qsizetype length = j - i - 2;
                const char finalByte = data[j];
                if (finalByte == 'm') {
                    // Most colour changes are one number ("32", "39", "0"): told at once.
                    const bool error = length == 2
                                           ? (p[0] == '3' || p[0] == '4' || p[0] == '9') && p[1] == '1'
                                       : length < 2 ? false
                                                    : isErrorSgr(QByteArrayView(p, length));
                    if (error)
                        return stop();
                } else if ((finalByte == 'G' && (length == 0 || (length == 1 && p[0] == '1'))) ||
                           (finalByte == 'K' && length == 1 && p[0] == '2')) {
                    return stop();
                }
                i = j;
            } else if (kind == ']') {
                return stop();
            } else {
                i = endOfShortEscape(data, i, n);
                if (data[i] == '\n') // cut by the end of its line
                    return stop();
            }
        } else if (c == '\r' && data[i + 1] != '\n') {
            return stop(); // drawn over in place: stripInto() keeps its last state
        }
        // Any other control (and a carriage return or ESC that ends its line) is dropped.
        span = i + 1;
    }
    // raw ends with '\n', so every byte was seen: the last line ended in the loop.
    out.truncate(written);
    *lines = count;
    return n;
}

Line strip(QByteArrayView raw)
{
    Line line;
    const Style style = stripInto(raw, line.text);
    line.errorStyled = style.errorStyled;
    line.redrawn = style.redrawn;
    return line;
}

} // namespace cxcron::Ansi
