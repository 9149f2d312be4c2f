// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

#include <QJsonArray>
#include <QVariantList>

namespace cxcron::CmsTask {

/// Throws TaskError("SchemaError") when the CMS tables the tasks need are missing.
void requireCmsTables(const QSqlDatabase &db);

/// Ids returned by @p sql (a SELECT of one id column), at most @p limit of them: the sample of
/// "ids touched" shown in the result, which stays small when 100,000 rows change.
QJsonArray sampleIds(const QSqlDatabase &db, const QString &sql, const QVariantList &values, int limit = 100);

/// Ends a task whose finished items are committed but some items failed: throws a TaskError of
/// class @p className whose message counts the failures and quotes the first one, and whose
/// details list every failure, so the history shows a readable failure. The result summary is
/// kept as the run's output (@p context), where the details window shows it as a result.
[[noreturn]] void failWithItemErrors(TaskContext &context, const QString &className, const QJsonArray &errors,
                                     int attempted, const QJsonObject &result);

/// Maximum number of ids listed per array in a result.
constexpr int kSampleLimit = 100;

} // namespace cxcron::CmsTask
