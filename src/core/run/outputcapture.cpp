// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputcapture.h"

#include "ansi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringDecoder>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputCapture)
};

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: legacy tools print Latin-1; every byte maps to a character, nothing is lost.
    return QString::fromLatin1(bytes);
}
} // namespace

OutputCapture::OutputCapture(CaptureLimits limits)
    : m_limits(limits)
{}

void OutputCapture::append(Stream stream, const QByteArray &bytes)
{
    m_totalBytes += bytes.size();
    QByteArray &partial = m_partial[stream == Stream::Err ? 1 : 0];
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0)
            break;
        if (partial.isEmpty()) {
            addLine(stream, bytes.mid(start, nl - start));
        } else {
            partial.append(bytes.constData() + start, nl - start);
            addLine(stream, partial);
            partial.clear();
        }
        start = nl + 1;
    }
    if (start < bytes.size()) {
        partial.append(bytes.constData() + start, bytes.size() - start);
        if (partial.size() > m_limits.maxLineBytes) { // a line without end: cut it, keep going
            addLine(stream, partial);
            partial.clear();
        }
    }
}

void OutputCapture::finish()
{
    for (int i = 0; i < 2; ++i) {
        if (!m_partial[i].isEmpty())
            addLine(i == 1 ? Stream::Err : Stream::Out, m_partial[i]);
        m_partial[i].clear();
    }
}

void OutputCapture::addLine(Stream stream, const QByteArray &raw)
{
    const Ansi::Line stripped = Ansi::strip(raw.left(m_limits.maxLineBytes));
    CapturedLine line{decode(stripped.text), stream == Stream::Err || stripped.errorStyled};
    ++m_lineCount;
    if (line.error) {
        ++m_errorLines;
        if (m_firstErrors.size() < m_limits.keptErrorLines && !line.text.trimmed().isEmpty())
            m_firstErrors << line.text.trimmed();
    }
    const qint64 size = line.text.size() + 1;
    if (m_headBytes + size <= m_limits.headBytes && m_tail.isEmpty()) {
        m_headBytes += size;
        m_head << std::move(line);
        return;
    }
    m_tailBytes += size;
    m_tail << std::move(line);
    while (m_tailBytes > m_limits.tailBytes && m_tail.size() > 1) {
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
