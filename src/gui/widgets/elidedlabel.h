// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cxcron::gui {

/// A one-line label that never asks for more width than it is given: a long text (or one of
/// several lines) is shown on one line, elided at the end, and whole in its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    /// Whether the text is shown cut (then its tooltip shows it whole).
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString shownText() const;
};

} // namespace cxcron::gui
