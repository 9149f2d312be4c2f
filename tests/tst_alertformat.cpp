// SPDX-License-Identifier: GPL-3.0-or-later
// What an alert looks like on the wire: task text is data in every format (Discord mentions and
// markdown, Slack control sequences), e-mail headers are valid RFC 5322/2047 (encoded-words of
// at most 75 characters outside quotes, folded lines, no header injection, a valid Message-ID
// domain), "Équipe <a@b>" is a sender, every attempt of a delivery carries the same key, and a
// rule in French sends French.
#include "alertdeliveries.h"
#include "alertmessage.h"
#include "alertrule.h"
#include "alerttransport.h"
#include "errors.h"
#include "mailheaders.h"
#include "mailsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cxcron;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);

AlertEvent failedEvent(const QString &task, const QString &exception)
{
    AlertEvent ev;
    ev.kind = AlertEventKind::Failed;
    ev.task = task;
    ev.execution.id = 42;
    ev.execution.task = task;
    ev.execution.state = ExecState::Failed;
    ev.execution.host = QStringLiteral("web-1");
    ev.execution.startAt = kNow;
    ev.execution.durationMs = 2500;
    ev.execution.exception = exception;
    return ev;
}

AlertRule rule(AlertKind kind, WebhookFormat format = WebhookFormat::Generic,
               const QString &lang = QStringLiteral("en"))
{
    AlertRule r;
    r.kind = kind;
    r.format = format;
    r.target = QStringLiteral("http://127.0.0.1:9/hook");
    r.language = lang;
    return r;
}

const QString kHostile =
    QStringLiteral("@everyone <@123> <!channel> **bold** [cliquez ici](https://evil.example) "
                   "<https://evil.example|cliquez ici> a & b > c `code`");

// Decodes the RFC 2047 B encoded-words of a header's (unfolded) value.
QString decoded(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QString text = QString::fromLatin1(value);
    // Whitespace between two adjacent encoded-words is not part of the text.
    text.replace(QRegularExpression(QStringLiteral("\\?=\\s+=\\?")), QStringLiteral("?==?"));
    QString out;
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

// The unfolded value of header @p name in @p message, and checks of its lines.
QByteArray header(const QByteArray &message, const QByteArray &name)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n") + 2);
    QByteArray value;
    bool in = false;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ') || l.startsWith('\t')) {
            if (in)
                value += l;
            continue;
        }
        in = l.startsWith(QByteArray(name + ':'));
        if (in)
            value = l.mid(name.size() + 1).trimmed();
    }
    return value;
}

} // namespace

class tst_AlertFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discordTextIsData();
    void slackTextIsData();
    void mailHeaders_data();
    void mailHeaders();
    void displayNameSender();
    void messageIdDomain();
    void idempotencyKeyPerDelivery();
    void frenchEmail();
};

void tst_AlertFormat::discordTextIsData()
{
    const AlertMessage m =
        AlertMessages::render(failedEvent(QStringLiteral("x**y**"), kHostile), rule(AlertKind::Webhook));
    const QJsonObject body =
        QJsonDocument::fromJson(AlertMessages::payload(m, rule(AlertKind::Webhook, WebhookFormat::Discord)))
            .object();
    QVERIFY(body.contains(QStringLiteral("allowed_mentions")));
    QCOMPARE(
        body.value(QStringLiteral("allowed_mentions")).toObject().value(QStringLiteral("parse")).toArray(),
        QJsonArray());
    const QString content = body.value(QStringLiteral("content")).toString();
    QVERIFY2(content.contains(QStringLiteral("\\@everyone")), qPrintable(content));
    QVERIFY(!content.contains(QStringLiteral(" @everyone")));
    QVERIFY(!content.contains(QStringLiteral("**bold**")));
    QVERIFY(!content.contains(QStringLiteral("[cliquez ici](")));
    QVERIFY(content.contains(QStringLiteral("x\\*\\*y\\*\\*")));
    QVERIFY(content.startsWith(QStringLiteral("**"))); // the subject, bold: our markup only
}

void tst_AlertFormat::slackTextIsData()
{
    const AlertMessage m =
        AlertMessages::render(failedEvent(QStringLiteral("a<b>&c"), kHostile), rule(AlertKind::Webhook));
    const QJsonObject body =
        QJsonDocument::fromJson(AlertMessages::payload(m, rule(AlertKind::Webhook, WebhookFormat::Slack)))
            .object();
    const QString text = body.value(QStringLiteral("text")).toString();
    QVERIFY2(!text.contains(u'<') && !text.contains(u'>'), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("&lt;!channel&gt;")));
    QVERIFY(text.contains(QStringLiteral("&lt;https://evil.example|cliquez ici&gt;")));
    QVERIFY(text.contains(QStringLiteral("a &amp; b")));
    QVERIFY(text.contains(QStringLiteral("a&lt;b&gt;&amp;c")));
    QCOMPARE(body.value(QStringLiteral("mrkdwn")).toBool(true), false);
}

void tst_AlertFormat::mailHeaders_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromName");
    QTest::newRow("ascii") << "[cxcron] demo:task failed on web-1"
                           << "cxcron";
    QTest::newRow("long french") << "[cxcron] facturation:relances échoue toujours (12 échecs consécutifs) — "
                                    "vérifiez la file d'attente et les journaux de l'hébergement mutualisé"
                                 << "Équipe d'exploitation de l'hébergeur Très Long Nom Société Anonyme";
    QTest::newRow("emoji and cjk") << QString::fromUtf8("[cxcron] 🚨 タスク失敗 🚨 ") +
                                          QString(QStringLiteral("é")).repeated(60)
                                   << QString::fromUtf8("運用チーム 🚀");
    QTest::newRow("long non-ascii run")
        << "x" << QString(QStringLiteral("Équipe « spéciale » ")).repeated(6).trimmed();
    QTest::newRow("quotes and commas") << "a \"quoted\" subject, with commas"
                                       << "Ops, \"Inc\" \\ Co";
    QTest::newRow("looks encoded") << "=?UTF-8?B?SGk=?= not really"
                                   << "=?UTF-8?B?SGk=?=";
    QTest::newRow("header injection") << "x\r\nBcc: victim@example.com"
                                      << "y\r\nBcc: victim@example.com";
}

