// SPDX-License-Identifier: GPL-3.0-or-later
#include "redactingdevice.h"

#include "redaction.h"

namespace cxcron {

RedactingDevice::RedactingDevice(std::FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

RedactingDevice::~RedactingDevice()
{
    flushPending();
}

qint64 RedactingDevice::writeData(const char *data, qint64 size)
{
    m_pending.append(data, size);
    const qsizetype end = m_pending.lastIndexOf('\n');
    if (end >= 0) {
        writeOut(m_pending.left(end + 1));
        m_pending.remove(0, end + 1);
    }
    return size;
}

void RedactingDevice::flushPending()
{
    if (!m_pending.isEmpty())
        writeOut(m_pending);
    m_pending.clear();
    std::fflush(m_file);
}

void RedactingDevice::writeOut(const QByteArray &bytes)
{
    // Line by line: a URL or a secret never spans a line break in what cxcron prints.
    // Unchanged lines keep their exact bytes, invalid UTF-8 included.
    const QString text = QString::fromUtf8(bytes);
    const QString redacted = Redaction::redact(text);
    const QByteArray out = redacted == text ? bytes : redacted.toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), m_file);
    std::fflush(m_file);
}

} // namespace cxcron
