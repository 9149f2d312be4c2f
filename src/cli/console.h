// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace cxcron::cli {

/// Output of the command: stdout for results, stderr for errors. Tests may inject buffers.
struct Console
{
    QTextStream &out;
    QTextStream &err;

    void printJson(const QJsonValue &value);
    /// A plain-text table with a header row; columns padded to their widest cell.
    void printTable(const QStringList &header, const QList<QStringList> &rows);
    void error(const QString &message);
    /// "cxcron: warning: …" on stderr; the command goes on.
    void warning(const QString &message);
};

/// Local-time display of a UTC timestamp ("2026-11-24 10:15:02"), "—" when invalid.
QString localTime(const QDateTime &utc);
/// "350 ms", "2.4 s", "3 min 20 s", "—" when negative.
QString duration(qint64 ms);

} // namespace cxcron::cli
