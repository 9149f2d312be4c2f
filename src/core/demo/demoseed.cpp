// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseed.h"

#include "cmsrows.h"
#include "cmsschema.h"
#include "demohistory.h"
#include "logging.h"
#include "sql.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace cxcron::DemoSeed {
namespace {

const char *const kFirstNames[] = {"Camille", "Léa",    "Manon",  "Chloé",   "Inès",    "Louise",
                                   "Jade",    "Emma",   "Hugo",   "Lucas",   "Théo",    "Nathan",
                                   "Louis",   "Jules",  "Arthur", "Raphaël", "Gabriel", "Mathis",
                                   "Élodie",  "Sophie", "Julien", "Thomas",  "Nicolas", "Céline"};
const char *const kLastNames[] = {"Martin", "Bernard", "Dubois",   "Thomas", "Robert",  "Richard",  "Petit",
                                  "Durand", "Leroy",   "Moreau",   "Simon",  "Laurent", "Lefèbvre", "Michel",
                                  "Garcia", "David",   "Bertrand", "Roux",   "Vincent", "Fournier"};

struct Product
{
    const char *name;
    const char *type;
    const char *billing;
    double price;
};

// Types as in CLIENTXCMS v2 (the product-type uuid). `none` and `download` are the plain types
// cxcron provisions itself; pterodactyl, proxmox and plesk use a `command` provisioner in the demo
// (see the settings below): pterodactyl's succeeds, proxmox's and plesk's fail deliberately, so
// the history shows readable delivery failures. virtualizor and cpanel have no command: cxcron
// leaves their services to the CMS and reports them.
const Product kProducts[] = {
    {"Minecraft Starter 2 Go", "pterodactyl", "monthly", 4.99},
    {"Minecraft Pro 8 Go", "pterodactyl", "monthly", 14.99},
    {"Bot Discord", "none", "monthly", 1.99},
    {"VPS SSD S", "virtualizor", "monthly", 5.99},
    {"VPS SSD M", "none", "quarterly", 29.97},
    {"VPS Performance L", "proxmox", "monthly", 24.99},
    {"Hébergement Web Perso", "plesk", "annually", 35.88},
    {"Hébergement Web Pro", "cpanel", "monthly", 7.99},
    {"Serveur dédié E3-1230", "none", "monthly", 49.99},
    {"Pack de thèmes WordPress", "download", "annually", 8.99},
};
constexpr int kProductCount = int(sizeof(kProducts) / sizeof(kProducts[0]));
constexpr int kCustomerCount = 40;

class Seeder
{
public:
    Seeder(const QSqlDatabase &db, const QDateTime &now)
        : m_connection(db.connectionName())
        , m_now(now)
        , m_rng(1789)
    {}

    void run()
    {
        settings();
        for (int i = 0; i < kCustomerCount; ++i) {
            const QString first = QString::fromUtf8(kFirstNames[i % std::size(kFirstNames)]);
            const QString last = QString::fromUtf8(kLastNames[(i * 7) % std::size(kLastNames)]);
            const QString email = QStringLiteral("%1.%2%3@exemple.fr")
                                      .arg(first.toLower(), last.toLower())
                                      .arg(i)
                                      .replace(u'é', u'e')
                                      .replace(u'è', u'e')
                                      .replace(u'ë', u'e');
            m_customers << CmsRows::insertCustomer(db(), first, last, email, days(-400 + i * 5));
        }
        for (const Product &p : kProducts)
            m_products << CmsRows::insertProduct(db(), QString::fromUtf8(p.name), QString::fromLatin1(p.type),
                                                 50, days(-500));
        services();
        orders();
        staleInvoices();
    }

private:
    QDateTime days(double d) const { return m_now.addSecs(qint64(d * 86400)); }
    qint64 customer() { return m_customers.at(int(m_rng.bounded(kCustomerCount))); }
    int stableProduct()
    {
        // Existing services: mostly plain types, some pterodactyl (its command succeeds) and a
        // few virtualizor / cpanel (left to the CMS); never proxmox/plesk.
        static const int kStable[] = {0, 1, 2, 2, 3, 4, 4, 7, 8, 8, 9, 9};
        return kStable[m_rng.bounded(int(std::size(kStable)))];
    }

