// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "check/checkresult.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Sts::Check {
class CheckHandle;
class CheckService;
} // namespace Sts::Check

namespace Sts::Ui {

class OverviewModel;
class PolicyDraft;
class VerdictBanner;

//! Page 1: the domain, looked up live: its MX hosts with their STARTTLS and certificates, the
//! _mta-sts record and policy if any, the TLS-RPT record. The lookup runs in the CheckService's
//! thread and can be cancelled; Next is possible once it finished with at least one MX host.
class DomainPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainPage)

public:
    DomainPage(Check::CheckService *service, const Check::CheckOptions &options, PolicyDraft *draft,
               QWidget *parent = nullptr);

    void setDomain(const QString &domain); //!< fills in the domain and looks it up
    void lookUp();
    void cancel();
    bool isBusy() const;
    const Check::CheckResult &result() const { return m_result; }
    QLineEdit *domainEdit() const { return m_domain; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void onProgress(const Check::CheckResult &snapshot);
    void onFinished(const Check::CheckResult &result);
    void show(const Check::CheckResult &result);
    //! Why the finished lookup cannot be the base of a policy; empty when it can.
    QString problem(const Check::CheckResult &result) const;
    QString enteredDomain() const;

    Check::CheckService *m_service;        //!< shared by the wizard's pages
    Check::CheckHandle *m_check = nullptr; //!< the last check started, kept until the next one
    Check::CheckOptions m_options;
    PolicyDraft *m_draft;
    int m_lookUps = 0;  //!< lookups started so far
    int m_draftRun = 0; //!< the lookup (m_lookUps) the draft was started from
    Check::CheckResult m_result;

    QLineEdit *m_domain;
    QPushButton *m_lookUp;
    QPushButton *m_cancel;
    QLabel *m_status;
    VerdictBanner *m_banner;
    OverviewModel *m_overview;
    QTreeView *m_tree;
    QPlainTextEdit *m_livePolicy;
};

} // namespace Sts::Ui
