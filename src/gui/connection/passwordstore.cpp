// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include "guilogging.h"

#include <QEventLoop>
#include <QHash>

#ifdef CXCRON_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace cxcron::gui::PasswordStore {
namespace {

const QString kService = QStringLiteral("cxcron");

QHash<QString, QString> &sessionCache()
{
    static QHash<QString, QString> cache;
    return cache;
}

#ifdef CXCRON_HAVE_KEYCHAIN
template<typename Job>
bool runJob(Job &job, QString *error = nullptr)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        qCWarning(lcGui).noquote() << "keychain:" << job.errorString();
    if (error && job.error() != QKeychain::NoError)
        *error = job.errorString();
    return job.error() == QKeychain::NoError;
}
#endif

} // namespace

bool isAvailable()
{
#ifdef CXCRON_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

bool store(const QString &profile, const QString &password, QString *error)
{
    sessionCache().insert(profile, password);
#ifdef CXCRON_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(profile);
    job.setTextData(password);
    return runJob(job, error);
#else
    if (error)
        *error = QObject::tr("cxcron was built without keychain support");
    return false;
#endif
}

void keepForSession(const QString &profile, const QString &password)
{
    sessionCache().insert(profile, password);
}

QString load(const QString &profile)
{
    if (sessionCache().contains(profile))
        return sessionCache().value(profile);
#ifdef CXCRON_HAVE_KEYCHAIN
    if (!isAvailable())
        return {};
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(profile);
    if (runJob(job)) {
        sessionCache().insert(profile, job.textData());
        return job.textData();
    }
#endif
    return {};
}

void remove(const QString &profile)
{
    sessionCache().remove(profile);
#ifdef CXCRON_HAVE_KEYCHAIN
    if (!isAvailable())
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(profile);
    runJob(job);
#endif
}

} // namespace cxcron::gui::PasswordStore
