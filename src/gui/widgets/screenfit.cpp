// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>

namespace cxcron::gui::ScreenFit {
namespace {

/// A scroll area whose size hint is its content's whole size (QScrollArea caps its hint at
/// 24 lines, which would make every dialog scroll even on a large screen).
class FormScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        return widget()->sizeHint() + QSize(frame + verticalScrollBar()->sizeHint().width(), frame);
    }
    QSize minimumSizeHint() const override
    {
        return {widget() ? widget()->minimumSizeHint().width() : 0, fontMetrics().height() * 4};
    }
};

class Keeper : public QObject
{
public:
    explicit Keeper(QWidget *window)
        : QObject(window)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWidget *>(watched);
        if (window && event->type() == QEvent::Show)
            fit(window);
        return QObject::eventFilter(watched, event);
    }

private:
    static void fit(QWidget *window)
    {
        const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        if (!screen)
            return;
        const QRect available = screen->availableGeometry();
        // The frame (title bar, borders) counts as well.
        const QSize frame = window->frameGeometry().size() - window->size();
        const QSize room = available.size() - frame;
        if (window->width() > room.width() || window->height() > room.height())
            window->resize(window->size().boundedTo(room).expandedTo(window->minimumSize()));
        QRect geometry = window->frameGeometry();
        if (!available.contains(geometry)) {
            geometry.moveRight(qMin(geometry.right(), available.right()));
            geometry.moveBottom(qMin(geometry.bottom(), available.bottom()));
            geometry.moveLeft(qMax(geometry.left(), available.left()));
            geometry.moveTop(qMax(geometry.top(), available.top()));
            window->move(geometry.topLeft());
        }
    }
};

bool holdsAny(QLayoutItem *item, const QList<QWidget *> &widgets)
{
    if (item->widget())
        return widgets.contains(item->widget());
    if (QLayout *layout = item->layout()) {
        for (QWidget *w : widgets) {
            if (layout->indexOf(w) >= 0)
                return true;
        }
    }
    return false;
}

} // namespace

QScrollArea *scrollForm(QWidget *dialog, const QList<QWidget *> &keep)
{
    auto *outer = qobject_cast<QBoxLayout *>(dialog->layout());
    if (!outer)
        return nullptr;
    auto *content = new QWidget;
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    QList<QLayoutItem *> below;
    QList<QLayoutItem *> items;
    while (outer->count() > 0)
        items << outer->takeAt(0);
    for (QLayoutItem *item : std::as_const(items)) {
        if (holdsAny(item, keep)) {
            below << item;
        } else if (QLayout *layout = item->layout()) {
            layout->setParent(nullptr);
            inner->addLayout(layout);
        } else if (QWidget *widget = item->widget()) {
            delete item;
            inner->addWidget(widget);
        } else {
            inner->addItem(item);
        }
    }
    auto *area = new FormScrollArea(dialog);
    area->setObjectName(QStringLiteral("formScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    outer->addWidget(area, 1);
    for (QLayoutItem *item : std::as_const(below)) {
        if (QLayout *layout = item->layout()) {
            layout->setParent(nullptr);
            outer->addLayout(layout);
        } else {
            outer->addItem(item);
        }
    }
    return area;
}

void keepOnScreen(QWidget *window)
{
    window->installEventFilter(new Keeper(window));
}

} // namespace cxcron::gui::ScreenFit
