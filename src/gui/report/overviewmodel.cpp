// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewmodel.h"

#include "asyncdb.h"
#include "format.h"
#include "taskcatalog.h"

#include <QLocale>

namespace cxcron::gui {

OverviewModel::OverviewModel(AppContext context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(std::move(context))
{}

void OverviewModel::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    // Tasks are added, edited and removed elsewhere too (another machine's `cxcron task add`):
    // every read of the overview reads the task list again, in the same job, so that the rows,
    // Run now and Edit all see the same tasks. The registry is copied here: the GUI thread may
    // replace it while the job runs.
    struct Loaded
    {
        TaskRegistry tasks;
        Overview overview;
    };
    const TaskRegistry tasks = m_context.tasks();
    const auto loadRegistry = m_context.loadRegistry;
    const std::shared_ptr<Clock> clock = m_context.clock;
    whenDone(this, runDb([tasks, loadRegistry, clock] {
                 Loaded l{loadRegistry ? loadRegistry(Database::connection()) : tasks, {}};
                 l.overview = OverviewQuery::load(l.tasks, clock);
                 // A removed task's history is shown under the title it last had, not its name.
                 for (OverviewRow &row : l.overview.rows) {
                     if (!row.removed)
                         continue;
                     const QString title = TaskCatalog::lastKnownTitle(Database::connection(), row.name);
                     if (!title.isEmpty())
                         row.title = title;
                 }
                 return l;
             }),
             [this, fromRegistry = bool(loadRegistry)](const DbResult<Loaded> &result) {
                 m_loading = false;
                 if (m_again) {
                     refresh();
                     return;
                 }
                 if (!result.ok) {
                     Q_EMIT errorOccurred(result.error);
                     return;
                 }
                 if (fromRegistry && m_context.registry)
                     *m_context.registry = result.value.tasks;
                 const Overview &value = result.value.overview;
                 m_sinceLoad.start();
                 bool sameShape = value.rows.size() == m_overview.rows.size();
                 for (int i = 0; sameShape && i < value.rows.size(); ++i)
                     sameShape = value.rows.at(i).name == m_overview.rows.at(i).name;
                 if (sameShape) {
                     m_overview = value;
                     if (!m_overview.rows.isEmpty())
                         Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
                 } else {
                     beginResetModel();
                     m_overview = value;
                     endResetModel();
                 }
                 Q_EMIT loaded();
             });
}

void OverviewModel::clear()
{
    beginResetModel();
    m_overview = Overview();
    endResetModel();
    m_sinceLoad.invalidate();
}

QDateTime OverviewModel::nowUtc() const
{
    if (!m_overview.nowUtc.isValid() || !m_sinceLoad.isValid())
        return m_overview.nowUtc;
    return m_overview.nowUtc.addMSecs(m_sinceLoad.elapsed());
}

bool OverviewModel::tick()
{
    if (m_overview.rows.isEmpty())
        return false;
    const QDateTime now = nowUtc();
    bool stale = false;
    for (const OverviewRow &row : std::as_const(m_overview.rows)) {
        stale = stale || (row.nextDueUtc.isValid() && row.nextDueUtc <= now) ||
                (row.lastRun && row.lastRun->state == ExecState::Running);
    }
    Q_EMIT dataChanged(index(0, LastRun), index(rowCount() - 1, NextDue), {Qt::DisplayRole});
    return stale;
}

QString OverviewModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("native"))
        return tr("built-in");
    if (kind == QLatin1String("command"))
        return tr("command");
    if (kind == QLatin1String("artisan"))
        return tr("artisan");
    if (kind == QLatin1String("php"))
        return tr("PHP script");
    return kind;
}

int OverviewModel::rowOfTask(const QString &name) const
{
    for (int i = 0; i < m_overview.rows.size(); ++i) {
        if (m_overview.rows.at(i).name == name)
            return i;
    }
    return -1;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overview.rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overview.rows.size())
        return {};
    const OverviewRow &row = m_overview.rows.at(index.row());
    if (role == TaskNameRole)
        return row.name;
    if (role == StateRole)
        return row.lastRun ? int(row.lastRun->state) : -1;
    if (role == RemovedRole)
        return row.removed;
    if (role == Qt::ToolTipRole && index.column() == Command)
        return row.commandLine;
    if (role == Qt::ToolTipRole && (index.column() == Title || index.column() == Schedule) && !row.removed)
        return index.column() == Title ? row.title : row.schedule; // whole, where the column elides it
    if (role == Qt::ToolTipRole && row.removed && (index.column() == Title || index.column() == Name))
        return tr("This task is no longer defined; its history is kept.");
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == SuccessRate))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SuccessRate)
        return tr("%n run(s) in 7 days: %1 succeeded, %2 failed, %3 skipped, %4 cancelled", nullptr,
                  row.week.total)
            .arg(row.week.success)
            .arg(row.week.failed)
            .arg(row.week.skipped)
            .arg(row.week.cancelled);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return row.removed ? tr("%1 (removed)").arg(row.title) : row.title;
    case Name:
        return row.name;
    case Schedule:
        if (row.removed)
            return QString();
        return row.enabled ? row.schedule : tr("%1 (disabled)").arg(row.schedule);
    case LastRun:
        return row.lastRun ? tr("%1 (%2)").arg(Format::localTime(row.lastRun->startAt),
                                               Format::relative(row.lastRun->startAt, nowUtc()))
                           : tr("never");
    case State:
        return row.lastRun ? stateLabel(row.lastRun->state) : QString();
    case Duration:
        return row.lastRun ? Format::duration(row.lastRun->durationMs) : QString();
    case NextDue:
        return row.nextDueUtc.isValid() ? tr("%1 (%2)").arg(Format::localTime(row.nextDueUtc),
                                                            Format::relative(row.nextDueUtc, nowUtc()))
                                        : QString();
    case SuccessRate:
        if (row.week.judged() <= 0)
            return tr("n/a");
        return tr("%1 %").arg(QLocale().toString(row.week.successRate() * 100.0, 'f', 1));
    case Kind:
        return row.removed ? tr("removed") : kindLabel(row.kind);
    case Command:
        return row.commandLine;
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Task");
    case Name:
        return tr("Name");
    case Schedule:
        return tr("Schedule");
    case LastRun:
        return tr("Last run");
    case State:
        return tr("State");
    case Duration:
        return tr("Duration");
    case NextDue:
        return tr("Next due");
    case SuccessRate:
        return tr("Success (7 days)");
    case Kind:
        return tr("Kind");
    case Command:
        return tr("Command");
    default:
        return {};
    }
}

void OverviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_overview.rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cxcron::gui
