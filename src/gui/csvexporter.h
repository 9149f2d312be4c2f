// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QObject>

namespace cxcron::gui {

/// Writes the rows of the current report view (its filter and sort, every page) to a CSV file
/// on the thread pool.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    explicit CsvExporter(QObject *parent = nullptr);
    void exportTo(const QString &path, const ReportFilter &filter, const ReportSort &sort);

Q_SIGNALS:
    void finished(const QString &path, qint64 rows);
    void failed(const QString &message);
};

} // namespace cxcron::gui
