// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmstaskhelpers.h"

#include "cmsschema.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron::CmsTask {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};
} // namespace

void requireCmsTables(const QSqlDatabase &db)
{
    if (!CmsSchema::present(db)) {
        throw TaskError(
            Tr::tr("The CMS tables (services, invoices, invoice_items) are missing: is the profile "
                   "connected to a CLIENTXCMS v2 database?"),
            QStringLiteral("SchemaError"));
    }
}

QJsonArray sampleIds(const QSqlDatabase &db, const QString &sql, const QVariantList &values, int limit)
{
    QJsonArray ids;
    QSqlQuery q = Sql::exec(db, sql + QStringLiteral(" ORDER BY id LIMIT %1").arg(limit), values);
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void failWithItemErrors(TaskContext &context, const QString &className, const QJsonArray &errors,
                        int attempted, const QJsonObject &result)
{
    const QJsonObject first = errors.first().toObject();
    const QString message = Tr::tr("%n of %1 item(s) failed; first: %2", nullptr, int(errors.size()))
                                .arg(attempted)
                                .arg(first.value(QStringLiteral("error")).toString());
    QStringList details;
    for (const QJsonValue &e : errors)
        details << QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact));
    context.setOutput(result);
    throw TaskError(message, className, details);
}

} // namespace cxcron::CmsTask
