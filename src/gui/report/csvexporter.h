// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyexport.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <memory>

namespace cxcron::gui {

/// Writes the rows of the current report view (its filter and sort, every row) to a CSV file
/// on the thread pool, streaming (constant memory), with progress and cancel. The file appears
/// only when complete: a cancelled or failed export leaves nothing behind.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    explicit CsvExporter(QObject *parent = nullptr);
    ~CsvExporter() override;
    void exportTo(const QString &path, const ReportFilter &filter, const ReportSort &sort,
                  const HistoryExport::CsvOptions &options = {});
    /// Stops the export between two rows; emits cancelled() once the thread has stopped.
    void cancel();

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(const QString &path, qint64 rows);
    void cancelled();
    void failed(const QString &message);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_done;
};

} // namespace cxcron::gui
