// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "asyncdb.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cxcron::gui {

CsvExporter::CsvExporter(QObject *parent)
    : QObject(parent)
{}

void CsvExporter::exportTo(const QString &path, const ReportFilter &filter, const ReportSort &sort)
{
    whenDone(this, runDb([path, filter, sort] {
                 QSaveFile file(path);
                 if (!file.open(QIODevice::WriteOnly))
                     throw Error(ErrorKind::Usage, QCoreApplication::translate("cxcron::gui::CsvExporter",
                                                                               "Cannot write %1: %2")
                                                       .arg(path, file.errorString()));
                 const qint64 rows =
                     ReportQuery::exportCsv(Database::connection(), filter, sort,
                                            [&file](const QByteArray &chunk) { file.write(chunk); });
                 if (!file.commit())
                     throw Error(ErrorKind::Usage, QCoreApplication::translate("cxcron::gui::CsvExporter",
                                                                               "Cannot write %1: %2")
                                                       .arg(path, file.errorString()));
                 return rows;
             }),
             [this, path](const DbResult<qint64> &r) {
                 if (r.ok)
                     Q_EMIT finished(path, r.value);
                 else
                     Q_EMIT failed(r.error);
             });
}

} // namespace cxcron::gui
