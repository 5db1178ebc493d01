// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;
class QTableView;

namespace Sts::Ui {

class DnsRecordsModel;
class FindingsModel;
class MxHostsModel;
class OverviewModel;
class VerdictBanner;

//! Everything about one domain's check: the verdict banner and the views that fill in live.
class DomainInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainInspector)

public:
    explicit DomainInspector(QWidget *parent = nullptr);

    void setResult(const Check::CheckResult &result);
    const Check::CheckResult &result() const { return m_result; }

    VerdictBanner *banner() const { return m_banner; }
    OverviewModel *overviewModel() const { return m_overview; }
    MxHostsModel *mxHostsModel() const { return m_mxHosts; }
    FindingsModel *findingsModel() const { return m_findings; }
    DnsRecordsModel *dnsModel() const { return m_dns; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTableView *makeTable(QAbstractItemModel *model, int sortRole);
    void updatePolicyView();

    Check::CheckResult m_result;
    VerdictBanner *m_banner;
    QTabWidget *m_tabs;
    OverviewModel *m_overview;
    MxHostsModel *m_mxHosts;
    FindingsModel *m_findings;
    DnsRecordsModel *m_dns;
    QTreeView *m_overviewView;
    QPlainTextEdit *m_policyText;
    QLabel *m_policyInfo;
    QLabel *m_footer;
};

} // namespace Sts::Ui
