// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace cxcron::gui {

/// Right click on a table's header: a checkable list of its columns to show or hide. The choice
/// is part of the header's saved state (QHeaderView::saveState), so it survives a restart.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView *header);
    /// The menu as it would open now (for the View menu and tests); the caller owns it.
    QMenu *createMenu(QWidget *parent) const;

private:
    QHeaderView *m_header;
};

} // namespace cxcron::gui
