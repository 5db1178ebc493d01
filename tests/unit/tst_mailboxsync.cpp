// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mailbox sync's parts that need no server: mailbox URLs, the IMAP answers it reads, which
// UIDs are new, the sync state in the library, and how a fetched message is imported.
#include "tlsrpt/imapclient.h"
#include "tlsrpt/mailboxaccount.h"
#include "tlsrpt/mailboxsync.h"
#include "tlsrpt/reportimporter.h"
#include "tlsrpt/reportlibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts::TlsRpt;
using Security = MailboxAccount::Security;

class TestMailboxSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrls_data();
    void parsesUrls();
    void refusesUrls_data();
    void refusesUrls();
    void accountUrlEncodesTheFolder();
    void uidSetIsCompact();
    void quotesFolders();
    void readsStatus();
    void readsFetchInfo();
    void storesFolderState();
    void folderStateJoinsTheBatchTransaction();
    void messageWithoutReportIsSkipped();
    void messageWithReportIsRead();
    void unreachableServerIsAnError();
    void inboxInAnyCaseIsAFolderRead();

private:
    QTemporaryDir m_dir;
};

void TestMailboxSync::parsesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("key");

    QTest::newRow("imaps") << u"imaps://tlsrpt@imap.example.com/INBOX"_qs << false << int(Security::Tls) << u"tlsrpt"_qs
                           << u"imap.example.com"_qs << 993 << u"INBOX"_qs << u"tlsrpt@imap.example.com:993"_qs;
    QTest::newRow("starttls, port") << u"imap://me@Mail.Example.com:1143/Reports"_qs << false << int(Security::StartTls)
                                    << u"me"_qs << u"mail.example.com"_qs << 1143 << u"Reports"_qs
                                    << u"me@mail.example.com:1143"_qs;
    QTest::newRow("plaintext allowed") << u"imap://me@localhost/INBOX"_qs << true << int(Security::Plain) << u"me"_qs
                                       << u"localhost"_qs << 143 << u"INBOX"_qs << u"me@localhost:143"_qs;
    QTest::newRow("imaps ignores plaintext") << u"imaps://me@h.test/INBOX"_qs << true << int(Security::Tls) << u"me"_qs
                                             << u"h.test"_qs << 993 << u"INBOX"_qs << u"me@h.test:993"_qs;
    QTest::newRow("address as user, nested folder")
        << u"imaps://tls%40example.com@h.test/Reports%2FTLS"_qs << false << int(Security::Tls) << u"tls@example.com"_qs
        << u"h.test"_qs << 993 << u"Reports/TLS"_qs << u"tls@example.com@h.test:993"_qs;
    QTest::newRow("no folder: INBOX") << u"imaps://me@h.test"_qs << false << int(Security::Tls) << u"me"_qs
                                      << u"h.test"_qs << 993 << u"INBOX"_qs << u"me@h.test:993"_qs;
}

void TestMailboxSync::parsesUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowPlaintext);
    QFETCH(int, security);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, folder);
    QFETCH(QString, key);
    const MailboxUrl parsed = parseMailboxUrl(url, allowPlaintext);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(int(parsed.account.security), security);
    QCOMPARE(parsed.account.user, user);
    QCOMPARE(parsed.account.host, host);
    QCOMPARE(int(parsed.account.effectivePort()), port);
    QCOMPARE(parsed.account.folders, QStringList{folder});
    QCOMPARE(parsed.account.key(), key);
}

void TestMailboxSync::refusesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("https") << u"https://me@h.test/INBOX"_qs;
    QTest::newRow("no scheme") << u"me@h.test/INBOX"_qs;
    QTest::newRow("password in the URL") << u"imaps://me:secret@h.test/INBOX"_qs;
    QTest::newRow("no user") << u"imaps://h.test/INBOX"_qs;
    QTest::newRow("no host") << u"imaps://me@/INBOX"_qs;
    QTest::newRow("query") << u"imaps://me@h.test/INBOX?SEARCH%20ALL"_qs;
    QTest::newRow("CRLF in folder") << u"imaps://me@h.test/INBOX%0D%0AA1%20LOGOUT"_qs;
}

void TestMailboxSync::refusesUrls()
{
    QFETCH(QString, url);
    const MailboxUrl parsed = parseMailboxUrl(url, false);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY2(!parsed.error.contains(u"secret"), "the password must not be repeated");
}

