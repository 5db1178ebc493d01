// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mailbox sync against the testbed's dovecot (tests/testbed/mail/README.md): what a first sync
// imports, that a second one fetches nothing, a new UIDVALIDITY, a wrong password or
// certificate, the server gone in the middle, a cancel, and the CLI verb.
#include "testbedenvironment.h"
#include "tlsrpt/imapclient.h"
#include "tlsrpt/mailboxsync.h"
#include "tlsrpt/reportlibrary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Sts;
using namespace Sts::TlsRpt;

namespace {

using ReportKey = std::pair<QString, QString>; // organization, report-id

QSet<ReportKey> libraryReports(const ReportLibrary &library)
{
    QSet<ReportKey> keys;
    const auto reports = library.reports();
    for (const StoredReport &stored : reports.value())
        keys.insert({stored.report.organization, stored.report.reportId});
    return keys;
}

//! A TCP relay to the IMAP server, in a thread of its own, that can drop every connection at
//! once and refuse new ones: the server gone (or the network down) in the middle of a sync,
//! without touching the server's processes.
class Relay final : public QObject
{
public:
    Relay(const QHostAddress &listen, const QHostAddress &target, quint16 targetPort)
        : m_target(target)
        , m_targetPort(targetPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this, listen] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &Relay::accept);
                m_server->listen(listen);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~Relay() override
    {
        cut();
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    //! Closes every relayed connection and stops listening; returns when done.
    void cut()
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_server)
                    m_server->close();
                for (QTcpSocket *socket : findChildren<QTcpSocket *>())
                    socket->abort();
            },
            Qt::BlockingQueuedConnection);
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(m_target, m_targetPort);
        }
    }

    QThread m_thread;
    QHostAddress m_target;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace

class TestMailboxSyncLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSyncImportsTheExpectedReports();
    void secondSyncExaminesNothing();
    void startTlsFolder();
    void newUidValidityRescansWithoutDuplicates();
    void wrongPassword();
    void untrustedCertificate_data();
    void untrustedCertificate();
    void movesProcessedMessagesUnread();
    void serverGoneMidFetch();
    void cancel();
    void cliFetchesOnlyNewMessages();

private:
    MailboxAccount account(const QString &folder) const;
    MailboxSyncSummary sync(ReportLibrary &library, const MailboxAccount &account, const QString &password = {},
                            const MailboxSync::Progress &progress = {}, const MailboxSync::CancelCheck &cancel = {});
    //! Runs `testbed.sh ARGUMENTS`; its standard output.
    QByteArray testbed(const QStringList &arguments);
    std::unique_ptr<ReportLibrary> newLibrary(const QString &name);
    //! A folder no earlier run filled: "tst-gone-1765000000000".
    static QString freshFolder(const QString &base);

    QHash<QString, QString> m_env;
    QJsonObject m_expected;
    QTemporaryDir m_dir;
};

void TestMailboxSyncLive::initTestCase()
{
    m_env = Test::testbedEnvironment();
    if (m_env.value(QStringLiteral("STS_TESTBED_IMAP_HOST")).isEmpty())
        QSKIP("the testbed has no IMAP server");
    QFile expected(m_env.value(QStringLiteral("STS_TESTBED_IMAP_EXPECTED")));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    QVERIFY(m_expected.contains(u"folders"));
    QVERIFY(m_dir.isValid());
}

MailboxAccount TestMailboxSyncLive::account(const QString &folder) const
{
    MailboxAccount account;
    account.host = m_env.value(QStringLiteral("STS_TESTBED_IMAP_HOST"));
    account.port = quint16(m_env.value(QStringLiteral("STS_TESTBED_IMAP_PORT")).toUInt());
    account.user = m_env.value(QStringLiteral("STS_TESTBED_IMAP_USER"));
    account.folders = {folder};
    account.caFile = m_env.value(QStringLiteral("STS_TESTBED_CA"));
    account.connectTimeoutMs = 5000;
    account.idleTimeoutMs = 10000;
    return account;
}

