// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace cxcron::gui {

/// Paints a cell's text as a push button and emits clicked() when it is pressed: the visible
/// "Details" button of every row of a report, as CLIENTXCMS v1's page had.
class ButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void clicked(const QModelIndex &index);

private:
    QRect buttonRect(const QStyleOptionViewItem &option) const;
    QPersistentModelIndex m_pressed;
};

} // namespace cxcron::gui
