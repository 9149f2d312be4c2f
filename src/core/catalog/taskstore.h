// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskdefinition.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace cxcron::TaskStore {

/// Every stored definition, by name.
QList<TaskDefinition> list(const QSqlDatabase &db);
std::optional<TaskDefinition> get(const QSqlDatabase &db, const QString &name);
/// Validates and inserts; throws Error(Usage) when invalid or the name is taken.
void add(const QSqlDatabase &db, const TaskDefinition &definition);
/// Validates and replaces the stored definition of definition.name; throws Error(NotFound).
void update(const QSqlDatabase &db, const TaskDefinition &definition);
/// Removes the definition and its per-installation settings; its history stays, and so does
/// its title (removedTitle()). Throws Error(NotFound) when there is no such stored task.
void remove(const QSqlDatabase &db, const QString &name);
/// The title a task removed by remove() had; empty when none was recorded. Reads only.
QString removedTitle(const QSqlDatabase &db, const QString &name);

/// Inserts @p definitions once per installation: the first call records @p marker in
/// cxcron_meta, so a definition the administrator later removed is not brought back. Names
/// already taken are left alone. Race-safe with several hosts (the marker is claimed first).
void installDefaultsOnce(const QSqlDatabase &db, const QString &marker,
                         const QList<TaskDefinition> &definitions);

} // namespace cxcron::TaskStore
