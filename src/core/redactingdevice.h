// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <cstdio>

namespace cxcron {

/// A write-only device in front of a FILE* (stdout, stderr) that passes every line through
/// Redaction::redact() before it leaves: no printed line can carry a registered secret.
/// A line is written when its '\n' arrives, the rest on flushPending() or destruction.
class RedactingDevice : public QIODevice
{
public:
    explicit RedactingDevice(std::FILE *file);
    ~RedactingDevice() override;
    void flushPending();
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void writeOut(const QByteArray &bytes);
    std::FILE *m_file;
    QByteArray m_pending;
};

} // namespace cxcron