    void settings()
    {
        const QList<std::pair<const char *, QString>> values = {
            {"days_before_creation_renewal_invoice", QStringLiteral("7")},
            {"services_suspend_after_unpaid_days", QStringLiteral("0")},
            {"days_before_expiration", QStringLiteral("7")},
            {"services_expire_and_delete_after_days", QStringLiteral("90")},
            {"remove_pending_invoice", QStringLiteral("14")},
            {"app_timezone", QStringLiteral("Europe/Paris")},
            {"cxcron_delivery_max_attempts", QStringLiteral("3")},
            {"cxcron_provisioner_timeout", QStringLiteral("20")},
            {"cxcron_provisioner_command_pterodactyl",
             QStringLiteral("/bin/sh -c \"echo Pterodactyl bridge: ok\"")},
            {"cxcron_provisioner_command_proxmox",
             QStringLiteral("/opt/cxcron/bin/proxmox-provision --node pve-02")},
            {"cxcron_provisioner_command_plesk",
             QStringLiteral(
                 "/bin/sh -c \"echo Plesk API: 401 Unauthorized, the API key was revoked >&2; exit 3\"")},
        };
        for (const auto &[name, value] : values)
            CmsRows::setSetting(db(), QString::fromLatin1(name), value);
    }

    /// A service with the paid, delivered invoice that created it.
    qint64 service(const QString &status, const QDateTime &expires, int productIndex = -1)
    {
        const int pi = productIndex >= 0 ? productIndex : stableProduct();
        const Product &p = kProducts[pi];
        CmsRows::NewService s;
        s.customerId = customer();
        s.productId = m_products.at(pi);
        s.name = QString::fromUtf8(p.name);
        s.type = QString::fromLatin1(p.type);
        s.billing = QString::fromLatin1(p.billing);
        s.status = status;
        s.expiresAt = expires;
        s.price = p.price;
        s.createdAt = expires.isValid() ? expires.addDays(-30 - int(m_rng.bounded(300))) : days(-2);
        if (status == QLatin1String("suspended"))
            s.suspendedAt = expires,
            s.suspendReason = QStringLiteral("client.alerts.suspended_reason_expired");
        const qint64 id = CmsRows::insertService(db(), s);
        CmsRows::NewInvoice inv;
        inv.customerId = s.customerId;
        inv.status = QStringLiteral("paid");
        inv.total = p.price;
        inv.createdAt = s.createdAt;
        inv.paidAt = s.createdAt.addSecs(300);
        const qint64 invoice = CmsRows::insertInvoice(db(), inv);
        const qint64 item = CmsRows::insertItem(db(), invoice, QStringLiteral("service"), s.productId, s.name,
                                                p.price, s.createdAt);
        Sql::exec(db(), QStringLiteral("UPDATE invoice_items SET delivered_at = ? WHERE id = ?"),
                  {Sql::fromUtc(inv.paidAt.addSecs(60)), item});
        return id;
    }

