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

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

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

void PolicyWizard::setLoadedReports(const QList<TlsRpt::StoredReport> &reports)
{
    m_modePage->setLoadedReports(reports);
}

bool PolicyWizard::hasUnsavedWork() const
{
    // Saved files count only while they are what the pages show: going back to change
    // something makes a new draft.
    if (currentId() == OutputPageId && m_outputPage->isSaved())
        return false;
    return currentId() != DomainPageId || !m_domainPage->domainEdit()->text().trimmed().isEmpty();
}

void PolicyWizard::reject()
{
    if (!hasUnsavedWork()) {
        QWizard::reject();
        return;
    }
    askBeforeClosing(false);
}

void PolicyWizard::accept()
{
    if (m_outputPage->isSaved()) {
        QWizard::accept();
        return;
    }
    askBeforeClosing(true);
}

void PolicyWizard::askBeforeClosing(bool finishing)
{
    // open(), not exec(): the wizard's lookups go on while the question is shown.
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(windowTitle());
    QPushButton *save = nullptr;
    if (currentId() == OutputPageId) {
        box->setText(tr("The files have not been saved."));
        box->setInformativeText(tr("Nothing is published or written until you save the files and put them "
                                   "online yourself. Closing now discards this draft."));
        save = box->addButton(tr("&Save all to folder…"), QMessageBox::AcceptRole);
    } else {
        box->setText(tr("Discard this policy draft?"));
        box->setInformativeText(tr("The wizard has not written any file yet; what you entered on its pages "
                                   "will be lost."));
    }
    QPushButton *discard =
        box->addButton(finishing ? tr("&Close without saving") : tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *stay = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box->setDefaultButton(save ? save : stay);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::finished, this, [this, box, save, discard] {
        if (box->clickedButton() == discard) {
            QWizard::reject();
        } else if (save && box->clickedButton() == save) {
            // Closes once the files are written; a failure stays on the page with its reason.
            m_outputPage->chooseFolderAndSave([this] { QWizard::accept(); });
        }
    });
    box->open();
}

} // namespace Sts::Ui
