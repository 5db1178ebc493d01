// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mailbox accounts in the Reports area (issue 16 items 1 and 3): accounts go through the
// settings and back without their passwords (the settings file never holds one), the account
// editor refuses what cannot work (and plain-text IMAP without the explicit checkbox), the
// accounts dialog adds, edits and removes through the sync controller, and the sync schedule
// follows its setting. Without a keychain (as here: no secret service) the GUI says so and asks
// at each sync. Offline.
#include "plaintooltip.h"
#include "reports/mailboxaccountdialog.h"
#include "reports/mailboxaccountsdialog.h"
#include "reports/mailboxaccountsmodel.h"
#include "reports/mailboxaccountstore.h"
#include "reports/mailboxpasswordstore.h"
#include "reports/mailboxsynccontroller.h"
#include "tlsrpt/reportlibraryservice.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sts;
using Security = TlsRpt::MailboxAccount::Security;

namespace {

const QString Secret = QStringLiteral("s3cret-Passw0rd-never-in-settings");

TlsRpt::MailboxAccount account(const QString &host, const QString &user, Security security = Security::Tls)
{
    TlsRpt::MailboxAccount result;
    result.host = host;
    result.user = user;
    result.security = security;
    return result;
}

bool sameAccount(const TlsRpt::MailboxAccount &a, const TlsRpt::MailboxAccount &b)
{
    return a.host == b.host && a.port == b.port && a.security == b.security && a.user == b.user &&
           a.folders == b.folders && a.moveProcessedTo == b.moveProcessedTo && a.caFile == b.caFile;
}

//! Everything the settings files under \a dir hold, as bytes.
QByteArray settingsBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMailboxAccounts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TlsRpt::ReportLibraryService> m_service;

    std::unique_ptr<Ui::MailboxSyncController> makeController(Ui::MailboxPasswordStore *passwords)
    {
        return std::make_unique<Ui::MailboxSyncController>(m_service.get(), passwords);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StsScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mailboxaccounts"));
        QSettings().clear();
        m_service = std::make_unique<TlsRpt::ReportLibraryService>();
        m_service->open(m_dir.filePath(QStringLiteral("reports.sqlite")));
    }

    void accountsRoundTripWithoutPasswords()
    {
        Ui::MailboxPasswordStore passwords(Ui::MailboxPasswordStore::Backend::None);
        auto controller = makeController(&passwords);
        QVERIFY(controller->accounts().isEmpty());
        TlsRpt::MailboxAccount first = account(u"imap.example.com"_qs, u"tlsrpt@example.com"_qs);
        first.folders = {u"INBOX"_qs, u"TLS-RPT"_qs};
        first.moveProcessedTo = u"Archive/TLS-RPT"_qs;
        TlsRpt::MailboxAccount second = account(u"mail.example.org"_qs, u"reports"_qs, Security::StartTls);
        second.port = 1143;
        TlsRpt::MailboxAccount third = account(u"192.0.2.1"_qs, u"plain"_qs, Security::Plain);
        controller->setAccounts({first, second, third}, {{first.key(), Secret}, {second.key(), Secret}});

        // A new controller (the next start of the app) reads the same accounts back.
        auto again = makeController(&passwords);
        const QList<TlsRpt::MailboxAccount> loaded = again->accounts();
        QCOMPARE(loaded.size(), 3);
        QVERIFY(sameAccount(loaded.at(0), first));
        QVERIFY(sameAccount(loaded.at(1), second));
        QVERIFY(sameAccount(loaded.at(2), third));
        QCOMPARE(loaded.at(1).effectivePort(), 1143);

        // The settings file holds the accounts, and no password.
        const QByteArray bytes = settingsBytes();
        QVERIFY2(bytes.contains("imap.example.com"), bytes.constData());
        QVERIFY(bytes.contains("starttls"));
        QVERIFY(!bytes.contains(Secret.toUtf8()));
        QVERIFY(!bytes.toLower().contains("password"));

        // Without a keychain nothing keeps the password: a read finds none, and says why.
        QVERIFY(!passwords.keychainAvailable());
        QVERIFY(!passwords.unavailableReason().isEmpty());
        QSignalSpy read(&passwords, &Ui::MailboxPasswordStore::passwordRead);
        passwords.read(first.key());
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.constFirst().at(1).toString(), QString());

