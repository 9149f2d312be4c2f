// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "asyncdb.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>

namespace cxcron::gui {
namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("cxcron::gui::CsvExporter", "Cannot write %1: %2").arg(path, why);
}

} // namespace

CsvExporter::CsvExporter(QObject *parent)
    : QObject(parent)
{}

CsvExporter::~CsvExporter()
{
    cancel();
    m_done.waitForFinished();
}

void CsvExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CsvExporter::exportTo(const QString &path, const ReportFilter &filter, const ReportSort &sort,
                           const HistoryExport::CsvOptions &options)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QPointer<CsvExporter> self(this);
    const auto report = [self](qint64 rows) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, rows] {
                if (self)
                    Q_EMIT self->progress(rows);
            },
            Qt::QueuedConnection);
    };
    const auto future = runDb([path, filter, sort, options, cancel, report] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Usage, cannotWrite(path, file.errorString()));
        const qint64 rows = HistoryExport::writeCsv(
            Database::connection(), filter, sort, options,
            [&file](QByteArrayView chunk) { file.write(chunk.data(), chunk.size()); }, cancel.get(), report);
        if (cancel->load()) {
            file.cancelWriting();
            return qint64(-1);
        }
        if (!file.commit())
            throw Error(ErrorKind::Usage, cannotWrite(path, file.errorString()));
        return rows;
    });
    m_done = QFuture<void>(future);
    whenDone(this, future, [this, path](const DbResult<qint64> &r) {
        if (!r.ok)
            Q_EMIT failed(r.error);
        else if (r.value < 0)
            Q_EMIT cancelled();
        else
            Q_EMIT finished(path, r.value);
    });
}

} // namespace cxcron::gui
