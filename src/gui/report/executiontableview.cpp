// SPDX-License-Identifier: GPL-3.0-or-later
#include "executiontableview.h"

#include "buttondelegate.h"
#include "columnchooser.h"
#include "emptyplaceholder.h"
#include "reporttablemodel.h"
#include "statedelegate.h"

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
    horizontalHeader()->setSortIndicator(int(ReportColumn::Id), Qt::DescendingOrder);
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
    const QFontMetrics metrics = fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(QStringLiteral("2026-11-26 23:59:59")) + 16;
    setColumnWidth(int(ReportColumn::Id), metrics.horizontalAdvance(QStringLiteral("99999999")) + 24);
    setColumnWidth(int(ReportColumn::Start), timeWidth);
    setColumnWidth(int(ReportColumn::End), timeWidth);
    setColumnWidth(int(ReportColumn::Duration),
                   metrics.horizontalAdvance(QStringLiteral("12 min 59 s")) + 16);
    setColumnWidth(int(ReportColumn::State), 120);
    setColumnWidth(int(ReportColumn::Trigger),
                   metrics.horizontalAdvance(QStringLiteral("Planification")) + 16);
    setColumnWidth(int(ReportColumn::Who), metrics.horizontalAdvance(QStringLiteral("www-data")) + 24);
    // The host takes what is left, so the Details button is never pushed off a small screen.
    horizontalHeader()->setSectionResizeMode(int(ReportColumn::Host), QHeaderView::Stretch);
    setColumnWidth(ReportTableModel::TaskSection, 180);
    setColumnWidth(ReportTableModel::DetailsSection, fontMetrics().horizontalAdvance(tr("Details")) + 36);

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
