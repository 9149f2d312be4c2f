// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyplaceholder.h"

#include <QAbstractItemView>
#include <QEvent>

namespace cxcron::gui {

EmptyPlaceholder::EmptyPlaceholder(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyPlaceholder"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setEnabled(false); // the disabled palette: a hint, not data
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyPlaceholder::setMessage(const QString &text)
{
    setText(text);
    refreshVisibility();
}

void EmptyPlaceholder::refreshVisibility()
{
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    setVisible(empty && !text().isEmpty());
}

bool EmptyPlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refreshVisibility();
    return QLabel::eventFilter(watched, event);
}

} // namespace cxcron::gui
