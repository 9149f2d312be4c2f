// SPDX-License-Identifier: GPL-3.0-or-later
#include "executiontableview.h"

#include "buttondelegate.h"
#include "columnchooser.h"
#include "emptyplaceholder.h"
#include "reporttablemodel.h"
#include "statedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace cxcron::gui {

ExecutionTableView::ExecutionTableView(ReportTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_buttons(new ButtonDelegate(this))
    , m_placeholder(nullptr)
    , m_chooser(nullptr)
{
    setModel(model);
    m_placeholder = new EmptyPlaceholder(this);
    m_chooser = new ColumnChooser(horizontalHeader());
    setItemDelegateForColumn(int(ReportColumn::State), new StateDelegate(ReportTableModel::StateRole, this));
    setItemDelegateForColumn(ReportTableModel::DetailsSection, m_buttons);
    horizontalHeader()->setSortIndicator(int(ReportQuery::newestFirst().column), Qt::DescendingOrder);
    setSortingEnabled(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab goes to the next control, arrows move between rows
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    fitColumns();
    // New rows (another task, another order, a run that ended) may need wider columns.
    connect(model, &QAbstractItemModel::modelReset, this, &ExecutionTableView::fitColumns);
    connect(model, &ReportTableModel::refreshed, this, &ExecutionTableView::fitColumns);
    connect(model, &ReportTableModel::pageLoaded, this, &ExecutionTableView::fitColumns);

    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT detailsRequested(index.data(ReportTableModel::ExecutionIdRole).toLongLong());
    };
    connect(this, &QTableView::doubleClicked, this, open);
    connect(m_buttons, &ButtonDelegate::clicked, this, open);
    // The extra sections (task, button) have no server-side order: keep the current one.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder) {
        if (section < int(ReportColumn::Count))
            return;
        const ReportSort sort = m_model->sortOrder();
        horizontalHeader()->setSortIndicator(int(sort.column),
                                             sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
}

void ExecutionTableView::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(QStringLiteral("2026-11-26 23:59:59")) + 16;
    int triggerWidth = 0;
    for (Trigger t : {Trigger::Schedule, Trigger::Manual, Trigger::Cli})
        triggerWidth = qMax(triggerWidth, metrics.horizontalAdvance(triggerLabel(t)) + 16);
    const int nameCap = metrics.averageCharWidth() * 24;
    const struct
    {
        int column;
        int minimum;
        int cap; ///< 0: none
    } columns[] = {
        {int(ReportColumn::Id), metrics.horizontalAdvance(QStringLiteral("99999999")) + 24, 0},
        {int(ReportColumn::Start), timeWidth, 0},
        {int(ReportColumn::End), timeWidth, 0},
        {int(ReportColumn::Duration), metrics.horizontalAdvance(QStringLiteral("12 min 59 s")) + 16, 0},
        {int(ReportColumn::State), StateDelegate::columnWidth(metrics), 0},
        {int(ReportColumn::Trigger), triggerWidth, 0},
        {int(ReportColumn::Who), metrics.horizontalAdvance(QStringLiteral("www-data")) + 24, nameCap},
        {int(ReportColumn::Host), metrics.horizontalAdvance(QStringLiteral("www-data")) + 24, nameCap},
        {ReportTableModel::TaskSection, metrics.averageCharWidth() * 12, metrics.averageCharWidth() * 28},
        {ReportTableModel::ErrorSection, metrics.averageCharWidth() * 20, 0},
        {ReportTableModel::DetailsSection, metrics.horizontalAdvance(tr("Details")) + 36, 0},
    };
    QHeaderView *header = horizontalHeader();
    // What is left goes to the error where it is shown (it says what went wrong), else to the
    // host, so that the Details button is never pushed off a small screen.
    const bool error = !isColumnHidden(ReportTableModel::ErrorSection);
    header->setSectionResizeMode(ReportTableModel::ErrorSection,
                                 error ? QHeaderView::Stretch : QHeaderView::Interactive);
    header->setSectionResizeMode(int(ReportColumn::Host),
                                 error ? QHeaderView::Interactive : QHeaderView::Stretch);
    const QAbstractItemView *view = this; // sizeHintForColumn() is public there
    for (const auto &c : columns) {
        if (isColumnHidden(c.column) || header->sectionResizeMode(c.column) == QHeaderView::Stretch)
            continue;
        int width =
            qMax(c.minimum, qMax(view->sizeHintForColumn(c.column), header->sectionSizeHint(c.column)));
        if (c.cap > 0)
            width = qMin(width, qMax(c.cap, header->sectionSizeHint(c.column)));
        setColumnWidth(c.column, width);
    }
}

void ExecutionTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        fitColumns(); // French headers and states are longer
}

qint64 ExecutionTableView::currentExecutionId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(ReportTableModel::ExecutionIdRole).toLongLong() : 0;
}

void ExecutionTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT detailsRequested(currentExecutionId());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace cxcron::gui
