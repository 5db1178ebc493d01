// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkhistory.h"

#include "checkcatalog.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Sts::Check {

namespace {

constexpr int SchemaVersion = 1;

Finding writeFailed(const QString &domain, const QSqlError &why)
{
    return makeFinding(Catalog::HistoryWriteFailed, domain, {domain, why.text()});
}

} // namespace

CheckHistory::CheckHistory()
    : m_db("sts-check-history")
{}

CheckHistory::~CheckHistory() = default;

Result<void> CheckHistory::open(const QString &path)
{
    const auto failed = [&path](const QSqlError &why) {
        return Result<void>::failure(makeFinding(Catalog::HistoryOpenFailed, path, {path, why.text()}));
    };
    if (const Result<void> opened = m_db.open(path, Catalog::HistoryOpenFailed); !opened)
        return opened;
    QSqlDatabase db = m_db.database();
    QSqlQuery query(db);
    // Records are written from the GUI thread when a check finishes: WAL with synchronous=NORMAL
    // commits without an fsync (a power cut may lose the last entries, a crash loses nothing and
    // nothing is ever half written), where the default journal stalled the window for up to a
    // second on a busy disk (tests/bench/bench_gui_stall).
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > SchemaVersion) {
        db.close();
        return Result<void>::failure(makeFinding(Catalog::HistoryTooNew, path, {path}));
    }
    const bool ok = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS checks ("
                                              "id INTEGER PRIMARY KEY, domain TEXT NOT NULL, started TEXT NOT NULL, "
                                              "verdict TEXT NOT NULL, result TEXT NOT NULL)")) &&
                    query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS checks_domain ON checks(domain, started)")) &&
                    // What the watch has reported; older versions of the file simply lack it.
                    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS reported_changes ("
                                              "domain TEXT NOT NULL, change_key TEXT NOT NULL, "
                                              "PRIMARY KEY (domain, change_key))")) &&
                    // The watch's own reference per domain; older versions of the file lack it too.
                    query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS watch_reference ("
                                              "domain TEXT PRIMARY KEY, check_id INTEGER NOT NULL)")) &&
                    query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!ok) {
        const QSqlError why = query.lastError();
        db.close();
        return failed(why);
    }
    return {};
}

bool CheckHistory::isOpen() const
{
    return m_db.isOpen();
}

Result<qint64> CheckHistory::record(const CheckResult &result)
{
    if (!isOpen() || !result.complete || result.cancelled || !isVerdictOnDomain(result.verdict) ||
        !result.error.isEmpty())
        return qint64(0);
    return insertCheck(result);
}

Result<qint64> CheckHistory::insertCheck(const CheckResult &result)
{
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("INSERT INTO checks (domain, started, verdict, result) VALUES (?, ?, ?, ?)")))
        return Result<qint64>::failure(writeFailed(result.domain, query.lastError()));
    query.addBindValue(result.domain);
    query.addBindValue(result.started.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(verdictName(result.verdict));
    query.addBindValue(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Result<qint64>::failure(writeFailed(result.domain, query.lastError()));
    return query.lastInsertId().toLongLong();
}

Result<qint64> CheckHistory::recordWatched(const CheckResult &result, const QSet<QString> &reportedKeys)
{
    if (!isOpen() || !result.complete || result.cancelled || !isVerdictOnDomain(result.verdict) ||
        !result.error.isEmpty())
        return qint64(0);
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return Result<qint64>::failure(writeFailed(result.domain, db.lastError()));
    const auto rollBack = [&db](const Finding &why) {
        db.rollback();
        return Result<qint64>::failure(why);
    };
    const Result<qint64> id = insertCheck(result);
    if (!id)
        return rollBack(id.error());
    QSqlQuery query(db);
    // A failed prepare() says why ("no such table"), the exec() after it only "parameter count mismatch".
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO watch_reference (domain, check_id) VALUES (?, ?)")))
        return rollBack(writeFailed(result.domain, query.lastError()));
    query.addBindValue(result.domain);
    query.addBindValue(id.value());
    if (!query.exec())
        return rollBack(writeFailed(result.domain, query.lastError()));
    if (const Result<void> written = writeReportedChanges(result.domain, reportedKeys); !written)
        return rollBack(written.error());
    if (!db.commit())
        return rollBack(writeFailed(result.domain, db.lastError()));
    return id;
}

QList<CheckHistory::Entry> CheckHistory::entries(const QString &domain, int limit) const
{
    QList<Entry> list;
    if (!isOpen())
        return list;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT id, started, verdict FROM checks WHERE domain = ? "
                                 "ORDER BY started DESC, id DESC LIMIT ?"));
    query.addBindValue(domain);
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toLongLong(), domain,
                     QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs), query.value(2).toString()});
    return list;
}

