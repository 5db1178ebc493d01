// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the policy wizard against testbed domains as a user would: typing, clicking Next (which
// a page refuses while it is incomplete), editing mx lines, mode, max_age and report addresses.
// Checks what each page shows, that the generated files pass the project's linters, and that
// they are byte for byte what `stsscope-cli policy generate --out` writes for the same choices.
#include "mainwindow.h"
#include "models/findingsmodel.h"
#include "models/mxhostsmodel.h"
#include "mtasts/policy.h"
#include "mtasts/stsrecord.h"
#include "testbedenvironment.h"
#include "tlsrpt/tlsrptrecord.h"
#include "wizard/coveragepage.h"
#include "wizard/domainpage.h"
#include "wizard/modepage.h"
#include "wizard/mxlinesmodel.h"
#include "wizard/outputpage.h"
#include "wizard/policydraft.h"
#include "wizard/policywizard.h"
#include "wizard/preflightpage.h"
#include "wizard/providerrecordsmodel.h"
#include "wizard/reportingpage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;
using namespace Sts::Ui;

namespace {

constexpr int CheckTimeoutMs = 60000;

//! The pattern of every row of a model column, e.g. the mx lines.
QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

class TestPolicyWizard final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    Check::CheckOptions m_options;
    std::unique_ptr<PolicyWizard> m_wizard;

