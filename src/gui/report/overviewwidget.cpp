// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewwidget.h"

#include "columnchooser.h"
#include "envexposure.h"
#include "format.h"
#include "overviewmodel.h"
#include "statedelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cxcron::gui {

OverviewWidget::OverviewWidget(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_demoBanner(new QLabel(this))
    , m_envBanner(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new OverviewModel(std::move(context), this))
    , m_ticker(new QTimer(this))
    , m_autoRefresh(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(QStringLiteral("runnerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a;"
                       " border-radius: 4px; padding: 3px 6px; }"));
    m_banner->hide();
    // The demo database looks like real data: say what it is, every time it is shown.
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #cff4fc; color: #055160; border: 1px solid #9eeaf9;"
                       " border-radius: 4px; padding: 3px 6px; }"));
    m_demoBanner->hide();
    connect(m_demoBanner, &QLabel::linkActivated, this, &OverviewWidget::connectRequested);
    // The CMS's .env holds the database password: say so when every user can read it, as
    // `cxcron list` does.
    m_envBanner->setObjectName(QStringLiteral("envBanner"));
    m_envBanner->setWordWrap(true);
    m_envBanner->setTextFormat(Qt::PlainText);
    m_envBanner->setStyleSheet(m_banner->styleSheet());
    m_envBanner->hide();
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_envBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_view);

    m_view->setObjectName(QStringLiteral("overviewView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(OverviewModel::State,
                                     new StateDelegate(OverviewModel::StateRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // No stretched column: the last one (the success rate) took all the spare width.
    m_view->horizontalHeader()->setStretchLastSection(false);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between tasks
    m_view->installEventFilter(this);
    new ColumnChooser(m_view->horizontalHeader());
    // Shown on demand (right click on the header): the kind and the full command line are long,
    // and on a laptop screen they pushed the success rate out of sight.
    m_view->setColumnHidden(OverviewModel::Kind, true);
    m_view->setColumnHidden(OverviewModel::Command, true);

    // Nothing on screen may go stale: "in 54 s" counts down, a passed due time or a row still
    // "running" asks the database again (at most every 5 s), and everything is read again
    // periodically while the window is shown.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_model->tick() && QDateTime::currentMSecsSinceEpoch() - m_lastRefreshMs >= 5000)
            refresh();
    });
    m_autoRefresh->setInterval(30000);
    connect(m_autoRefresh, &QTimer::timeout, this, &OverviewWidget::refresh);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_shownTitle = currentTitle();
                Q_EMIT taskSelected(currentTask(), m_shownTitle);
            });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->selectRow(index.row());
        Q_EMIT contextMenuRequested(currentTask(), m_view->viewport()->mapToGlobal(pos));
    });
    // Tasks added or removed replace the rows: keep the selected task selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepTask = currentTask(); });
    connect(m_model, &OverviewModel::loaded, this, [this] {
        updateBanner();
        updateDemoBanner();
        updateEnvBanner();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
            // New rows (a connection, tasks added or removed): the columns fit them again.
            const int keep = m_model->rowOfTask(m_keepTask);
            fitColumns(true);
            m_view->selectRow(qMax(keep, 0));
        } else if (m_view->currentIndex().isValid() && currentTitle() != m_shownTitle) {
            m_shownTitle = currentTitle(); // e.g. the task was just removed
            Q_EMIT taskSelected(currentTask(), m_shownTitle);
        }
        fitColumns(false); // a run ended: a longer state, a later time
        Q_EMIT loaded();
    });
    connect(m_model, &OverviewModel::errorOccurred, this, &OverviewWidget::errorOccurred);
}

void OverviewWidget::fitColumns(bool mayShrink)
{
    const QFontMetrics metrics = m_view->fontMetrics();
    // Long titles are elided (their tooltip has them whole), so that the state, the next due
    // time and the success rate stay in sight on a laptop screen, in French too.
    const int cap = metrics.averageCharWidth() * 28;
    // "(1 s ago)" grows into "(59 min ago)" while the window stays open.
    const int growth = metrics.averageCharWidth() * 5;
    const QAbstractItemView *view = m_view; // sizeHintForColumn() is public there
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < OverviewModel::ColumnCount; ++column) {
        if (m_view->isColumnHidden(column))
            continue;
        const int title = header->sectionSizeHint(column); // the header, in the current language
        int width = qMax(title, view->sizeHintForColumn(column));
        switch (column) {
        case OverviewModel::Title:
        case OverviewModel::Name:
        case OverviewModel::Schedule:
            width = qMin(width, qMax(cap, title));
            break;
        case OverviewModel::LastRun:
        case OverviewModel::NextDue:
            width += growth;
            break;
        case OverviewModel::State:
            width = qMax(width, StateDelegate::columnWidth(metrics)); // any state's whole badge
            break;
        default:
            break;
        }
        if (!mayShrink) // a refresh only widens: the columns do not jump every 30 s
            width = qMax(width, m_view->columnWidth(column));
        m_view->setColumnWidth(column, width);
    }
    // Width left over goes to the titles cut above, up to their whole length.
    const int spare = m_view->viewport()->width() - header->length();
    const int title = int(OverviewModel::Title);
    const int whole = qMax(header->sectionSizeHint(title), view->sizeHintForColumn(title));
    if (spare > 0 && whole > m_view->columnWidth(title))
        m_view->setColumnWidth(title,
                               m_view->columnWidth(title) + qMin(spare, whole - m_view->columnWidth(title)));
}

