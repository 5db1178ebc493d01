// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace Sts::Ui {

class PolicyDraft;

//! Page 4: where senders send TLS-RPT reports (the rua of _smtp._tls, RFC 8460 §3): mailto: and
//! https: addresses, checked with the project's TLS-RPT record linter as they are entered.
class ReportingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportingPage)

public:
    explicit ReportingPage(PolicyDraft *draft, QWidget *parent = nullptr);

    //! Adds an address as typed; a bare e-mail address gets "mailto:" in front.
    void addAddress(const QString &text);
    void removeAddress(int row);
    QStringList addresses() const;
    const Findings &problems() const { return m_problems; }
    QLineEdit *addressEdit() const { return m_address; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();

    PolicyDraft *m_draft;
    QStringListModel *m_list;
    QListView *m_view;
    QLineEdit *m_address;
    QPushButton *m_remove;
    QLabel *m_record;
    QLabel *m_findings;
    Findings m_problems;
};

} // namespace Sts::Ui
