// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policywizard.h"

#include "check/checkservice.h"
#include "coveragepage.h"
#include "domainpage.h"
#include "modepage.h"
#include "outputpage.h"
#include "policydraft.h"
#include "preflightpage.h"
#include "reportingpage.h"

namespace Sts::Ui {

PolicyWizard::PolicyWizard(const Check::CheckOptions &options, QWidget *parent)
    : QWizard(parent)
    , m_service(new Check::CheckService(this))
    , m_draft(new PolicyDraft(this))
    , m_domainPage(new DomainPage(m_service, options, m_draft, this))
    , m_coveragePage(new CoveragePage(m_draft, this))
    , m_modePage(new ModePage(m_draft, this))
    , m_reportingPage(new ReportingPage(m_draft, this))
    , m_preflightPage(new PreflightPage(m_service, options, m_draft, this))
    , m_outputPage(new OutputPage(m_draft, this))
{
    setObjectName(QStringLiteral("policyWizard"));
    setWindowTitle(tr("MTA-STS Policy Wizard"));
    // The same look on every platform, so that screenshots and the manual match what users see.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(DomainPageId, m_domainPage);
    setPage(CoveragePageId, m_coveragePage);
    setPage(ModePageId, m_modePage);
    setPage(ReportingPageId, m_reportingPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(OutputPageId, m_outputPage);
    resize(980, 720);
}

PolicyWizard::~PolicyWizard()
{
    m_service->cancelAll(); // the service's destructor then joins a thread with nothing left to do
}

void PolicyWizard::setDomain(const QString &domain)
{
    m_domainPage->setDomain(domain);
}

} // namespace Sts::Ui
