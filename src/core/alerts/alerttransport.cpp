// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttransport.h"

#include "mailheaders.h"
#include "mailsettings.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>
#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace cxcron::AlertTransport {
namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Easy
{
    Easy()
    {
        globalInit();
        handle = curl_easy_init();
        errorBuffer[0] = '\0';
    }
    ~Easy()
    {
        if (list)
            curl_slist_free_all(list);
        if (recipients)
            curl_slist_free_all(recipients);
        if (handle)
            curl_easy_cleanup(handle);
    }
    Easy(const Easy &) = delete;
    Easy &operator=(const Easy &) = delete;

    CURL *handle = nullptr;
    curl_slist *list = nullptr;
    curl_slist *recipients = nullptr;
    char errorBuffer[CURL_ERROR_SIZE];
};

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = qMin(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

void setTimeouts(CURL *h, int timeoutMs)
{
    const long total = qMax(1, timeoutMs);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, total);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, qMin<long>(total, 5000));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
}

SendResult failure(CURLcode code, const Easy &easy, qint64 requestBytes)
{
    QString text = QString::fromUtf8(easy.errorBuffer).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(curl_easy_strerror(code));
    SendResult result{false, text};
    // The whole request reached the receiver, only its answer is late.
    curl_off_t uploaded = 0;
    curl_easy_getinfo(easy.handle, CURLINFO_SIZE_UPLOAD_T, &uploaded);
    result.unconfirmed = code == CURLE_OPERATION_TIMEDOUT && requestBytes > 0 && uploaded >= requestBytes;
    return result;
}

} // namespace

SendResult httpPost(const QString &url, const QByteArray &body, const QByteArray &contentType, int timeoutMs,
                    const QByteArray &idempotencyKey)
{
    Easy easy;
    if (!easy.handle)
        return {false, QStringLiteral("curl_easy_init failed")};
    CURL *h = easy.handle;
    const QByteArray urlBytes = url.toUtf8();
    curl_easy_setopt(h, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, easy.errorBuffer);
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    const QByteArray header = "Content-Type: " + contentType;
    easy.list = curl_slist_append(easy.list, header.constData());
    easy.list = curl_slist_append(easy.list, "Expect:");
    if (!idempotencyKey.isEmpty()) {
        const QByteArray key = "Idempotency-Key: " + idempotencyKey;
        easy.list = curl_slist_append(easy.list, key.constData());
    }
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, easy.list);
    const QByteArray agent = "cxcron/" CXCRON_VERSION;
    curl_easy_setopt(h, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
    setTimeouts(h, timeoutMs);
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK)
        return failure(code, easy, body.size());
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status >= 300)
        return {false, QStringLiteral("HTTP %1").arg(status)};
    return {true, {}};
}

QByteArray mimeMessage(const MailSettings &mail, const QStringList &to, const QString &subject,
                       const QByteArray &textBody, const QByteArray &idempotencyKey)
{
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
            .toLatin1() +
        " +0000";
    QByteArray m;
    m += "Date: " + date + "\r\n";
    // Headers as RFC 5322 and 2047 want them (Python's email.policy.strict finds no defect):
    // encoded-words outside quotes, at most 75 characters each, folded lines.
    m += MailHeaders::mailbox("From", mail.fromName, mail.fromAddress);
    m += MailHeaders::addressList("To", to);
    m += MailHeaders::unstructured("Subject", subject);
    const QByteArray id = idempotencyKey.isEmpty()
                              ? QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
                              : idempotencyKey;
    m += "Message-ID: <" + id + "@" + MailHeaders::messageIdDomain(mail.fromAddress) + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "\r\n";
    const QByteArray encoded = textBody.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        m += encoded.mid(i, 76) + "\r\n";
    return m;
}

SendResult sendMail(const MailSettings &mail, const QStringList &to, const QString &subject,
                    const QByteArray &textBody, int timeoutMs, const QByteArray &idempotencyKey)
{
    if (mail.host.isEmpty())
        return {false, QStringLiteral("no SMTP server configured (MAIL_HOST)")};
    Easy easy;
    if (!easy.handle)
        return {false, QStringLiteral("curl_easy_init failed")};
    CURL *h = easy.handle;
    const QByteArray url = mail.url().toUtf8();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, easy.errorBuffer);
    if (!mail.implicitTls()) {
        const long useSsl = mail.encryption == QLatin1String("tls")    ? long(CURLUSESSL_ALL)
                            : mail.encryption == QLatin1String("none") ? long(CURLUSESSL_NONE)
                                                                       : long(CURLUSESSL_TRY);
        curl_easy_setopt(h, CURLOPT_USE_SSL, useSsl);
    }
    const QByteArray ca = mail.caFile.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    const QByteArray user = mail.username.toUtf8();
    const QByteArray password = mail.password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray from = '<' + mail.fromAddress.toUtf8() + '>';
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    for (const QString &address : to) {
        const QByteArray rcpt = '<' + address.toUtf8() + '>';
        easy.recipients = curl_slist_append(easy.recipients, rcpt.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, easy.recipients);
    Upload upload{mimeMessage(mail, to, subject, textBody, idempotencyKey)};
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    setTimeouts(h, timeoutMs);
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK)
        return failure(code, easy, upload.data.size());
    return {true, {}};
}

} // namespace cxcron::AlertTransport
