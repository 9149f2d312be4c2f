// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretenv.h"

namespace cxcron::SecretEnvironment {

const QStringList &names()
{
    // CXCRON_DATABASE_URL may be mysql://user:password@…; MAIL_PASSWORD is read from the
    // process environment before the .env (as Laravel does), so it is a secret source too.
    static const QStringList list{QStringLiteral("CXCRON_DB_PASSWORD"), QStringLiteral("CXCRON_DATABASE_URL"),
                                  QStringLiteral("CXCRON_SMTP_PASSWORD"), QStringLiteral("MAIL_PASSWORD")};
    return list;
}

void removeFrom(QProcessEnvironment &env)
{
    for (const QString &name : names())
        env.remove(name);
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    removeFrom(env);
    return env;
}

} // namespace cxcron::SecretEnvironment
