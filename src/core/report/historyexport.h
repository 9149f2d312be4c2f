// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QLocale>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cxcron::HistoryExport {

struct CsvOptions
{
    QChar separator = u',';
    bool bom = false; ///< UTF-8 byte order mark first, so Excel reads the file as UTF-8
};

/// The separator a spreadsheet of @p locale expects: ';' where the decimal separator is a
/// comma (French, German …), ',' elsewhere.
QChar localeSeparator(const QLocale &locale = QLocale());
/// Untranslated CSV header names, in column order.
QStringList csvHeader();

/// Receives the output as UTF-8, chunk by chunk (about 64 KiB each, each ending at a row's end).
using Writer = std::function<void(QByteArrayView)>;

/// Writes the rows matching @p filter in @p sort order as CSV (header first, CRLF line ends,
/// fields quoted when they hold the separator, a quote or a line break), streaming: memory
/// stays constant whatever the row count. @p progress(rows) is called after each chunk; @p cancel
/// stops between rows. Returns the number of rows written.
qint64 writeCsv(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                const CsvOptions &options, const Writer &write, const std::atomic_bool *cancel = nullptr,
                const std::function<void(qint64)> &progress = {}, const ReportKey &after = {},
                qint64 max = 0);

/// Writes the rows matching @p filter (in @p sort order, after @p after, at most @p max, 0 = all)
/// as the JSON array `history --json` prints: the same text QJsonDocument::Indented gives for the
/// Execution::toJson(false) objects, written as the rows are read.
qint64 writeJson(const QSqlDatabase &db, const ReportFilter &filter, const ReportKey &after, qint64 max,
                 const Writer &write, const ReportSort &sort = ReportSort{});

} // namespace cxcron::HistoryExport
