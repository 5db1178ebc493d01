// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlibrary.h"

#include "reportcatalog.h"
#include "reportimporter.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <initializer_list>

namespace Sts::TlsRpt {

namespace {

using namespace ReportCatalog;

//! Each step brings the schema from the version before to toVersion; a library is migrated
//! step by step in one transaction per step.
struct Migration
{
    int toVersion;
    std::initializer_list<const char *> statements;
};

// Counts are INTEGER (64-bit in SQLite); times are milliseconds since the epoch, UTC; day is
// the ISO date a report counts for (Report::day()), so that GROUP BY day needs no function.
const Migration Migrations[] = {
    {1,
     {
         "CREATE TABLE reports (id INTEGER PRIMARY KEY, report_id TEXT NOT NULL, organization TEXT NOT NULL, "
         "contact_info TEXT NOT NULL, start_time INTEGER NOT NULL, end_time INTEGER NOT NULL, day TEXT NOT NULL, "
         "successful INTEGER NOT NULL, failed INTEGER NOT NULL, file TEXT NOT NULL, source TEXT NOT NULL, "
         "imported_at INTEGER NOT NULL, findings TEXT NOT NULL, raw_json BLOB NOT NULL, "
         "UNIQUE (report_id, organization))",
         "CREATE INDEX reports_day ON reports (day)",
         "CREATE TABLE policies (id INTEGER PRIMARY KEY, "
         "report INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
         "policy_type TEXT NOT NULL, policy_domain TEXT NOT NULL, policy_strings TEXT NOT NULL, "
         "mx_hosts TEXT NOT NULL, successful INTEGER NOT NULL, failed INTEGER NOT NULL)",
         "CREATE INDEX policies_report ON policies (report)",
         "CREATE INDEX policies_domain ON policies (policy_domain)",
         "CREATE TABLE failures (id INTEGER PRIMARY KEY, "
         "policy INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE, result_type TEXT NOT NULL, "
         "sending_mta_ip TEXT NOT NULL, receiving_mx_hostname TEXT NOT NULL, receiving_mx_helo TEXT NOT NULL, "
         "receiving_ip TEXT NOT NULL, additional_information TEXT NOT NULL, failure_reason_code TEXT NOT NULL, "
         "failed_session_count INTEGER NOT NULL)",
         "CREATE INDEX failures_policy ON failures (policy)",
     }},
    // Incremental mailbox sync (issue 16): per account and folder, how far it was fetched.
    {2,
     {
         "CREATE TABLE mailbox_folders (account TEXT NOT NULL, folder TEXT NOT NULL, "
         "uid_validity INTEGER NOT NULL, last_uid INTEGER NOT NULL, synced_at INTEGER NOT NULL, "
         "PRIMARY KEY (account, folder))",
     }},
};

std::atomic<quint64> connectionSerial{0};

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

//! Qt SQL binds a null QString as NULL; absent fields are stored as "" so that GROUP BY and
//! comparisons need no NULL handling.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QStringList stringList(const QVariant &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toByteArray()).array())
        list.append(value.toString());
    return list;
}

//! The findings column: what Sts::findingsToJson() wrote, arguments included.
Findings findingsFromJson(const QVariant &json)
{
    return Sts::findingsFromJson(QJsonDocument::fromJson(json.toByteArray()).array());
}

QDateTime utcFromMSecs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

//! A WHERE clause over reports (alias r) for a filter, with its values in order.
struct Selection
{
    QString where;
    QVariantList values;

    explicit Selection(const ReportFilter &filter)
    {
        QStringList conditions;
        if (filter.since.isValid()) {
            conditions.append(QStringLiteral("r.day >= ?"));
            values.append(filter.since.toString(Qt::ISODate));
        }
        if (filter.until.isValid()) {
            conditions.append(QStringLiteral("r.day <= ?"));
            values.append(filter.until.toString(Qt::ISODate));
        }
        if (!filter.policyDomain.isEmpty()) {
            conditions.append(
                QStringLiteral("EXISTS (SELECT 1 FROM policies d WHERE d.report = r.id AND d.policy_domain = ?)"));
            values.append(filter.policyDomain);
        }
        if (!conditions.isEmpty())
            where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }

    bool run(QSqlQuery &query, const QString &sql) const
    {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return false;
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        return query.exec();
    }
};

} // namespace

struct ReportLibrary::Statements
{
    explicit Statements(const QSqlDatabase &database)
        : begin(database)
        , commit(database)
        , rollback(database)
        , insertReport(database)
        , insertPolicy(database)
        , insertFailure(database)
        , findExisting(database)
    {}

