// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedelegate.h"

#include <QApplication>
#include <QPainter>

namespace cxcron::gui {

StateDelegate::StateDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
{}

QColor StateDelegate::colorFor(ExecState state)
{
    switch (state) {
    case ExecState::Success:
        return QColor(0x2e, 0x9d, 0x4f);
    case ExecState::Failed:
        return QColor(0xd6, 0x3a, 0x3a);
    case ExecState::Running:
        return QColor(0x2f, 0x7e, 0xd8);
    case ExecState::Skipped:
        return QColor(0x8a, 0x8f, 0x98);
    case ExecState::Interrupted:
        return QColor(0xe0, 0x8a, 0x1e);
    case ExecState::Partial:
        return QColor(0xc2, 0x5e, 0x0c);
    case ExecState::Cancelled: // stopped on request: no alarm colour
        return QColor(0x6c, 0x5c, 0xa8);
    }
    return Qt::gray;
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariant stateValue = index.data(m_stateRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!stateValue.isValid() || stateValue.toInt() < 0 || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const int w = fm.horizontalAdvance(text) + 16;
    const int h = fm.height() + 4;
    QRect badge(option.rect.left() + 4, option.rect.center().y() - h / 2, w, h);
    badge = badge.intersected(option.rect.adjusted(2, 1, -2, -1));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(ExecState(stateValue.toInt())));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

int StateDelegate::columnWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (ExecState state : allStates())
        widest = qMax(widest, metrics.horizontalAdvance(stateLabel(state)));
    return widest + 28; // the badge's padding (16), its left offset (4) and the cell's margins
}

QSize StateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 28;
    size.rheight() = qMax(size.height(), option.fontMetrics.height() + 8);
    return size;
}

} // namespace cxcron::gui
