// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertruleeditor.h"

#include "errors.h"

#include "screenfit.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cxcron::gui {

AlertRuleEditor::AlertRuleEditor(const QStringList &tasks, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_task(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reminder(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Alert rule"));
    ScreenFit::keepOnScreen(this);
    m_kind->addItem(tr("E-mail"), alertKindKey(AlertKind::Email));
    m_kind->addItem(tr("Webhook"), alertKindKey(AlertKind::Webhook));
    m_kind->addItem(tr("Ping (healthchecks)"), alertKindKey(AlertKind::Ping));
    m_format->addItem(tr("Generic JSON"), webhookFormatKey(WebhookFormat::Generic));
    m_format->addItem(QStringLiteral("Discord"), webhookFormatKey(WebhookFormat::Discord));
    m_format->addItem(QStringLiteral("Slack"), webhookFormatKey(WebhookFormat::Slack));
    m_task->setObjectName(QStringLiteral("taskCombo"));
    m_task->addItem(tr("All tasks"), QString());
    for (const QString &task : tasks)
        m_task->addItem(task, task);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_reminder->setRange(1, 720);
    m_reminder->setValue(6);
    m_reminder->setSuffix(tr(" h"));
    m_enabled->setChecked(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Send to:"), m_target);
    form->addRow(tr("Webhook format:"), m_format);
    form->addRow(tr("Task:"), m_task);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Remind a failing task every:"), m_reminder);
    form->addRow(QString(), m_enabled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertRuleEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertRuleEditor::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRuleEditor::updateFields);
    updateFields();
}

void AlertRuleEditor::updateFields()
{
    const AlertKind kind = alertKindFromKey(m_kind->currentData().toString());
    m_format->setEnabled(kind == AlertKind::Webhook);
    m_reminder->setEnabled(kind != AlertKind::Ping);
    m_target->setPlaceholderText(kind == AlertKind::Email  ? tr("admin@example.com, ops@example.com")
                                 : kind == AlertKind::Ping ? QStringLiteral("https://hc-ping.com/…")
                                                           : QStringLiteral("https://…"));
}

void AlertRuleEditor::setRule(const AlertRule &rule)
{
    m_id = rule.id;
    m_settings = rule.settings;
    m_kind->setCurrentIndex(m_kind->findData(alertKindKey(rule.kind)));
    m_target->setText(rule.target);
    m_format->setCurrentIndex(m_format->findData(webhookFormatKey(rule.format)));
    const int task = m_task->findData(rule.task);
    if (task < 0)
        m_task->addItem(rule.task, rule.task);
    m_task->setCurrentIndex(m_task->findData(rule.task));
    m_language->setCurrentIndex(qMax(0, m_language->findData(rule.language)));
    m_reminder->setValue(rule.reminderHours);
    m_enabled->setChecked(rule.enabled);
    updateFields();
}

AlertRule AlertRuleEditor::rule() const
{
    AlertRule r;
    r.id = m_id;
    r.settings = m_settings;
    r.kind = alertKindFromKey(m_kind->currentData().toString());
    r.target = m_target->text().trimmed();
    r.format = webhookFormatFromKey(m_format->currentData().toString());
    r.task = m_task->currentData().toString();
    r.language = m_language->currentData().toString();
    r.reminderHours = m_reminder->value();
    r.enabled = m_enabled->isChecked();
    return r;
}

QString AlertRuleEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AlertRuleEditor::accept()
{
    try {
        AlertRuleCheck::validate(rule());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cxcron::gui
