// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdialog.h"

#include "asyncdb.h"
#include "commandtask.h"
#include "errors.h"
#include "guilogging.h"
#include "screenfit.h"
#include "shellwords.h"
#include "sql.h"
#include "taskstore.h"
#include "ui_taskdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cxcron::gui {

TaskDialogData TaskDialogData::read(const QSqlDatabase &db, const Task &task)
{
    TaskDialogData d;
    d.name = task.name();
    d.title = task.title();
    d.kind = task.kind();
    d.commandLine = task.commandLine();
    d.effective = TaskSettings::effective(task, TaskSettings::loadOverrides(db));
    d.defaultSchedule = task.defaultSchedule().toString();
    d.defaultTimeoutSeconds = task.defaultTimeoutSeconds();
    d.defaultEnabled = task.enabledByDefault();
    if (dynamic_cast<const CommandTask *>(&task)) {
        // The stored row as it is now (another host may have changed it since the list was read).
        d.definition = TaskStore::get(db, task.name());
        if (!d.definition)
            throw Error(ErrorKind::NotFound,
                        TaskDialog::tr("The task %1 was removed meanwhile.").arg(task.name()));
        d.defaultSchedule = d.definition->schedule;
        d.defaultTimeoutSeconds = d.definition->timeoutSeconds;
        d.defaultEnabled = d.definition->enabled;
    }
    return d;
}

TaskDialog::TaskDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TaskDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    ScreenFit::scrollForm(this, {m_ui->errorLabel, m_ui->buttonBox});
    ScreenFit::keepOnScreen(this);
    m_ui->timeoutSpin->setMaximum(kMaxTimeoutSeconds);
    // Any number may be typed: an out-of-range one is refused with a message on OK, never
    // silently turned into another ("-5" into 5 s, "0" back to the previous value).
    m_ui->timeoutSpin->setMinimum(-kMaxTimeoutSeconds);
    m_ui->defaultsButton->setVisible(mode != Mode::Add);
    if (mode == Mode::Add)
        m_ui->nameEdit->setFocus();
    else
        m_ui->nameEdit->setReadOnly(true);
    if (mode == Mode::Settings) {
        m_ui->titleEdit->setReadOnly(true);
        m_ui->commandEdit->setReadOnly(true);
        m_ui->shellCheck->hide();
        m_ui->formLayout->setRowVisible(m_ui->workingDirectoryLayout, false);
        m_ui->formLayout->setRowVisible(m_ui->environmentEdit, false);
    }
    connect(m_ui->scheduleEdit, &QLineEdit::textChanged, this, &TaskDialog::updateScheduleHint);
    connect(m_ui->shellCheck, &QCheckBox::toggled, this, &TaskDialog::updateTexts);
    connect(m_ui->browseButton, &QToolButton::clicked, this, &TaskDialog::browse);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, &TaskDialog::restoreDefaults);
    // A new task has no schedule until one is chosen (not "every minute" by default), and
    // starts disabled-or-enabled as the user ticks it: unticked, it cannot run by surprise.
    const TaskDefinition defaults;
    m_ui->scheduleEdit->clear();
    m_ui->enabledCheck->setChecked(mode != Mode::Add);
    m_ui->timeoutSpin->setValue(defaults.timeoutSeconds);
    updateTexts();
    m_unchanged = snapshot();
}

