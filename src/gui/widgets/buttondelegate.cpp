// SPDX-License-Identifier: GPL-3.0-or-later
#include "buttondelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace cxcron::gui {

QRect ButtonDelegate::buttonRect(const QStyleOptionViewItem &option) const
{
    return option.rect.adjusted(2, 2, -2, -2);
}

void ButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The row's selection background first, so the button sits on the same band as its row.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return QSize(option.fontMetrics.horizontalAdvance(text) + 24, option.fontMetrics.height() + 8);
}

bool ButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    const auto *mouse = dynamic_cast<QMouseEvent *>(event);
    if (mouse && mouse->button() == Qt::LeftButton &&
        buttonRect(option).contains(mouse->position().toPoint())) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressed = index;
            return false; // the view still makes the row current
        }
        if (event->type() == QEvent::MouseButtonRelease && m_pressed == index) {
            m_pressed = QPersistentModelIndex();
            Q_EMIT clicked(index);
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonRelease)
        m_pressed = QPersistentModelIndex();
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace cxcron::gui
