// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retention.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PruneDialog;
}

namespace cxcron::gui {

class PruneController;

/// "Keep the last N days" for one task or all: shows how many rows will go, asks for a
/// confirmation naming that number, then deletes exactly the rows counted (the selection made
/// for the preview) in batches with a progress bar and a cancel button, and reports how many
/// went. Running rows and the latest runs of each task are never deleted.
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PruneDialog(const QString &task, QWidget *parent = nullptr);
    ~PruneDialog() override;

    RetentionPolicy policy() const;
    void setKeepDays(int days);
    void setKeepLast(int runs);
    void setAllTasks(bool all);
    /// -1 while counting.
    qint64 pendingCount() const { return m_count; }
    qint64 deletedCount() const { return m_deleted; }
    bool isBusy() const;
    QString countText() const;
    /// The question startDelete() asks before deleting anything.
    QString confirmationText() const;

public Q_SLOTS:
    void recount();
    /// Asks for a confirmation (a modal message box named "pruneConfirmation"), then deletes.
    void startDelete();
    void cancelDelete();

Q_SIGNALS:
    void counted(qint64 rows);
    void deleted(qint64 rows, bool cancelled);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void updateTexts();
    void setBusy(bool busy);

    std::unique_ptr<Ui::PruneDialog> m_ui;
    PruneController *m_controller;
    QString m_task;
    RetentionSelection m_selection; ///< what the preview counted and Delete deletes
    qint64 m_count = -1;
    qint64 m_deleted = -1;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace cxcron::gui