QString TaskDialog::snapshot() const
{
    return QStringList{m_ui->nameEdit->text(),
                       m_ui->titleEdit->text(),
                       m_ui->commandEdit->text(),
                       m_ui->shellCheck->isChecked() ? QStringLiteral("1") : QStringLiteral("0"),
                       m_ui->workingDirectoryEdit->text(),
                       m_ui->environmentEdit->toPlainText(),
                       m_ui->scheduleEdit->text(),
                       QString::number(m_ui->timeoutSpin->value()),
                       m_ui->enabledCheck->isChecked() ? QStringLiteral("1") : QStringLiteral("0")}
        .join(QChar(0));
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::setData(const TaskDialogData &data)
{
    m_data = data;
    m_ui->nameEdit->setText(data.name);
    if (data.definition) {
        const TaskDefinition &d = *data.definition;
        m_ui->titleEdit->setText(m_mode == Mode::Settings ? data.title : d.title);
        m_ui->shellCheck->setChecked(d.shell);
        m_ui->commandEdit->setText(d.kind == TaskDefinition::Kind::Command && d.shell
                                       ? d.program
                                       : ShellWords::join(QStringList{d.program} + d.arguments));
        m_ui->workingDirectoryEdit->setText(d.workingDirectory);
        // Secret-looking values stay hidden; "***" left as is keeps the stored value.
        m_ui->environmentEdit->setPlainText(d.redactedEnvironment().join(u'\n'));
    } else {
        m_ui->titleEdit->setText(data.title);
        m_ui->commandEdit->setText(data.commandLine);
    }
    if (m_mode == Mode::Settings)
        m_ui->commandEdit->setText(data.commandLine);
    m_ui->scheduleEdit->setText(data.effective.schedule.toString());
    m_ui->timeoutSpin->setValue(data.effective.timeoutSeconds);
    m_ui->enabledCheck->setChecked(data.effective.enabled);
    if (!data.effective.warning.isEmpty())
        showError(data.effective.warning);
    updateTexts();
    adjustSize();
    m_unchanged = snapshot();
}

void TaskDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
}

QString TaskDialog::taskName() const
{
    return m_mode == Mode::Add ? m_ui->nameEdit->text().trimmed() : m_data.name;
}

QString TaskDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

TaskDefinition TaskDialog::definition() const
{
    TaskDefinition d = m_data.definition.value_or(TaskDefinition());
    d.name = taskName();
    d.title = m_ui->titleEdit->text().trimmed();
    const QString command = m_ui->commandEdit->text().trimmed();
    const bool wasShell = d.shell;
    d.shell = d.kind == TaskDefinition::Kind::Command && m_ui->shellCheck->isChecked();
    if (d.shell) {
        // A line left as it was is stored as it was, blanks around it included.
        if (!(wasShell && command == d.program.trimmed()))
            d.program = command;
        d.arguments.clear();
    } else {
        QString error;
        const QStringList words = ShellWords::split(command, &error);
        if (!error.isEmpty())
            throw Error(ErrorKind::Usage, error);
        d.program = words.value(0);
        d.arguments = words.mid(1);
    }
    d.workingDirectory = m_ui->workingDirectoryEdit->text().trimmed();
    const QMap<QString, QString> stored = d.environment;
    d.environment.clear();
    const QStringList lines = m_ui->environmentEdit->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            throw Error(ErrorKind::Usage,
                        tr("Environment line %1 is not KEY=VALUE: %2").arg(i + 1).arg(line));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1);
        d.environment.insert(key, value == QLatin1String("***") && stored.contains(key) ? stored.value(key)
                                                                                        : value);
    }
    d.schedule = m_ui->scheduleEdit->text().trimmed();
    d.timeoutSeconds = m_ui->timeoutSpin->value();
    d.enabled = m_ui->enabledCheck->isChecked();
    d.validate();
    if (m_mode == Mode::Add && m_taken.contains(d.name))
        throw Error(ErrorKind::Usage, tr("A task named %1 already exists.").arg(d.name));
    return d;
}

TaskOverride TaskDialog::settingsOverride() const
{
    TaskOverride o;
    QString error;
    const Schedule schedule = Schedule::parse(m_ui->scheduleEdit->text().trimmed(), &error);
    if (!schedule.isValid())
        throw Error(ErrorKind::Usage, error);
    if (m_ui->timeoutSpin->value() <= 0 || m_ui->timeoutSpin->value() > kMaxTimeoutSeconds)
        throw Error(ErrorKind::Usage,
                    tr("The timeout must be between 1 and %1 seconds (7 days).").arg(kMaxTimeoutSeconds));
    if (schedule.toString() != Schedule::parse(m_data.defaultSchedule).toString())
        o.schedule = schedule.toString();
    if (m_ui->timeoutSpin->value() != m_data.defaultTimeoutSeconds)
        o.timeoutSeconds = m_ui->timeoutSpin->value();
    if (m_ui->enabledCheck->isChecked() != m_data.defaultEnabled)
        o.enabled = m_ui->enabledCheck->isChecked();
    return o;
}

