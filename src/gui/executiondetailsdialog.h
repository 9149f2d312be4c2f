// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "execution.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExecutionDetailsDialog;
}

namespace cxcron::gui {

class JsonTreeModel;

/// One execution: state, times, trigger, host, and the result pretty-printed (a JSON tree and
/// indented text) or the exception with its trace, all copyable. The row is read on the thread
/// pool; very large outputs show their beginning until "Show the whole output" is pressed.
class ExecutionDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExecutionDetailsDialog(QWidget *parent = nullptr);
    ~ExecutionDetailsDialog() override;

    /// Loads execution @p id in the background; loaded() or failed() follows.
    void loadExecution(qint64 id);
    void showExecution(const Execution &execution);

    bool isLoaded() const { return m_loaded; }
    QString stateText() const;
    QString outputText() const;
    QString exceptionText() const;
    bool showsTree() const;
    /// Everything shown, as plain text (what "Copy" puts on the clipboard).
    QString clipboardText() const;

    static constexpr int kLazyOutputBytes = 256 * 1024;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showWholeOutput();

    std::unique_ptr<Ui::ExecutionDetailsDialog> m_ui;
    JsonTreeModel *m_tree;
    Execution m_execution;
    bool m_loaded = false;
};

} // namespace cxcron::gui
