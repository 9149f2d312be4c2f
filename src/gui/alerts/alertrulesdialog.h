// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertstore.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cxcron::gui {

/// The alert rules every runner host shares, with each rule's last delivery and failures;
/// add, edit and remove them. Every database access runs off the GUI thread. @p tasks gives the
/// task names the editor offers, read each time a rule is added or edited.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(std::function<QStringList()> tasks, QWidget *parent = nullptr);
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

    std::function<QStringList()> m_tasks;
    QList<AlertRule> m_rules;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace cxcron::gui
