// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox sync through the Reports area against the testbed's dovecot (issue 16): an account
// over TLS with the testbed CA, Sync Now, the password asked for in a dialog (there is no
// keychain in the testbed's namespace), progress while it runs, the reports of both folders in
// the library and the dashboard afterwards, and a second sync that examines no message.
// Runs inside the testbed's namespace (run-in-testbed.sh).
#include "reports/mailboxsynccontroller.h"
#include "reports/reportdashboard.h"
#include "reports/reportspage.h"
#include "testbedenvironment.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;

class TestMailboxSyncGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::ReportsPage> m_page;
    TlsRpt::MailboxAccount m_account;
    QString m_password;
    qsizetype m_expectedReports = 0;

    //! Answers the password dialog the sync opens, as a user would.
    bool answerPasswordDialog()
    {
        QInputDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = m_page->findChild<QInputDialog *>();
                return dialog && dialog->isVisible();
            },
            10000);
        if (!shown)
            return false;
        dialog->setTextValue(m_password);
        dialog->accept();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // run-in-testbed.sh skips (77) when the testbed is down; up, it must have its IMAP server.
        const QHash<QString, QString> env = Test::testbedEnvironment();
        QVERIFY2(!env.value(u"STS_TESTBED_IMAP_HOST"_qs).isEmpty(), "the testbed has no IMAP server");
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StsScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mailboxsyncgui"));
        m_account.host = env.value(u"STS_TESTBED_IMAP_HOST"_qs);
        m_account.port = quint16(env.value(u"STS_TESTBED_IMAP_PORT"_qs).toUInt());
        m_account.user = env.value(u"STS_TESTBED_IMAP_USER"_qs);
        m_account.folders = {u"INBOX"_qs, u"TLS-RPT"_qs};
        m_account.caFile = env.value(u"STS_TESTBED_CA"_qs);
        m_password = env.value(u"STS_TESTBED_IMAP_PASSWORD"_qs);
        QFile expected(env.value(u"STS_TESTBED_IMAP_EXPECTED"_qs));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        m_expectedReports = QJsonDocument::fromJson(expected.readAll())
                                .object()[u"total"_qs]
                                .toObject()[u"reports"_qs]
                                .toArray()
                                .size();
        QVERIFY(m_expectedReports > 0);

        m_page = std::make_unique<Ui::ReportsPage>();
        QSignalSpy loaded(m_page.get(), &Ui::ReportsPage::libraryLoaded);
        m_page->openLibrary(m_dir.filePath(u"reports.sqlite"_qs));
        m_page->resize(1024, 700);
        m_page->show();
        QVERIFY(loaded.wait(10000));
        m_page->mailboxSync()->setAccounts({m_account});
    }

    void firstSyncImportsBothFolders()
    {
        Ui::MailboxSyncController *sync = m_page->mailboxSync();
        QSignalSpy finished(sync, &Ui::MailboxSyncController::syncFinished);
        QSignalSpy synced(sync, &Ui::MailboxSyncController::accountSynced);
        QSignalSpy progress(sync, &Ui::MailboxSyncController::progress);
        m_page->syncButton()->click();
        QVERIFY(answerPasswordDialog());
        // While it runs, the button cancels and the bar shows the progress.
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || m_page->progressBar()->isVisible(); }, 5000));
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        QCOMPARE(finished.constFirst().at(1).toStringList(), QStringList());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(synced.size(), 1);
        const auto summary = synced.constFirst().constFirst().value<TlsRpt::MailboxSyncSummary>();
        QVERIFY2(summary.succeeded(), qPrintable(summary.error));
        QVERIFY(summary.messagesExamined > 0);
        QCOMPARE(summary.import.reportsAdded, m_expectedReports);
        QCOMPARE(m_page->syncButton()->text(), Ui::ReportsPage::tr("Sync Now"));
        // The library reloads and the dashboard shows what came in.
        QVERIFY(QTest::qWaitFor([&] { return m_page->reports().size() == m_expectedReports; }, 30000));
        QVERIFY(
            QTest::qWaitFor([&] { return m_page->dashboard()->aggregation().reports == m_expectedReports; }, 30000));
    }

    void secondSyncExaminesNothing()
    {
        Ui::MailboxSyncController *sync = m_page->mailboxSync();
        QSignalSpy finished(sync, &Ui::MailboxSyncController::syncFinished);
        QSignalSpy synced(sync, &Ui::MailboxSyncController::accountSynced);
        m_page->syncButton()->click();
        QVERIFY(answerPasswordDialog());
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(synced.size(), 1);
        const auto summary = synced.constFirst().constFirst().value<TlsRpt::MailboxSyncSummary>();
        QVERIFY2(summary.succeeded(), qPrintable(summary.error));
        QCOMPARE(summary.messagesExamined, 0);
        QCOMPARE(summary.import.reportsAdded, 0);
        QCOMPARE(m_page->reports().size(), m_expectedReports);
    }

    void wrongPasswordSaysSo()
    {
        Ui::MailboxSyncController *sync = m_page->mailboxSync();
        QSignalSpy finished(sync, &Ui::MailboxSyncController::syncFinished);
        const QString right = m_password;
        m_password = u"wrong"_qs;
        m_page->syncButton()->click();
        QVERIFY(answerPasswordDialog());
        m_password = right;
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(finished.constFirst().at(1).toStringList().size(), 1); // the account's error, for the user
        QCOMPARE(m_page->reports().size(), m_expectedReports);
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestMailboxSyncGui)
#include "tst_mailboxsyncgui.moc"
