// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchliststore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
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

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sts-watch-list-%1").arg(counter.fetchAndAddRelaxed(1));
}

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

bool failed(const QSqlError &why, QString *error)
{
    if (error)
        *error = why.text();
    return false;
}

} // namespace

WatchListStore::WatchListStore()
    : m_connection(nextConnectionName())
{}

WatchListStore::~WatchListStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool WatchListStore::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return failed(db.lastError(), error);
    QSqlQuery query(db);
    // The same file as the check history (which set WAL): its own tables, created when missing.
    const bool ok = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS watch_list ("
                                              "domain TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                                              "last_change TEXT, last_change_finding TEXT)")) &&
                    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS watch_list_settings ("
                                              "key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    if (!ok) {
        failed(query.lastError(), error);
        db.close();
    }
    return ok;
}

bool WatchListStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

WatchListStore::Contents WatchListStore::load(const Contents &legacy, bool *migrated, QString *error)
{
    *migrated = false;
    Contents contents;
    if (!isOpen())
        return contents;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT key, value FROM watch_list_settings"));
    if (!query.exec()) {
        failed(query.lastError(), error);
        return contents;
    }
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
        if (!transaction.isOpen()) {
            failed(transaction.lastError(), error);
            return contents;
        }
        if (!write(legacy, error))
            return contents;
        if (!mark.exec()) {
            failed(mark.lastError(), error);
            return contents;
        }
        if (!transaction.commit()) {
            failed(transaction.lastError(), error);
            return contents;
        }
        *migrated = !legacy.isEmpty();
        contents.intervalHours = legacy.intervalHours;
    }
    query.prepare(QStringLiteral("SELECT domain, last_change, last_change_finding FROM watch_list ORDER BY position"));
    if (!query.exec()) {
        failed(query.lastError(), error);
        return contents;
    }
    while (query.next()) {
        const QString domain = query.value(0).toString();
        contents.domains.append(domain);
        if (!query.value(1).isNull())
            contents.lastChanges.insert(
                domain, {QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                         Finding::fromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object())});
    }
    return contents;
}

bool WatchListStore::write(const Contents &contents, QString *error)
{
    if (!contents.domains.isEmpty() && !insert(contents.domains, error))
        return false;
    for (auto it = contents.lastChanges.cbegin(); it != contents.lastChanges.cend(); ++it) {
        if (!setLastChange(it.key(), it.value(), error))
            return false;
    }
    return !contents.intervalHours || setIntervalHours(*contents.intervalHours, error);
}

bool WatchListStore::insert(const QStringList &domains, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM watch_list")) || !last.next())
        return failed(last.lastError(), error);
    qint64 position = last.value(0).toLongLong();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO watch_list (domain, position) VALUES (?, ?)"));
    for (const QString &domain : domains) {
        query.addBindValue(domain);
        query.addBindValue(++position);
        if (!query.exec())
            return failed(query.lastError(), error);
    }
    return true;
}

bool WatchListStore::add(const QStringList &domains, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db); // 500 domains: one commit, not 500
    if (!transaction.isOpen())
        return failed(transaction.lastError(), error);
    return insert(domains, error) && (transaction.commit() || failed(transaction.lastError(), error));
}

bool WatchListStore::remove(const QStringList &domains, QString *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction transaction(db);
    if (!transaction.isOpen())
        return failed(transaction.lastError(), error);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM watch_list WHERE domain = ?"));
    for (const QString &domain : domains) {
        query.addBindValue(domain);
        if (!query.exec())
            return failed(query.lastError(), error);
    }
    return transaction.commit() || failed(transaction.lastError(), error);
}

bool WatchListStore::setIntervalHours(int hours, QString *error)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO watch_list_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(IntervalKey);
    query.addBindValue(QString::number(hours));
    return query.exec() || failed(query.lastError(), error);
}

bool WatchListStore::setLastChange(const QString &domain, const LastChange &change, QString *error)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE watch_list SET last_change = ?, last_change_finding = ? WHERE domain = ?"));
    query.addBindValue(change.when.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(QJsonDocument(change.change.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(domain);
    return query.exec() || failed(query.lastError(), error);
}

} // namespace Sts::Check
