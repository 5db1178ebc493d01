// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightpage.h"

#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "check/verdictjudge.h"
#include "models/findingsmodel.h"
#include "models/mxhostsmodel.h"
#include "policydraft.h"
#include "verdictbanner.h"
#include "views/resulttable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sts::Ui {

PreflightPage::PreflightPage(Check::CheckService *service, const Check::CheckOptions &options, PolicyDraft *draft,
                             QWidget *parent)
    : QWizardPage(parent)
    , m_service(service)
    , m_options(options)
    , m_draft(draft)
    , m_banner(new VerdictBanner(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_rerun(new QPushButton(tr("&Run again"), this))
    , m_hosts(new MxHostsModel(this))
    , m_findings(new FindingsModel(this))
    , m_hostsView(ResultTable::create(m_hosts, tr("MX hosts under the draft"), this))
    , m_findingsView(ResultTable::create(m_findings, tr("Why MX hosts would fail"), this))
    , m_policyHost(new QLabel(this))
    , m_blocker(new QLabel(this))
{
    setTitle(tr("Pre-flight: the draft against your MX hosts"));
    setSubTitle(tr("StsScope connects to every MX host as a sender would and judges it against the draft, as if "
                   "the draft were already published."));

    for (int column : {MxHostsModel::TlsVersionColumn, MxHostsModel::CipherColumn, MxHostsModel::DaysLeftColumn})
        m_hostsView->hideColumn(column);
    m_findingsView->setWordWrap(true);
    m_findingsView->hideColumn(FindingsModel::CodeColumn);
    m_findingsView->horizontalHeader()->setStretchLastSection(false);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    // Rows follow the wrapped message at the column's final width, not the width at first fill.
    m_findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    for (QLabel *label : {m_status, m_policyHost, m_blocker}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_blocker->font();
    bold.setBold(true);
    m_blocker->setFont(bold);
    m_cancel->setEnabled(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_rerun);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(statusRow);
    layout->addWidget(m_hostsView, 2);
    m_whyLabel = new QLabel(tr("Why:"), this);
    layout->addWidget(m_whyLabel);
    layout->addWidget(m_findingsView, 2);
    layout->addWidget(m_policyHost);
    layout->addWidget(m_blocker);

    connect(m_cancel, &QPushButton::clicked, this, &PreflightPage::cancel);
    connect(m_rerun, &QPushButton::clicked, this, &PreflightPage::run);
}

void PreflightPage::initializePage()
{
    run();
}

void PreflightPage::cleanupPage()
{
    cancel();
}

void PreflightPage::run()
{
    Check::CheckOptions options = m_options;
    options.assumedPolicy = m_draft->deployment().policy;
    delete m_check; // a replaced run delivers nothing more
    m_check = m_service->run(m_draft->domain(), options, this);
    connect(m_check, &Check::CheckHandle::progress, this, &PreflightPage::onProgress);
    connect(m_check, &Check::CheckHandle::finished, this, &PreflightPage::onFinished);
    Check::CheckResult pending;
    pending.domain = m_draft->domain();
    show(pending);
    m_status->setText(tr("Checking %1 against the draft…").arg(m_draft->domain()));
    m_cancel->setEnabled(true);
    m_rerun->setEnabled(false);
    Q_EMIT completeChanged();
}

void PreflightPage::cancel()
{
    if (m_check)
        m_check->cancel(); // finished() follows with what was collected
}

bool PreflightPage::isBusy() const
{
    return m_check && m_check->isRunning();
}

void PreflightPage::onProgress(const Check::CheckResult &snapshot)
{
    show(snapshot);
    m_status->setText(
        tr("Checking %1 against the draft… %n step(s) running", nullptr, static_cast<int>(snapshot.running.size()))
            .arg(snapshot.domain));
}

void PreflightPage::onFinished(const Check::CheckResult &result)
{
    m_cancel->setEnabled(false);
    m_rerun->setEnabled(true);
    show(result);
    m_status->setText(result.cancelled
                          ? tr("Stopped. Run the pre-flight again to continue.")
                          : tr("Checked in %1 s.").arg(QString::number(result.elapsedMs / 1000.0, 'f', 1)));
    Q_EMIT completeChanged();
}

void PreflightPage::show(const Check::CheckResult &result)
{
    m_result = result;
    Check::CheckResult banner = Check::VerdictJudge::forDisplay(result); // its sentences in the language shown
    if (result.complete && blocker().isEmpty() &&
        (result.verdict == Check::Verdict::Protected || result.verdict == Check::Verdict::Testing))
        banner.nextStep = tr("Publish the files of the next page, in the order given there."); // not the live advice
    m_banner->setResult(banner);
    m_hosts->setResult(banner);
    Findings why;
    for (const Check::MxHostResult &host : result.mx) {
        for (const Finding &finding : host.findings) {
            if (finding.severity >= Severity::Warning)
                why.append(finding);
        }
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            for (const Finding &finding : probe.findings) {
                if (finding.severity >= Severity::Warning)
                    why.append(finding);
            }
        }
    }
    m_findings->setFindings(why);
    m_whyLabel->setVisible(!why.isEmpty());
    m_findingsView->setVisible(!why.isEmpty());
    m_policyHost->setText(result.complete ? policyHostText() : QString());
    m_blocker->setText(blocker());
}

QString PreflightPage::policyHostText() const
{
    const QString host = QStringLiteral("mta-sts.") + m_result.domain;
    if (!m_result.fetch || !m_result.fetch->ok)
        return tr("%1 does not serve a policy yet. That is expected before you publish: the next page has the "
                  "policy file and the web server configuration.")
            .arg(host);
    if (m_result.fetch->response.body == m_result.assumedPolicy)
        return tr("%1 already serves this draft.").arg(host);
    return tr("%1 serves the published policy; replace it with the new mta-sts.txt, then change the id.").arg(host);
}

QString PreflightPage::blocker() const
{
    if (!m_result.complete || m_result.cancelled || m_draft->mode() != MtaSts::Mode::Enforce)
        return {};
    // MX left out of the mx lines were acknowledged on the coverage page; covered ones must pass.
    QStringList failing;
    bool anyDelivers = false;
    for (const Check::MxHostResult &host : m_result.mx) {
        anyDelivers = anyDelivers || host.wouldDeliver.value_or(false);
        // Enforce needs proof: a host this machine could not observe is not known to pass.
        if (!host.wouldDeliver.value_or(false) && !host.matchedPattern.isEmpty())
            failing.append(host.host);
    }
    if (!anyDelivers)
        return tr("With this draft in enforce mode, senders would deliver to none of the MX hosts. Go back and fix "
                  "the mx lines or the MX hosts, or publish in testing mode first.");
    if (failing.isEmpty())
        return {};
    return tr("With this draft in enforce mode, senders would not deliver to %1. Fix its STARTTLS and certificate, "
              "or publish in testing mode first.")
        .arg(failing.join(QStringLiteral(", ")));
}

bool PreflightPage::isComplete() const
{
    return !isBusy() && m_result.complete && !m_result.cancelled && blocker().isEmpty();
}

} // namespace Sts::Ui
