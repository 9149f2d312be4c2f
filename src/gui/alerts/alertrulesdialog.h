// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cxcron::gui {

/// The alert rules every runner host shares, with each rule's last delivery and failures;
/// add, edit and remove them. Every database access runs off the GUI thread.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(const QStringList &tasks, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QString errorText() const;
    /// Saves @p rule (new when its id is 0), then reloads.
    void save(const AlertRule &rule);
    void removeRule(qint64 id);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void addRule();
    void editRule();
    void removeSelected();
    void fill(const QList<AlertRule> &rules, const QHash<qint64, AlertRuleStatus> &status);
    void showError(const QString &message);
    qint64 selectedId() const;

    QStringList m_tasks;
    QList<AlertRule> m_rules;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace cxcron::gui
