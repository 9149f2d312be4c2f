// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace cxcron::gui {

/// A centred message over an item view's empty viewport ("No execution matches these
/// filters."), so an empty result never looks like a blank, broken table.
class EmptyPlaceholder : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyPlaceholder(QAbstractItemView *view);
    /// Shows @p text while the view has no rows; an empty text hides it.
    void setMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshVisibility();
    QAbstractItemView *m_view;
};

} // namespace cxcron::gui
