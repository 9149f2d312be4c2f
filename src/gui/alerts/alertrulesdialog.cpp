// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesdialog.h"

#include "alertruleeditor.h"
#include "asyncdb.h"
#include "format.h"

#include "screenfit.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cxcron::gui {
namespace {
struct Loaded
{
    QList<AlertRule> rules;
    QHash<qint64, AlertRuleStatus> status;
};
} // namespace

AlertRulesDialog::AlertRulesDialog(std::function<QStringList()> tasks, QWidget *parent)
    : QDialog(parent)
    , m_tasks(std::move(tasks))
    , m_table(new QTableWidget(0, 9, this))
    , m_error(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Alert rules"));
    resize(900, 360);
    ScreenFit::keepOnScreen(this);
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Kind"), tr("Send to"), tr("Task"), tr("Language"),
                                        tr("Last sent"), tr("Waiting"), tr("Given up"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *help = new QLabel(tr("Rules are stored in the database and shared by every runner host. E-mails "
                               "use the CMS's mail settings (MAIL_* in its .env). See docs/ALERTS.md."),
                            this);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertRulesDialog::reject);
    connect(add, &QPushButton::clicked, this, &AlertRulesDialog::addRule);
    connect(m_edit, &QPushButton::clicked, this, &AlertRulesDialog::editRule);
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesDialog::removeSelected);
    connect(refresh, &QPushButton::clicked, this, &AlertRulesDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedId() > 0);
        m_remove->setEnabled(selectedId() > 0);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AlertRulesDialog::editRule);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    reload();
}

void AlertRulesDialog::reload()
{
    whenDone(this, runDb([] {
                 const QSqlDatabase db = Database::connection();
                 return Loaded{AlertStore::list(db), AlertStore::status(db)};
             }),
             [this](const DbResult<Loaded> &r) {
                 if (!r.ok) {
                     showError(r.error);
                     return;
                 }
                 m_error->hide();
                 fill(r.value.rules, r.value.status);
                 Q_EMIT loaded();
             });
}

void AlertRulesDialog::fill(const QList<AlertRule> &rules, const QHash<qint64, AlertRuleStatus> &status)
{
    m_rules = rules;
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const AlertRule &r = rules.at(row);
        const AlertRuleStatus s = status.value(r.id);
        const QStringList cells{
            QString::number(r.id),
            alertKindKey(r.kind) +
                (r.kind == AlertKind::Webhook ? u'/' + webhookFormatKey(r.format) : QString()),
            r.displayTarget(),
            r.task.isEmpty() ? tr("All tasks") : r.task,
            r.language,
            s.lastSentAt.isValid() ? Format::localTime(s.lastSentAt) + u' ' + s.lastSentEvent : tr("never"),
            QString::number(s.pending),
            QString::number(s.failed),
            s.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!r.enabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (column == 0)
                item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

qint64 AlertRulesDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

QString AlertRulesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AlertRulesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AlertRulesDialog::addRule()
{
    AlertRuleEditor editor(m_tasks ? m_tasks() : QStringList(), this);
    if (editor.exec() == QDialog::Accepted)
        save(editor.rule());
}

void AlertRulesDialog::editRule()
{
    const qint64 id = selectedId();
    for (const AlertRule &r : std::as_const(m_rules)) {
        if (r.id != id)
            continue;
        AlertRuleEditor editor(m_tasks ? m_tasks() : QStringList(), this);
        editor.setRule(r);
        if (editor.exec() == QDialog::Accepted)
            save(editor.rule());
        return;
    }
}

void AlertRulesDialog::save(const AlertRule &rule)
{
    whenDone(this, runDb([rule] {
                 const QSqlDatabase db = Database::connection();
                 if (rule.id == 0)
                     return AlertStore::add(db, rule, Database::serverNowUtc(db));
                 AlertStore::update(db, rule);
                 return rule.id;
             }),
             [this](const DbResult<qint64> &r) {
                 if (!r.ok)
                     showError(r.error);
                 else
                     reload();
             });
}

void AlertRulesDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0 || QMessageBox::question(this, tr("Remove alert rule"),
                                         tr("Remove alert rule #%1 and its delivery history?").arg(id)) !=
                       QMessageBox::Yes)
        return;
    removeRule(id);
}

void AlertRulesDialog::removeRule(qint64 id)
{
    whenDone(this, runDb([id] { return AlertStore::remove(Database::connection(), id); }),
             [this](const DbResult<bool> &r) {
                 if (!r.ok)
                     showError(r.error);
                 else
                     reload();
             });
}

} // namespace cxcron::gui