QList<CheckHistory::Entry> CheckHistory::latestPerDomain(int limit) const
{
    QList<Entry> list;
    if (!isOpen())
        return list;
    QSqlQuery query(m_db.database());
    // SQLite takes the bare columns of a MAX() aggregate from the row that holds the maximum.
    query.prepare(QStringLiteral("SELECT id, domain, MAX(started), verdict FROM checks GROUP BY domain "
                                 "ORDER BY MAX(started) DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), query.value(3).toString()});
    return list;
}

Result<qint64> CheckHistory::remove(const QStringList &domains)
{
    if (!isOpen())
        return Result<qint64>::failure(makeFinding(Catalog::HistoryNotOpen, QString()));
    QSqlDatabase db = m_db.database();
    const auto fail = [&](const QSqlError &why) {
        db.rollback();
        return Result<qint64>::failure(makeFinding(Catalog::HistoryDeleteFailed, domains.join(u", "), {why.text()}));
    };
    if (!db.transaction()) // all or none
        return fail(db.lastError());
    QSqlQuery checks(db);
    checks.prepare(QStringLiteral("DELETE FROM checks WHERE domain = ?"));
    // What the watch reported and compares with goes with the checks: nothing of the domain stays.
    QSqlQuery reported(db);
    reported.prepare(QStringLiteral("DELETE FROM reported_changes WHERE domain = ?"));
    QSqlQuery reference(db);
    reference.prepare(QStringLiteral("DELETE FROM watch_reference WHERE domain = ?"));
    qint64 removed = 0;
    for (const QString &domain : domains) {
        for (QSqlQuery *query : {&checks, &reported, &reference}) {
            query->addBindValue(domain);
            if (!query->exec())
                return fail(query->lastError());
            if (query == &checks)
                removed += checks.numRowsAffected(); // SQLite counts the connection's last statement
        }
    }
    if (!db.commit())
        return fail(db.lastError());
    return removed;
}

QJsonObject CheckHistory::load(qint64 id) const
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT result FROM checks WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

std::optional<CheckResult> CheckHistory::latestResult(const QString &domain) const
{
    const QList<Entry> latest = entries(domain, 1);
    if (latest.isEmpty())
        return std::nullopt;
    const QJsonObject json = load(latest.constFirst().id);
    if (json.isEmpty())
        return std::nullopt;
    return CheckResult::fromJson(json);
}

std::optional<CheckResult> CheckHistory::watchReference(const QString &domain) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT check_id FROM watch_reference WHERE domain = ?"));
    query.addBindValue(domain);
    if (!query.exec() || !query.next())
        return latestResult(domain);
    const QJsonObject json = load(query.value(0).toLongLong());
    if (json.isEmpty())
        return std::nullopt;
    return CheckResult::fromJson(json);
}

QSet<QString> CheckHistory::reportedChanges(const QString &domain) const
{
    QSet<QString> keys;
    if (!isOpen())
        return keys;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT change_key FROM reported_changes WHERE domain = ?"));
    query.addBindValue(domain);
    if (!query.exec())
        return keys;
    while (query.next())
        keys.insert(query.value(0).toString());
    return keys;
}

Result<void> CheckHistory::setReportedChanges(const QString &domain, const QSet<QString> &keys)
{
    if (!isOpen())
        return Result<void>::failure(makeFinding(Catalog::HistoryNotOpen, domain));
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return Result<void>::failure(writeFailed(domain, db.lastError()));
    Result<void> written = writeReportedChanges(domain, keys);
    if (written && !db.commit())
        written = Result<void>::failure(writeFailed(domain, db.lastError()));
    if (!written)
        db.rollback();
    return written;
}

Result<void> CheckHistory::writeReportedChanges(const QString &domain, const QSet<QString> &keys)
{
    QSqlQuery query(m_db.database());
    if (!query.prepare(QStringLiteral("DELETE FROM reported_changes WHERE domain = ?")))
        return Result<void>::failure(writeFailed(domain, query.lastError()));
    query.addBindValue(domain);
    if (!query.exec() ||
        !query.prepare(QStringLiteral("INSERT INTO reported_changes (domain, change_key) VALUES (?, ?)")))
        return Result<void>::failure(writeFailed(domain, query.lastError()));
    for (const QString &key : keys) {
        query.addBindValue(domain);
        query.addBindValue(key);
        if (!query.exec())
            return Result<void>::failure(writeFailed(domain, query.lastError()));
    }
    return {};
}

QString CheckHistory::defaultPath()
{
    // QStandardPaths::AppDataLocation is <data>/<organisation>/<application>; the CLI has another
    // application name, so the desktop app's names are spelt out (ui/main.cpp sets them).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/StsScope/StsScope/history.sqlite");
}

} // namespace Sts::Check
