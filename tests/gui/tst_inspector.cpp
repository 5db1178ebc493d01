// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and the inspector against testbed domains: what the views show once a
// check has run, filtering, copying, exporting, several domains, cancelling. With
// STS_SCREENSHOT_DIR set it also saves a picture of every view (for the README).
#include "check/checkhistory.h"
#include "check/findingregistry.h"
#include "domaininspector.h"
#include "environmentindicator.h"
#include "mainwindow.h"
#include "models/certificatechainmodel.h"
#include "models/chaincomparisonmodel.h"
#include "models/dnsrecordsmodel.h"
#include "models/dnssecdisplay.h"
#include "models/findingsfilterproxy.h"
#include "models/findingsmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "models/policylinesmodel.h"
#include "settings/languageloader.h"
#include "testbedenvironment.h"
#include "verdictbanner.h"
#include "viewcopy.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/historyview.h"
#include "views/policyview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>

using namespace Sts;
using Ui::DomainInspector;
using Ui::MainWindow;

class TestInspector final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
    QSet<DomainInspector *> m_tested;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    //! Every model of \a inspector under QAbstractItemModelTester from its first result on, so
    //! that the live updates (resets, dataChanged) keep the models consistent.
    void testModels(DomainInspector *inspector)
    {
        if (m_tested.contains(inspector))
            return;
        m_tested.insert(inspector);
        const QList<QAbstractItemModel *> models{inspector->overviewModel(),
                                                 inspector->mxHostsModel(),
                                                 inspector->dnsModel(),
                                                 inspector->certificatesView()->model(),
                                                 inspector->certificatesView()->comparisonModel(),
                                                 inspector->policyView()->linesModel(),
                                                 inspector->findingsView()->model()};
        for (QAbstractItemModel *model : models)
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    //! Checks \a typed as a user would enter it; \a domain is its normalised form.
    DomainInspector *checked(const QString &typed, QString domain = {})
    {
        m_window->checkDomain(typed);
        DomainInspector *inspector = m_window->inspector(domain.isEmpty() ? typed : domain);
        if (!inspector)
            return nullptr;
        testModels(inspector);
        if (!QTest::qWaitFor([&] { return inspector->result().complete; }, 60000))
            return nullptr;
        return inspector;
    }

    //! \a inspector on its own, as a window of a usual size.
    static bool showAlone(DomainInspector &inspector)
    {
        inspector.resize(900, 600);
        inspector.show();
        return QTest::qWaitForWindowExposed(&inspector);
    }

    void screenshot(DomainInspector *inspector, int tab, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        inspector->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    //! An inspector that another domain's hides keeps what arrives and shows it when it is shown
    //! again, its footer too: the window does not lay out hidden pages on every snapshot.
    void hiddenInspectorShowsTheLatestWhenShown()
    {
        Ui::DomainInspector inspector;
        QVERIFY(showAlone(inspector));
        Check::CheckResult result;
        result.domain = u"hidden.example"_qs;
        result.running = {u"DNS MX hidden.example"_qs};
        inspector.setResult(result);
        QCOMPARE(inspector.mxHostsModel()->rowCount(), 0);
        inspector.hide();
        Check::MxHostResult host;
        host.host = u"mx.hidden.example"_qs;
        result.mx = {host};
        result.running.clear();
        result.complete = true;
        inspector.setResult(result);
        QVERIFY(inspector.result().complete); // kept at once
        QVERIFY(showAlone(inspector));
        QCOMPARE(inspector.mxHostsModel()->rowCount(), 1);
        QVERIFY(inspector.shownResult().complete);
        QVERIFY2(inspector.footer()->text().startsWith(u"Checked"_qs), qPrintable(inspector.footer()->text()));
    }

    //! An inspector opens for every domain checked: its tabs but Overview, MX hosts and DNS are
    //! made when first shown, with what the inspector was given before (issue 14, item 7).
    void tabsAreMadeWhenShown()
    {
        Ui::DomainInspector inspector;
        QVERIFY(showAlone(inspector));
        Check::CheckResult result;
        result.domain = u"lazy.example"_qs;
        result.findings = {Finding{u"sts.txt.missing"_qs,
                                   Severity::Warning,
                                   u"_mta-sts.lazy.example"_qs,
                                   u"No record."_qs,
                                   u"RFC 8461"_qs,
                                   0,
                                   {},
                                   {}}};
        inspector.setResult(result);
        QVERIFY(inspector.findChildren<Ui::FindingsView *>().isEmpty());
        QVERIFY(inspector.findChildren<Ui::CertificatesView *>().isEmpty());
        QVERIFY(inspector.findChildren<Ui::PolicyView *>().isEmpty());
        QVERIFY(inspector.findChildren<Ui::HistoryView *>().isEmpty());

        int findingsTab = -1;
        for (int tab = 0; tab < inspector.tabs()->count(); ++tab) {
            if (inspector.tabs()->tabText(tab).remove(u'&').startsWith(u"Findings")) // English: no translator
                findingsTab = tab;
        }
        QVERIFY(findingsTab >= 0);
        inspector.tabs()->setCurrentIndex(findingsTab);
        QCOMPARE(inspector.findChildren<Ui::FindingsView *>().size(), 1);
        auto *findings = qobject_cast<Ui::FindingsView *>(inspector.currentView());
        QVERIFY(findings);
        QVERIFY(findings->isVisible());
        QCOMPARE(findings->model()->rowCount(), 1); // the result given before it was made
        QVERIFY(inspector.findChildren<Ui::CertificatesView *>().isEmpty());

        // Asked for, a view is made hidden and kept up to date from then on.
        Ui::PolicyView *policy = inspector.policyView();
        QVERIFY(policy);
        QCOMPARE(inspector.policyView(), policy);
        QVERIFY(!policy->isVisible());
        result.findings.clear();
        inspector.setResult(result);
        QCOMPARE(findings->model()->rowCount(), 0);
        inspector.showView(policy);
        QVERIFY(policy->isVisible());
        QCOMPARE(inspector.currentView(), policy);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // history and window state stay out of the user's settings
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running");
        const Check::CheckOptions options = Test::testbedCheckOptions(m_env, 5);
        m_window = std::make_unique<MainWindow>(options, m_dataDir.filePath(QStringLiteral("history.sqlite")));
        m_window->resize(1200, 760);
        m_window->show();
    }

    void healthyDomain()
    {
        DomainInspector *inspector = checked(QStringLiteral("healthy.test"));
        QVERIFY(inspector);
        QCOMPARE(inspector->result().verdict, Check::Verdict::Protected);
        QCOMPARE(inspector->banner()->headline(), Check::verdictText(Check::Verdict::Protected));
        QCOMPARE(inspector->mxHostsModel()->rowCount(), 2);
        // Nothing left to cancel once the check has ended.
        const QList<QPushButton *> buttons = m_window->findChildren<QPushButton *>();
        const auto cancel = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
            return button->text() == MainWindow::tr("C&ancel");
        });
        QVERIFY(cancel != buttons.cend());
        QVERIFY(!(*cancel)->isEnabled());
        // The status bar knows where the check ran from: port 25 and DNSSEC pass through here.
        const auto *environment = m_window->findChild<Ui::EnvironmentIndicator *>();
        QVERIFY(environment);
        QTRY_COMPARE(environment->environment().smtpPort25, Check::Environment::Port25::Open);
        QTRY_COMPARE(environment->environment().resolverDnssec, Check::Environment::ResolverDnssec::Validating);
        QVERIFY(!environment->environment().limitsTheView());
        QVERIFY(environment->details().contains(Check::Environment().describe().constLast())); // "proxy: none"
        // The testbed's zones are signed and the trust anchor given: both addresses validate.
        for (int row = 0; row < 2; ++row) {
            const QModelIndex dnssec = inspector->mxHostsModel()->index(row, Ui::MxHostsModel::DnssecColumn);
            QCOMPARE(dnssec.data().toString(), Ui::DnssecDisplay::text(Net::DnssecStatus::Secure));
            QVERIFY(!dnssec.data(Qt::DecorationRole).value<QIcon>().isNull());
        }

        // Certificates: the policy host and both MX, each chain leaf and intermediate.
        Ui::CertificatesView *certificates = inspector->certificatesView();
        const auto &endpoints = certificates->model()->endpoints();
        QCOMPARE(endpoints.size(), 3);
        for (const auto &endpoint : endpoints) {
            QVERIFY2(endpoint.chain.valid(), qPrintable(endpoint.label));
            QCOMPARE(certificates->model()->rowCount(certificates->model()->index(int(&endpoint - &endpoints[0]), 0)),
                     2);
        }
        certificates->select(1, 0);
        QVERIFY(certificates->details()->toPlainText().contains(u"(matches mx1.healthy.test)"));
        QVERIFY(certificates->selectedChainPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(certificates->selectedChainPem().count("BEGIN CERTIFICATE"), 2);
        Ui::ChainComparisonModel *comparison = certificates->comparisonModel();
        QCOMPARE(comparison->columnCount(), 3);
        QVERIFY(comparison->index(Ui::ChainComparisonModel::Sha256Row, 0)
                    .data(Ui::ChainComparisonModel::DiffersRole)
                    .toBool());
        QVERIFY(!comparison->index(Ui::ChainComparisonModel::VerificationRow, 0)
                     .data(Ui::ChainComparisonModel::DiffersRole)
                     .toBool());

        // Policy: five CRLF lines, shown without the CR; the HTTP exchange with its headers.
        Ui::PolicyView *policy = inspector->policyView();
        QCOMPARE(policy->linesModel()->rowCount(), 5);
        QCOMPARE(policy->linesModel()->index(1, Ui::PolicyLinesModel::TextColumn).data().toString(),
                 u"mode: enforce"_qs);
        QVERIFY(!policy->headersModel()->findItems(QStringLiteral("Content-Type"), Qt::MatchFixedString).isEmpty());
        QVERIFY(policy->summary()->text().contains(u"enforce"));

        screenshot(inspector, 0, QStringLiteral("overview"));
        screenshot(inspector, 1, QStringLiteral("mx-hosts"));
        screenshot(inspector, 2, QStringLiteral("certificates"));
        screenshot(inspector, 3, QStringLiteral("policy"));
        screenshot(inspector, 4, QStringLiteral("dns"));
    }

    void certificateForAnotherName()
    {
        DomainInspector *inspector = checked(QStringLiteral("mx-cert-name.test"));
        QVERIFY(inspector);
        QCOMPARE(inspector->result().verdict, Check::Verdict::Broken);
        const auto &endpoints = inspector->certificatesView()->model()->endpoints();
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(TlsRpt::resultTypeName(endpoints.at(1).chain.resultType), u"certificate-host-mismatch"_qs);
        // The banner names the cause in words and leads to its finding.
        auto *banner = inspector->findChild<Ui::VerdictBanner *>();
        QVERIFY2(banner->cause().contains(u"is for www.other-domain.test, not mx1.mx-cert-name.test"_qs),
                 qPrintable(banner->cause()));
        Q_EMIT banner->findingRequested(inspector->result().causeCode, inspector->result().causeSubject);
        QCOMPARE(inspector->currentView(), inspector->findingsView());
        const QModelIndex selected = inspector->findingsView()->table()->currentIndex();
        QVERIFY(selected.isValid());
        QCOMPARE(selected.siblingAtColumn(Ui::FindingsModel::CodeColumn).data().toString(),
                 inspector->result().causeCode);
        inspector->tabs()->setCurrentIndex(0);

        // Findings: problems by default, everything on request, and a text filter.
        Ui::FindingsView *findings = inspector->findingsView();
        const Findings &all = findings->model()->findings();
        const auto problems = std::count_if(
            all.cbegin(), all.cend(), [](const Finding &finding) { return finding.severity >= Severity::Warning; });
        QCOMPARE(findings->proxy()->rowCount(), int(problems));
        findings->severityFilter()->setCurrentIndex(2); // everything
        QCOMPARE(findings->proxy()->rowCount(), int(all.size()));
        findings->findChild<QLineEdit *>()->setText(QStringLiteral("tls.cert.host-mismatch"));
        QCOMPARE(findings->proxy()->rowCount(), 1);
        findings->table()->selectRow(0);
        QVERIFY(findings->explanation()->toPlainText().contains(u"Man-in-the-middle"));
        QVERIFY(Ui::ViewCopy::selectedText(findings->table()).contains(u"tls.cert.host-mismatch"));
        screenshot(inspector, 5, QStringLiteral("findings"));
        findings->findChild<QLineEdit *>()->clear();
        findings->severityFilter()->setCurrentIndex(0);
    }

    //! While the GUI shows German, a check still makes its sentences in English, as the CLI
    //! does: its JSON and the stored history do not depend on the language of the moment. The
    //! inspector makes them again in German where it shows them (issue 14, item 6).
    void sentencesInTheLanguageShownJsonInEnglish()
    {
        Ui::LanguageLoader german;
        QVERIFY(german.install(QLocale(QStringLiteral("de"))));
        const auto english = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English)); });
        DomainInspector *inspector = checked(QStringLiteral("mx-cert-name.test"));
        QVERIFY(inspector);
        const QString englishCause = u"The certificate of mx1.mx-cert-name.test is for www.other-domain.test, not "
                                     u"mx1.mx-cert-name.test."_qs;
        QCOMPARE(inspector->result().cause, englishCause);
        QCOMPARE(inspector->result().toJson().value(u"cause").toObject().value(u"text").toString(), englishCause);
        const QString germanCause =
            QCoreApplication::translate("VerdictJudge", "The certificate of %1 is for %2, not %1.")
                .arg(u"mx1.mx-cert-name.test"_qs, u"www.other-domain.test"_qs);
        QVERIFY2(germanCause != englishCause, "no German for the cause");
        QCOMPARE(inspector->banner()->cause(), germanCause);
        QVERIFY(inspector->shownResult().summary != inspector->result().summary);
        // A finding the check made is English too, and German in the findings view.
        QVERIFY(!inspector->result().findings.isEmpty());
        const Finding &first = inspector->result().findings.constFirst();
        QVERIFY(Check::displayMessage(first) != first.message);
    }

    void exportsJsonAndHtml()
    {
        QTemporaryDir dir;
        const auto saved = [this](const QString &path, MainWindow::ExportFormat format) {
            const Result<void> exported = m_window->exportCurrent(path, format);
            return exported ? QString() : exported.error().message;
        };
        const QString json = dir.filePath(QStringLiteral("result.json"));
        QCOMPARE(saved(json, MainWindow::ExportFormat::Json), QString());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(object.value(u"domain").toString(), m_window->currentInspector()->result().domain);
        QCOMPARE(object, m_window->currentInspector()->result().toJson());

        const QString html = dir.filePath(QStringLiteral("result.html"));
        QCOMPARE(saved(html, MainWindow::ExportFormat::Html), QString());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("mx-cert-name.test"));
        QVERIFY(page.contains("certificate-host-mismatch"));
        QVERIFY(!page.contains("<script"));
        const Result<void> refused =
            m_window->exportCurrent(QStringLiteral("/nonexistent/dir/x.json"), MainWindow::ExportFormat::Json);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"file.write-failed"_qs);
        QVERIFY(refused.error().message.contains(u"/nonexistent/dir/x.json"));
    }

    void domainsSideBySide()
    {
        auto *list = m_window->findChild<QStandardItemModel *>();
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        QVERIFY(m_window->inspector(QStringLiteral("healthy.test")) != m_window->inspector(u"mx-cert-name.test"_qs));
        // Entering a known domain again re-checks it in its own inspector, no new entry.
        QVERIFY(checked(QStringLiteral("HEALTHY.test."), QStringLiteral("healthy.test")));
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(m_window->currentInspector(), m_window->inspector(QStringLiteral("healthy.test")));

        // The first check is now history, and nothing that matters changed since.
        Ui::HistoryView *history = m_window->currentInspector()->historyView();
        QTRY_COMPARE(history->checksModel()->rowCount(), 1); // read in the history's thread
        QCOMPARE(history->checksModel()->index(0, 1).data().toString(), Check::verdictText(Check::Verdict::Protected));
        QTRY_COMPARE(history->changesModel()->rowCount(), 1);
        QCOMPARE(history->changesModel()->index(0, 0).data().toString(), u"Nothing changed."_qs);
        screenshot(m_window->currentInspector(), 6, QStringLiteral("history"));
    }

    QLabel *entryNote() const
    {
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        const auto note = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->accessibleName() == MainWindow::tr("About the domain entered");
        });
        return note == labels.cend() ? nullptr : *note;
    }

    void refusesWhatIsNoDomain()
    {
        const int domains = m_window->findChild<QStandardItemModel *>()->rowCount();
        for (const QString &typed : {u"not a domain"_qs, u"192.0.2.1"_qs, u"<b>x</b>"_qs}) {
            m_window->checkDomain(typed);
            QCOMPARE(m_window->findChild<QStandardItemModel *>()->rowCount(), domains);
            QLabel *note = entryNote();
            QVERIFY(note && note->isVisible());
            QVERIFY2(note->text().contains(typed), qPrintable(note->text()));
            QCOMPARE(note->textFormat(), Qt::PlainText); // "<b>x</b>" is shown, not rendered
        }
    }

    //! What people paste: the domain is taken out, said, and checked once.
    void takesTheDomainOutOfWhatIsPasted_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("domain");
        QTest::newRow("mail address") << u"postmaster@Healthy.Test"_qs << u"healthy.test"_qs;
        QTest::newRow("policy URL") << u"https://mta-sts.testing.test/"_qs << u"testing.test"_qs;
    }

    void takesTheDomainOutOfWhatIsPasted()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, domain);
        m_window->checkDomain(pasted);
        QVERIFY(m_window->inspector(domain));
        QVERIFY(!m_window->inspector(pasted));
        QCOMPARE(m_window->domainEntry()->currentText(), domain);
        QLabel *note = entryNote();
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(domain), qPrintable(note->text()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->inspector(domain)->result().complete, 30000);
        QVERIFY(m_window->inspector(domain)->result().verdict != Check::Verdict::Broken);
    }

    void cancelsASlowCheck()
    {
        m_window->checkDomain(QStringLiteral("mx-slow-banner.test"));
        DomainInspector *inspector = m_window->inspector(QStringLiteral("mx-slow-banner.test"));
        QVERIFY(inspector);
        QTest::qWait(300);
        QVERIFY(!inspector->result().complete);
        m_window->cancelCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->result().complete, 5000);
        QVERIFY(inspector->result().cancelled);
        // Not BROKEN: the slow banner never came because of the user's Cancel, not the domain.
        QCOMPARE(inspector->result().verdict, Check::Verdict::Cancelled);
        QCOMPARE(inspector->findChild<Ui::VerdictBanner *>()->headline(),
                 Check::verdictText(Check::Verdict::Cancelled));
        // ... and never recorded as the domain's verdict.
        Check::CheckHistory history;
        const Sts::Result<void> opened = history.open(m_dataDir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QVERIFY(history.entries(QStringLiteral("mx-slow-banner.test")).isEmpty());
        QVERIFY(!history.entries(QStringLiteral("healthy.test")).isEmpty()); // what was recorded is there
    }

    //! Checking a domain again drops the check that runs: its cancelled result never reaches
    //! the inspector, which shows the new check until it ends.
    void recheckReplacesTheRunningCheck()
    {
        const QString domain = QStringLiteral("mx-slow-banner.test");
        m_window->checkDomain(domain);
        DomainInspector *inspector = m_window->inspector(domain);
        QVERIFY(inspector);
        QTest::qWait(300);
        QVERIFY(!inspector->result().complete);
        m_window->checkDomain(domain); // cancels the first check, whose result would come at once
        QCOMPARE(m_window->inspector(domain), inspector);
        QTest::qWait(300);
        QVERIFY(!inspector->result().complete);
        QVERIFY(!inspector->result().cancelled);
        m_window->cancelCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->result().complete, 5000);
        QVERIFY(inspector->result().cancelled);
    }

    //! DANE-TA: the MX hosts view says pass per address, the chain view names the record and
    //! marks the anchor it matched (depth 1: the intermediate), the overview lists the threats.
    void daneShowsWhichRecordMatched()
    {
        DomainInspector *inspector = checked(QStringLiteral("dane-ta.test"));
        QVERIFY(inspector);
        QCOMPARE(inspector->result().verdict, Check::Verdict::Protected);
        Ui::MxHostsModel *mx = inspector->mxHostsModel();
        for (int row = 0; row < mx->rowCount(); ++row)
            QCOMPARE(mx->index(row, Ui::MxHostsModel::DaneColumn).data().toString(), u"pass"_qs);
        Ui::CertificateChainModel *chains = inspector->certificatesView()->model();
        const QModelIndex endpoint = chains->index(0, Ui::CertificateChainModel::DaneColumn);
        QCOMPARE(endpoint.data().toString(), u"pass"_qs);
        const QModelIndex first = chains->index(0, 0);
        QVERIFY(chains->index(0, Ui::CertificateChainModel::DaneColumn, first).data().isNull());
        QVERIFY(chains->index(1, Ui::CertificateChainModel::DaneColumn, first)
                    .data()
                    .toString()
                    .startsWith(u"matches TLSA 2 "_qs));
        screenshot(inspector, 2, QStringLiteral("dane-certificates"));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
