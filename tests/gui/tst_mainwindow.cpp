// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window around the checks, offline: the start page and its recent domains, managing the
// domain list (context menu, Delete), the session across a restart, Help, what a double-click
// opens, a DNS lookup that failed, one date format, and the policy wizard's question before it
// throws away a draft. No check reaches a server: the resolver is a port where nothing listens.
#include "check/checkhistory.h"
#include "datetext.h"
#include "domaininspector.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "models/certificatechainmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "settings/appsettings.h"
#include "settings/languageloader.h"
#include "settings/settingsdialog.h"
#include "startpage.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/historyview.h"
#include "wizard/domainpage.h"
#include "wizard/policywizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Sts;
using Ui::MainWindow;

namespace {

Check::CheckOptions offlineOptions()
{
    Check::CheckOptions options;
    options.resolver.forwarder = QStringLiteral("127.0.0.1@9");
    options.setTimeoutSeconds(1);
    return options;
}

Check::CheckResult finished(const QString &domain, Check::Verdict verdict, const QDateTime &started)
{
    Check::CheckResult result;
    result.domain = domain;
    result.started = started;
    result.complete = true;
    result.verdict = verdict;
    return result;
}

//! A finished check with one MX address that presented a one-certificate chain, and a finding.
Check::CheckResult withMxChain()
{
    Check::CheckResult result =
        finished(QStringLiteral("example.com"), Check::Verdict::Broken, QDateTime::currentDateTimeUtc());
    Check::MxHostResult mx;
    mx.host = QStringLiteral("mx1.example.com");
    mx.preference = 10;
    mx.wouldDeliver = false;
    mx.resultType = TlsRpt::ResultType::CertificateHostMismatch;
    Smtp::SmtpProbeResult probe;
    probe.address = QHostAddress(QStringLiteral("192.0.2.25"));
    probe.reached = Smtp::Step::Done;
    probe.tlsEstablished = true;
    probe.tlsVersion = QStringLiteral("TLSv1.3");
    probe.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    Tls::CertificateInfo leaf;
    leaf.subject = QStringLiteral("CN=www.other-domain.test");
    leaf.notAfter = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    leaf.daysLeft = 90;
    probe.chain.hostName = mx.host;
    probe.chain.chain = {leaf};
    probe.chain.resultType = mx.resultType;
    mx.probes = {probe};
    result.mx = {mx};
    result.findings = {Finding{QStringLiteral("tls.cert.host-mismatch"),
                               Severity::Error,
                               mx.host,
                               QStringLiteral("The certificate is for www.other-domain.test."),
                               QStringLiteral("RFC 8461 §4.2"),
                               0,
                               {}}};
    return result;
}

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

template <typename T>
T *shownTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    QString historyFile() const { return m_dataDir.filePath(QStringLiteral("history.sqlite")); }
    QString reportsFile() const { return m_dataDir.filePath(QStringLiteral("reports.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataDir.isValid());
        Check::CheckHistory history;
        const Sts::Result<void> opened = history.open(historyFile());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const QDateTime when(QDate(2026, 11, 28), QTime(14, 5), Qt::LocalTime);
        QVERIFY(history.record(finished(QStringLiteral("older.example"), Check::Verdict::Testing, when)).valueOr(0) >
                0);
        QVERIFY(history.record(finished(QStringLiteral("newer.example"), Check::Verdict::Broken, when.addDays(1)))
                    .valueOr(0) > 0);
    }

    void init() { Ui::AppSettings::saveSession({}); }

    void startPageFirst()
    {
        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::StartPage *start = window.startPage();
        QVERIFY(start->isVisible());
        QVERIFY(!window.currentInspector());
        // The recent domains come from the check history, newest first, with verdict and date.
        const QStandardItemModel *recent = start->recentModel();
        QTRY_COMPARE(recent->rowCount(), 2); // read in the history's thread
        QCOMPARE(recent->index(0, Ui::StartPage::DomainColumn).data().toString(), u"newer.example"_qs);
        QCOMPARE(recent->index(1, Ui::StartPage::CheckedColumn).data().toString(), u"2026-11-28 14:05"_qs);
        QVERIFY(!recent->index(0, Ui::StartPage::VerdictColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        // "Create a policy" opens the wizard; "Check a domain" puts the cursor in the entry.
        start->wizardButton()->click();
        auto *wizard = shownTopLevel<Ui::PolicyWizard>();
        QVERIFY(wizard);
        wizard->reject(); // nothing entered: closes without asking
        QTRY_VERIFY(!wizard->isVisible());
        QApplication::setActiveWindow(&window);
        start->checkButton()->click();
        QTRY_VERIFY(window.domainEntry()->hasFocus());

        // Activating a recent domain checks it and shows it; View › Start Page comes back.
        start->recentView()->setCurrentIndex(recent->index(1, 0));
        QTest::keyClick(start->recentView(), Qt::Key_Return);
        QVERIFY(window.inspector(QStringLiteral("older.example")));
        QCOMPARE(window.currentInspector(), window.inspector(QStringLiteral("older.example")));
        QCOMPARE(window.domains(), QStringList{u"older.example"_qs});
        window.showStartPage();
        QVERIFY(start->isVisible());
        QVERIFY(!window.domainList()->selectionModel()->hasSelection());
    }

    void domainListIsManaged()
    {
        Ui::AppSettings::Session session;
        session.domains = {u"older.example"_qs, u"a.example"_qs, u"b.example"_qs};
        Ui::AppSettings::saveSession(session);
        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.domains(), session.domains);
        // Restored, not re-checked: the last verdict shows until the domain is opened.
        QVERIFY(!window.inspector(u"a.example"_qs));
        const QModelIndex older = window.domainList()->model()->index(0, 0);
        // The last verdict comes from the history's thread.
        QTRY_VERIFY(older.data(Qt::ToolTipRole).toString().contains(u"2026-11-28 14:05"));
        QVERIFY(!older.data(Qt::DecorationRole).value<QIcon>().isNull());

        // The context menu: re-check, remove, copy.
        QListView *list = window.domainList();
        QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList actions;
        for (const QAction *action : list->actions()) {
            if (!action->isSeparator())
                actions.append(action->text());
        }
        QCOMPARE(actions, (QStringList{MainWindow::tr("&Re-check"), MainWindow::tr("Re&move from the list"),
                                       QApplication::translate("ViewCopy", "&Copy")}));

        // Copy, then Delete on two selected domains: both go, the start page shows when none is left.
        QApplication::setActiveWindow(&window);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        list->selectionModel()->select(list->model()->index(1, 0), QItemSelectionModel::Select);
        list->selectionModel()->select(list->model()->index(2, 0), QItemSelectionModel::Select);
        QTest::keySequence(list, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), u"a.example\nb.example"_qs);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(window.domains(), QStringList{u"older.example"_qs});

        // Opening a restored domain checks it; removing the one shown goes back to the start page.
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(window.inspector(u"older.example"_qs));
        QCOMPARE(window.currentInspector(), window.inspector(u"older.example"_qs));
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(window.domains().isEmpty());
        QVERIFY(window.startPage()->isVisible());
    }

    void sessionSurvivesRestart()
    {
        {
            MainWindow window(offlineOptions(), historyFile(), reportsFile());
            window.resize(1024, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.checkDomain(u"one.example"_qs);
            window.checkDomain(u"two.example"_qs);
            window.checkDomain(u"one.example"_qs); // shown last
            window.close();
        }
        const Ui::AppSettings::Session saved = Ui::AppSettings::loadSession();
        QCOMPARE(saved.domains, (QStringList{u"one.example"_qs, u"two.example"_qs}));
        QCOMPARE(saved.currentDomain, u"one.example"_qs);
        QVERIFY(!saved.geometry.isEmpty());

        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.domains(), saved.domains);
        QCOMPARE(window.size(), QSize(1024, 700));
        // The domain that was shown is shown again (and checked anew); the other waits.
        QVERIFY(window.currentInspector());
        QCOMPARE(window.currentInspector()->result().domain, u"one.example"_qs);
        QVERIFY(!window.inspector(u"two.example"_qs));
        QCOMPARE(window.domainList()->currentIndex().data().toString(), u"one.example"_qs);
    }

    void helpMenu()
    {
        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.openHelp(QStringLiteral("user-guide.md"));
        auto *help = window.findChild<Ui::HelpWindow *>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY(help->browser()->toPlainText().startsWith(u"StsScope user guide"));
        // The guide's link to the findings reference stays inside the help window.
        Q_EMIT help->browser()->anchorClicked(QUrl(QStringLiteral("findings.md")));
        QVERIFY(help->browser()->toPlainText().startsWith(u"Findings: every code"));
        QVERIFY(help->browser()->toPlainText().contains(u"sts.policy.max-age"));
        window.openHelp(QStringLiteral("user-guide.md"));
        QCOMPARE(window.findChildren<Ui::HelpWindow *>().size(), 1);
    }

    void doubleClickOpensTheNaturalThing()
    {
        Ui::DomainInspector inspector;
        inspector.resize(1024, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setResult(withMxChain());

        // An MX row: its certificate chain, the leaf selected.
        inspector.showView(inspector.mxView());
        QTableView *mx = inspector.mxView();
        QTRY_VERIFY(mx->viewport()->rect().contains(
            mx->visualRect(mx->model()->index(0, Ui::MxHostsModel::AddressColumn)).center()));
        const QRect cell = mx->visualRect(mx->model()->index(0, Ui::MxHostsModel::AddressColumn));
        // A double-click as the platform delivers it: press, release, double-click, release.
        QTest::mouseClick(mx->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(mx->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(inspector.currentView(), inspector.certificatesView());
        QVERIFY(inspector.certificatesView()->details()->toPlainText().contains(u"CN=www.other-domain.test"));

        // A finding: its explanation in a window of its own.
        Ui::FindingsView *findings = inspector.findingsView();
        inspector.showView(findings);
        const QRect row = findings->table()->visualRect(findings->table()->model()->index(0, 1));
        QTRY_VERIFY(findings->table()->viewport()->rect().contains(row.center()));
        QTest::mouseClick(findings->table()->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(findings->table()->viewport(), Qt::LeftButton, {}, row.center());
        auto *details = findings->findChild<QDialog *>();
        QVERIFY(details);
        QTRY_VERIFY(details->isVisible());
        QVERIFY(details->windowTitle().contains(u"tls.cert.host-mismatch"));
        QVERIFY(details->findChild<QTextBrowser *>()->toPlainText().contains(u"www.other-domain.test"));
        details->close();
    }

    void importantColumnsShow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    //! MX hosts: host, address, would deliver, STARTTLS, TLS and certificate whole and in view;
    //! Findings: subject and code whole.
    void importantColumnsShow()
    {
        QFETCH(QSize, size);
        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.checkDomain(u"example.com"_qs);
        window.cancelCurrent();
        Ui::DomainInspector *inspector = window.currentInspector();
        QVERIFY(inspector);
        inspector->setResult(withMxChain());
        inspector->showView(inspector->mxView());
        QTableView *mx = inspector->mxView();
        QTRY_VERIFY(mx->isVisible());
        for (const int column : {Ui::MxHostsModel::HostColumn, Ui::MxHostsModel::AddressColumn,
                                 Ui::MxHostsModel::DeliverColumn, Ui::MxHostsModel::StartTlsColumn,
                                 Ui::MxHostsModel::TlsVersionColumn, Ui::MxHostsModel::CertificateColumn}) {
            const QModelIndex index = mx->model()->index(0, column);
            const QString what = mx->model()->headerData(column, Qt::Horizontal).toString();
            QTRY_VERIFY2(mx->viewport()->rect().contains(mx->visualRect(index)),
                         qPrintable(what + QStringLiteral(" is out of view")));
            const int needed = static_cast<const QAbstractItemView *>(mx)->sizeHintForColumn(column);
            QVERIFY2(
                mx->columnWidth(column) >= needed,
                qPrintable(
                    QStringLiteral("%1 is cut short: %2 < %3").arg(what).arg(mx->columnWidth(column)).arg(needed)));
        }
        Ui::FindingsView *findings = inspector->findingsView();
        inspector->showView(findings);
        QTableView *table = findings->table();
        QTRY_VERIFY(table->isVisible());
        for (const int column : {1, 3}) { // subject, code
            const QString what = table->model()->headerData(column, Qt::Horizontal).toString();
            QTRY_VERIFY2(table->viewport()->rect().contains(table->visualRect(table->model()->index(0, column))),
                         qPrintable(what));
            QVERIFY2(table->columnWidth(column) >=
                         static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column),
                     qPrintable(what));
        }
    }

    void failedLookupIsNotNone()
    {
        Check::CheckResult result =
            finished(u"example.com"_qs, Check::Verdict::Broken, QDateTime::currentDateTimeUtc());
        Net::DnsAnswer failed;
        failed.name = QStringLiteral("_mta-sts.example.com");
        failed.type = Net::RrType::Txt;
        failed.status = Net::DnsStatus::ServFail;
        failed.error = QStringLiteral("all servers failed");
        result.stsTxt = failed;
        Net::DnsAnswer absent = failed;
        absent.name = QStringLiteral("_smtp._tls.example.com");
        absent.status = Net::DnsStatus::NxDomain;
        absent.error.clear();
        result.tlsRptTxt = absent;
        Ui::OverviewModel overview;
        overview.setResult(result);
        // The top-level step named \a step, and what it says.
        const auto detailOf = [&overview](const QString &step) {
            for (int row = 0; row < overview.rowCount(); ++row) {
                if (overview.index(row, 0).data().toString() == step)
                    return overview.index(row, 1).data().toString();
            }
            return QString();
        };
        const QString sts = detailOf(Ui::OverviewModel::tr("_mta-sts record"));
        QCOMPARE(sts, Ui::OverviewModel::lookupError(failed));
        QVERIFY(sts.contains(u"SERVFAIL"));
        QVERIFY(sts.contains(u"all servers failed"));
        // A record that does not exist is still "none".
        const QString tlsRpt = detailOf(Ui::OverviewModel::tr("_smtp._tls record"));
        QCOMPARE(tlsRpt, Ui::OverviewModel::tr("none or invalid"));
    }

    void oneDateFormat()
    {
        const QDateTime local(QDate(2026, 2, 8), QTime(9, 7, 5), Qt::LocalTime);
        QCOMPARE(Ui::DateText::dateTime(local), u"2026-02-08 09:07"_qs);
        QCOMPARE(Ui::DateText::dateTimeSeconds(local), u"2026-02-08 09:07:05"_qs);
        QCOMPARE(Ui::DateText::date(local.date()), u"2026-02-08"_qs);
        QCOMPARE(Ui::DateText::utcDateTime(QDateTime(QDate(2026, 2, 8), QTime(0, 0), Qt::UTC)),
                 u"2026-02-08 00:00 UTC"_qs);
        QVERIFY(Ui::DateText::dateTime({}).isEmpty());
        // The same whatever the language.
        Ui::LanguageLoader loader;
        loader.install(QLocale(QStringLiteral("de")));
        QCOMPARE(Ui::DateText::dateTime(local), u"2026-02-08 09:07"_qs);
    }

    void restoreDefaultsInGerman()
    {
        Ui::LanguageLoader loader;
        QVERIFY(loader.install(QLocale(QStringLiteral("de"))));
        Ui::SettingsDialog dialog(Ui::AppSettings{});
        const QPushButton *restore = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults);
        QVERIFY(restore);
        QVERIFY2(!restore->text().contains(u"Voreinstellungen"), qPrintable(restore->text()));
        QCOMPARE(restore->text(), Ui::SettingsDialog::tr("Restore De&faults"));
        QVERIFY(restore->text() != u"Restore De&faults");
    }

    void wizardAsksBeforeDiscarding()
    {
        Ui::PolicyWizard wizard(offlineOptions());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.domainPage()->domainEdit(), QStringLiteral("example.com"));
        QVERIFY(wizard.hasUnsavedWork());

        // Esc: a question, and "Keep editing" keeps the wizard.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        auto *question = wizard.findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        buttonWithText(question, Ui::PolicyWizard::tr("&Keep editing"))->click();
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("closeQuestion")));
        QVERIFY(wizard.isVisible());

        // Esc again, Discard: gone.
        QTest::keyClick(&wizard, Qt::Key_Escape);
        question = wizard.findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        buttonWithText(question, Ui::PolicyWizard::tr("&Discard"))->click();
        QTRY_VERIFY(!wizard.isVisible());
    }

    //! Closing the window does not take an unsaved wizard draft down without asking.
    void closingTheWindowAsksTheWizardFirst()
    {
        MainWindow window(offlineOptions(), historyFile(), reportsFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startPage()->wizardButton()->click();
        auto *wizard = window.findChild<Ui::PolicyWizard *>();
        QVERIFY(wizard);
        QTest::keyClicks(wizard->domainPage()->domainEdit(), QStringLiteral("example.com"));
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        auto *question = wizard->findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        buttonWithText(question, Ui::PolicyWizard::tr("&Discard"))->click();
        QTRY_VERIFY(!window.findChild<Ui::PolicyWizard *>()); // deleted on close
        QVERIFY(window.close());
    }

    void wizardFinishSaysNothingWasSaved()
    {
        Ui::PolicyWizard wizard(offlineOptions());
        wizard.setStartId(Ui::PolicyWizard::OutputPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.button(QWizard::FinishButton)->click();
        auto *question = wizard.findChild<QMessageBox *>(QStringLiteral("closeQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(wizard.isVisible());
        QCOMPARE(question->text(), Ui::PolicyWizard::tr("The files have not been saved."));
        QVERIFY(buttonWithText(question, Ui::PolicyWizard::tr("&Save all to folder…")));
        buttonWithText(question, Ui::PolicyWizard::tr("&Close without saving"))->click();
        QTRY_VERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
