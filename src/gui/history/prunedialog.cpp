// SPDX-License-Identifier: GPL-3.0-or-later
#include "prunedialog.h"

#include "connectionsettings.h"
#include "format.h"
#include "prunecontroller.h"
#include "screenfit.h"
#include "ui_prunedialog.h"

#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace cxcron::gui {

PruneDialog::PruneDialog(const QString &task, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PruneDialog>())
    , m_controller(new PruneController(this))
    , m_task(task)
{
    m_ui->setupUi(this);
    ScreenFit::keepOnScreen(this);
    m_ui->daysSpin->setValue(ConnectionSettings().pruneKeepDays());
    m_ui->thisTaskRadio->setEnabled(!task.isEmpty());
    if (task.isEmpty())
        m_ui->allTasksRadio->setChecked(true);
    m_ui->progressBar->hide();
    m_ui->cancelButton->setEnabled(false);
    const auto changed = [this] {
        m_deleted = -1; // a new preview replaces the last outcome
        recount();
    };
    connect(m_ui->daysSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->keepLastSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->allTasksRadio, &QRadioButton::toggled, this, changed);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &PruneDialog::startDelete);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PruneDialog::cancelDelete);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &PruneDialog::reject);
    connect(m_controller, &PruneController::counted, this, [this](const RetentionSelection &selection) {
        m_selection = selection;
        m_count = selection.rows;
        updateTexts();
        m_ui->deleteButton->setEnabled(m_count > 0 && !isBusy());
        Q_EMIT counted(m_count);
    });
    connect(m_controller, &PruneController::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setMaximum(int(qMin<qint64>(qMax<qint64>(total, 1), INT_MAX)));
        m_ui->progressBar->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    connect(m_controller, &PruneController::finished, this, [this](qint64 rows, bool cancelled) {
        m_deleted = rows;
        m_cancelled = cancelled;
        setBusy(false);
        updateTexts();
        Q_EMIT deleted(rows, cancelled);
        recount();
    });
    connect(m_controller, &PruneController::failed, this, [this](const QString &message) {
        m_error = message;
        setBusy(false);
        updateTexts();
    });
    retranslate();
    recount();
}

PruneDialog::~PruneDialog() = default;

void PruneDialog::retranslate()
{
    // Which task "this task" is, said where it is chosen.
    if (!m_task.isEmpty())
        m_ui->thisTaskRadio->setText(tr("Only %1").arg(m_task));
    updateTexts();
}

RetentionPolicy PruneDialog::policy() const
{
    RetentionPolicy p;
    p.keepDays = m_ui->daysSpin->value();
    p.keepLast = m_ui->keepLastSpin->value();
    p.task = m_ui->allTasksRadio->isChecked() ? QString() : m_task;
    p.batchSize = 2000;
    return p;
}

void PruneDialog::setKeepDays(int days)
{
    m_ui->daysSpin->setValue(days);
}

void PruneDialog::setKeepLast(int runs)
{
    m_ui->keepLastSpin->setValue(runs);
}

void PruneDialog::setAllTasks(bool all)
{
    (all ? m_ui->allTasksRadio : m_ui->thisTaskRadio)->setChecked(true);
}

bool PruneDialog::isBusy() const
{
    return m_controller->isBusy();
}

void PruneDialog::recount()
{
    m_count = -1;
    m_error.clear();
    m_ui->deleteButton->setEnabled(false);
    updateTexts();
    m_controller->count(policy());
}

QString PruneDialog::confirmationText() const
{
    if (m_count <= 0)
        return {};
    const QString before = Format::localTime(m_selection.cutoffUtc); // as everywhere in the window
    const int n = int(qMin<qint64>(m_count, INT_MAX));
    const QString question =
        m_selection.policy.task.isEmpty()
            ? tr("Delete %Ln execution(s) of all tasks that started before %1? This cannot be undone.",
                 nullptr, n)
                  .arg(before)
            : tr("Delete %Ln execution(s) of %2 that started before %1? This cannot be undone.", nullptr, n)
                  .arg(before, m_selection.policy.task);
    const QString kept = m_selection.policy.keepLast > 0
                             ? tr("Running executions and the latest %Ln run(s) of each task are kept.",
                                  nullptr, m_selection.policy.keepLast)
                             : tr("Running executions are kept.");
    return question + QStringLiteral("\n\n") + kept;
}

void PruneDialog::startDelete()
{
    if (isBusy() || m_count <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete old executions"), confirmationText(),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("pruneConfirmation"));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    ConnectionSettings().setPruneKeepDays(m_ui->daysSpin->value());
    m_deleted = -1;
    m_cancelled = false;
    m_error.clear();
    m_ui->progressBar->setRange(0, int(qMin<qint64>(m_count, INT_MAX)));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    setBusy(true);
    m_controller->prune(m_selection);
    updateTexts();
}

void PruneDialog::cancelDelete()
{
    m_controller->cancel();
}

void PruneDialog::setBusy(bool busy)
{
    m_ui->deleteButton->setEnabled(!busy && m_count > 0);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->closeButton->setEnabled(!busy);
    m_ui->daysSpin->setEnabled(!busy);
    m_ui->keepLastSpin->setEnabled(!busy);
    m_ui->thisTaskRadio->setEnabled(!busy && !m_task.isEmpty());
    m_ui->allTasksRadio->setEnabled(!busy);
}

QString PruneDialog::countText() const
{
    return m_ui->countLabel->text();
}

void PruneDialog::updateTexts()
{
    QStringList lines;
    if (!m_error.isEmpty())
        lines << m_error;
    else if (isBusy())
        lines << tr("Deleting…");
    else if (m_count < 0)
        lines << tr("Counting the executions to delete…");
    else if (m_count == 0)
        lines << tr("Nothing to delete: no execution is older than that outside the latest runs.");
    else
        lines << tr("%Ln execution(s) that started before %1 will be deleted. Running executions and the "
                    "latest runs of each task are kept.",
                    nullptr, int(qMin<qint64>(m_count, INT_MAX)))
                     .arg(Format::localTime(m_selection.cutoffUtc));
    if (m_deleted >= 0 && !isBusy()) {
        // The outcome alone: the preview it answers is gone, and the next one waits for the
        // user to change a setting.
        lines.clear();
        lines << (m_cancelled
                      ? tr("Cancelled after deleting %Ln execution(s).", nullptr,
                           int(qMin<qint64>(m_deleted, INT_MAX)))
                      : tr("%Ln execution(s) deleted.", nullptr, int(qMin<qint64>(m_deleted, INT_MAX))));
    }
    m_ui->countLabel->setText(lines.join(u'\n'));
}

void PruneDialog::reject()
{
    if (isBusy())
        return; // cancel first; closing mid-batch would leave the user guessing
    QDialog::reject();
}

void PruneDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace cxcron::gui
