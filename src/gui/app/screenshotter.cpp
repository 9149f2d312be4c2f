// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "connectiondialog.h"
#include "executiondetailsdialog.h"
#include "failureswidget.h"
#include "guilogging.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewwidget.h"
#include "reportfilterbar.h"
#include "reporttablemodel.h"
#include "taskreportwidget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace cxcron::gui {

Screenshotter::Screenshotter(MainWindow *window, QString directory, QString language, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_language(std::move(language))
{}

void Screenshotter::start()
{
    QDir().mkpath(m_directory);
    waitUntil([this] { return m_window->overview()->model()->rowCount() > 0; }, [this] { pickTask(); });
}

void Screenshotter::waitUntil(const std::function<bool()> &ready, const std::function<void()> &then,
                              int timeoutMs)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [this, timer, clock, ready, then, timeoutMs] {
        const bool timedOut = clock->elapsed() > timeoutMs;
        if (!ready() && !timedOut)
            return;
        timer->deleteLater();
        if (timedOut) {
            qCWarning(lcGui) << "screenshot: timed out waiting for the window";
            m_ok = false;
        }
        then();
    });
    timer->start(100);
}

void Screenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + u'-' + m_language + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qCWarning(lcGui).noquote() << "screenshot: cannot write" << path;
        m_ok = false;
    }
}

void Screenshotter::pickTask()
{
    // The task with the most failures this week makes the most telling report.
    const Overview &o = m_window->overview()->model()->overview();
    QString best;
    int failures = -1;
    for (const OverviewRow &row : o.rows) {
        if (row.week.total > 0 && row.week.failed > failures) {
            failures = row.week.failed;
            best = row.name;
        }
    }
    if (!best.isEmpty())
        m_window->overview()->selectTask(best);
    ReportTableModel *model = m_window->report()->model();
    waitUntil([model] { return !model->isLoading() && model->rowCount() > 0 && model->totalCount() >= 0; },
              [this] { QTimer::singleShot(800, this, [this] { shootReport(); }); });
}

void Screenshotter::shootReport()
{
    save(m_window, QStringLiteral("overview"));
    save(m_window->report(), QStringLiteral("report"));
    m_window->report()->filterBar()->setStateFilter(1); // failures
    ReportTableModel *model = m_window->report()->model();
    waitUntil([model] { return !model->isLoading() && model->totalCount() >= 0; },
              [this] { shootDetails(); });
}

void Screenshotter::shootDetails()
{
    ReportTableModel *model = m_window->report()->model();
    if (model->rowCount() == 0) {
        qCWarning(lcGui) << "screenshot: no failed execution to show";
        m_window->report()->filterBar()->setStateFilter(0);
        Q_EMIT done(false);
        return;
    }
    ExecutionDetailsDialog *dialog = m_window->openDetails(model->execution(0).id);
    // As large as on a desktop, but never past a small screen (the title bar counts too).
    const QSize room = dialog->screen()->availableGeometry().size() - QSize(0, 40);
    dialog->resize(QSize(820, 620).boundedTo(room));
    waitUntil([dialog] { return dialog->isLoaded(); },
              [this, dialog] {
                  QTimer::singleShot(300, this, [this, dialog] {
                      save(dialog, QStringLiteral("details"));
                      dialog->close();
                      shootFailures();
                  });
              });
}

void Screenshotter::shootFailures()
{
    m_window->topTabs()->setCurrentWidget(m_window->failures());
    FailuresWidget *failures = m_window->failures();
    waitUntil([failures] { return !failures->model()->isLoading() && failures->count() >= 0; },
              [this] {
                  QTimer::singleShot(300, this, [this] {
                      save(m_window, QStringLiteral("failures"));
                      m_window->topTabs()->setCurrentIndex(0);
                      shootConnection();
                  });
              });
}

void Screenshotter::shootConnection()
{
    // Its tallest form (a MariaDB server through SSH), as opened from the window.
    auto *dialog = new ConnectionDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ConnectionProfile p;
    p.driver = ConnectionProfile::Driver::MySql;
    p.name = QStringLiteral("shop");
    p.database = QStringLiteral("clientxcms");
    p.user = QStringLiteral("clientxcms");
    p.ssh.enabled = true;
    p.ssh.host = QStringLiteral("web.example.com");
    p.ssh.user = QStringLiteral("deploy");
    dialog->setProfile(p);
    dialog->show();
    QTimer::singleShot(500, this, [this, dialog] {
        save(dialog, QStringLiteral("connection"));
        dialog->close();
        Q_EMIT done(m_ok);
    });
}

} // namespace cxcron::gui