void TestMailboxSync::accountUrlEncodesTheFolder()
{
    MailboxAccount account;
    account.host = u"imap.example.com"_qs;
    account.user = u"me"_qs;
    QCOMPARE(account.url(u"INBOX"_qs), u"imaps://imap.example.com:993/INBOX"_qs);
    QCOMPARE(account.url(u"TLS reports/2026"_qs), u"imaps://imap.example.com:993/TLS%20reports%2F2026"_qs);
    QCOMPARE(account.url(), u"imaps://imap.example.com:993/"_qs);
    account.security = Security::StartTls;
    QCOMPARE(account.url(u"INBOX"_qs), u"imap://imap.example.com:143/INBOX"_qs);
    QVERIFY2(!account.url(u"INBOX"_qs).contains(u"me"), "no user in the URL given to libcurl");
}

void TestMailboxSync::uidSetIsCompact()
{
    QCOMPARE(ImapClient::uidSet({5}), u"5"_qs);
    QCOMPARE(ImapClient::uidSet({5, 6, 7, 9, 11, 12}), u"5:7,9,11:12"_qs);
    QCOMPARE(ImapClient::uidSet({}), QString());
}

void TestMailboxSync::quotesFolders()
{
    QCOMPARE(ImapClient::quoted(u"INBOX"_qs), std::optional<QString>(u"\"INBOX\""_qs));
    QCOMPARE(ImapClient::quoted(u"a \"b\" \\c"_qs), std::optional<QString>(u"\"a \\\"b\\\" \\\\c\""_qs));
    QCOMPARE(ImapClient::quoted(u"INBOX\r\nA1 LOGOUT"_qs), std::nullopt);
    QCOMPARE(ImapClient::quoted(QString()), std::nullopt);
}

void TestMailboxSync::readsStatus()
{
    const auto status =
        ImapClient::statusResult("* STATUS \"UIDNEXT 99\" (MESSAGES 16 UIDNEXT 17 UIDVALIDITY 1767225600)\r\n");
    QVERIFY(status);
    QCOMPARE(status->messages, 16u);
    QCOMPARE(status->uidNext, 17u);
    QCOMPARE(status->uidValidity, 1767225600u);
    QVERIFY(!ImapClient::statusResult("* OK nothing here\r\n"));
}

void TestMailboxSync::readsFetchInfo()
{
    const auto infos = ImapClient::fetchResult("* 2 FETCH (UID 8 RFC822.SIZE 2048 FLAGS (\\Seen))\r\n"
                                               "* 1 FETCH (FLAGS () UID 5 RFC822.SIZE 100)\r\n"
                                               "* 3 FETCH (FLAGS (\\Seen))\r\n"
                                               "* 4 FETCH (UID 9)\r\n");
    QCOMPARE(infos.size(), 3);
    QCOMPARE(infos.at(0).uid, 5u);
    QCOMPARE(infos.at(0).size, 100);
    QVERIFY(!infos.at(0).seen);
    QCOMPARE(infos.at(1).uid, 8u);
    QCOMPARE(infos.at(1).size, 2048);
    QVERIFY(infos.at(1).seen);
    QCOMPARE(infos.at(2).uid, 9u); // the UID alone
}

void TestMailboxSync::storesFolderState()
{
    const QString path = m_dir.filePath(u"state.sqlite"_qs);
    {
        ReportLibrary library(path);
        QVERIFY(library.open());
        const auto none = library.mailboxFolderState(u"me@h:993"_qs, u"INBOX"_qs);
        QVERIFY(none);
        QVERIFY(!none.value());
        QVERIFY(library.setMailboxFolderState({u"me@h:993"_qs, u"INBOX"_qs, 42, 7}));
        QVERIFY(library.commit(u"me@h:993"_qs));
        QVERIFY(library.setMailboxFolderState({u"me@h:993"_qs, u"INBOX"_qs, 42, 9}));
        QVERIFY(library.setMailboxFolderState({u"me@h:993"_qs, u"Other"_qs, 1, 3}));
        QVERIFY(library.commit(u"me@h:993"_qs));
    }
    ReportLibrary reopened(path);
    QVERIFY(reopened.open());
    const auto inbox = reopened.mailboxFolderState(u"me@h:993"_qs, u"INBOX"_qs);
    QVERIFY(inbox && inbox.value());
    QCOMPARE(inbox.value()->uidValidity, 42u);
    QCOMPARE(inbox.value()->lastUid, 9u);
    const auto other = reopened.mailboxFolderState(u"me@h:993"_qs, u"Other"_qs);
    QVERIFY(other && other.value());
    QCOMPARE(other.value()->lastUid, 3u);
    const auto otherAccount = reopened.mailboxFolderState(u"you@h:993"_qs, u"INBOX"_qs);
    QVERIFY(otherAccount && !otherAccount.value());
}

