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
class RunWatcher;

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
    qint64 executionId() const { return m_execution.id; }
    QString stateText() const;
    QString outputText() const;
    QString exceptionText() const;
    bool showsTree() const;
    /// Everything shown, as plain text (what "Copy" puts on the clipboard).
    QString clipboardText() const;

    static constexpr int kLazyOutputBytes = 256 * 1024;

    /// A running execution: its live output refreshes every @p ms (default 2 s) until it ends.
    void setLiveInterval(int ms) { m_liveIntervalMs = ms; }
    bool isWatching() const;
    QString liveText() const;
    QString liveStatusText() const;
    /// The "Cancel run" button: shown for a running execution, disabled once a cancel is asked.
    bool canCancel() const;
    QString cancelButtonText() const;
    /// Who a cancel from this dialog names (default: user@host).
    void setWho(const QString &who) { m_who = who; }
    /// Asks the runner of the running execution to stop it, without asking for confirmation.
    void cancelRun();

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showWholeOutput();
    void watch(bool running);
    void dropWatcher();
    void showLive(const Execution &execution, const QString &tail, bool cancelRequested);
    void confirmCancel();

    std::unique_ptr<Ui::ExecutionDetailsDialog> m_ui;
    JsonTreeModel *m_tree;
    Execution m_execution;
    bool m_loaded = false;
    RunWatcher *m_watcher = nullptr;
    int m_liveIntervalMs = 2000;
    bool m_cancelling = false;
    QString m_who;
};

} // namespace cxcron::gui
