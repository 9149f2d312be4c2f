// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttablemodel.h"

#include "asyncdb.h"
#include "format.h"
#include "guilogging.h"

namespace cxcron::gui {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setFilter(const ReportFilter &filter)
{
    m_filter = filter;
    m_active = true;
    reload();
}

void ReportTableModel::clear()
{
    ++m_generation; // pages and counts still on their way are for the old rows
    ++m_countGeneration;
    beginResetModel();
    m_active = false;
    m_rows.clear();
    m_next = {};
    m_hasMore = false;
    endResetModel();
    m_total = -1;
    setLoading(false);
    Q_EMIT totalCountChanged(m_total);
}

void ReportTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ReportTableModel::reload(bool recount)
{
    if (!m_active)
        return;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_hasMore = true;
    endResetModel();
    if (recount) {
        ++m_countGeneration;
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    setLoading(false);
    fetchMore({});
    if (recount)
        loadCount();
}

void ReportTableModel::loadCount()
{
    const int generation = m_countGeneration;
    const ReportFilter filter = m_filter;
    whenDone(this, runDb([filter] { return ReportQuery::count(Database::connection(), filter); }),
             [this, generation](const DbResult<qint64> &r) {
                 if (generation != m_countGeneration || !r.ok)
                     return;
                 m_total = r.value;
                 Q_EMIT totalCountChanged(m_total);
             });
}

bool ReportTableModel::canFetchMore(const QModelIndex &parent) const
{
    return m_active && !parent.isValid() && m_hasMore && !m_loading;
}

void ReportTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    const int generation = m_generation;
    const ReportFilter filter = m_filter;
    const ReportSort sort = m_sort;
    const ReportKey after = m_next;
    const int limit = m_pageSize;
    whenDone(this,
             runDb([=] { return ReportQuery::page(Database::connection(), filter, sort, after, limit); }),
             [this, generation](const DbResult<ReportPage> &r) {
                 if (generation != m_generation)
                     return;
                 setLoading(false);
                 if (!r.ok) {
                     m_hasMore = false;
                     qCWarning(lcGui).noquote() << "report page failed:" << r.error;
                     Q_EMIT errorOccurred(r.error);
                     return;
                 }
                 if (!r.value.rows.isEmpty()) {
                     beginInsertRows({}, m_rows.size(), m_rows.size() + r.value.rows.size() - 1);
                     m_rows += r.value.rows;
                     endInsertRows();
                 }
                 m_next = r.value.next;
                 m_hasMore = r.value.hasMore;
                 Q_EMIT pageLoaded(r.value.rows.size());
             });
}

void ReportTableModel::refresh()
{
    if (m_loading || !m_active)
        return;
    if (m_rows.isEmpty()) {
        reload();
        return;
    }
    setLoading(true);
    const int generation = m_generation;
    const ReportFilter filter = m_filter;
    const ReportSort sort = m_sort;
    const int limit = qMin<int>(qMax<int>(m_rows.size(), m_pageSize), 10000);
    whenDone(this, runDb([=] { return ReportQuery::page(Database::connection(), filter, sort, {}, limit); }),
             [this, generation](const DbResult<ReportPage> &r) {
                 if (generation != m_generation)
                     return;
                 setLoading(false);
                 if (!r.ok) {
                     Q_EMIT errorOccurred(r.error);
                     return;
                 }
                 mergeRefresh(r.value);
                 loadCount();
                 Q_EMIT refreshed();
             });
}

void ReportTableModel::mergeRefresh(const ReportPage &page)
{
    const QList<Execution> &fresh = page.rows;
    qsizetype inserted = -1;
    if (!m_rows.isEmpty()) {
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (fresh.at(i).id == m_rows.first().id) {
                inserted = i;
                break;
            }
        }
    }
    bool consistent = inserted >= 0;
    for (qsizetype i = inserted; consistent && i < fresh.size(); ++i) {
        const qsizetype old = i - inserted;
        if (old < m_rows.size() && m_rows.at(old).id != fresh.at(i).id)
            consistent = false;
    }
    if (!consistent) {
        beginResetModel();
        m_rows = fresh;
        m_next = page.next;
        m_hasMore = page.hasMore;
        endResetModel();
        return;
    }
    if (inserted > 0) {
        beginInsertRows({}, 0, int(inserted) - 1);
        m_rows = fresh.mid(0, inserted) + m_rows;
        endInsertRows();
    }
    for (qsizetype i = inserted; i < fresh.size() && i < m_rows.size(); ++i)
        m_rows[i] = fresh.at(i);
    if (fresh.size() >= m_rows.size()) {
        m_next = page.next;
        m_hasMore = page.hasMore;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int ReportTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Execution &e = m_rows.at(index.row());
    const auto column = ReportColumn(index.column());
    switch (role) {
    case ExecutionIdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    case Qt::TextAlignmentRole:
        if (column == ReportColumn::Id || column == ReportColumn::Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == ReportColumn::State && !e.exceptionClass.isEmpty())
            return e.exceptionClass;
        if (index.column() == DetailsSection)
            return tr("Open the details of run #%1 (Enter)").arg(e.id);
        return {};
    case Qt::DisplayRole:
        if (index.column() == TaskSection)
            return e.task;
        if (index.column() == ErrorSection)
            return e.exceptionClass;
        if (index.column() == DetailsSection)
            return tr("Details");
        switch (column) {
        case ReportColumn::Id:
            return e.id;
        case ReportColumn::Start:
            return Format::localTime(e.startAt);
        case ReportColumn::End:
            return Format::localTime(e.endAt);
        case ReportColumn::Duration:
            return Format::duration(e.durationMs);
        case ReportColumn::State:
            return stateLabel(e.state);
        case ReportColumn::Trigger:
            return triggerLabel(e.trigger);
        case ReportColumn::Who:
            return e.triggeredBy;
        case ReportColumn::Host:
            return e.host;
        case ReportColumn::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QString ReportTableModel::sectionTitle(int section)
{
    if (section == TaskSection)
        return tr("Task");
    if (section == ErrorSection)
        return tr("Error");
    if (section == DetailsSection)
        return QString();
    switch (ReportColumn(section)) {
    case ReportColumn::Id:
        return tr("#");
    case ReportColumn::Start:
        return tr("Start");
    case ReportColumn::End:
        return tr("End");
    case ReportColumn::Duration:
        return tr("Duration");
    case ReportColumn::State:
        return tr("State");
    case ReportColumn::Trigger:
        return tr("Trigger");
    case ReportColumn::Who:
        return tr("Who");
    case ReportColumn::Host:
        return tr("Host");
    case ReportColumn::Count:
        break;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DetailsSection)
        return tr("Details button");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return sectionTitle(section);
}

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(ReportColumn::Count))
        return;
    const ReportSort wanted{ReportColumn(column), order == Qt::DescendingOrder};
    if (wanted.column == m_sort.column && wanted.descending == m_sort.descending && !m_rows.isEmpty())
        return;
    m_sort = wanted;
    // The same rows in another order: the total stands. Counting millions of rows again would
    // only keep a pool thread busy while the first page of the new order waits for one.
    reload(false);
}

void ReportTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

} // namespace cxcron::gui
