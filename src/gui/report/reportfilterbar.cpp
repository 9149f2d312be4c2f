// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfilterbar.h"

#include "format.h"
#include "ui_reportfilterbar.h"

#include <QEvent>
#include <QTimer>

namespace cxcron::gui {

ReportFilterBar::ReportFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportFilterBar>())
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    fillStates();
    m_ui->sinceEdit->setDisplayFormat(Format::dateFormat());
    m_ui->untilEdit->setDisplayFormat(Format::dateFormat());
    const QDate today = QDate::currentDate();
    m_ui->sinceEdit->setDate(today.addDays(-7));
    m_ui->untilEdit->setDate(today);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ReportFilterBar::changed);
    connect(m_ui->stateCombo, &QComboBox::activated, this, &ReportFilterBar::changed);
    connect(m_ui->dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->sinceEdit->setEnabled(on);
        m_ui->untilEdit->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->dateCheck->isChecked())
            m_debounce->start();
    });
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->dateCheck->isChecked())
            m_debounce->start();
    });
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
}

ReportFilterBar::~ReportFilterBar() = default;

void ReportFilterBar::fillStates()
{
    const int current = qMax(0, m_ui->stateCombo->currentIndex());
    m_ui->stateCombo->clear();
    m_ui->stateCombo->addItem(tr("All states"), QVariantList{});
    m_ui->stateCombo->addItem(tr("Failures (failed, interrupted, with errors)"), [] {
        QVariantList states;
        for (ExecState s : failureStates())
            states << int(s);
        return states;
    }());
    for (ExecState s : {ExecState::Success, ExecState::Partial, ExecState::Failed, ExecState::Running,
                        ExecState::Skipped, ExecState::Interrupted, ExecState::Cancelled})
        m_ui->stateCombo->addItem(stateLabel(s), QVariantList{int(s)});
    m_ui->stateCombo->setCurrentIndex(current);
}

ReportFilter ReportFilterBar::filter(const QString &task) const
{
    ReportFilter f;
    f.task = task;
    const QVariantList states = m_ui->stateCombo->currentData().toList();
    for (const QVariant &s : states)
        f.states << ExecState(s.toInt());
    if (m_ui->dateCheck->isChecked()) {
        // Days as the window shows them: in the display zone (the CMS's when chosen).
        const QTimeZone zone = Format::displayZone();
        f.since = QDateTime(m_ui->sinceEdit->date(), QTime(0, 0), zone).toUTC();
        f.until = QDateTime(m_ui->untilEdit->date().addDays(1), QTime(0, 0), zone).toUTC();
    }
    f.text = m_ui->textEdit->text().trimmed();
    return f;
}

void ReportFilterBar::focusText()
{
    m_ui->textEdit->setFocus();
    m_ui->textEdit->selectAll();
}

void ReportFilterBar::setStateFilter(int comboIndex)
{
    m_ui->stateCombo->setCurrentIndex(comboIndex);
    Q_EMIT changed();
}

void ReportFilterBar::setText(const QString &text)
{
    m_ui->textEdit->setText(text);
    m_debounce->stop();
    Q_EMIT changed();
}

void ReportFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStates();
    }
    QWidget::changeEvent(event);
}

} // namespace cxcron::gui
