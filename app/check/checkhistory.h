// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "common/result.h"
#include "sqliteconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <QStringList>
#include <optional>

namespace Sts::Check {

//! Finished checks kept in an SQLite file, so that today's result can be compared with an
//! earlier one. Each instance has its own connection and must stay in the thread that opened it.
class CheckHistory
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString domain;
        QDateTime started;
        QString verdict; //!< verdictName()
    };

    CheckHistory();
    ~CheckHistory();
    CheckHistory(const CheckHistory &) = delete;
    CheckHistory &operator=(const CheckHistory &) = delete;

    //! Opens (and creates) the database at \a path; history.open-failed or history.too-new when
    //! it cannot.
    Result<void> open(const QString &path);
    bool isOpen() const;

    //! Keeps a complete, not cancelled result; returns its id, 0 when it is not one to keep (or
    //! the history is not open), history.write-failed when writing failed.
    Result<qint64> record(const CheckResult &result);
    //! The checks of \a domain, newest first.
    QList<Entry> entries(const QString &domain, int limit = 100) const;
    //! The latest check of each domain, newest first: the recent domains of the start page.
    QList<Entry> latestPerDomain(int limit = 20) const;
    //! Deletes every check of \a domains (the start page's "Clear recent", when the user asks
    //! for the history too), all or none; returns how many were deleted.
    Result<qint64> remove(const QStringList &domains);
    //! The result as CheckResult::toJson() wrote it; empty when \a id is unknown.
    QJsonObject load(qint64 id) const;
    //! The latest kept check of \a domain as a typed value: what the next check of a watched domain
    //! is compared with (record() keeps only comparable checks). nullopt when there is none.
    std::optional<CheckResult> latestResult(const QString &domain) const;

    //! What the watch compares \a domain's next check with: the last check that went through the
    //! watch (recordWatched()), not a manual check the user made in between, which would swallow
    //! the change. A history from before the watch kept its own falls back to latestResult().
    std::optional<CheckResult> watchReference(const QString &domain) const;
    //! Keeps a watched domain's check (record()), makes it the domain's watch reference and
    //! replaces its reported changes with \a reportedKeys, all in one transaction; returns the
    //! check's id, 0 when it is not one to keep (or the history is not open), history.write-failed
    //! when writing failed (nothing is written then).
    Result<qint64> recordWatched(const CheckResult &result, const QSet<QString> &reportedKeys);

    //! The changes of \a domain that were reported and still stand, as
    //! WatchChangeDetector::changeKey() gives them: a change is reported once, not at every check.
    QSet<QString> reportedChanges(const QString &domain) const;
    //! Replaces the reported changes of \a domain with \a keys (those found by the latest check).
    Result<void> setReportedChanges(const QString &domain, const QSet<QString> &keys);

    //! Where the desktop app keeps its history (QStandardPaths::AppDataLocation of the app named
    //! "StsScope" by the organisation "StsScope"), for the CLI's watch to share it.
    static QString defaultPath();

private:
    Result<qint64> insertCheck(const CheckResult &result);
    Result<void> writeReportedChanges(const QString &domain, const QSet<QString> &keys);

    SqliteConnection m_db;
};

} // namespace Sts::Check
