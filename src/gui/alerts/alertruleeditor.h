// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cxcron::gui {

/// Edits one alert rule (kind, target, webhook format, task, language, reminder interval).
/// Accepts only a rule that passes AlertRuleCheck::validate; the error is shown in the dialog.
class AlertRuleEditor : public QDialog
{
    Q_OBJECT
public:
    AlertRuleEditor(const QStringList &tasks, QWidget *parent = nullptr);
    void setRule(const AlertRule &rule);
    AlertRule rule() const;
    QString errorText() const;
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *kindBox() const { return m_kind; }

public Q_SLOTS:
    void accept() override;

private:
    void updateFields();

    qint64 m_id = 0;
    QJsonObject m_settings;
    QComboBox *m_kind;
    QLineEdit *m_target;
    QComboBox *m_format;
    QComboBox *m_task;
    QComboBox *m_language;
    QSpinBox *m_reminder;
    QCheckBox *m_enabled;
    QLabel *m_error;
};

} // namespace cxcron::gui
