// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, first use, offline: the policy wizard judges a move to enforce by the TLS-RPT
// reports already loaded; recent domains can be taken off the start page (the history stays
// unless deleted too); the table of reports says why it is empty; Overview rows open the tab
// that explains them.
#include "domaininspector.h"
#include "mainwindow.h"
#include "models/certificatechainmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "reports/reportfilterproxy.h"
#include "reports/reportlistnotice.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttableview.h"
#include "startpage.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/policyview.h"
#include "wizard/modepage.h"
#include "wizard/policydraft.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Sts;

namespace {

//! A finished check of example.com whose published policy is in testing mode, with one MX
//! address that presented a certificate, and DNS answers for both records.
Check::CheckResult testingDomain()
{
    Check::CheckResult result;
    result.domain = u"example.com"_qs;
    result.complete = true;
    result.started = QDateTime::currentDateTimeUtc();
    result.verdict = Check::Verdict::Testing;
    const auto txt = [](const QString &name, const QString &text) {
        Net::DnsAnswer answer;
        answer.name = name;
        answer.type = Net::RrType::Txt;
        answer.status = Net::DnsStatus::NoError;
        Net::DnsRecord record;
        record.type = Net::RrType::Txt;
        record.strings = {text.toUtf8()};
        record.text = u'"' + text + u'"';
        answer.records = {record};
        return answer;
    };
    result.stsTxt = txt(u"_mta-sts.example.com"_qs, u"v=STSv1; id=1"_qs);
    result.tlsRptTxt = txt(u"_smtp._tls.example.com"_qs, u"v=TLSRPTv1; rua=mailto:r@example.com"_qs);
    MtaSts::PolicyFetchResult fetch;
    fetch.host = u"mta-sts.example.com"_qs;
    fetch.response.status = 200;
    fetch.response.body = "version: STSv1\r\nmode: testing\r\nmx: mx1.example.com\r\nmx: mx2.example.com\r\n"
                          "max_age: 86400\r\n";
    fetch.responseComplete = true;
    fetch.ok = true;
    result.fetch = fetch;
    result.policy = MtaSts::Policy::parse(fetch.response.body);
    result.policyStatus = Check::PolicyStatus::Valid;
    for (const QString &name : {u"mx1.example.com"_qs, u"mx2.example.com"_qs}) {
        Check::MxHostResult mx;
        mx.host = name;
        mx.preference = 10;
        mx.wouldDeliver = true;
        for (const QString &address : {u"192.0.2.1"_qs, u"192.0.2.2"_qs}) {
            Smtp::SmtpProbeResult probe;
            probe.host = name;
            probe.address = QHostAddress(address);
            probe.reached = Smtp::Step::Done;
            probe.tlsEstablished = true;
            probe.tlsVersion = u"TLSv1.3"_qs;
            Tls::CertificateInfo leaf;
            leaf.subject = u"CN="_qs + name;
            leaf.daysLeft = 60;
            probe.chain.hostName = name;
            probe.chain.chain = {leaf};
            mx.probes.append(probe);
        }
        result.mx.append(mx);
    }
    Net::DnsAnswer mxAnswer;
    mxAnswer.name = result.domain;
    mxAnswer.type = Net::RrType::Mx;
    mxAnswer.status = Net::DnsStatus::NoError;
    result.mxAnswer = mxAnswer;
    result.findings = {Finding{
        u"sts.policy.testing"_qs, Severity::Warning, result.domain, u"Testing mode."_qs, u"RFC 8461 §5"_qs, 0, {}}};
    return result;
}

//! A stored report for \a domain, \a daysAgo days before today (UTC).
TlsRpt::StoredReport report(const QString &domain, int daysAgo, qint64 successful, qint64 failed)
{
    static qint64 id = 0;
    TlsRpt::StoredReport stored;
    stored.id = ++id;
    stored.report.organization = u"Sender"_qs;
    stored.report.reportId = QString::number(id);
    stored.report.start = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-daysAgo), QTime(0, 0), Qt::UTC);
    stored.report.end = stored.report.start.addDays(1).addSecs(-1);
    TlsRpt::PolicyReport policy;
    policy.type = TlsRpt::PolicyType::Sts;
    policy.domain = domain;
    policy.successful = successful;
    policy.failed = failed;
    stored.report.policies = {policy};
    return stored;
}

QMessageBox *shownQuestion(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

Check::CheckHistory::Entry entry(const QString &domain, const QDateTime &started)
{
    return Check::CheckHistory::Entry{0, domain, started, u"PROTECTED"_qs};
}

} // namespace