    //! Prepares every statement; returns the first that failed, or null.
    const QSqlQuery *prepare()
    {
        const std::pair<QSqlQuery *, const char *> statements[] = {
            {&begin, "BEGIN IMMEDIATE"},
            {&commit, "COMMIT"},
            {&rollback, "ROLLBACK"},
            {&insertReport,
             "INSERT INTO reports (report_id, organization, contact_info, start_time, end_time, day, successful, "
             "failed, file, source, imported_at, findings, raw_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (report_id, organization) DO NOTHING"},
            {&insertPolicy, "INSERT INTO policies (report, position, policy_type, policy_domain, policy_strings, "
                            "mx_hosts, successful, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
            {&insertFailure,
             "INSERT INTO failures (policy, result_type, sending_mta_ip, receiving_mx_hostname, receiving_mx_helo, "
             "receiving_ip, additional_information, failure_reason_code, failed_session_count) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&findExisting, "SELECT source, imported_at FROM reports WHERE report_id = ? AND organization = ?"},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(QLatin1String(sql)))
                return query;
        }
        return nullptr;
    }

    QSqlQuery begin;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery insertReport;
    QSqlQuery insertPolicy;
    QSqlQuery insertFailure;
    QSqlQuery findExisting;
};

QList<Report> reportsOf(const QList<StoredReport> &stored)
{
    QList<Report> reports;
    reports.reserve(stored.size());
    for (const StoredReport &entry : stored)
        reports.append(entry.report);
    return reports;
}

ReportLibrary::ReportLibrary(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("sts-report-library-%1").arg(++connectionSerial))
{}

ReportLibrary::~ReportLibrary()
{
    close();
}

Result<void> ReportLibrary::open()
{
    if (isOpen())
        return {};
    const auto failure = [this](const QString &reason) {
        close();
        return Result<void>::failure(makeFinding(LibraryOpen, m_path, {m_path, reason}));
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return failure(findingPhrase(QT_TRANSLATE_NOOP("Findings", "cannot create its folder")));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        if (!database.isValid())
            return failure(findingPhrase(QT_TRANSLATE_NOOP("Findings", "Qt has no SQLite driver")));
        database.setDatabaseName(m_path);
        // Another StsScope (the GUI and the CLI) may hold the write lock for one import.
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!database.open())
            return failure(database.lastError().text());
    }
    if (const auto migrated = createOrMigrate(); !migrated) {
        close();
        return migrated;
    }
    return {};
}

Result<void> ReportLibrary::createOrMigrate()
{
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    const auto failure = [&](const QString &reason) {
        return Result<void>::failure(makeFinding(LibraryOpen, m_path, {m_path, reason}));
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(query.lastError().text()); // e.g. "file is not a database"
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        return Result<void>::failure(
            makeFinding(LibraryTooNew, m_path, {m_path, QString::number(version), QString::number(SchemaVersion)}));
    }
    if (version == 0) {
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
            return failure(query.lastError().text());
        if (query.value(0).toLongLong() > 0)
            return failure(findingPhrase(QT_TRANSLATE_NOOP("Findings", "it is a database of another program")));
    }
    // Only now that the file is known to be ours may it be changed. WAL: readers do not block
    // the importer, and a killed import leaves an uncommitted tail that the next open discards.
    // NORMAL: a commit survives a crash of the program; a power loss can take back the last
    // commits but not corrupt the file, and imports do not wait for an fsync each.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QLatin1String(pragma)))
            return failure(query.lastError().text());
    }
    for (const Migration &migration : Migrations) {
        if (migration.toVersion <= version)
            continue;
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failure(query.lastError().text());
        bool ok = true;
        for (const char *statement : migration.statements)
            ok = ok && query.exec(QLatin1String(statement));
        ok = ok && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion));
        if (!ok) {
            const QString reason = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return failure(reason);
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return failure(query.lastError().text());
    }
    return {};
}

