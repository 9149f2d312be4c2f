// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outputcapture.h"

#include <QString>
#include <memory>

namespace cxcron {

/// A command's standard output and error as pipes of our own, read here directly (not through
/// QProcess's buffers, which cost a copy into its ring buffer and an allocation per read).
///
/// The two pipes are polled together, and each is read as soon as it has data: so lines reach
/// the capture in the order they arrived at the runner, across both streams. Data of both
/// streams that is already waiting in the same instant cannot be ordered by anyone (the kernel
/// does not say which write came first): then stdout is read first.
///
/// With @p merged, one pipe is both stdout and stderr: the exact order the command printed in,
/// without knowing which stream a line was on.
class OutputPipes
{
public:
    explicit OutputPipes(bool merged);
    ~OutputPipes();
    OutputPipes(const OutputPipes &) = delete;
    OutputPipes &operator=(const OutputPipes &) = delete;

    /// Empty when the pipes exist; else why not (errno's text).
    QString error() const { return m_error; }

    /// In the child between fork and exec (async-signal-safe): the write ends become its
    /// stdout and stderr.
    void attachInChild() const;
    /// In this process once the child exists (or failed to): our copies of the write ends are
    /// closed, so that the read ends see end-of-file when the command and its descendants close
    /// theirs.
    void closeWriteEnds();

    /// Waits up to @p timeoutMs for output on either pipe, then reads what each ready pipe holds
    /// (one read each) into @p capture. True when something was read.
    bool readReady(OutputCapture &capture, int timeoutMs);
    /// Reads what is waiting without blocking, up to about @p maxBytes: the last output of a
    /// command that ended (a descendant that kept the pipes could otherwise keep us here).
    void drain(OutputCapture &capture, qint64 maxBytes);
    /// Both pipes reached end-of-file.
    bool atEnd() const { return m_read[0] < 0 && m_read[1] < 0; }

private:
    /// Reads once from pipe @p i: false on EOF (the pipe is then closed) or when nothing waits.
    bool readOnce(int i, OutputCapture &capture);

    int m_read[2] = {-1, -1};  ///< stdout, stderr (-1: merged into stdout, or at EOF)
    int m_write[2] = {-1, -1}; ///< the child's ends, until closeWriteEnds()
    QString m_error;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_bufferSize = 0;
    bool m_enlarged[2] = {false, false}; ///< the pipe was enlarged (or tried) once it filled
};

} // namespace cxcron