// The state and the batch's reports are one transaction: rolled back together.
void TestMailboxSync::folderStateJoinsTheBatchTransaction()
{
    ReportLibrary library(m_dir.filePath(u"rollback.sqlite"_qs));
    QVERIFY(library.open());
    QFile sample(QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/parsedmarc-rfc8460.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const FileImport imported = ReportImporter().importData(sample.readAll(), u"x"_qs);
    QCOMPARE(imported.reports.size(), 1);
    StoreOutcome outcome;
    QVERIFY(library.add(imported.reports.constFirst(), outcome));
    QVERIFY(library.setMailboxFolderState({u"me@h:993"_qs, u"INBOX"_qs, 42, 7}));
    library.rollback();
    QCOMPARE(library.reportCount().value(), 0);
    QVERIFY(!library.mailboxFolderState(u"me@h:993"_qs, u"INBOX"_qs).value());
}

void TestMailboxSync::messageWithoutReportIsSkipped()
{
    const QByteArray newsletter = "From: news@example.com\r\nTo: tlsrpt@example.com\r\nSubject: Our news\r\n"
                                  "Content-Type: text/plain\r\n\r\nHello!\r\n";
    int seen = 0;
    const FileImport imported = ReportImporter().importData(newsletter, InputFile{u"imaps://h/INBOX;UID=1"_qs, false},
                                                            [&seen](ImportedReport &&) { return ++seen, true; });
    QCOMPARE(seen, 0);
    QCOMPARE(imported.reportCount, 0);
    QVERIFY(imported.rejections.isEmpty());
    // The same message named on the command line is rejected: it was supposed to be a report.
    QCOMPARE(ReportImporter().importData(newsletter, u"news.eml"_qs).rejections.size(), 1);
}

void TestMailboxSync::messageWithReportIsRead()
{
    QFile message(QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/parsedmarc-google.com_smtp_tls_report.eml"));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QList<QString> sources;
    const FileImport imported = ReportImporter().importData(
        message.readAll(), InputFile{u"imaps://me@h:993/INBOX;UID=3"_qs, false}, [&sources](ImportedReport &&report) {
            sources.append(report.source);
            return true;
        });
    QCOMPARE(imported.reportCount, 1);
    QVERIFY(imported.rejections.isEmpty());
    QVERIFY2(sources.constFirst().startsWith(u"imaps://me@h:993/INBOX;UID=3/"), qPrintable(sources.constFirst()));
}

// Nothing listens on this port: the sync ends with an error and stores nothing.
void TestMailboxSync::unreachableServerIsAnError()
{
    ReportLibrary library(m_dir.filePath(u"unreachable.sqlite"_qs));
    QVERIFY(library.open());
    MailboxAccount account;
    account.host = u"127.0.0.1"_qs;
    account.port = 9; // discard: closed on a test machine
    account.user = u"me"_qs;
    account.connectTimeoutMs = 2000;
    MailboxSync sync(library, account, u"secret-password"_qs);
    while (sync.step()) {
    }
    QVERIFY(sync.finished());
    QVERIFY(!sync.summary().error.isEmpty());
    QVERIFY2(!sync.summary().error.contains(u"secret-password"), qPrintable(sync.summary().error));
    QCOMPARE(sync.summary().messagesExamined, 0);
    QVERIFY(!library.mailboxFolderState(account.key(), u"INBOX"_qs).value());
}

// IMAP's INBOX is case-insensitive: moving processed messages to "inbox" while reading INBOX
// would read them again on every sync, so the sync refuses before it connects.
void TestMailboxSync::inboxInAnyCaseIsAFolderRead()
{
    MailboxAccount account;
    account.host = u"127.0.0.1"_qs;
    account.port = 9;
    account.user = u"me"_qs;
    account.folders = {u"INBOX"_qs, u"TLS-RPT"_qs};
    QVERIFY(account.readsFolder(u"inbox"_qs));
    QVERIFY(account.readsFolder(u"InBox"_qs));
    QVERIFY(account.readsFolder(u"TLS-RPT"_qs));
    QVERIFY(!account.readsFolder(u"tls-rpt"_qs)); // other names are as the server spells them
    QVERIFY(!account.readsFolder(u"Archive"_qs));

    ReportLibrary library(m_dir.filePath(u"moveloop.sqlite"_qs));
    QVERIFY(library.open());
    account.moveProcessedTo = u"Inbox"_qs;
    MailboxSync sync(library, account, u"secret-password"_qs);
    while (sync.step()) {
    }
    QVERIFY(sync.finished());
    QVERIFY2(sync.summary().error.contains(u"\"Inbox\""), qPrintable(sync.summary().error));
}

QTEST_GUILESS_MAIN(TestMailboxSync)
#include "tst_mailboxsync.moc"