    //! A fresh wizard with \a domain typed in and looked up.
    bool lookUp(const QString &domain)
    {
        m_wizard = std::make_unique<PolicyWizard>(m_options);
        m_wizard->show();
        QLineEdit *edit = m_wizard->domainPage()->domainEdit();
        QTest::keyClicks(edit, domain);
        QTest::keyClick(edit, Qt::Key_Return);
        return QTest::qWaitFor([&] { return m_wizard->domainPage()->isComplete(); }, CheckTimeoutMs);
    }

    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }

    //! Clicks Next; true when the wizard moved on to \a page.
    bool next(PolicyWizard::PageId page)
    {
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        return m_wizard->currentId() == page;
    }

    bool preflightDone()
    {
        return QTest::qWaitFor([&] { return m_wizard->preflightPage()->result().complete; }, CheckTimeoutMs);
    }

    //! Runs the CLI with \a arguments and returns the files it wrote, by name.
    static QHash<QString, QByteArray> cliFiles(const QStringList &arguments, const QString &directory)
    {
        QProcess cli;
        cli.start(QStringLiteral(STS_CLI_PATH),
                  QStringList{u"policy"_qs, u"generate"_qs} + arguments + QStringList{u"--out"_qs, directory});
        if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
            qWarning("stsscope-cli: %s", cli.readAllStandardError().constData());
        QHash<QString, QByteArray> files;
        for (const QString &name : QDir(directory).entryList(QDir::Files)) {
            QFile file(QDir(directory).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                files.insert(name, file.readAll());
        }
        return files;
    }

    //! The output page's files pass the linters, save to a folder unchanged, and equal the CLI's.
    void checkOutput(const QStringList &cliArguments)
    {
        OutputPage *output = m_wizard->outputPage();
        const MtaSts::Deployment &deployment = output->deployment();
        QVERIFY(deployment.ok);
        const MtaSts::Policy policy = MtaSts::Policy::parse(deployment.policy);
        QVERIFY(policy.valid);
        for (const Finding &finding : policy.findings)
            QVERIFY2(finding.severity < Severity::Warning, qPrintable(finding.code));
        QVERIFY(MtaSts::StsRecord::lint({TxtRecord::fromText(deployment.stsRecordValue)}).valid);
        if (!deployment.tlsRptRecordValue.isEmpty())
            QVERIFY(TlsRpt::TlsRptRecord::lint({TxtRecord::fromText(deployment.tlsRptRecordValue)}).valid);

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Result<void> written = output->saveAll(directory.filePath(u"wizard"_qs));
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        const QHash<QString, QByteArray> cli =
            cliFiles(cliArguments + QStringList{u"--id"_qs, deployment.id}, directory.filePath(u"cli"_qs));
        QCOMPARE(cli.size(), output->files().size());
        for (const MtaSts::DeploymentFile &file : output->files()) {
            QFile saved(QDir(directory.filePath(u"wizard"_qs)).filePath(file.name));
            QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(file.name));
            QCOMPARE(saved.readAll(), file.content);
            QVERIFY2(cli.value(file.name) == file.content, qPrintable(u"differs from the CLI's: "_qs + file.name));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running");
        m_options = Test::testbedCheckOptions(m_env, 5);
    }

    void cleanup() { m_wizard.reset(); }

    //! healthy.test publishes an enforce policy that covers both MX: the wizard starts from it,
    //! keeps its lines, and bumps the id when max_age changes.
    void healthyDomainWithFullCoverage()
    {
        QVERIFY(lookUp(u"healthy.test"_qs));
        DomainPage *domain = m_wizard->domainPage();
        QCOMPARE(domain->result().policyStatus, Check::PolicyStatus::Valid);
        QVERIFY(m_wizard->draft()->hasLivePolicy() == false); // the draft starts when Next is pressed
        QVERIFY(next(PolicyWizard::CoveragePageId));
        QVERIFY(m_wizard->draft()->hasLivePolicy());

        CoveragePage *coverage = m_wizard->coveragePage();
        QAbstractItemModelTester linesTester(coverage->linesModel());
        QAbstractItemModelTester hostsTester(coverage->hostsModel());
        QCOMPARE(coverage->linesModel()->patterns(), (QStringList{u"mx1.healthy.test"_qs, u"mx2.healthy.test"_qs}));
        QCOMPARE(column(coverage->linesModel(), MxLinesModel::CoversColumn),
                 (QStringList{u"mx1.healthy.test"_qs, u"mx2.healthy.test"_qs}));
        QVERIFY(coverage->linesModel()->plan().complete());
        QVERIFY(coverage->leaveOutBox()->isHidden());
        QCOMPARE(coverage->warnings(), QString());
        QCOMPARE(coverage->changes(), u"The same mx lines as the published policy."_qs);
        QCOMPARE(column(coverage->hostsModel(), MxHostsModel::DeliverColumn), (QStringList{u"yes"_qs, u"yes"_qs}));
        QVERIFY(next(PolicyWizard::ModePageId));

        ModePage *mode = m_wizard->modePage();
        QCOMPARE(m_wizard->draft()->mode(), MtaSts::Mode::Enforce); // from the live policy
        QCOMPARE(mode->maxAge(), std::optional<qint64>(86400));
        QVERIFY(mode->advice().contains(u"under a week"_qs));
        QVERIFY(mode->reportsCheckedBox()->isHidden()); // already enforcing: nothing to confirm
        // Out of range is refused, with a reason, and Next stays disabled.
        QVERIFY(!mode->setMaxAge(366, 86400));
        QVERIFY(mode->error().contains(u"31557600"_qs));
        QVERIFY(!nextButton()->isEnabled());
        QVERIFY(!next(PolicyWizard::ReportingPageId));
        QCOMPARE(m_wizard->draft()->maxAge(), qint64(86400)); // the draft never holds a refused value
        QVERIFY(mode->setMaxAge(2, 604800));
        QVERIFY(mode->error().isEmpty());
        QVERIFY(next(PolicyWizard::ReportingPageId));

        ReportingPage *reporting = m_wizard->reportingPage();
        QCOMPARE(reporting->addresses(), QStringList{u"mailto:tlsrpt@healthy.test"_qs}); // the live record's
        reporting->addAddress(u"http://reports.healthy.test/"_qs);
        QVERIFY(!reporting->problems().isEmpty());
        QCOMPARE(reporting->problems().first().code, u"tlsrpt.rua.scheme"_qs);
        QVERIFY(!nextButton()->isEnabled());
        reporting->removeAddress(1);
        QVERIFY(reporting->problems().isEmpty());
        QTest::keyClicks(reporting->addressEdit(), u"postmaster@healthy.test"_qs);
        QTest::keyClick(reporting->addressEdit(), Qt::Key_Return);
        QCOMPARE(reporting->addresses(),
                 (QStringList{u"mailto:tlsrpt@healthy.test"_qs, u"mailto:postmaster@healthy.test"_qs}));
        QVERIFY(next(PolicyWizard::PreflightPageId));

        PreflightPage *preflight = m_wizard->preflightPage();
        QAbstractItemModelTester preflightTester(preflight->hostsModel());
        QVERIFY(preflightDone());
        QCOMPARE(preflight->result().assumedPolicy, std::optional(m_wizard->draft()->deployment().policy));
        QCOMPARE(preflight->result().verdict, Check::Verdict::Protected);
        QCOMPARE(preflight->result().policy.maxAge, std::optional<qint64>(1209600)); // the draft, not the live one
        QCOMPARE(preflight->blocker(), QString());
        QVERIFY(next(PolicyWizard::OutputPageId));

        OutputPage *output = m_wizard->outputPage();
        QAbstractItemModelTester recordsTester(output->recordsModel());
        QCOMPARE(output->recordsModel()->rowCount(), 2);
        QVERIFY(!output->deployment().idKept);
        QVERIFY(output->deployment().id != u"20260101T000000"_qs);
        QVERIFY(output->summary().contains(u"changes from 20260101T000000 to "_qs + output->deployment().id));
        QVERIFY(output->diff().contains(u"- max_age: 86400\n+ max_age: 1209600\n"_qs));
        QCOMPARE(output->tabs()->tabText(output->tabs()->count() - 1), u"Changes"_qs);
        checkOutput({u"--domain"_qs, u"healthy.test"_qs, u"--mode"_qs, u"enforce"_qs, u"--mx"_qs,
                     u"mx1.healthy.test"_qs, u"--mx"_qs, u"mx2.healthy.test"_qs, u"--max-age"_qs, u"1209600"_qs,
                     u"--rua"_qs, u"mailto:tlsrpt@healthy.test"_qs, u"--rua"_qs, u"mailto:postmaster@healthy.test"_qs});
    }

    //! An unchanged policy keeps its id: nothing needs republishing in DNS.
    void unchangedPolicyKeepsItsId()
    {
        QVERIFY(lookUp(u"healthy.test"_qs));
        for (auto page : {PolicyWizard::CoveragePageId, PolicyWizard::ModePageId, PolicyWizard::ReportingPageId,
                          PolicyWizard::PreflightPageId})
            QVERIFY(next(page));
        QVERIFY(preflightDone());
        QVERIFY(next(PolicyWizard::OutputPageId));
        const MtaSts::Deployment &deployment = m_wizard->outputPage()->deployment();
        QVERIFY(deployment.idKept);
        QCOMPARE(deployment.id, u"20260101T000000"_qs);
        QVERIFY(!m_wizard->outputPage()->diff().contains(u"\n+"_qs));
    }

    //! mx-uncovered.test's live policy misses mx2: the wizard adds it, warns when it is left
    //! out, and asks for a confirmation before going on without it.
    void mxMissingFromTheLivePolicy()
    {
        QVERIFY(lookUp(u"mx-uncovered.test"_qs));
        QVERIFY(next(PolicyWizard::CoveragePageId));
        CoveragePage *coverage = m_wizard->coveragePage();
        MxLinesModel *lines = coverage->linesModel();
        QAbstractItemModelTester linesTester(lines); // rows are removed, added and edited below
        QCOMPARE(lines->patterns(), (QStringList{u"mx1.mx-uncovered.test"_qs, u"mx2.mx-uncovered.test"_qs}));
        QCOMPARE(coverage->changes(), u"Against the published policy, this adds mx2.mx-uncovered.test."_qs);
        QVERIFY(nextButton()->isEnabled());

        // As published: mx2 is left out, which needs a warning and an explicit confirmation.
        lines->removeLine(1);
        QCOMPARE(lines->plan().uncovered, QStringList{u"mx2.mx-uncovered.test"_qs});
        QVERIFY(coverage->warnings().contains(u"Left out: mx2.mx-uncovered.test"_qs));
        QVERIFY(coverage->leaveOutBox()->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        QCOMPARE(column(coverage->hostsModel(), MxHostsModel::DeliverColumn), (QStringList{u"yes"_qs, u"no"_qs}));
        coverage->leaveOutBox()->setChecked(true);
        QVERIFY(nextButton()->isEnabled());

        // A pattern that is no pattern is refused until it is fixed.
        const QModelIndex added = lines->appendLine();
        QVERIFY(lines->setData(added, u"mx.*.mx-uncovered.test"_qs, Qt::EditRole));
        QVERIFY(!nextButton()->isEnabled());
        QVERIFY(lines->index(added.row(), MxLinesModel::NotesColumn).data().toString().contains(u"wildcard"_qs));
        QVERIFY(lines->setData(added, u"mx: *.mx-uncovered.test"_qs, Qt::EditRole)); // a pasted policy line
        QCOMPARE(lines->patterns().last(), u"*.mx-uncovered.test"_qs);
        QCOMPARE(lines->index(added.row(), MxLinesModel::CoversColumn).data().toString(),
                 u"mx1.mx-uncovered.test, mx2.mx-uncovered.test"_qs);
        QVERIFY(lines->plan().complete());
        QVERIFY(coverage->leaveOutBox()->isHidden());

        // Proposing again, one line per MX.
        auto *style = coverage->findChild<QComboBox *>();
        style->setCurrentIndex(style->findData(int(MtaSts::CoveragePlanner::Style::ExactNames)));
        const auto buttons = coverage->findChildren<QPushButton *>();
        const auto propose = std::find_if(buttons.cbegin(), buttons.cend(),
                                          [](QPushButton *button) { return button->text() == u"&Propose"; });
        QVERIFY(propose != buttons.cend());
        QTest::mouseClick(*propose, Qt::LeftButton);
        QCOMPARE(lines->patterns(), (QStringList{u"mx1.mx-uncovered.test"_qs, u"mx2.mx-uncovered.test"_qs}));
        QCOMPARE(m_wizard->draft()->patterns(), lines->patterns());

        for (auto page : {PolicyWizard::ModePageId, PolicyWizard::ReportingPageId, PolicyWizard::PreflightPageId})
            QVERIFY(next(page));
        QVERIFY(preflightDone());
        const Check::CheckResult &preflight = m_wizard->preflightPage()->result();
        QCOMPARE(preflight.verdict, Check::Verdict::Protected); // live it is broken
        QCOMPARE(preflight.mx.at(1).matchedPattern, u"mx2.mx-uncovered.test"_qs);
        QVERIFY(next(PolicyWizard::OutputPageId));
        QVERIFY(
            m_wizard->outputPage()->diff().contains(u"  mx: mx1.mx-uncovered.test\n+ mx: mx2.mx-uncovered.test\n"_qs));
        QVERIFY(!m_wizard->outputPage()->deployment().idKept);
        checkOutput({u"--domain"_qs, u"mx-uncovered.test"_qs, u"--mode"_qs, u"enforce"_qs, u"--mx"_qs,
                     u"mx1.mx-uncovered.test"_qs, u"--mx"_qs, u"mx2.mx-uncovered.test"_qs, u"--max-age"_qs, u"86400"_qs,
                     u"--rua"_qs, u"mailto:tlsrpt@mx-uncovered.test"_qs});
    }

    //! A domain with no policy at all: the path a new user takes to a testing deployment, and the
    //! confirmation the wizard asks for before a jump to enforce.
    void firstDeploymentInTestingMode()
    {
        QVERIFY(lookUp(u"no-sts.test"_qs));
        QVERIFY(next(PolicyWizard::CoveragePageId));
        QCOMPARE(m_wizard->coveragePage()->linesModel()->patterns(), QStringList{u"mx1.no-sts.test"_qs});
        QVERIFY(m_wizard->coveragePage()->changes().isEmpty());
        QVERIFY(next(PolicyWizard::ModePageId));
        ModePage *mode = m_wizard->modePage();
        QCOMPARE(m_wizard->draft()->mode(), MtaSts::Mode::Testing);
        QCOMPARE(mode->maxAge(), std::optional<qint64>(86400));
        mode->setMode(MtaSts::Mode::Enforce);
        QVERIFY(mode->reportsCheckedBox()->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        mode->applyRecommendation(); // step 1: testing, one day
        QCOMPARE(m_wizard->draft()->mode(), MtaSts::Mode::Testing);
        QVERIFY(mode->reportsCheckedBox()->isHidden());
        QVERIFY(next(PolicyWizard::ReportingPageId));
        QCOMPARE(m_wizard->reportingPage()->addresses(), QStringList{u"mailto:tlsrpt@no-sts.test"_qs});
        QVERIFY(next(PolicyWizard::PreflightPageId));
        QVERIFY(preflightDone());
        QCOMPARE(m_wizard->preflightPage()->result().verdict, Check::Verdict::Testing);
        QVERIFY(next(PolicyWizard::OutputPageId));
        OutputPage *output = m_wizard->outputPage();
        QVERIFY(output->summary().startsWith(u"New policy with id "_qs));
        QVERIFY(output->diff().isEmpty());
        QCOMPARE(output->deployment().policy,
                 QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx1.no-sts.test\r\nmax_age: 86400\r\n"));
        checkOutput({u"--domain"_qs, u"no-sts.test"_qs, u"--mode"_qs, u"testing"_qs, u"--mx"_qs, u"mx1.no-sts.test"_qs,
                     u"--max-age"_qs, u"86400"_qs, u"--rua"_qs, u"mailto:tlsrpt@no-sts.test"_qs});
    }

    //! testing.test's mx2 has an expired certificate: the coverage page says so, and an enforce
    //! draft cannot pass the pre-flight.
    void enforceStoppedByAFailingMx()
    {
        QVERIFY(lookUp(u"testing.test"_qs));
        QVERIFY(next(PolicyWizard::CoveragePageId));
        QVERIFY(m_wizard->coveragePage()->warnings().contains(
            u"mx2.testing.test fails validation (certificate-expired)"_qs));
        QVERIFY(next(PolicyWizard::ModePageId));
        ModePage *mode = m_wizard->modePage();
        mode->applyRecommendation(); // step 2 from testing: enforce, two weeks
        QCOMPARE(m_wizard->draft()->mode(), MtaSts::Mode::Enforce);
        QCOMPARE(mode->maxAge(), std::optional<qint64>(1209600));
        QVERIFY(!nextButton()->isEnabled());
        mode->reportsCheckedBox()->setChecked(true);
        QVERIFY(next(PolicyWizard::ReportingPageId));
        QVERIFY(next(PolicyWizard::PreflightPageId));
        QVERIFY(preflightDone());
        PreflightPage *preflight = m_wizard->preflightPage();
        QCOMPARE(preflight->result().verdict, Check::Verdict::Broken);
        QVERIFY(preflight->blocker().contains(u"mx2.testing.test"_qs));
        QVERIFY(!nextButton()->isEnabled());
        QVERIFY(!next(PolicyWizard::OutputPageId));
        QVERIFY(preflight->findingsModel()->rowCount() > 0);
    }

    void refusesWhatIsNoDomain()
    {
        m_wizard = std::make_unique<PolicyWizard>(m_options);
        m_wizard->show();
        QTest::keyClicks(m_wizard->domainPage()->domainEdit(), u"not a domain"_qs);
        QTest::keyClick(m_wizard->domainPage()->domainEdit(), Qt::Key_Return);
        QVERIFY(!m_wizard->domainPage()->isBusy());
        QVERIFY(!nextButton()->isEnabled());
    }

    //! A lookup that hangs on a black-holed MX can be stopped; the page then asks for a new one.
    void stopsALookup()
    {
        m_wizard = std::make_unique<PolicyWizard>(m_options);
        m_wizard->show();
        m_wizard->setDomain(u"mx-blackhole.test"_qs);
        QVERIFY(m_wizard->domainPage()->isBusy());
        QTest::qWait(300);
        const auto stop = m_wizard->domainPage()->findChildren<QPushButton *>();
        const auto button = std::find_if(stop.cbegin(), stop.cend(),
                                         [](QPushButton *candidate) { return candidate->text() == u"&Stop"; });
        QVERIFY(button != stop.cend() && (*button)->isEnabled());
        QTest::mouseClick(*button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->domainPage()->isBusy(), 5000);
        QVERIFY(m_wizard->domainPage()->result().cancelled);
        QVERIFY(!nextButton()->isEnabled());
    }

    void openedFromTheToolsMenu()
    {
        MainWindow window(m_options);
        window.show();
        QAction *action = nullptr;
        for (QAction *candidate : window.menuBar()->findChildren<QAction *>()) {
            if (candidate->text() == u"&Policy wizard…")
                action = candidate;
        }
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        action->trigger();
        auto *wizard = window.findChild<PolicyWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->close();
    }
};

QTEST_MAIN(TestPolicyWizard)
#include "tst_policywizard.moc"
