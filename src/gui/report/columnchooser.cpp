// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>

namespace cxcron::gui {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createMenu(m_header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->viewport()->mapToGlobal(pos));
    });
}

QMenu *ColumnChooser::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnChooser"));
    QAbstractItemModel *model = m_header->model();
    const int count = model ? model->columnCount() : 0;
    int shown = 0;
    for (int section = 0; section < count; ++section)
        shown += m_header->isSectionHidden(section) ? 0 : 1;
    for (int visual = 0; visual < count; ++visual) {
        const int section = m_header->logicalIndex(visual);
        QString title = model->headerData(section, Qt::Horizontal).toString();
        if (title.isEmpty())
            title = model->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (title.isEmpty())
            continue;
        QAction *action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(section));
        // The last visible column cannot be hidden: a table with no column cannot be given back one.
        action->setEnabled(m_header->isSectionHidden(section) || shown > 1);
        connect(action, &QAction::toggled, m_header,
                [header = m_header, section](bool on) { header->setSectionHidden(section, !on); });
    }
    return menu;
}

} // namespace cxcron::gui
