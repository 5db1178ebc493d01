// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace Sts::Ui {

class CertificateChainModel;
class ChainComparisonModel;

//! The certificate chain viewer: every chain of the check as a tree, the selected certificate
//! in detail (the name that matched marked), PEM export, and the leaves of all servers side by
//! side.
class CertificatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesView)

public:
    explicit CertificatesView(QWidget *parent = nullptr);

    void setResult(const Check::CheckResult &result);

    CertificateChainModel *model() const { return m_model; }
    ChainComparisonModel *comparisonModel() const { return m_comparison; }
    QTreeView *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }
    //! The selected endpoint's chain as PEM, leaf first; empty when nothing is selected.
    QByteArray selectedChainPem() const;
    //! Shows the details of the certificate at \a row of endpoint \a endpoint (-1: the endpoint).
    void select(int endpoint, int certificate = -1);

private:
    void showDetails();
    void exportPem();
    QString certificateHtml(const Tls::ChainAnalysis &chain, const Tls::CertificateInfo &certificate) const;
    QString endpointHtml(const Tls::ChainAnalysis &chain) const;
    int selectedEndpoint() const;

    CertificateChainModel *m_model;
    ChainComparisonModel *m_comparison;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QStackedWidget *m_stack;
    QTextBrowser *m_details;
    QTableView *m_comparisonView;
    QAction *m_exportAction;
    QAction *m_compareAction;
};

} // namespace Sts::Ui
