// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchliststore.h"

#include "checkcatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sts::Check {

namespace {

const auto InitializedKey = QStringLiteral("initialized");
const auto IntervalKey = QStringLiteral("interval_hours");

//! One write transaction: commits when told to, rolls back otherwise (an early return on an
//! error). BEGIN IMMEDIATE takes the write lock at once, waiting for it (the busy timeout) while
//! another connection writes (the CLI's watch, the history's own); a deferred BEGIN that upgrades
//! a read to a write gets SQLITE_BUSY at once in WAL mode and would lose the write.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_query(db)
        , m_open(m_query.exec(QStringLiteral("BEGIN IMMEDIATE")))
    {}
    ~Transaction()
    {
        if (m_open)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    QSqlError lastError() const { return m_query.lastError(); }
    bool commit()
    {
        m_open = !m_query.exec(QStringLiteral("COMMIT"));
        return !m_open;
    }

private:
    QSqlQuery m_query;
    bool m_open;
};

} // namespace

WatchListStore::WatchListStore()
    : m_db("sts-watch-list")
{}

WatchListStore::~WatchListStore() = default;

Result<void> WatchListStore::open(const QString &path)
{
    const auto failed = [&path](const QSqlError &why) {
        return Result<void>::failure(makeFinding(Catalog::HistoryOpenFailed, path, {path, why.text()}));
    };
    if (const Result<void> opened = m_db.open(path, Catalog::HistoryOpenFailed); !opened)
        return opened;
    QSqlDatabase db = m_db.database();
    QSqlQuery query(db);
    // The same file as the check history (which set WAL): its own tables, created when missing.
    const bool ok = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS watch_list ("
                                              "domain TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                              "last_change TEXT, last_change_finding TEXT)")) &&
                    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS watch_list_settings ("
                                              "key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    if (!ok) {
        const QSqlError why = query.lastError();
        db.close();
        return failed(why);
    }
    return {};
}

bool WatchListStore::isOpen() const
{
    return m_db.isOpen();
}

Result<void> WatchListStore::notOpen() const
{
    return Result<void>::failure(makeFinding(Catalog::HistoryNotOpen, QString()));
}

Result<void> WatchListStore::writeFailed(const QSqlError &why) const
{
    const QString file = m_db.database().databaseName();
    return Result<void>::failure(makeFinding(Catalog::WatchListWriteFailed, file, {file, why.text()}));
}

Result<WatchListStore::Loaded> WatchListStore::load(const Contents &legacy)
{
    using Failure = Result<Loaded>;
    if (!isOpen())
        return Failure::failure(notOpen().error());
    QSqlDatabase db = m_db.database();
    const auto readFailed = [&db](const QSqlError &why) {
        return Failure::failure(
            makeFinding(Catalog::WatchListReadFailed, db.databaseName(), {db.databaseName(), why.text()}));
    };
    Loaded loaded;
    Contents &contents = loaded.contents;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key, value FROM watch_list_settings"));
    if (!query.exec())
        return readFailed(query.lastError());
    bool initialized = false;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == InitializedKey)
            initialized = true;
        else if (key == IntervalKey)
            contents.intervalHours = query.value(1).toInt();
    }
    query.finish(); // no read left open under the write below
    if (!initialized) {
        // The first time this file is asked for a list: the settings' list moves here, once.
        Transaction transaction(db);
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT OR REPLACE INTO watch_list_settings (key, value) VALUES (?, '1')"));
        mark.addBindValue(InitializedKey);
        if (!transaction.isOpen())
            return Failure::failure(writeFailed(transaction.lastError()).error());
        if (const Result<void> written = write(legacy); !written)
            return Failure::failure(written.error());
        if (!mark.exec())
            return Failure::failure(writeFailed(mark.lastError()).error());
        if (!transaction.commit())
            return Failure::failure(writeFailed(transaction.lastError()).error());
        loaded.migrated = !legacy.isEmpty();
        contents.intervalHours = legacy.intervalHours;
    }
    query.prepare(QStringLiteral("SELECT domain, last_change, last_change_finding FROM watch_list ORDER BY position"));
    if (!query.exec())
        return readFailed(query.lastError());
    while (query.next()) {
        const QString domain = query.value(0).toString();
        contents.domains.append(domain);
        if (!query.value(1).isNull())
            contents.lastChanges.insert(
                domain, {QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                         Finding::fromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object())});
    }
    return loaded;
}

Result<void> WatchListStore::write(const Contents &contents)
{
    if (!contents.domains.isEmpty()) {
        if (const Result<void> inserted = insert(contents.domains); !inserted)
            return inserted;
    }
    for (auto it = contents.lastChanges.cbegin(); it != contents.lastChanges.cend(); ++it) {
        if (const Result<void> set = setLastChange(it.key(), it.value()); !set)
            return set;
    }
    return contents.intervalHours ? setIntervalHours(*contents.intervalHours) : Result<void>();
}

Result<void> WatchListStore::insert(const QStringList &domains)
{
    QSqlDatabase db = m_db.database();
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM watch_list")) || !last.next())
        return writeFailed(last.lastError());
    qint64 position = last.value(0).toLongLong();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO watch_list (domain, position) VALUES (?, ?)"));
    for (const QString &domain : domains) {
        query.addBindValue(domain);
        query.addBindValue(++position);
        if (!query.exec())
            return writeFailed(query.lastError());
    }
    return {};
}

Result<void> WatchListStore::add(const QStringList &domains)
{
    if (!isOpen())
        return notOpen();
    QSqlDatabase db = m_db.database();
    Transaction transaction(db); // 500 domains: one commit, not 500
    if (!transaction.isOpen())
        return writeFailed(transaction.lastError());
    if (const Result<void> inserted = insert(domains); !inserted)
        return inserted;
    return transaction.commit() ? Result<void>() : writeFailed(transaction.lastError());
}

Result<void> WatchListStore::remove(const QStringList &domains)
{
    if (!isOpen())
        return notOpen();
    QSqlDatabase db = m_db.database();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return writeFailed(transaction.lastError());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM watch_list WHERE domain = ?"));
    for (const QString &domain : domains) {
        query.addBindValue(domain);
        if (!query.exec())
            return writeFailed(query.lastError());
    }
    return transaction.commit() ? Result<void>() : writeFailed(transaction.lastError());
}

Result<void> WatchListStore::setIntervalHours(int hours)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO watch_list_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(IntervalKey);
    query.addBindValue(QString::number(hours));
    return query.exec() ? Result<void>() : writeFailed(query.lastError());
}

Result<void> WatchListStore::setLastChange(const QString &domain, const LastChange &change)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE watch_list SET last_change = ?, last_change_finding = ? WHERE domain = ?"));
    query.addBindValue(change.when.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(QJsonDocument(change.change.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(domain);
    return query.exec() ? Result<void>() : writeFailed(query.lastError());
}

} // namespace Sts::Check