class TestFirstUse final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().remove(u"startPage/hiddenRecent"_qs); }

    // Item 1: testing → enforce asks the loaded reports of the last two weeks, not a tick box.
    void enforceJudgedByLoadedReports_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("needsOverride");
        QTest::newRow("no reports") << u"none"_qs << u"No TLS-RPT reports are loaded"_qs << true;
        QTest::newRow("other domain only") << u"other"_qs << u"covers example.com between"_qs << true;
        QTest::newRow("too old") << u"old"_qs << u"covers example.com between"_qs << true;
        QTest::newRow("failures") << u"failures"_qs << u"show 3 failed of 103 sessions (2 report"_qs << true;
        QTest::newRow("clean") << u"clean"_qs << u"show no failures: 100 sessions in 8 report"_qs << false;
        // One clean day, or a clean last week, is no evidence for two weeks.
        QTest::newRow("two days of two weeks") << u"sparse"_qs << u"cover only 2 of the 14 days"_qs << true;
        QTest::newRow("only the last week") << u"recent"_qs << u"cover only 7 of the 14 days"_qs << true;
    }

    void enforceJudgedByLoadedReports()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, says);
        QFETCH(bool, needsOverride);
        const QHash<QString, QList<TlsRpt::StoredReport>> scenarios{
            {u"none"_qs, {}},
            {u"other"_qs, {report(u"other.example"_qs, 1, 50, 0)}},
            {u"old"_qs, {report(u"example.com"_qs, 20, 50, 0)}},
            // Two reports in the range: 103 sessions, 3 failed; one too old, one for another domain.
            {u"failures"_qs,
             {report(u"example.com"_qs, 1, 100, 0), report(u"example.com"_qs, 3, 0, 3),
              report(u"example.com"_qs, 30, 0, 500), report(u"other.example"_qs, 1, 0, 9)}},
            // Every other day from 13 days ago to today; failures outside the range or elsewhere do
            // not count.
            {u"clean"_qs,
             {report(u"example.com"_qs, 0, 30, 0), report(u"example.com"_qs, 2, 10, 0),
              report(u"example.com"_qs, 4, 10, 0), report(u"example.com"_qs, 6, 10, 0),
              report(u"example.com"_qs, 8, 10, 0), report(u"example.com"_qs, 10, 10, 0),
              report(u"example.com"_qs, 12, 10, 0), report(u"example.com"_qs, 13, 10, 0),
              report(u"example.com"_qs, 14, 0, 7), report(u"other.example"_qs, 2, 0, 9)}},
            {u"sparse"_qs, {report(u"example.com"_qs, 0, 60, 0), report(u"example.com"_qs, 13, 40, 0)}},
            {u"recent"_qs,
             {report(u"example.com"_qs, 0, 10, 0), report(u"example.com"_qs, 1, 10, 0),
              report(u"example.com"_qs, 2, 10, 0), report(u"example.com"_qs, 3, 10, 0),
              report(u"example.com"_qs, 4, 10, 0), report(u"example.com"_qs, 5, 10, 0),
              report(u"example.com"_qs, 6, 10, 0)}},
        };
        const QList<TlsRpt::StoredReport> reports = scenarios.value(scenario);
        Ui::PolicyDraft draft;
        draft.startFrom(testingDomain());
        QCOMPARE(draft.liveMode(), std::optional(MtaSts::Mode::Testing));
        Ui::ModePage page(&draft);
        page.setLoadedReports(reports);
        page.show();
        page.initializePage();
        QVERIFY(page.evidenceLabel()->isHidden()); // staying in testing needs no evidence
        QVERIFY(page.isComplete());
        page.applyRecommendation(); // step 2: enforce
        QCOMPARE(draft.mode(), MtaSts::Mode::Enforce);
        QTRY_VERIFY(page.evidence().has_value());
        QVERIFY(!page.evidenceLabel()->isHidden());
        QVERIFY2(page.evidenceLabel()->text().contains(says), qPrintable(page.evidenceLabel()->text()));
        QCOMPARE(page.evidence()->libraryReports, qint64(reports.size()));
        QCOMPARE(page.evidence()->until, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(page.evidence()->since, page.evidence()->until.addDays(-13));
        QCOMPARE(page.reportsCheckedBox()->isHidden(), !needsOverride);
        QCOMPARE(page.isComplete(), !needsOverride);
        if (needsOverride) {
            page.reportsCheckedBox()->setChecked(true); // the manual override
            QVERIFY(page.isComplete());
        }
        // Reports loaded while the page is open are counted again.
        page.reportsCheckedBox()->setChecked(false);
        const QList<TlsRpt::StoredReport> clean = scenarios.value(u"clean"_qs);
        page.setLoadedReports(clean);
        QTRY_VERIFY(page.evidence().has_value() && page.evidence()->libraryReports == clean.size());
        QVERIFY(page.isComplete());
        QVERIFY(page.reportsCheckedBox()->isHidden());
    }

    // Item 2: Delete and the context menu take a recent domain off the list; a new check of it
    // brings it back; Clear asks, and deletes the history only when told to.
    void recentDomainsCanBeRemoved()
    {
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QList<Check::CheckHistory::Entry> latest{entry(u"a.example"_qs, earlier),
                                                       entry(u"b.example"_qs, earlier.addSecs(-60)),
                                                       entry(u"c.example"_qs, earlier.addSecs(-120))};
        Ui::StartPage page;
        page.show();
        page.setRecent(latest);
        QCOMPARE(page.recentDomains(), (QStringList{u"a.example"_qs, u"b.example"_qs, u"c.example"_qs}));
        QVERIFY(page.recentView()->actions().contains(page.removeAction()));
        QVERIFY(page.recentView()->actions().contains(page.clearAction()));
        QCOMPARE(page.recentView()->contextMenuPolicy(), Qt::ActionsContextMenu);

        QApplication::setActiveWindow(&page);
        page.recentView()->setFocus();
        QTRY_VERIFY(page.recentView()->hasFocus());
        page.recentView()->setCurrentIndex(page.recentModel()->index(1, 0));
        page.recentView()->selectionModel()->select(page.recentModel()->index(1, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(page.recentView(), Qt::Key_Delete);
        QCOMPARE(page.recentDomains(), (QStringList{u"a.example"_qs, u"c.example"_qs}));
        // The history still lists it; the start page keeps it off, also after a restart.
        page.setRecent(latest);
        QCOMPARE(page.recentDomains(), (QStringList{u"a.example"_qs, u"c.example"_qs}));
        Ui::StartPage restarted;
        restarted.setRecent(latest);
        QCOMPARE(restarted.recentDomains(), (QStringList{u"a.example"_qs, u"c.example"_qs}));
        // Where nothing can delete the history, Clear does not offer it.
        restarted.show();
        restarted.clearAction()->trigger();
        QMessageBox *offered = nullptr;
        QTRY_VERIFY((offered = shownQuestion(u"clearRecentQuestion"_qs)));
        QVERIFY(!offered->checkBox());
        offered->button(QMessageBox::Cancel)->click();
        QCOMPARE(restarted.recentDomains().size(), 2);
        // Checked again: back on the list.
        QList<Check::CheckHistory::Entry> rechecked = latest;
        QTest::qWait(5);
        rechecked[1].started = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        page.setRecent(rechecked);
        QCOMPARE(page.recentDomains(), (QStringList{u"a.example"_qs, u"b.example"_qs, u"c.example"_qs}));

        QSignalSpy deletion(&page, &Ui::StartPage::historyDeletionRequested);
        // Clear, cancelled: nothing changes.
        page.clearAction()->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = shownQuestion(u"clearRecentQuestion"_qs)));
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(page.recentDomains().size(), 3);
        // Clear, history kept.
        page.clearAction()->trigger();
        QTRY_VERIFY((question = shownQuestion(u"clearRecentQuestion"_qs)));
        QVERIFY(!question->checkBox()->isChecked());
        question->defaultButton()->click();
        QVERIFY(page.recentDomains().isEmpty());
        QVERIFY(page.recentView()->isHidden());
        QVERIFY(deletion.isEmpty());
        // Clear with the history, in the window: the checks are gone from the history file.
        const QString historyFile = m_dir.filePath(u"recent-history.sqlite"_qs);
        {
            Check::CheckHistory history;
            const Sts::Result<void> opened = history.open(historyFile);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            Check::CheckResult checked = testingDomain();
            checked.domain = u"d.example"_qs;
            QVERIFY(history.record(checked).valueOr(0) > 0);
            checked.domain = u"e.example"_qs;
            QVERIFY(history.record(checked).valueOr(0) > 0);
        }
        Check::CheckOptions offline;
        offline.resolver.forwarder = QStringLiteral("127.0.0.1@9");
        offline.setTimeoutSeconds(1);
        Ui::MainWindow window(offline, historyFile, m_dir.filePath(u"recent-reports.sqlite"_qs));
        window.show();
        Ui::StartPage *start = window.startPage();
        QTRY_COMPARE(start->recentDomains(), (QStringList{u"d.example"_qs, u"e.example"_qs}));
        start->clearAction()->trigger();
        QTRY_VERIFY((question = shownQuestion(u"clearRecentQuestion"_qs)));
        QVERIFY(question->checkBox());
        question->checkBox()->setChecked(true);
        question->defaultButton()->click();
        QVERIFY(start->recentDomains().isEmpty());
        Check::CheckHistory history;
        const Sts::Result<void> opened = history.open(historyFile);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QTRY_VERIFY(history.entries(u"d.example"_qs).isEmpty() && history.entries(u"e.example"_qs).isEmpty());
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"Deleted 2 check"_qs));
    }

    // Item 3: "no reports yet" and "none in this range" are different messages.
    void emptyReportTableSaysWhy()
    {
        Ui::ReportsPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy loaded(&page, &Ui::ReportsPage::libraryLoaded);
        page.openLibrary(m_dir.filePath(u"reports.sqlite"_qs));
        QVERIFY(loaded.wait(10000));
        page.tabs()->setCurrentWidget(page.reportsView()->parentWidget()->parentWidget());
        Ui::ReportListNotice *notice = page.reportsNotice();
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().startsWith(u"No reports imported yet."_qs), qPrintable(notice->text()));
        QVERIFY(!notice->importButton()->isHidden());
        QVERIFY(notice->showAllButton()->isHidden());

        QSignalSpy finished(&page, &Ui::ReportsPage::importFinished);
        loaded.clear();
        page.importPaths({QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/cryinc-google.json"),
                          QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/cryinc-microsoft.json")});
        QVERIFY(finished.wait(30000));
        QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
        QTRY_COMPARE(page.reportsModel()->rowCount(), 2);
        QVERIFY(notice->isHidden());

        page.setFilter({QDate(2001, 1, 1), QDate(2001, 1, 31), QString()});
        QCOMPARE(page.reportsProxy()->rowCount(), 0);
        QVERIFY(!notice->isHidden());
        QVERIFY2(notice->text().contains(u"None of the 2 report"_qs) &&
                     notice->text().contains(u"in the library is in the chosen date range"_qs),
                 qPrintable(notice->text()));
        QVERIFY(!notice->showAllButton()->isHidden());
        QVERIFY(notice->importButton()->isHidden());
        notice->showAllButton()->click();
        QCOMPARE(page.filter().since, QDate());
        QCOMPARE(page.filter().until, QDate());
        QCOMPARE(page.reportsProxy()->rowCount(), 2);
        QVERIFY(notice->isHidden());
    }

    // Item 4: Enter (or a double-click) on an Overview step opens the tab that explains it, at
    // its item.
    void overviewRowsOpenTheirTab()
    {
        Ui::DomainInspector inspector;
        inspector.resize(1200, 800);
        inspector.show();
        const Check::CheckResult result = testingDomain();
        inspector.setResult(result);
        QTreeView *tree = inspector.overviewView();
        const QAbstractItemModel *steps = tree->model();
        const auto find = [steps](const QString &prefix, const QModelIndex &parent = {}) {
            for (int row = 0; row < steps->rowCount(parent); ++row) {
                if (steps->index(row, 0, parent).data().toString().startsWith(prefix))
                    return steps->index(row, 0, parent);
            }
            return QModelIndex();
        };
        const auto open = [&](const QModelIndex &step) {
            inspector.showView(tree);
            tree->setFocus();
            tree->setCurrentIndex(step);
            QTest::keyClick(tree, Qt::Key_Return);
        };
        QVERIFY(find(u"_mta-sts"_qs).isValid());

        open(find(u"_mta-sts"_qs));
        QCOMPARE(inspector.currentView(), inspector.dnsView());
        QVERIFY(inspector.dnsView()->currentIndex().data().toString().startsWith(u"_mta-sts."_qs));
        open(find(u"_smtp._tls"_qs));
        QCOMPARE(inspector.currentView(), inspector.dnsView());
        QVERIFY(inspector.dnsView()->currentIndex().data().toString().startsWith(u"_smtp._tls."_qs));
        open(find(u"Policy host"_qs));
        QCOMPARE(inspector.currentView(), inspector.policyView());

        const QModelIndex mx2 = find(u"MX 10 mx2"_qs);
        QVERIFY(mx2.isValid());
        open(mx2);
        QCOMPARE(inspector.currentView(), inspector.mxView());
        QCOMPARE(inspector.mxView()->currentIndex().data(Ui::MxHostsModel::HostIndexRole).toInt(), 1);
        const QModelIndex address = steps->index(1, 0, mx2); // 192.0.2.2
        QCOMPARE(address.data().toString(), u"192.0.2.2"_qs);
        open(address);
        QCOMPARE(inspector.currentView(), inspector.mxView());
        QCOMPARE(inspector.mxView()->currentIndex().data(Ui::MxHostsModel::HostIndexRole).toInt(), 1);
        QCOMPARE(inspector.mxView()->currentIndex().data(Ui::MxHostsModel::ProbeIndexRole).toInt(), 1);

        const QModelIndex certificate = steps->index(0, 0, address);
        QCOMPARE(certificate.data().toString(), u"Certificate"_qs);
        open(certificate);
        QCOMPARE(inspector.currentView(), inspector.certificatesView());
        // The leaf of that address's chain is selected.
        const auto *shown = qobject_cast<const QAbstractProxyModel *>(inspector.certificatesView()->tree()->model());
        QVERIFY(shown);
        const QModelIndex leaf = shown->mapToSource(inspector.certificatesView()->tree()->currentIndex());
        QVERIFY(leaf.isValid() && leaf.parent().isValid());
        const int expected = inspector.certificatesView()->model()->endpointRow(
            Ui::CertificateChainModel::mxLabel(u"mx2.example.com"_qs, QHostAddress(u"192.0.2.2"_qs)));
        QVERIFY(expected >= 0);
        QCOMPARE(inspector.certificatesView()->model()->endpointAt(leaf), expected);

        const QModelIndex protection = find(u"Protected against"_qs);
        QVERIFY(protection.isValid());
        open(protection);
        QCOMPARE(inspector.currentView(), inspector.findingsView());
    }

    // Item 5: a policy line with a finding, and a DNS record, open the finding about them.
    void policyLinesAndRecordsOpenTheirFinding()
    {
        Ui::DomainInspector inspector;
        inspector.resize(1200, 800);
        inspector.show();
        Check::CheckResult result = testingDomain();
        const Finding line{u"sts.policy.max-age-short"_qs,
                           Severity::Warning,
                           u"mta-sts.example.com"_qs,
                           u"max_age is short."_qs,
                           u"RFC 8461 §3.2"_qs,
                           5,
                           {}};
        const Finding record{
            u"sts.txt.note"_qs, Severity::Info, u"_mta-sts.example.com"_qs, u"A note."_qs, u"RFC 8461 §3.1"_qs, 0, {}};
        result.policy.findings.append(line);
        result.findings.append(line);
        result.findings.append(record);
        inspector.setResult(result);

        QTableView *lines = inspector.policyView()->linesView();
        inspector.showView(inspector.policyView());
        lines->setFocus();
        lines->setCurrentIndex(lines->model()->index(1, 0)); // no finding: stays
        QTest::keyClick(lines, Qt::Key_Return);
        QCOMPARE(inspector.currentView(), inspector.policyView());
        lines->setCurrentIndex(lines->model()->index(4, 0));
        QTest::keyClick(lines, Qt::Key_Return);
        QCOMPARE(inspector.currentView(), inspector.findingsView());
        const QModelIndex selected = inspector.findingsView()->table()->currentIndex();
        QVERIFY(selected.isValid());
        QVERIFY(inspector.findingsView()->explanation()->toPlainText().contains(u"max_age is short."_qs));

        QTableView *dns = inspector.dnsView();
        inspector.showView(dns);
        int stsRow = -1;
        for (int row = 0; row < dns->model()->rowCount(); ++row) {
            if (dns->model()->index(row, 0).data().toString().startsWith(u"_mta-sts."_qs))
                stsRow = row;
        }
        QVERIFY(stsRow >= 0);
        dns->setFocus();
        dns->setCurrentIndex(dns->model()->index(stsRow, 0));
        QTest::keyClick(dns, Qt::Key_Return);
        QCOMPARE(inspector.currentView(), inspector.findingsView());
        QVERIFY(inspector.findingsView()->explanation()->toPlainText().contains(u"A note."_qs));
    }
};

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
