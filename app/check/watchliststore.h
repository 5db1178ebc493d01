// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

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

    //! Opens (and creates) the tables in the database at \a path; false with \a error when it cannot.
    bool open(const QString &path, QString *error);
    bool isOpen() const;

    //! The list as stored. The first load of a file that never held a list takes \a legacy (what an
    //! earlier version kept in the settings) as its contents, once: \a migrated says it did.
    Contents load(const Contents &legacy, bool *migrated, QString *error);
    //! Appends the domains not listed yet, in one transaction.
    bool add(const QStringList &domains, QString *error);
    bool remove(const QStringList &domains, QString *error);
    bool setIntervalHours(int hours, QString *error);
    //! Only a listed domain keeps its last change.
    bool setLastChange(const QString &domain, const LastChange &change, QString *error);

private:
    bool write(const Contents &contents, QString *error);
    //! Appends the domains not listed yet, in the caller's transaction.
    bool insert(const QStringList &domains, QString *error);

    QString m_connection;
};

} // namespace Sts::Check

Q_DECLARE_METATYPE(Sts::Check::WatchListStore::Contents)
