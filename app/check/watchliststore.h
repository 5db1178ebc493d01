// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/result.h"
#include "sqliteconnection.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;

namespace Sts::Check {

//! The desktop app's watch list (the domains in the order they were added, the hours between two
//! background checks, each domain's last change) in tables of the check history's SQLite file,
//! beside the watch's references. It runs in the history's thread (CheckHistoryWorker), so that
//! adding 500 domains or recording a change never writes on the GUI thread. Each instance has its
//! own connection and must stay in the thread that opened it.
class WatchListStore
{
public:
    struct LastChange
    {
        QDateTime when;
        Finding change; //!< the most severe change, shown in the language of the day
    };
    struct Contents
    {
        QStringList domains;
        std::optional<int> intervalHours; //!< nullopt: never set, the page's default applies
        QHash<QString, LastChange> lastChanges;
        bool isEmpty() const { return domains.isEmpty() && !intervalHours && lastChanges.isEmpty(); }
    };

    WatchListStore();
    ~WatchListStore();
    WatchListStore(const WatchListStore &) = delete;
    WatchListStore &operator=(const WatchListStore &) = delete;

    struct Loaded
    {
        Contents contents;
        bool migrated = false; //!< the settings' list moved into the file by this load
    };

    //! Opens (and creates) the tables in the database at \a path; history.open-failed when it cannot.
    Result<void> open(const QString &path);
    bool isOpen() const;

    //! The list as stored. The first load of a file that never held a list takes \a legacy (what an
    //! earlier version kept in the settings) as its contents, once. watchlist.read-failed or
    //! watchlist.write-failed (that move) when it cannot.
    Result<Loaded> load(const Contents &legacy);
    //! Appends the domains not listed yet, in one transaction. The writes fail with
    //! history.not-open before open() and watchlist.write-failed when SQLite refuses them.
    Result<void> add(const QStringList &domains);
    Result<void> remove(const QStringList &domains);
    Result<void> setIntervalHours(int hours);
    //! Only a listed domain keeps its last change.
    Result<void> setLastChange(const QString &domain, const LastChange &change);

private:
    Result<void> write(const Contents &contents);
    //! Appends the domains not listed yet, in the caller's transaction.
    Result<void> insert(const QStringList &domains);
    Result<void> notOpen() const;
    Result<void> writeFailed(const QSqlError &why) const;

    SqliteConnection m_db;
};

} // namespace Sts::Check

Q_DECLARE_METATYPE(Sts::Check::WatchListStore::Contents)
