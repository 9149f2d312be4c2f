// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QAbstractTableModel>

namespace cxcron::gui {

/// The executions of one task, sorted and filtered by the database and loaded page by page
/// (keyset paging) on the thread pool: fetchMore() never blocks the GUI thread, so a task with a
/// million runs opens at once. No widget code and no SQL here: queries live in ReportQuery.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ExecutionIdRole = Qt::UserRole + 1,
        StateRole, ///< int(ExecState)
    };

    /// Sections after the ReportColumn ones: the task (shown where several tasks are listed), the
    /// error, and the row's Details button, as on CLIENTXCMS v1's report page.
    static constexpr int TaskSection = int(ReportColumn::Count);
    static constexpr int ErrorSection = TaskSection + 1; ///< the exception's class
    static constexpr int DetailsSection = ErrorSection + 1;
    static constexpr int SectionCount = DetailsSection + 1;

    explicit ReportTableModel(QObject *parent = nullptr);

    void setFilter(const ReportFilter &filter);
    ReportFilter filter() const { return m_filter; }
    ReportSort sortOrder() const { return m_sort; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    /// Drops the rows and reads nothing until the next setFilter() (no task, no connection).
    void clear();
    /// Drops the rows and loads the first page (and the total count) again.
    void reload(bool recount = true);
    /// Re-reads the loaded rows in place: new runs appear at the top, running rows get their end,
    /// the selection and scroll position survive (auto-refresh).
    void refresh();
    bool isLoading() const { return m_loading; }
    /// Rows matching the filter, -1 until counted.
    qint64 totalCount() const { return m_total; }
    Execution execution(int row) const { return m_rows.value(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Header text of a section (a ReportColumn or one of the extra sections).
    static QString sectionTitle(int section);

public Q_SLOTS:
    /// Texts follow the current language (call on QEvent::LanguageChange).
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void refreshed();
    void totalCountChanged(qint64 total);
    void errorOccurred(const QString &message);

private:
    void setLoading(bool loading);
    void loadCount();
    void mergeRefresh(const ReportPage &page);

    ReportFilter m_filter;
    ReportSort m_sort = ReportQuery::newestFirst();
    QList<Execution> m_rows;
    ReportKey m_next;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_active = false; ///< nothing is read before the first setFilter()
    int m_pageSize = 200;
    int m_generation = 0;
    qint64 m_total = -1;
    int m_countGeneration = 0; ///< the filter the pending count is for
};

} // namespace cxcron::gui
