// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "tlsrpt/reportlibrary.h"

#include <QWizard>

namespace Sts::Check {
class CheckService;
}

namespace Sts::Ui {

class CoveragePage;
class DomainPage;
class ModePage;
class OutputPage;
class PolicyDraft;
class PreflightPage;
class ReportingPage;

//! From no policy (or a published one) to the files that deploy a correct one: domain lookup,
//! MX coverage, mode and max_age, reporting, a pre-flight check of the draft, and the output.
//! Lookups run in the wizard's own CheckService thread with the timeouts of \a options; closing
//! the wizard cancels them.
class PolicyWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyWizard)

public:
    enum PageId
    {
        DomainPageId,
        CoveragePageId,
        ModePageId,
        ReportingPageId,
        PreflightPageId,
        OutputPageId,
    };

    explicit PolicyWizard(const Check::CheckOptions &options, QWidget *parent = nullptr);
    ~PolicyWizard() override;

    //! Fills in the domain and looks it up at once.
    void setDomain(const QString &domain);
    //! The TLS-RPT reports loaded in the main window: the mode page judges a move to enforce by them.
    void setLoadedReports(const QList<TlsRpt::StoredReport> &reports);

    PolicyDraft *draft() const { return m_draft; }
    DomainPage *domainPage() const { return m_domainPage; }
    CoveragePage *coveragePage() const { return m_coveragePage; }
    ModePage *modePage() const { return m_modePage; }
    ReportingPage *reportingPage() const { return m_reportingPage; }
    PreflightPage *preflightPage() const { return m_preflightPage; }
    OutputPage *outputPage() const { return m_outputPage; }
    //! Whether closing would throw away something the user entered and did not save.
    bool hasUnsavedWork() const;

    //! Esc and the window's close button: asks first when something entered would be lost.
    void reject() override;
    //! Finish: when the files were not saved, offers to save them or says that nothing was.
    void accept() override;

private:
    void askBeforeClosing(bool finishing);

    Check::CheckService *m_service;
    PolicyDraft *m_draft;
    DomainPage *m_domainPage;
    CoveragePage *m_coveragePage;
    ModePage *m_modePage;
    ReportingPage *m_reportingPage;
    PreflightPage *m_preflightPage;
    OutputPage *m_outputPage;
};

} // namespace Sts::Ui
