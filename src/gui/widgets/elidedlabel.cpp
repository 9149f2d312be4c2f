// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace cxcron::gui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    // At most about half a 1024-px screen: what is longer is elided, never a wider window.
    const QMargins m = contentsMargins();
    const int width =
        fontMetrics().horizontalAdvance(text().simplified()) + m.left() + m.right() + 2 * margin();
    return {qMin(width, 480), fontMetrics().height() + m.top() + m.bottom() + 2 * margin()};
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text().simplified(), Qt::ElideRight,
                                    contentsRect().width() - 2 * margin());
}

bool ElidedLabel::isElided() const
{
    return shownText() != text();
}

bool ElidedLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (isElided())
            QToolTip::showText(help->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(), isEnabled(),
                          shownText(), foregroundRole());
}

} // namespace cxcron::gui
