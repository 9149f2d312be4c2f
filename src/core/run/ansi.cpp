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
    qsizetype start = 0;
    while (start <= params.size()) {
        qsizetype end = params.indexOf(';', start);
        if (end < 0)
            end = params.size();
        const qsizetype length = end - start;
        const char *p = params.data() + start;
        if ((length == 2 && (p[0] == '4' || p[0] == '3' || p[0] == '9') && p[1] == '1' && p[0] != '9') ||
            (length == 2 && p[0] == '9' && p[1] == '1') ||
            (length == 3 && p[0] == '1' && p[1] == '0' && p[2] == '1'))
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
                ++i; // two-character escape (ESC 7, ESC =, …)
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

Line strip(QByteArrayView raw)
{
    Line line;
    const Style style = stripInto(raw, line.text);
    line.errorStyled = style.errorStyled;
    line.redrawn = style.redrawn;
    return line;
}

} // namespace cxcron::Ansi