        // Removing accounts removes them from the settings.
        again->setAccounts({second});
        QCOMPARE(makeController(&passwords)->accounts().size(), 1);
        QVERIFY(!settingsBytes().contains("imap.example.com"));
        again->setAccounts({});
    }

    void keychainAnswersOrSaysWhyNot()
    {
        // The desktop's keychain, whatever this machine has: an answer comes, and a keychain
        // that is not there (no secret service, as under CI) turns into a reason for the user.
        Ui::MailboxPasswordStore passwords(Ui::MailboxPasswordStore::Backend::Keychain);
        QSignalSpy read(&passwords, &Ui::MailboxPasswordStore::passwordRead);
        passwords.read(u"nobody@keychain.test:993"_qs);
        QVERIFY(read.wait(30000));
        QCOMPARE(read.constFirst().at(1).toString(), QString()); // never stored
        const QString error = read.constFirst().at(2).toString();
        QCOMPARE(passwords.keychainAvailable(), error.isEmpty());
        QCOMPARE(passwords.unavailableReason().isEmpty(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY(passwords.unavailableReason().contains(u"asked for at each sync"_qs));
    }

    void editorRefusesWhatCannotWork()
    {
        Ui::MailboxAccountDialog dialog;
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
        dialog.hostEdit()->setText(u"imap.example.com"_qs);
        QVERIFY(!ok->isEnabled()); // no user
        dialog.userEdit()->setText(u"tlsrpt@example.com"_qs);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());

        // A host that would change the URL handed to libcurl.
        dialog.hostEdit()->setText(u"imap.example.com/INBOX?x"_qs);
        QVERIFY(!ok->isEnabled());
        dialog.hostEdit()->setText(u"imap.example.com"_qs);
        // No folder to read.
        dialog.foldersEdit()->setText(u" , "_qs);
        QVERIFY(!ok->isEnabled());
        dialog.foldersEdit()->setText(u"INBOX, TLS-RPT"_qs);
        QCOMPARE(dialog.account().folders, (QStringList{u"INBOX"_qs, u"TLS-RPT"_qs}));
        // Moving processed messages into a folder that is read would read them again.
        dialog.moveToEdit()->setText(u"TLS-RPT"_qs);
        QVERIFY(!ok->isEnabled());
        // IMAP's INBOX is case-insensitive: "inbox" is the INBOX read.
        dialog.foldersEdit()->setText(u"INBOX"_qs);
        dialog.moveToEdit()->setText(u"inbox"_qs);
        QVERIFY(!ok->isEnabled());
        dialog.foldersEdit()->setText(u"INBOX, TLS-RPT"_qs);
        dialog.moveToEdit()->setText(u"Archive"_qs);
        QVERIFY(ok->isEnabled());

        // Plain text only with the explicit, warned checkbox.
        dialog.show();
        QVERIFY(dialog.allowPlainCheck()->isHidden());
        dialog.securityChoice()->setCurrentIndex(dialog.securityChoice()->findData(int(Security::Plain)));
        QVERIFY(dialog.allowPlainCheck()->isVisible());
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"unencrypted"_qs));
        dialog.allowPlainCheck()->setChecked(true);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.account().security, Security::Plain);
        dialog.securityChoice()->setCurrentIndex(dialog.securityChoice()->findData(int(Security::StartTls)));
        QVERIFY(dialog.allowPlainCheck()->isHidden());
        QCOMPARE(dialog.account().security, Security::StartTls);

        // The static check agrees with the dialog.
        QVERIFY(Ui::MailboxAccountDialog::problem(account(u"h"_qs, u"u"_qs, Security::Plain), false).size() > 0);
        QVERIFY(Ui::MailboxAccountDialog::problem(account(u"h"_qs, u"u"_qs, Security::Plain), true).isEmpty());
        QVERIFY(Ui::MailboxAccountDialog::problem(account(u""_qs, u"u"_qs), true).size() > 0);
    }

    void accountsDialogAddsEditsRemoves()
    {
        Ui::MailboxPasswordStore passwords(Ui::MailboxPasswordStore::Backend::None);
        auto controller = makeController(&passwords);
        Ui::MailboxAccountsDialog dialog(controller.get());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(!dialog.syncButton()->isEnabled()); // no account yet
        QVERIFY(!dialog.removeButton()->isEnabled());
        controller->start(); // as at launch: no account, so no schedule yet
        QVERIFY(!controller->timer()->isActive());

        dialog.addButton()->click();
        Ui::MailboxAccountDialog *editor = dialog.editor();
        QVERIFY(editor);
        editor->hostEdit()->setText(u"imap.example.net"_qs);
        editor->userEdit()->setText(u"rua"_qs);
        editor->passwordEdit()->setText(Secret);
        editor->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(controller->accounts().size(), 1);
        QCOMPARE(controller->accounts().constFirst().host, u"imap.example.net"_qs);
        QVERIFY(dialog.model()->index(0, 0).data().toString().contains(u"rua@imap.example.net:993"_qs));
        QVERIFY(dialog.syncButton()->isEnabled());
        QVERIFY(!settingsBytes().contains(Secret.toUtf8()));
        // The first account of the session starts the schedule.
        QVERIFY(controller->intervalHours() > 0);
        QVERIFY(controller->timer()->isActive());
        // With STS_SCREENSHOT_DIR set: a picture of the dialog, and of the editor on the account.
        if (const QString shots = qEnvironmentVariable("STS_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY(QTest::qWaitFor([&] { return dialog.editor() == nullptr; }, 2000));
            QVERIFY(dialog.grab().save(shots + u"/mailbox-accounts.png"_qs));
            dialog.list()->setCurrentIndex(dialog.model()->index(0, 0));
            dialog.editButton()->click();
            QVERIFY(dialog.editor());
            QTest::qWait(100);
            QVERIFY(dialog.editor()->grab().save(shots + u"/mailbox-account-editor.png"_qs));
            dialog.editor()->reject();
        }

        // Edit: the same row, changed.
        QVERIFY(QTest::qWaitFor([&] { return dialog.editor() == nullptr; }, 2000));
        dialog.list()->setCurrentIndex(dialog.model()->index(0, 0));
        dialog.editButton()->click();
        QVERIFY(dialog.editor());
        QCOMPARE(dialog.editor()->hostEdit()->text(), u"imap.example.net"_qs);
        QPushButton *editOk = dialog.editor()->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(editOk->isEnabled()); // the password field empty: unchanged
        // The password is stored under user@host:port: another user needs it typed again.
        dialog.editor()->userEdit()->setText(u"rua2"_qs);
        QVERIFY(!editOk->isEnabled());
        QVERIFY(dialog.editor()->problemLabel()->text().contains(u"password"_qs));
        dialog.editor()->userEdit()->setText(u"rua"_qs);
        QVERIFY(editOk->isEnabled());
        dialog.editor()->foldersEdit()->setText(u"TLS-RPT"_qs);
        dialog.editor()->moveToEdit()->setText(u"<b>Archive</b>"_qs);
        editOk->click();
        // The folder name is the user's text, shown as written.
        QCOMPARE(dialog.model()->index(0, 0).data(Qt::ToolTipRole).toString(),
                 Ui::PlainToolTip::of(u"Processed messages are moved to <b>Archive</b>."_qs));
        QCOMPARE(controller->accounts().constFirst().folders, QStringList{u"TLS-RPT"_qs});
        QCOMPARE(makeController(&passwords)->accounts().constFirst().folders, QStringList{u"TLS-RPT"_qs});

        // The sync interval is a setting; 0 stops the schedule.
        dialog.intervalEdit()->setValue(3);
        QCOMPARE(controller->intervalHours(), 3);
        QVERIFY(controller->timer()->isActive());
        QCOMPARE(controller->timer()->interval(), 3 * 3600 * 1000);
        QCOMPARE(makeController(&passwords)->intervalHours(), 3);
        dialog.intervalEdit()->setValue(0);
        QVERIFY(!controller->timer()->isActive());

        // A sync the user asks for, without a keychain: the password is asked for; no answer
        // (cancel) skips the account and the sync ends.
        QSignalSpy needed(controller.get(), &Ui::MailboxSyncController::passwordNeeded);
        QSignalSpy finished(controller.get(), &Ui::MailboxSyncController::syncFinished);
        dialog.syncButton()->click();
        QCOMPARE(needed.size(), 1);
        QVERIFY(controller->isSyncing());
        controller->providePassword(controller->accounts().constFirst().key(), QString());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!controller->isSyncing());
        // A scheduled sync never asks: it skips the account and says why.
        QSignalSpy note(controller.get(), &Ui::MailboxSyncController::note);
        controller->syncAll(false);
        QCOMPARE(needed.size(), 1);
        QCOMPARE(note.size(), 1);
        QCOMPARE(finished.size(), 2);

        // Remove.
        dialog.list()->setCurrentIndex(dialog.model()->index(0, 0));
        dialog.removeButton()->click();
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(controller->accounts().isEmpty());
        QVERIFY(makeController(&passwords)->accounts().isEmpty());
    }

    void cleanupTestCase() { m_service.reset(); }
};

QTEST_MAIN(TestMailboxAccounts)
#include "tst_mailboxaccounts.moc"
