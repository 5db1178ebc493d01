// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace Sts::Check {

SqliteConnection::SqliteConnection(const char *prefix)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("%1-%2").arg(QLatin1StringView(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

SqliteConnection::~SqliteConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

Result<void> SqliteConnection::open(const QString &path, const FindingDefinition &failure)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        return Result<void>::failure(makeFinding(failure, path, {path, db.lastError().text()}));
    return {};
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Sts::Check
