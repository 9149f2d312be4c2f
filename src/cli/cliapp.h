// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace cxcron::cli {

/// The `cxcron` command: parses arguments, applies the language and connection, dispatches to
/// one sub-command and returns its exit code (see exitcodes.h). Never calls exit().
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err);
    int exec(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace cxcron::cli
