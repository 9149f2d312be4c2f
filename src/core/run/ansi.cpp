// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansi.h"

#include <QList>
#include <algorithm>

namespace cxcron::Ansi {
namespace {

bool isErrorSgr(const QByteArray &params)
{
    // SGR parameters are ';'-separated: 41 = red background, 31 = red foreground, 101/91 bright.
    for (const QByteArray &p : params.split(';')) {
        if (p == "41" || p == "31" || p == "101" || p == "91")
            return true;
    }
    return false;
}

} // namespace

Line strip(const QByteArray &raw)
{
    Line line;
    // Most lines have no escape or control character at all: no copy byte by byte for them.
    const bool plain = std::none_of(raw.cbegin(), raw.cend(),
                                    [](char c) { return (uchar(c) < 0x20 && c != '\t') || c == '\x7f'; });
    if (plain) {
        line.text = raw;
        return line;
    }
    QByteArray out;
    out.reserve(raw.size());
    const int n = int(raw.size());
    for (int i = 0; i < n; ++i) {
        const char c = raw.at(i);
        if (c == '\x1b' && i + 1 < n) {
            const char kind = raw.at(i + 1);
            if (kind == '[') {
                int j = i + 2;
                while (j < n && (uchar(raw.at(j)) < 0x40 || uchar(raw.at(j)) > 0x7e))
                    ++j;
                const QByteArray params = raw.mid(i + 2, j - i - 2);
                const char finalByte = j < n ? raw.at(j) : '\0';
                if (finalByte == 'm' && isErrorSgr(params))
                    line.errorStyled = true;
                // Cursor to the first column (Symfony's progress bar redraws with ESC[1G ESC[2K)
                // or erase the whole line: what was drawn so far on this line is replaced.
                if ((finalByte == 'G' && (params.isEmpty() || params == "1")) ||
                    (finalByte == 'K' && params == "2")) {
                    if (!out.isEmpty())
                        line.redrawn = true;
                    out.clear();
                }
                i = j;
                continue;
            }
            if (kind == ']') {
                int j = i + 2;
                while (j < n && raw.at(j) != '\x07' &&
                       !(raw.at(j) == '\x1b' && j + 1 < n && raw.at(j + 1) == '\\'))
                    ++j;
                i = (j < n && raw.at(j) == '\x1b') ? j + 1 : j;
                continue;
            }
            ++i; // two-character escape (ESC 7, ESC =, …)
            continue;
        }
        if (c == '\r') {
            // "progress\rprogress\rdone": what a terminal finally shows is the last segment.
            if (i + 1 < n) {
                if (!out.isEmpty())
                    line.redrawn = true;
                out.clear();
            }
            continue;
        }
        if ((uchar(c) < 0x20 && c != '\t') || c == '\x7f')
            continue;
        out.append(c);
    }
    line.text = out;
    return line;
}

} // namespace cxcron::Ansi
