// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace cxcron::gui {

/// Paints an execution state as a coloured rounded badge with its (translated) label.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// @p stateRole: the model role holding int(ExecState) (or -1 for "no state").
    explicit StateDelegate(int stateRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(ExecState state);
    /// The width a column needs for the widest badge of any state in the current language.
    static int columnWidth(const QFontMetrics &metrics);

private:
    int m_stateRole;
};

} // namespace cxcron::gui
