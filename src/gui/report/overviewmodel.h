// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "overviewquery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

namespace cxcron::gui {

/// One row per task (title, name, schedule, last run, state, duration, next due, 7-day success
/// rate, kind and command line), then the removed tasks whose history remains; read on the
/// thread pool.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Name,
        Schedule,
        LastRun,
        State,
        Duration,
        NextDue,
        SuccessRate,
        Kind,
        Command,
        ColumnCount
    };
    enum Role
    {
        TaskNameRole = Qt::UserRole + 1,
        StateRole,   ///< int(ExecState), or -1 when never run
        RemovedRole, ///< true for a task only the history still names
    };

    explicit OverviewModel(AppContext context, QObject *parent = nullptr);

    /// Reloads; a call while loading reloads once more afterwards (the tasks may have changed).
    void refresh();
    /// Drops the rows (a failed connection): nothing of another database stays on screen.
    void clear();
    /// The database's time now: the time of the last load, advanced by the time elapsed since.
    QDateTime nowUtc() const;
    /// Called every second: relative times ("in 54 s") move on; returns true when what is shown
    /// is out of date (a due time passed, a run is still shown as running) and needs a refresh.
    bool tick();
    bool isLoading() const { return m_loading; }
    const Overview &overview() const { return m_overview; }
    QString taskName(int row) const { return m_overview.rows.value(row).name; }
    int rowOfTask(const QString &name) const;
    /// Translated name of a Task::kind() key.
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    AppContext m_context;
    Overview m_overview;
    bool m_loading = false;
    bool m_again = false;
    QElapsedTimer m_sinceLoad;
};

} // namespace cxcron::gui