    void services()
    {
        for (int i = 0; i < 140; ++i) // active, comfortably before expiry
            service(QStringLiteral("active"), days(8 + m_rng.bounded(300)));
        for (int d : {1, 3, 5, 7, 2, 6}) // active, expiring soon: renewals and reminders
            for (int k = 0; k < 4; ++k)
                service(QStringLiteral("active"), days(d + 0.1 + 0.05 * k));
        for (int i = 0; i < 25; ++i) // active but past expires_at: services:expire suspends them
            service(QStringLiteral("active"), days(-0.02 - m_rng.bounded(3.0)));
        for (int i = 0; i < 20; ++i) // suspended, still within the 7-day grace period
            service(QStringLiteral("suspended"), days(-0.5 - m_rng.bounded(6.0)));
        for (int i = 0; i < 15; ++i) // suspended past the grace period: expired next run
            service(QStringLiteral("suspended"), days(-8 - m_rng.bounded(30.0)));
        for (int i = 0; i < 35; ++i) // long expired
            service(QStringLiteral("expired"), days(-40 - m_rng.bounded(300.0)));
        for (int i = 0; i < 10; ++i) // hidden (CMS housekeeping)
            service(QStringLiteral("hidden"), days(-200 - m_rng.bounded(300.0)));
        for (int i = 0; i < 15; ++i) // cancelled by their owners long ago
            Sql::exec(db(),
                      QStringLiteral(
                          "UPDATE services SET status = 'cancelled', is_cancelled = 1, cancelled_at = ?, "
                          "cancelled_reason = 'Plus besoin du service' WHERE id = ?"),
                      {Sql::fromUtc(days(-20 - i)), service(QStringLiteral("cancelled"), days(-15 - i))});
        for (int i = 0; i < 8; ++i) // cancellation date passed: cancelled by services:expire
            Sql::exec(
                db(),
                QStringLiteral("UPDATE services SET cancelled_at = ?, cancelled_reason = 'Migration vers un "
                               "autre hébergeur' WHERE id = ?"),
                {Sql::fromUtc(days(-0.01 - i * 0.2)), service(QStringLiteral("active"), days(10 + i))});
        for (int i = 0; i < 5; ++i) // cancellation scheduled at the end of the period
            Sql::exec(
                db(),
                QStringLiteral("UPDATE services SET cancelled_at = ?, cancelled_reason = 'Fin de projet' "
                               "WHERE id = ?"),
                {Sql::fromUtc(days(12 + i)), service(QStringLiteral("active"), days(12 + i))});
        // Pending renewal invoices already issued for some services expiring within a week.
        for (int i = 0; i < 8; ++i) {
            const qint64 sid = service(QStringLiteral("active"), days(2 + i * 0.5));
            CmsRows::NewInvoice inv;
            inv.customerId = customer();
            inv.total = 9.99;
            inv.createdAt = days(-1);
            const qint64 invoice = CmsRows::insertInvoice(db(), inv);
            CmsRows::insertItem(db(), invoice, QStringLiteral("renewal"), sid,
                                QStringLiteral("Renouvellement"), 9.99, days(-1));
            Sql::exec(db(), QStringLiteral("UPDATE services SET invoice_id = ? WHERE id = ?"),
                      {invoice, sid});
            Sql::exec(db(),
                      QStringLiteral("INSERT INTO service_renewals (service_id, invoice_id, period, status, "
                                     "created_at) VALUES (?, ?, 2, 'pending', ?)"),
                      {sid, invoice, Sql::fromUtc(days(-1))});
        }
        // Created by an administrator with "create manually": invoices:delivery delivers them.
        for (int pi : {2, 8, 3}) {
            CmsRows::NewService s;
            s.customerId = customer();
            s.productId = m_products.at(pi);
            s.name = QString::fromUtf8(kProducts[pi].name);
            s.type = QString::fromLatin1(kProducts[pi].type);
            s.status = QStringLiteral("pending");
            s.createdAt = days(-0.2);
            const qint64 sid = CmsRows::insertService(db(), s);
            Sql::exec(db(),
                      QStringLiteral("INSERT INTO metadata (model_id, model_type, `key`, value, created_at, "
                                     "updated_at) VALUES (?, ?, 'must_created_manually', '1', ?, ?)"),
                      {sid, CmsSchema::serviceModel(), Sql::fromUtc(days(-0.2)), Sql::fromUtc(days(-0.2))});
        }
    }

