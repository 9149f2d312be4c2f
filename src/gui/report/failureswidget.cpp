// SPDX-License-Identifier: GPL-3.0-or-later
#include "failureswidget.h"

#include "emptyplaceholder.h"
#include "executiontableview.h"
#include "reporttablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace cxcron::gui {

FailuresWidget::FailuresWidget(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_model(new ReportTableModel(this))
    , m_view(new ExecutionTableView(m_model, this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("failuresView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_period->setObjectName(QStringLiteral("failuresPeriod"));
    top->addWidget(m_period);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_view->setObjectName(QStringLiteral("failuresTable"));
    // Which task failed comes first; who ran it and where matter less here.
    m_view->horizontalHeader()->moveSection(ReportTableModel::TaskSection, 1);
    m_view->setColumnHidden(int(ReportColumn::End), true);
    m_view->setColumnHidden(int(ReportColumn::Host), true);
    m_view->fitColumns(); // the error takes what is left
    // "Last 7 days" is longer in French: the box follows its items.
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_view, &ExecutionTableView::detailsRequested, this, &FailuresWidget::detailsRequested);
    connect(m_period, &QComboBox::activated, this, &FailuresWidget::refresh);
    connect(m_model, &ReportTableModel::totalCountChanged, this, [this](qint64 total) {
        updateStatus();
        Q_EMIT countChanged(total);
    });
    connect(m_model, &ReportTableModel::loadingChanged, this, &FailuresWidget::updateStatus);
    connect(m_model, &ReportTableModel::errorOccurred, this, &FailuresWidget::errorOccurred);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] { m_model->refresh(); });
    m_autoRefresh->setInterval(30000);
    retranslate();
}

qint64 FailuresWidget::count() const
{
    return m_model->totalCount();
}

void FailuresWidget::setAutoRefreshSeconds(int seconds)
{
    m_autoRefresh->setInterval(qMax(5, seconds) * 1000);
}

void FailuresWidget::clear()
{
    m_model->clear();
    updateStatus();
}

void FailuresWidget::refresh()
{
    ReportFilter filter; // every task
    filter.states = failureStates();
    filter.since = QDateTime::currentDateTimeUtc().addSecs(-m_period->currentData().toLongLong());
    m_model->setFilter(filter);
}

void FailuresWidget::updateStatus()
{
    const qint64 total = m_model->totalCount();
    m_status->setText(total < 0
                          ? tr("Counting…")
                          : tr("%n failure(s) in this period", nullptr, int(qMin<qint64>(total, INT_MAX))));
    m_view->placeholder()->setMessage(m_model->isLoading() || total < 0 ? tr("Loading…")
                                                                        : tr("No failure in this period."));
}

void FailuresWidget::retranslate()
{
    const int current = qMax(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItem(tr("Last 24 hours"), qint64(86400));
    m_period->addItem(tr("Last 7 days"), qint64(7 * 86400));
    m_period->addItem(tr("Last 30 days"), qint64(30 * 86400));
    m_period->setCurrentIndex(current);
    updateStatus();
}

void FailuresWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void FailuresWidget::showEvent(QShowEvent *event)
{
    m_autoRefresh->start();
    QWidget::showEvent(event);
}

void FailuresWidget::hideEvent(QHideEvent *event)
{
    m_autoRefresh->stop();
    QWidget::hideEvent(event);
}

} // namespace cxcron::gui
