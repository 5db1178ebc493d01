// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Sts::Check {

//! One QSQLITE connection of its own, for a store used in one thread (the check history, the
//! watch list): a unique name, the file's folder made on open, closed and removed with it.
class SqliteConnection
{
public:
    //! \a prefix names the connection ("sts-check-history"), a counter keeps names apart.
    explicit SqliteConnection(const char *prefix);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    //! Opens \a path; \a failure (with the path and SQLite's reason) when it cannot.
    Result<void> open(const QString &path, const FindingDefinition &failure);
    bool isOpen() const;
    QSqlDatabase database() const; //!< the open connection (invalid before open())

private:
    QString m_name;
};

} // namespace Sts::Check