    /// Paid, not yet delivered: the work of invoices:delivery.
    void orders()
    {
        const auto order = [&](int productIndex, double paidDaysAgo) {
            const Product &p = kProducts[productIndex];
            CmsRows::NewInvoice inv;
            inv.customerId = customer();
            inv.status = QStringLiteral("paid");
            inv.total = p.price;
            inv.createdAt = days(-paidDaysAgo - 0.01);
            inv.paidAt = days(-paidDaysAgo);
            const qint64 invoice = CmsRows::insertInvoice(db(), inv);
            CmsRows::insertItem(db(), invoice, QStringLiteral("service"), m_products.at(productIndex),
                                QString::fromUtf8(p.name), p.price, inv.createdAt,
                                QStringLiteral("{\"billing\":\"%1\"}").arg(QLatin1String(p.billing)));
        };
        for (int i = 0; i < 12; ++i)
            order(stableProduct(), 0.01 + i * 0.002);
        for (int i = 0; i < 3; ++i)
            order(5, 0.02); // proxmox: the bridge script is not installed
        for (int i = 0; i < 2; ++i)
            order(6, 0.03); // plesk: the API rejects the key
        // Renewals paid for suspended services (within grace): extended and unsuspended.
        QSqlQuery q =
            Sql::exec(db(),
                      QStringLiteral("SELECT id, customer_id, name FROM services WHERE status = "
                                     "'suspended' AND expires_at > ? AND type IN ('none', 'download') "
                                     "ORDER BY id LIMIT 5"),
                      {Sql::fromUtc(days(-7))});
        QList<std::tuple<qint64, qint64, QString>> renew;
        while (q.next())
            renew.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
        for (qsizetype i = 0; i < renew.size(); ++i) {
            const auto &[sid, cid, name] = renew.at(i);
            CmsRows::NewInvoice inv;
            inv.customerId = cid;
            inv.status = QStringLiteral("paid");
            inv.total = 9.99;
            inv.createdAt = days(-2);
            // The last one was paid seconds ago: delivery waits for the CMS payment listener.
            inv.paidAt = i + 1 == renew.size() ? m_now.addSecs(-20) : days(-0.01);
            const qint64 invoice = CmsRows::insertInvoice(db(), inv);
            CmsRows::insertItem(db(), invoice, QStringLiteral("renewal"), sid,
                                QStringLiteral("Renouvellement de %1").arg(name), 9.99, inv.createdAt);
        }
    }

    /// Orders never paid: invoices:cancel-stale cancels those older than 14 days.
    void staleInvoices()
    {
        for (int i = 0; i < 18; ++i) {
            const Product &p = kProducts[i % kProductCount];
            CmsRows::NewInvoice inv;
            inv.customerId = customer();
            inv.total = p.price;
            inv.createdAt = days(-3 - i * 3);
            const qint64 invoice = CmsRows::insertInvoice(db(), inv);
            CmsRows::insertItem(db(), invoice, QStringLiteral("service"), m_products.at(i % kProductCount),
                                QString::fromUtf8(p.name), p.price, inv.createdAt);
        }
        for (int i = 0; i < 6; ++i) {
            CmsRows::NewInvoice inv;
            inv.customerId = customer();
            inv.status = i % 2 ? QStringLiteral("refunded") : QStringLiteral("cancelled");
            inv.total = 19.99;
            inv.createdAt = days(-30 - i);
            CmsRows::insertInvoice(db(), inv);
        }
    }

    /// The connection is fetched by name, never stored.
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    QDateTime m_now;
    QRandomGenerator m_rng;
    QList<qint64> m_customers;
    QList<qint64> m_products;
};

} // namespace

void seed(const QSqlDatabase &db, const QDateTime &nowUtc)
{
    QElapsedTimer timer;
    timer.start();
    CmsSchema::create(db);
    Sql::Transaction tx(db);
    Seeder(db, nowUtc).run();
    const int history = DemoHistory::seed(db, nowUtc);
    tx.commit();
    qCInfo(lcTasks) << "demo data seeded:" << history << "history rows in" << timer.elapsed() << "ms";
}

} // namespace cxcron::DemoSeed
