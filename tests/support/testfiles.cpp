// SPDX-License-Identifier: GPL-3.0-or-later
#include "testfiles.h"

#include "cmsschema.h"
#include "testdb.h"

#include <QFile>
#include <QTemporaryDir>

namespace cxcron::test {

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void freshCmsDatabase(const QString &backend)
{
    freshDatabase(backend);
    CmsSchema::create(db());
}

} // namespace cxcron::test
