// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace cxcron::gui {

class ButtonDelegate;
class ColumnChooser;
class EmptyPlaceholder;
class ReportTableModel;

/// The table of executions shared by a task's report and the recent-failures view: state
/// badges, a Details button on every row, Enter or a double click for the details, a column
/// chooser on the header, a message when nothing matches, and Tab that leaves the table.
class ExecutionTableView : public QTableView
{
    Q_OBJECT
public:
    ExecutionTableView(ReportTableModel *model, QWidget *parent = nullptr);

    ReportTableModel *reportModel() const { return m_model; }
    EmptyPlaceholder *placeholder() const { return m_placeholder; }
    ColumnChooser *columnChooser() const { return m_chooser; }
    /// Id of the current execution, 0 when none.
    qint64 currentExecutionId() const;
    /// Sizes the columns to their header (in the current language) and to the rows in sight,
    /// never narrower than their usual values (a full date, the widest state badge), host and
    /// user names capped; the error takes what is left when shown, else the host. Done when
    /// rows arrive and when the language changes.
    void fitColumns();

Q_SIGNALS:
    void detailsRequested(qint64 executionId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ReportTableModel *m_model;
    ButtonDelegate *m_buttons;
    EmptyPlaceholder *m_placeholder;
    ColumnChooser *m_chooser;
};

} // namespace cxcron::gui