void tst_AlertFormat::mailHeaders()
{
    QFETCH(QString, subject);
    QFETCH(QString, fromName);
    MailSettings mail;
    mail.fromAddress = QStringLiteral("alerts@example.com");
    mail.fromName = fromName;
    const QByteArray message = AlertTransport::mimeMessage(mail, {QStringLiteral("ops@example.com")}, subject,
                                                           QByteArray("body\n"), QByteArray("cxcron-1-abc"));
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the '\r'
        QVERIFY2(!line.startsWith("Bcc:"), "a line break in a header started a new header");
    }
    static const QRegularExpression encodedWord(QStringLiteral("=\\?[^?]+\\?[BbQq]\\?[^?]*\\?="));
    for (auto it = encodedWord.globalMatch(QString::fromLatin1(head)); it.hasNext();)
        QVERIFY2(it.next().capturedLength() <= 75, head.constData());
    // No encoded-word inside a quoted string.
    QVERIFY2(!QString::fromLatin1(header(message, "From"))
                  .contains(QRegularExpression(QStringLiteral("\"[^\"]*=\\?"))),
             header(message, "From").constData());
    QCOMPARE(decoded(header(message, "Subject")),
             QString(subject).replace(QStringLiteral("\r\n"), QStringLiteral(" ")).simplified());
    QVERIFY(header(message, "From").endsWith("<alerts@example.com>"));
    const QByteArray from = header(message, "From");
    if (fromName.simplified().contains(QRegularExpression(QStringLiteral("[^\\x20-\\x7e]"))))
        QCOMPARE(decoded(from.left(from.lastIndexOf('<')).trimmed()),
                 QString(fromName).replace(QStringLiteral("\r\n"), QStringLiteral(" ")).simplified());
    QCOMPARE(header(message, "Message-ID"), QByteArray("<cxcron-1-abc@example.com>"));
}

void tst_AlertFormat::displayNameSender()
{
    const MailHeaders::Mailbox box = MailHeaders::parseMailbox(QStringLiteral("Équipe <a@b.example>"));
    QCOMPARE(box.name, QStringLiteral("Équipe"));
    QCOMPARE(box.address, QStringLiteral("a@b.example"));
    QCOMPARE(MailHeaders::parseMailbox(QStringLiteral("\"Ops, Inc\" <o@x.example>")).name,
             QStringLiteral("Ops, Inc"));
    QCOMPARE(MailHeaders::parseMailbox(QStringLiteral("plain@x.example")).address,
             QStringLiteral("plain@x.example"));
    AlertRule r = rule(AlertKind::Email);
    r.target = QStringLiteral("ops@example.com");
    r.settings.insert(QStringLiteral("from"), QStringLiteral("Équipe <a@b.example>"));
    AlertRuleCheck::validate(r); // throws when refused
    const MailSettings m = MailSettings().forRule(r);
    QCOMPARE(m.fromAddress, QStringLiteral("a@b.example"));
    QCOMPARE(m.fromName, QStringLiteral("Équipe"));
}

void tst_AlertFormat::messageIdDomain()
{
    QCOMPARE(MailHeaders::messageIdDomain(QStringLiteral("a@mail.example.com")),
             QByteArray("mail.example.com"));
    QCOMPARE(MailHeaders::messageIdDomain(QStringLiteral("cxcron@my_host")), QByteArray("cxcron.invalid"));
    QCOMPARE(MailHeaders::messageIdDomain(QStringLiteral("cxcron@")), QByteArray("cxcron.invalid"));
}

void tst_AlertFormat::idempotencyKeyPerDelivery()
{
    AlertDelivery a;
    a.ruleId = 3;
    a.eventKey = QStringLiteral("failed:demo:task:2026-11-24T12:00");
    AlertDelivery retry = a;
    retry.attempts = 2;
    AlertDelivery other = a;
    other.ruleId = 4;
    QCOMPARE(AlertDeliveries::idempotencyKey(a), AlertDeliveries::idempotencyKey(retry));
    QVERIFY(AlertDeliveries::idempotencyKey(a) != AlertDeliveries::idempotencyKey(other));
    QVERIFY(!AlertDeliveries::idempotencyKey(a).contains("demo")); // no task name in a header
}

void tst_AlertFormat::frenchEmail()
{
    const AlertMessage m =
        AlertMessages::render(failedEvent(QStringLiteral("demo:task"), QStringLiteral("Boom")),
                              rule(AlertKind::Email, WebhookFormat::Generic, QStringLiteral("fr")));
    QCOMPARE(m.subject, QStringLiteral("[cxcron] demo:task a échoué sur web-1"));
    for (const char *want : {"La tâche demo:task a échoué.", "Tâche : demo:task", "État : en échec",
                             "Début : 2026-11-24 12:00:00 UTC", "Hôte : web-1", "Exécution : n° 42",
                             "Sortie complète et trace : cxcron show 42"})
        QVERIFY2(m.text.contains(QString::fromUtf8(want)),
                 qPrintable(QString::fromUtf8(want) + QStringLiteral("\n---\n") + m.text));
    QVERIFY(!m.text.contains(QStringLiteral("Task:")));
}

QTEST_GUILESS_MAIN(tst_AlertFormat)
#include "tst_alertformat.moc"
