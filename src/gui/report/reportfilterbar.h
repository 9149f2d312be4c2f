// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QWidget>
#include <memory>

class QTimer;
namespace Ui {
class ReportFilterBar;
}

namespace cxcron::gui {

/// State, date range and free-text filters of a report. Emits changed() (text edits debounced).
class ReportFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReportFilterBar(QWidget *parent = nullptr);
    ~ReportFilterBar() override;

    /// The filter for @p task from the current inputs.
    ReportFilter filter(const QString &task) const;
    void focusText();
    void setStateFilter(int comboIndex);
    void setText(const QString &text);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillStates();

    std::unique_ptr<Ui::ReportFilterBar> m_ui;
    QTimer *m_debounce;
};

} // namespace cxcron::gui
