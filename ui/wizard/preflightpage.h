// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "check/checkresult.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace Sts::Check {
class CheckHandle;
class CheckService;
} // namespace Sts::Check

namespace Sts::Ui {

class FindingsModel;
class MxHostsModel;
class PolicyDraft;
class VerdictBanner;

//! Page 5: a full check of the domain with the draft in place of the published policy
//! (CheckOptions::assumedPolicy): which MX would pass, which would fail and why, before anything
//! is published. An enforce draft that would stop mail to an MX cannot go on.
class PreflightPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightPage)

public:
    PreflightPage(Check::CheckService *service, const Check::CheckOptions &options, PolicyDraft *draft,
                  QWidget *parent = nullptr);

    void run();
    void cancel();
    bool isBusy() const;
    const Check::CheckResult &result() const { return m_result; }
    MxHostsModel *hostsModel() const { return m_hosts; }
    FindingsModel *findingsModel() const { return m_findings; }
    QString blocker() const; //!< why Next is not possible, empty when it is

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onProgress(const Check::CheckResult &snapshot);
    void onFinished(const Check::CheckResult &result);
    void show(const Check::CheckResult &result);
    QString policyHostText() const;

    Check::CheckService *m_service;        //!< shared by the wizard's pages
    Check::CheckHandle *m_check = nullptr; //!< the last check started, kept until the next one
    Check::CheckOptions m_options;
    PolicyDraft *m_draft;
    Check::CheckResult m_result;

    VerdictBanner *m_banner;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    MxHostsModel *m_hosts;
    FindingsModel *m_findings;
    QTableView *m_hostsView;
    QTableView *m_findingsView;
    QLabel *m_whyLabel = nullptr;
    QLabel *m_policyHost;
    QLabel *m_blocker;
};

} // namespace Sts::Ui