void ReportLibrary::close()
{
    m_statements.reset();    // queries first: Qt SQL warns of a connection removed while in use
    m_inTransaction = false; // closing discards what was not committed
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ReportLibrary::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Finding ReportLibrary::readError(const QString &text) const
{
    return makeFinding(LibraryRead, m_path, {text});
}

Result<StoreOutcome> ReportLibrary::store(const FileImport &import)
{
    if (!isOpen())
        return Result<StoreOutcome>::failure(makeFinding(
            LibraryWrite, import.file, {findingPhrase(QT_TRANSLATE_NOOP("Findings", "the library is closed"))}));
    StoreOutcome outcome;
    for (const ImportedReport &imported : import.reports) {
        if (const auto added = add(imported, outcome); !added)
            return Result<StoreOutcome>::failure(added.error());
    }
    if (const auto committed = commit(import.file); !committed)
        return Result<StoreOutcome>::failure(committed.error());
    return outcome;
}

Result<void> ReportLibrary::prepareStatements(const QString &file)
{
    if (m_statements)
        return {};
    auto statements = std::make_unique<Statements>(QSqlDatabase::database(m_connection, false));
    if (const QSqlQuery *failed = statements->prepare())
        return Result<void>::failure(makeFinding(LibraryWrite, file, {failed->lastError().text()}));
    m_statements = std::move(statements);
    return {};
}

Result<void> ReportLibrary::add(const ImportedReport &imported, StoreOutcome &outcome)
{
    // Checked when a file's transaction begins, not for each of its reports: a lookup of the
    // connection by name takes a lock.
    if (!m_inTransaction && !isOpen())
        return Result<void>::failure(makeFinding(
            LibraryWrite, imported.file, {findingPhrase(QT_TRANSLATE_NOOP("Findings", "the library is closed"))}));
    if (const auto prepared = prepareStatements(imported.file); !prepared)
        return prepared;
    Statements &statements = *m_statements;
    QSqlQuery &insertReport = statements.insertReport;
    QSqlQuery &insertPolicy = statements.insertPolicy;
    QSqlQuery &insertFailure = statements.insertFailure;
    QSqlQuery &findExisting = statements.findExisting;
    const auto failure = [&](const QSqlQuery &failed) {
        const QString reason = failed.lastError().text();
        rollback();
        return Result<void>::failure(makeFinding(LibraryWrite, imported.file, {reason}));
    };
    if (const auto begun = beginTransaction(imported.file); !begun)
        return begun;

    const Report &report = imported.report;
    const QVariantList reportValues{
        text(report.reportId),
        text(report.organization),
        text(report.contactInfo),
        report.start.toMSecsSinceEpoch(),
        report.end.toMSecsSinceEpoch(),
        report.day().toString(Qt::ISODate),
        report.successful(),
        report.failed(),
        text(imported.file),
        text(imported.source),
        m_importedAt,
        jsonText(findingsToJson(imported.findings)),
        imported.rawJson,
    };
    for (qsizetype i = 0; i < reportValues.size(); ++i)
        insertReport.bindValue(int(i), reportValues.at(i));
    if (!insertReport.exec())
        return failure(insertReport);
    // Only the identity conflict is ignored (unlike OR IGNORE, which would also skip a
    // row that breaks another constraint): no row means the report is already here.
    if (insertReport.numRowsAffected() == 0) {
        ++outcome.duplicates;
        findExisting.bindValue(0, report.reportId);
        findExisting.bindValue(1, report.organization);
        if (!findExisting.exec() || !findExisting.next())
            return failure(findExisting);
        outcome.duplicateSources.append(findExisting.value(0).toString());
        const QString where =
            findExisting.value(0).toString() + u", " + utcText(utcFromMSecs(findExisting.value(1))).replace(u'T', u' ');
        findExisting.finish();
        outcome.notes.append(makeFinding(Duplicate, imported.source, {report.reportId, report.organization, where}));
        return {};
    }
    ++outcome.added;
    const QVariant reportRow = insertReport.lastInsertId();
    for (qsizetype position = 0; position < report.policies.size(); ++position) {
        const PolicyReport &policy = report.policies.at(position);
        insertPolicy.bindValue(0, reportRow);
        insertPolicy.bindValue(1, int(position));
        insertPolicy.bindValue(2, text(policy.typeName));
        insertPolicy.bindValue(3, text(policy.domain));
        insertPolicy.bindValue(4, jsonText(QJsonArray::fromStringList(policy.policyStrings)));
        insertPolicy.bindValue(5, jsonText(QJsonArray::fromStringList(policy.mxHosts)));
        insertPolicy.bindValue(6, policy.successful);
        insertPolicy.bindValue(7, policy.failed);
        if (!insertPolicy.exec())
            return failure(insertPolicy);
        const QVariant policyRow = insertPolicy.lastInsertId();
        for (const FailureDetail &detail : policy.failureDetails) {
            const QVariantList values{policyRow,
                                      text(detail.resultTypeName),
                                      text(detail.sendingMtaIp),
                                      text(detail.receivingMxHostname),
                                      text(detail.receivingMxHelo),
                                      text(detail.receivingIp),
                                      text(detail.additionalInformation),
                                      text(detail.failureReasonCode),
                                      detail.failedSessionCount};
            for (qsizetype i = 0; i < values.size(); ++i)
                insertFailure.bindValue(int(i), values.at(i));
            if (!insertFailure.exec())
                return failure(insertFailure);
        }
    }
    return {};
}

Result<void> ReportLibrary::beginTransaction(const QString &file)
{
    if (m_inTransaction)
        return {};
    // IMMEDIATE takes the write lock now, so that a second writer waits here (busy timeout)
    // instead of failing halfway through the file.
    if (!m_statements->begin.exec())
        return Result<void>::failure(makeFinding(LibraryWrite, file, {m_statements->begin.lastError().text()}));
    m_inTransaction = true;
    m_importedAt = QDateTime::currentMSecsSinceEpoch();
    return {};
}

Result<std::optional<MailboxFolderState>> ReportLibrary::mailboxFolderState(const QString &account,
                                                                            const QString &folder) const
{
    using Failure = Result<std::optional<MailboxFolderState>>;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT uid_validity, last_uid FROM mailbox_folders WHERE account = ? AND folder = ?")))
        return Failure::failure(readError(query.lastError().text()));
    query.bindValue(0, account);
    query.bindValue(1, folder);
    if (!query.exec())
        return Failure::failure(readError(query.lastError().text()));
    if (!query.next())
        return std::optional<MailboxFolderState>();
    return std::optional<MailboxFolderState>(MailboxFolderState{account, folder, quint32(query.value(0).toLongLong()),
                                                                quint32(query.value(1).toLongLong())});
}

Result<void> ReportLibrary::setMailboxFolderState(const MailboxFolderState &state)
{
    if (!m_inTransaction && !isOpen())
        return Result<void>::failure(makeFinding(
            LibraryWrite, state.account, {findingPhrase(QT_TRANSLATE_NOOP("Findings", "the library is closed"))}));
    if (const auto prepared = prepareStatements(state.account); !prepared)
        return prepared;
    if (const auto begun = beginTransaction(state.account); !begun)
        return begun;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool ok =
        query.prepare(QStringLiteral("INSERT INTO mailbox_folders (account, folder, uid_validity, last_uid, synced_at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET "
                                     "uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, "
                                     "synced_at = excluded.synced_at")) &&
        [&] {
            query.bindValue(0, state.account);
            query.bindValue(1, state.folder);
            query.bindValue(2, qint64(state.uidValidity));
            query.bindValue(3, qint64(state.lastUid));
            query.bindValue(4, QDateTime::currentMSecsSinceEpoch());
            return query.exec();
        }();
    if (!ok) {
        const QString reason = query.lastError().text();
        rollback();
        return Result<void>::failure(makeFinding(LibraryWrite, state.account, {reason}));
    }
    return {};
}

Result<void> ReportLibrary::commit(const QString &file)
{
    if (!m_inTransaction)
        return {};
    if (!m_statements->commit.exec()) {
        const QString reason = m_statements->commit.lastError().text();
        rollback();
        return Result<void>::failure(makeFinding(LibraryWrite, file, {reason}));
    }
    m_inTransaction = false;
    return {};
}

void ReportLibrary::rollback()
{
    if (!m_inTransaction)
        return;
    m_statements->rollback.exec();
    m_inTransaction = false;
}

Result<qint64> ReportLibrary::reportCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reports")) || !query.next())
        return Result<qint64>::failure(readError(query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<QList<StoredReport>> ReportLibrary::reports(const ReportFilter &filter) const
{
    using Failure = Result<QList<StoredReport>>;
    const QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    const Selection selection(filter.normalized());
    QList<StoredReport> stored;
    QHash<qint64, qsizetype> reportIndex;
    // Three flat queries instead of one per report: the cost is in SQLite, not in round trips.
    QSqlQuery query(database);
    if (!selection.run(query, QStringLiteral("SELECT r.id, r.report_id, r.organization, r.contact_info, "
                                             "r.start_time, r.end_time, r.file, r.source, r.imported_at, r.findings "
                                             "FROM reports r") +
                                  selection.where + QStringLiteral(" ORDER BY r.start_time, r.id")))
        return Failure::failure(readError(query.lastError().text()));
    while (query.next()) {
        StoredReport entry;
        entry.id = query.value(0).toLongLong();
        entry.report.reportId = query.value(1).toString();
        entry.report.organization = query.value(2).toString();
        entry.report.contactInfo = query.value(3).toString();
        entry.report.start = utcFromMSecs(query.value(4));
        entry.report.end = utcFromMSecs(query.value(5));
        entry.file = query.value(6).toString();
        entry.source = query.value(7).toString();
        entry.importedAt = utcFromMSecs(query.value(8));
        entry.findings = findingsFromJson(query.value(9));
        reportIndex.insert(entry.id, stored.size());
        stored.append(std::move(entry));
    }

    QHash<qint64, std::pair<qsizetype, qsizetype>> policyIndex; // policy row -> (report, policy)
    QSqlQuery policies(database);
    if (!selection.run(policies, QStringLiteral("SELECT p.id, p.report, p.policy_type, p.policy_domain, "
                                                "p.policy_strings, p.mx_hosts, p.successful, p.failed "
                                                "FROM policies p JOIN reports r ON r.id = p.report") +
                                     selection.where + QStringLiteral(" ORDER BY p.report, p.position")))
        return Failure::failure(readError(policies.lastError().text()));
    while (policies.next()) {
        const auto it = reportIndex.constFind(policies.value(1).toLongLong());
        if (it == reportIndex.cend())
            continue;
        PolicyReport policy;
        policy.typeName = policies.value(2).toString();
        policy.type = policyTypeFromName(policy.typeName);
        policy.domain = policies.value(3).toString();
        policy.policyStrings = stringList(policies.value(4));
        policy.mxHosts = stringList(policies.value(5));
        policy.successful = policies.value(6).toLongLong();
        policy.failed = policies.value(7).toLongLong();
        QList<PolicyReport> &list = stored[*it].report.policies;
        policyIndex.insert(policies.value(0).toLongLong(), {*it, list.size()});
        list.append(std::move(policy));
    }

    StringPool strings; // the same few values recur in every report of a sender
    QSqlQuery failures(database);
    if (!selection.run(failures,
                       QStringLiteral("SELECT f.policy, f.result_type, f.sending_mta_ip, "
                                      "f.receiving_mx_hostname, f.receiving_mx_helo, f.receiving_ip, "
                                      "f.additional_information, f.failure_reason_code, "
                                      "f.failed_session_count FROM failures f "
                                      "JOIN policies p ON p.id = f.policy JOIN reports r ON r.id = p.report") +
                           selection.where + QStringLiteral(" ORDER BY f.id")))
        return Failure::failure(readError(failures.lastError().text()));
    while (failures.next()) {
        const auto it = policyIndex.constFind(failures.value(0).toLongLong());
        if (it == policyIndex.cend())
            continue;
        FailureDetail detail;
        detail.resultTypeName = strings.intern(failures.value(1).toString());
        detail.resultType = resultTypeFromName(detail.resultTypeName);
        detail.sendingMtaIp = strings.intern(failures.value(2).toString());
        detail.receivingMxHostname = strings.intern(failures.value(3).toString());
        detail.receivingMxHelo = strings.intern(failures.value(4).toString());
        detail.receivingIp = strings.intern(failures.value(5).toString());
        detail.additionalInformation = strings.intern(failures.value(6).toString());
        detail.failureReasonCode = strings.intern(failures.value(7).toString());
        detail.failedSessionCount = failures.value(8).toLongLong();
        stored[it->first].report.policies[it->second].failureDetails.append(std::move(detail));
    }
    return stored;
}

Result<qint64> ReportLibrary::remove(const QList<qint64> &ids)
{
    const auto failure = [this](const QSqlQuery &failed) {
        return Result<qint64>::failure(makeFinding(LibraryDelete, m_path, {failed.lastError().text()}));
    };
    QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    if (!isOpen())
        return Result<qint64>::failure(makeFinding(
            LibraryDelete, m_path, {findingPhrase(QT_TRANSLATE_NOOP("Findings", "the library is closed"))}));
    if (ids.isEmpty())
        return qint64(0);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(query);
    // Policies and failure details go with their report (ON DELETE CASCADE, foreign_keys on).
    QSqlQuery remove(database);
    if (!remove.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"))) {
        const auto result = failure(remove);
        query.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    qint64 removed = 0;
    for (const qint64 id : ids) {
        remove.bindValue(0, id);
        if (!remove.exec()) {
            const auto result = failure(remove);
            query.exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        removed += std::max(0, remove.numRowsAffected());
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const auto result = failure(query);
        query.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    return removed;
}

Result<QByteArray> ReportLibrary::rawJson(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT raw_json FROM reports WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return Result<QByteArray>::failure(readError(query.lastError().text()));
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

} // namespace Sts::TlsRpt
