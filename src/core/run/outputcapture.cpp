// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcapture.h"

#include "ansi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputCapture)
};

QString decode(const QByteArray &bytes)
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

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
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
    while (start < size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        if (!found) {
            feed(partial, data + start, size - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(found) - data;
        if (partial.bytes.isEmpty() && !partial.cut && !partial.redrawn &&
            end - start <= m_limits.maxLineBytes) {
            addLine(stream, QByteArray(data + start, end - start), false, false);
        } else {
            feed(partial, data + start, end - start);
            endLine(stream, partial);
        }
        start = end + 1;
    }
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
        // sequence split there is dropped whole by Ansi::strip).
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
}

void OutputCapture::addLine(Stream stream, const QByteArray &raw, bool redrawn, bool cut)
{
    const Ansi::Line stripped = Ansi::strip(raw);
    QString text = decode(stripped.text);
    if (cut)
        text += u'\u2026';
    // Blank lines (Laravel pads its red exception block with them) and progress displays are
    // never errors, wherever they were printed.
    const bool progress = redrawn || stripped.redrawn;
    const bool error = !isBlank(text) && (stripped.errorStyled || (stream == Stream::Err && !progress));
    CapturedLine line{std::move(text), error};
    ++m_lineCount;
    if (line.error) {
        ++m_errorLines;
        if (m_firstErrors.size() < m_limits.keptErrorLines)
            m_firstErrors << line.text.trimmed();
    }
    const qint64 size = line.text.size() + 1;
    if (m_tail.isEmpty() && m_headBytes + size <= m_limits.headBytes && m_head.size() < m_limits.headLines) {
        m_headBytes += size;
        m_head << std::move(line);
        return;
    }
    m_tailBytes += size;
    m_tail << std::move(line);
    while ((m_tailBytes > m_limits.tailBytes || m_tail.size() > m_limits.tailLines) && m_tail.size() > 1) {
        const qint64 dropped = m_tail.first().text.size() + 1;
        m_tailBytes -= dropped;
        m_omittedBytes += dropped;
        ++m_omittedLines;
        m_tail.removeFirst();
    }
}

QList<OutputCapture::CapturedLine> OutputCapture::keptLines() const
{
    return m_head + m_tail;
}

QString OutputCapture::tailText(int maxLines, qint64 maxChars) const
{
    QStringList lines;
    qint64 chars = 0;
    const auto take = [&](const QList<CapturedLine> &from) {
        for (qsizetype i = from.size() - 1; i >= 0 && lines.size() < maxLines; --i) {
            const CapturedLine &line = from.at(i);
            const QString text = (line.error ? QStringLiteral("! ") : QStringLiteral("  ")) + line.text;
            if (chars + text.size() + 1 > maxChars)
                return false;
            chars += text.size() + 1;
            lines.prepend(text);
        }
        return lines.size() < maxLines;
    };
    if (take(m_tail) && m_omittedLines == 0)
        take(m_head);
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QJsonObject OutputCapture::toJson() const
{
    QString log;
    QJsonArray errorNumbers;
    int number = 0;
    auto add = [&](const CapturedLine &line) {
        ++number;
        if (line.error)
            errorNumbers << number;
        log += line.text;
        log += u'\n';
    };
    for (const CapturedLine &line : m_head)
        add(line);
    if (m_omittedLines > 0)
        add({Tr::tr("[… %n line(s) omitted …]", nullptr, int(qMin<qint64>(m_omittedLines, INT_MAX))), false});
    for (const CapturedLine &line : m_tail)
        add(line);
    QJsonObject o{{QStringLiteral("log"), log},
                  {QStringLiteral("error_lines"), errorNumbers},
                  {QStringLiteral("lines"), m_lineCount},
                  {QStringLiteral("bytes"), m_totalBytes}};
    if (m_omittedLines > 0) {
        o.insert(QStringLiteral("omitted_lines"), m_omittedLines);
        o.insert(QStringLiteral("omitted_bytes"), m_omittedBytes);
    }
    return o;
}

} // namespace cxcron