MailboxSyncSummary TestMailboxSyncLive::sync(ReportLibrary &library, const MailboxAccount &account,
                                             const QString &password, const MailboxSync::Progress &progress,
                                             const MailboxSync::CancelCheck &cancel)
{
    MailboxSync sync(library, account,
                     password.isNull() ? m_env.value(QStringLiteral("STS_TESTBED_IMAP_PASSWORD")) : password, cancel);
    sync.setProgress(progress);
    while (sync.step()) {
    }
    return sync.summary();
}

QByteArray TestMailboxSyncLive::testbed(const QStringList &arguments)
{
    QProcess process;
    // The namespace of this testbed, not the script's default one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STS_TESTBED_NS"), m_env.value(QStringLiteral("STS_TESTBED_NS")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STS_TESTBED_SCRIPT), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qWarning("testbed.sh %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

std::unique_ptr<ReportLibrary> TestMailboxSyncLive::newLibrary(const QString &name)
{
    auto library = std::make_unique<ReportLibrary>(m_dir.filePath(name));
    if (!library->open())
        qFatal("cannot open %s", qPrintable(name));
    return library;
}

QString TestMailboxSyncLive::freshFolder(const QString &base)
{
    return base + u'-' + QString::number(QDateTime::currentMSecsSinceEpoch());
}

// The corpus's INBOX: exactly its reports, its malformed ones rejected, its other mail skipped.
void TestMailboxSyncLive::firstSyncImportsTheExpectedReports()
{
    const QJsonObject inbox = m_expected.value(u"folders").toObject().value(u"INBOX").toObject();
    auto library = newLibrary(QStringLiteral("inbox.sqlite"));
    QList<int> done;
    const MailboxSyncSummary summary = sync(*library, account(QStringLiteral("INBOX")), {},
                                            [&done](int count, int, const QString &) { done.append(count); });
    QVERIFY2(summary.succeeded(), qPrintable(summary.error));
    QCOMPARE(summary.messagesFound, inbox.value(u"messages").toInt());
    QCOMPARE(summary.messagesExamined, inbox.value(u"messages").toInt());
    QCOMPARE(summary.messagesSkipped, inbox.value(u"non_reports").toInt());
    QCOMPARE(summary.import.rejected, inbox.value(u"malformed").toInt());
    QCOMPARE(summary.import.duplicates, inbox.value(u"duplicates").toInt());
    QSet<ReportKey> expected;
    for (const QJsonValue &report : inbox.value(u"reports").toArray())
        expected.insert({report[u"organization"].toString(), report[u"report_id"].toString()});
    QCOMPARE(summary.import.reportsAdded, expected.size());
    QCOMPARE(libraryReports(*library), expected);
    QCOMPARE(done.last(), inbox.value(u"messages").toInt()); // progress went to the end
    for (const auto &entry : summary.import.entries) {
        if (entry.outcome == ImportSummary::Outcome::Rejected)
            QVERIFY2(!entry.detail.isEmpty() && entry.file.contains(u";UID="), qPrintable(entry.file));
    }
}

// Nothing new: one STATUS, no SEARCH, no FETCH; well under a second.
void TestMailboxSyncLive::secondSyncExaminesNothing()
{
    auto library = newLibrary(QStringLiteral("inbox.sqlite"));
    const qint64 before = library->reportCount().value();
    QElapsedTimer timer;
    timer.start();
    const MailboxSyncSummary summary = sync(*library, account(QStringLiteral("INBOX")));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(summary.succeeded(), qPrintable(summary.error));
    QCOMPARE(summary.messagesFound, 0);
    QCOMPARE(summary.messagesExamined, 0);
    QCOMPARE(library->reportCount().value(), before);
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestMailboxSyncLive::startTlsFolder()
{
    const QJsonObject folder = m_expected.value(u"folders").toObject().value(u"TLS-RPT").toObject();
    auto library = newLibrary(QStringLiteral("starttls.sqlite"));
    MailboxAccount starttls = account(QStringLiteral("TLS-RPT"));
    starttls.security = MailboxAccount::Security::StartTls;
    starttls.port = quint16(m_env.value(QStringLiteral("STS_TESTBED_IMAP_STARTTLS_PORT")).toUInt());
    const MailboxSyncSummary summary = sync(*library, starttls);
    QVERIFY2(summary.succeeded(), qPrintable(summary.error));
    QCOMPARE(summary.messagesExamined, folder.value(u"messages").toInt());
    QCOMPARE(summary.import.reportsAdded, folder.value(u"reports").toArray().size());
    // Plain text allowed still upgrades when STARTTLS is offered: the server offers no login
    // without TLS, so the reports prove the session was encrypted.
    starttls.security = MailboxAccount::Security::Plain;
    auto plain = newLibrary(QStringLiteral("plain.sqlite"));
    const MailboxSyncSummary upgraded = sync(*plain, starttls);
    QVERIFY2(upgraded.succeeded(), qPrintable(upgraded.error));
    QCOMPARE(plain->reportCount().value(), folder.value(u"reports").toArray().size());
}

void TestMailboxSyncLive::newUidValidityRescansWithoutDuplicates()
{
    const QString folder = freshFolder(QStringLiteral("tst-uidvalidity"));
    QCOMPARE(testbed({QStringLiteral("imap-fill"), folder, QStringLiteral("5")}).count('\n'), 5);
    auto library = newLibrary(QStringLiteral("uidvalidity.sqlite"));
    const MailboxSyncSummary first = sync(*library, account(folder));
    QVERIFY2(first.succeeded(), qPrintable(first.error));
    QCOMPARE(first.import.reportsAdded, 5);
    const auto before = library->mailboxFolderState(account(folder).key(), folder).value();
    QVERIFY(before);

    const quint32 newValidity = testbed({QStringLiteral("imap-uidvalidity"), folder}).trimmed().toUInt();
    QVERIFY(newValidity != 0 && newValidity != before->uidValidity);
    const MailboxSyncSummary rescan = sync(*library, account(folder));
    QVERIFY2(rescan.succeeded(), qPrintable(rescan.error));
    QCOMPARE(rescan.messagesExamined, 5);
    QCOMPARE(rescan.import.reportsAdded, 0);
    QCOMPARE(rescan.import.duplicates, 5);
    QCOMPARE(library->reportCount().value(), 5);
    QCOMPARE(library->mailboxFolderState(account(folder).key(), folder).value()->uidValidity, newValidity);
    QCOMPARE(sync(*library, account(folder)).messagesExamined, 0);
}

void TestMailboxSyncLive::wrongPassword()
{
    auto library = newLibrary(QStringLiteral("password.sqlite"));
    const QString wrong = QStringLiteral("not-the-password-4711");
    const MailboxSyncSummary summary = sync(*library, account(QStringLiteral("INBOX")), wrong);
    QVERIFY(!summary.error.isEmpty());
    QVERIFY2(summary.error.contains(u"user name or password"), qPrintable(summary.error));
    QVERIFY(!summary.error.contains(wrong));
    QCOMPARE(summary.messagesExamined, 0);
    QCOMPARE(library->reportCount().value(), 0);
}

void TestMailboxSyncLive::untrustedCertificate_data()
{
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("host");
    QTest::newRow("no CA file") << false << QString();
    QTest::newRow("certificate for another name") << true << u"STS_TESTBED_IMAP_WRONG_NAME_HOST"_qs;
}

void TestMailboxSyncLive::untrustedCertificate()
{
    QFETCH(bool, withCa);
    QFETCH(QString, host);
    MailboxAccount untrusted = account(QStringLiteral("INBOX"));
    if (!withCa)
        untrusted.caFile.clear();
    if (!host.isEmpty())
        untrusted.host = m_env.value(host);
    auto library = newLibrary(QStringLiteral("untrusted.sqlite"));
    const MailboxSyncSummary summary = sync(*library, untrusted);
    QVERIFY2(summary.error.contains(u"No trusted TLS connection"), qPrintable(summary.error));
    QCOMPARE(library->reportCount().value(), 0);
}

// Messages with a report go to the "processed" folder, still unread for the user's mail client.
void TestMailboxSyncLive::movesProcessedMessagesUnread()
{
    const QString folder = freshFolder(QStringLiteral("tst-move"));
    const QString processed = folder + QStringLiteral("-done");
    QCOMPARE(testbed({QStringLiteral("imap-fill"), folder, QStringLiteral("3")}).count('\n'), 3);
    testbed({QStringLiteral("imap-fill"), processed, QStringLiteral("0")});
    auto library = newLibrary(QStringLiteral("move.sqlite"));
    MailboxAccount moving = account(folder);
    moving.moveProcessedTo = processed;
    const MailboxSyncSummary summary = sync(*library, moving);
    QVERIFY2(summary.succeeded(), qPrintable(summary.error));
    QCOMPARE(summary.import.reportsAdded, 3);
    QCOMPARE(summary.messagesMoved, 3);

    ImapClient client(moving, m_env.value(QStringLiteral("STS_TESTBED_IMAP_PASSWORD")));
    const auto left = client.status(folder);
    QVERIFY2(left, qPrintable(client.error()));
    QCOMPARE(left->messages, 0u);
    const auto arrived = client.status(processed);
    QVERIFY2(arrived, qPrintable(client.error()));
    QCOMPARE(arrived->messages, 3u);
    QList<quint32> uids;
    for (quint32 uid = 1; uid < arrived->uidNext; ++uid)
        uids.append(uid);
    const auto infos = client.messageInfo(processed, arrived->uidValidity, uids);
    QVERIFY2(infos, qPrintable(client.error()));
    QCOMPARE(infos->size(), 3);
    for (const ImapClient::MessageInfo &info : *infos)
        QVERIFY2(!info.seen, "fetching marked a message read");
    // The sync state moved on: nothing is fetched twice.
    QCOMPARE(sync(*library, moving).messagesExamined, 0);
}

// The connection to the server drops in the second batch (and no new one gets through): the
// first batch and what of the second was read before are stored whole, with the last UID; the
// next sync fetches the rest.
void TestMailboxSyncLive::serverGoneMidFetch()
{
    const QString folder = freshFolder(QStringLiteral("tst-gone"));
    constexpr int count = 3 * MailboxSync::BatchSize;
    QCOMPARE(testbed({QStringLiteral("imap-fill"), folder, QString::number(count)}).count('\n'), count);
    const QHostAddress server(m_env.value(QStringLiteral("STS_TESTBED_IMAP_ADDRESS")));
    Relay relay(server, server, quint16(m_env.value(QStringLiteral("STS_TESTBED_IMAP_PORT")).toUInt()));
    QVERIFY(relay.port() != 0);
    MailboxAccount relayed = account(folder);
    relayed.port = relay.port();
    auto library = newLibrary(QStringLiteral("gone.sqlite"));
    bool cut = false;
    const MailboxSyncSummary broken = sync(*library, relayed, {}, [&](int done, int, const QString &) {
        if (done == MailboxSync::BatchSize + 10 && !cut) {
            cut = true;
            relay.cut();
        }
    });
    QVERIFY(cut);
    QVERIFY2(!broken.error.isEmpty(),
             qPrintable(QStringLiteral("examined %1 of %2").arg(broken.messagesExamined).arg(broken.messagesFound)));
    const auto state = library->mailboxFolderState(relayed.key(), folder).value();
    QVERIFY(state);
    // A fresh folder: UID n holds the n-th fill report, one report each.
    QCOMPARE(library->reportCount().value(), qint64(state->lastUid));
    QCOMPARE(state->lastUid, quint32(MailboxSync::BatchSize + 10));

    // The same account through the server itself (the sync state is per port: copy it over).
    QVERIFY(library->setMailboxFolderState({account(folder).key(), folder, state->uidValidity, state->lastUid}));
    QVERIFY(library->commit(folder));
    const MailboxSyncSummary resumed = sync(*library, account(folder));
    QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
    QCOMPARE(resumed.import.duplicates, 0);
    QCOMPARE(resumed.messagesExamined, count - int(state->lastUid));
    QCOMPARE(library->reportCount().value(), count);
}

void TestMailboxSyncLive::cancel()
{
    const QString folder = freshFolder(QStringLiteral("tst-cancel"));
    // More messages than one IMAP answer of libcurl 7.88 may list (its header size limit).
    constexpr int count = 1200;
    QCOMPARE(testbed({QStringLiteral("imap-fill"), folder, QString::number(count)}).count('\n'), count);
    auto library = newLibrary(QStringLiteral("cancel.sqlite"));
    bool canceled = false;
    const MailboxSyncSummary summary = sync(
        *library, account(folder), {},
        [&canceled](int done, int, const QString &) { canceled = canceled || done >= 20; },
        [&canceled] { return canceled; });
    QVERIFY2(summary.canceled, qPrintable(summary.error));
    QVERIFY(summary.messagesExamined >= 20 && summary.messagesExamined < count);
    const auto state = library->mailboxFolderState(account(folder).key(), folder).value();
    QVERIFY(state);
    QCOMPARE(library->reportCount().value(), qint64(state->lastUid));
    // What the canceled batch fetched is unread again for the user's mail client.
    {
        ImapClient client(account(folder), m_env.value(QStringLiteral("STS_TESTBED_IMAP_PASSWORD")));
        const auto status = client.status(folder);
        QVERIFY2(status, qPrintable(client.error()));
        QList<quint32> fetched;
        for (quint32 uid = 1; uid <= state->lastUid + 1; ++uid)
            fetched.append(uid);
        const auto infos = client.messageInfo(folder, status->uidValidity, fetched);
        QVERIFY2(infos, qPrintable(client.error()));
        QCOMPARE(infos->size(), fetched.size());
        for (const ImapClient::MessageInfo &info : *infos)
            QVERIFY2(!info.seen, qPrintable(QStringLiteral("UID %1 was left read").arg(info.uid)));
    }
    const MailboxSyncSummary resumed = sync(*library, account(folder));
    QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
    QCOMPARE(library->reportCount().value(), count);
    // Resumed exactly where the cancel stopped: nothing read twice.
    QCOMPARE(resumed.messagesExamined, count - int(state->lastUid));
    QCOMPARE(resumed.import.duplicates, 0);
}

// The verb: JSON like `report --json` plus "messages"; a second run with the same library
// examines nothing; without a password and a terminal, a usage error.
void TestMailboxSyncLive::cliFetchesOnlyNewMessages()
{
    const QJsonObject folder = m_expected.value(u"folders").toObject().value(u"TLS-RPT").toObject();
    const QString url = QStringLiteral("imaps://%1@%2/TLS-RPT")
                            .arg(m_env.value(QStringLiteral("STS_TESTBED_IMAP_USER")),
                                 m_env.value(QStringLiteral("STS_TESTBED_IMAP_HOST")));
    const QString libraryPath = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const auto run = [&](bool withPassword) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("STSSCOPE_IMAP_PASSWORD"));
        if (withPassword)
            environment.insert(QStringLiteral("STSSCOPE_IMAP_PASSWORD"),
                               m_env.value(QStringLiteral("STS_TESTBED_IMAP_PASSWORD")));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(STS_CLI_PATH),
                  {QStringLiteral("report"), QStringLiteral("fetch"), QStringLiteral("--json"),
                   QStringLiteral("--library"), libraryPath, QStringLiteral("--ca-file"),
                   m_env.value(QStringLiteral("STS_TESTBED_CA")), url});
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60000))
            qFatal("stsscope-cli did not finish");
        return std::make_pair(cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()).object());
    };
    const auto [firstCode, first] = run(true);
    QCOMPARE(firstCode, 0);
    QCOMPARE(first.value(u"messages").toInt(), folder.value(u"messages").toInt());
    QCOMPARE(first.value(u"reports").toArray().size(), folder.value(u"reports").toArray().size());
    QCOMPARE(first.value(u"totals").toObject().value(u"reports").toInt(), folder.value(u"reports").toArray().size());
    QCOMPARE(first.value(u"library").toObject().value(u"added").toInt(), folder.value(u"reports").toArray().size());
    const auto [secondCode, second] = run(true);
    QCOMPARE(secondCode, 0);
    QCOMPARE(second.value(u"messages").toInt(), 0);
    QCOMPARE(second.value(u"reports").toArray().size(), 0);
    const auto [noPasswordCode, noPassword] = run(false);
    QCOMPARE(noPasswordCode, 2);
    QVERIFY(noPassword.isEmpty());
}

QTEST_GUILESS_MAIN(TestMailboxSyncLive)
#include "tst_mailboxfetch.moc"
