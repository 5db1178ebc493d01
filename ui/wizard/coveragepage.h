// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Sts::Ui {

class MxHostsModel;
class MxLinesModel;
class PolicyDraft;

//! Page 2: the `mx` lines. Proposed from the live MX hosts (exact names, or a wildcard where
//! every MX shares a parent), editable, with the MX each line covers. Below, every MX with its
//! certificate and what an enforcing sender would do with it under these lines. An MX left out
//! must be acknowledged before going on.
class CoveragePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePage)

public:
    explicit CoveragePage(PolicyDraft *draft, QWidget *parent = nullptr);

    MxLinesModel *linesModel() const { return m_lines; }
    MxHostsModel *hostsModel() const { return m_hosts; }
    QCheckBox *leaveOutBox() const { return m_leaveOut; }
    QString warnings() const;
    QString changes() const; //!< the mx lines added and dropped against the published policy

    void initializePage() override;
    bool isComplete() const override;

private:
    void propose();
    void refresh();

    PolicyDraft *m_draft;
    MxLinesModel *m_lines;
    MxHostsModel *m_hosts;
    QComboBox *m_style;
    QTableView *m_linesView;
    QTableView *m_hostsView;
    QPushButton *m_remove;
    QLabel *m_changes;
    QLabel *m_warnings;
    QCheckBox *m_leaveOut;
};

} // namespace Sts::Ui