void OverviewWidget::refresh()
{
    m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
    m_model->refresh();
}

void OverviewWidget::clear()
{
    m_model->clear();
    m_banner->hide();
    m_demoBanner->hide();
    m_shownTitle.clear();
    m_keepTask.clear();
}

void OverviewWidget::setAutoRefreshSeconds(int seconds)
{
    m_autoRefresh->setInterval(qMax(5, seconds) * 1000);
}

void OverviewWidget::showEvent(QShowEvent *event)
{
    m_ticker->start();
    m_autoRefresh->start();
    QWidget::showEvent(event);
}

void OverviewWidget::hideEvent(QHideEvent *event)
{
    m_ticker->stop();
    m_autoRefresh->stop();
    QWidget::hideEvent(event);
}

bool OverviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentTask().isEmpty()) {
            Q_EMIT activated(currentTask());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString OverviewWidget::currentTask() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->taskName(index.row()) : QString();
}

QString OverviewWidget::currentTitle() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->index(index.row(), OverviewModel::Title).data().toString() : QString();
}

void OverviewWidget::selectTask(const QString &name)
{
    const int row = m_model->rowOfTask(name);
    if (row >= 0)
        m_view->selectRow(row);
}

bool OverviewWidget::runnerWarningVisible() const
{
    return !m_banner->isHidden();
}

QString OverviewWidget::runnerWarningText() const
{
    return m_banner->text();
}

bool OverviewWidget::demoNoticeVisible() const
{
    return !m_demoBanner->isHidden();
}

void OverviewWidget::setEnvFile(const QString &path)
{
    m_envFile = path;
    updateEnvBanner();
}

bool OverviewWidget::envWarningVisible() const
{
    return !m_envBanner->isHidden();
}

QString OverviewWidget::envWarningText() const
{
    return m_envBanner->text();
}

void OverviewWidget::updateEnvBanner()
{
    // Read again at each refresh: a chmod o-r takes the banner away without reconnecting.
    const QString warning = m_envFile.isEmpty() ? QString() : EnvExposure::warning(m_envFile);
    m_envBanner->setText(QStringLiteral("⚠ ") + warning);
    m_envBanner->setVisible(!warning.isEmpty());
}

void OverviewWidget::updateDemoBanner()
{
    m_demoBanner->setText(
        tr("ℹ This is cxcron's demo database: its tasks and runs are made up. <a href=\"connect\">Connect "
           "to your CMS's database…</a>"));
    m_demoBanner->setVisible(m_model->overview().demo);
}

void OverviewWidget::updateBanner()
{
    const Overview &o = m_model->overview();
    // The demo's runs are made up: no runner is expected there, and two banners on a short
    // screen left room for two tasks only.
    if (o.runnerSilentMinutes == -1 || o.demo) {
        m_banner->hide();
        return;
    }
    if (o.runnerSilentMinutes == -2)
        m_banner->setText(
            tr("⚠ The runner has never recorded a scheduled run: the cron entry is probably not "
               "installed. Add “* * * * * cxcron run” to the web server user's crontab. If it is there, "
               "the runner fails before recording anything: its errors are in the system log "
               "(journalctl -t cxcron)."));
    else
        m_banner->setText(
            tr("⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is "
               "running and that the crontab entry “* * * * * cxcron run” is installed; if it is, the "
               "runner's errors are in the system log (journalctl -t cxcron).",
               nullptr, int(qMin<qint64>(o.runnerSilentMinutes, 1000000)))
                .arg(Format::localTime(o.lastScheduledRunUtc)));
    m_banner->show();
}

void OverviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        fitColumns(true); // French headers and schedules are longer
        if (m_model->rowCount() > 0) {
            updateBanner();
            updateDemoBanner();
        }
        updateEnvBanner();
    }
    QWidget::changeEvent(event);
}

} // namespace cxcron::gui
