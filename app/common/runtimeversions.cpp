// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimeversions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

#include <gmime/gmime.h>
#include <openssl/crypto.h>
#include <unbound.h>
#include <zip.h>
#include <zlib.h>

namespace Sts {

namespace {

//! SQLite is loaded by Qt's driver plugin, so only the plugin can say which library it uses.
QString sqliteVersion()
{
    const QString connection = QStringLiteral("sts-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(QStringLiteral(":memory:"));
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace

QList<ComponentVersion> runtimeVersions()
{
    return {
        {QStringLiteral("StsScope"), QStringLiteral(STS_VERSION)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))},
        {QStringLiteral("libunbound"), QString::fromLatin1(ub_version())},
        {QStringLiteral("SQLite"), sqliteVersion()},
        {QStringLiteral("GMime"),
         QStringLiteral("%1.%2.%3").arg(gmime_major_version).arg(gmime_minor_version).arg(gmime_micro_version)},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version())},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion())},
    };
}

} // namespace Sts