void TaskDialog::accept()
{
    if (m_saving)
        return;
    std::function<bool()> job;
    try {
        if (m_mode == Mode::Settings) {
            const TaskOverride o = settingsOverride();
            job = [name = m_data.name, o] {
                const QSqlDatabase db = Database::connection();
                if (!o.enabled && o.schedule.isEmpty() && !o.timeoutSeconds)
                    TaskSettings::reset(db, name);
                else
                    TaskSettings::save(db, name, o);
                return true;
            };
        } else if (m_mode == Mode::Add) {
            job = [d = definition()] {
                TaskStore::add(Database::connection(), d);
                return true;
            };
        } else {
            job = [d = definition()] {
                // The form showed the settings in force; saved in the definition, they replace
                // the override (as "cxcron task edit" does).
                const QSqlDatabase db = Database::connection();
                Sql::Transaction tx(db);
                TaskStore::update(db, d);
                TaskSettings::reset(db, d.name);
                tx.commit();
                return true;
            };
        }
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_saving = true;
    m_ui->errorLabel->hide();
    m_ui->buttonBox->setEnabled(false);
    const QString name = taskName();
    whenDone(this, runDb(std::move(job)), [this, name](const DbResult<bool> &r) {
        m_saving = false;
        m_ui->buttonBox->setEnabled(true);
        if (!r.ok) {
            showError(r.error);
            return;
        }
        qCInfo(lcGui).noquote() << "task saved:" << name;
        Q_EMIT saved(name);
        QDialog::accept();
    });
}

void TaskDialog::reject()
{
    if (m_saving) // a write under way cannot be taken back: wait for its outcome
        return;
    // Esc or Cancel on a form the user filled in: asked first, never lost silently.
    if (snapshot() != m_unchanged &&
        QMessageBox::question(this, windowTitle(), tr("Discard the changes made in this form?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void TaskDialog::restoreDefaults()
{
    m_ui->scheduleEdit->setText(m_data.defaultSchedule);
    m_ui->timeoutSpin->setValue(m_data.defaultTimeoutSeconds);
    m_ui->enabledCheck->setChecked(m_data.defaultEnabled);
}

void TaskDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void TaskDialog::updateScheduleHint()
{
    QString error;
    const Schedule schedule = Schedule::parse(m_ui->scheduleEdit->text().trimmed(), &error);
    m_ui->scheduleHint->setStyleSheet(schedule.isValid() ? QString()
                                                         : QStringLiteral("QLabel { color: #b02a37; }"));
    m_ui->scheduleHint->setText(schedule.isValid() ? tr("Runs %1.").arg(schedule.describe()) : error);
}

void TaskDialog::updateTexts()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("New task"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit task %1").arg(m_data.name));
        break;
    case Mode::Settings:
        setWindowTitle(tr("Settings of %1").arg(m_data.name));
        break;
    }
    const auto kind = m_data.definition ? m_data.definition->kind : TaskDefinition::Kind::Command;
    m_ui->shellCheck->setVisible(m_mode != Mode::Settings && kind == TaskDefinition::Kind::Command);
    QString hint;
    if (m_mode == Mode::Settings)
        hint = m_data.kind == QLatin1String("native")
                   ? tr("Built-in task: its schedule, timeout and state can be changed for this "
                        "installation.")
                   : tr("These settings apply to this installation and override the task's own.");
    else if (kind == TaskDefinition::Kind::Artisan)
        hint = tr("An artisan command: run as php artisan COMMAND … --ansi in the CMS folder of each "
                  "runner host.");
    else if (kind == TaskDefinition::Kind::Php)
        hint = tr("A PHP script: run as php SCRIPT … in the CMS folder of each runner host.");
    else if (m_ui->shellCheck->isChecked())
        hint = tr("The whole line is given to /bin/sh -c.");
    else
        hint =
            tr("The program, then its arguments, quoted as in a shell: 'two words', \"say \\\"hi\\\"\", '' "
               "(an empty argument).");
    m_ui->commandHint->setText(hint);
    if (m_mode == Mode::Settings) // the form's example command would look like this task's
        m_ui->commandEdit->setPlaceholderText(m_data.commandLine.isEmpty() ? tr("Built into cxcron")
                                                                           : QString());
    updateScheduleHint();
}

void TaskDialog::browse()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Working folder"), m_ui->workingDirectoryEdit->text());
    if (!dir.isEmpty())
        m_ui->workingDirectoryEdit->setText(dir);
}

void TaskDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace cxcron::gui
