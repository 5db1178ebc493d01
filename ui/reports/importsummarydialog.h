// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/importsummary.h"

#include <QDialog>

class QLabel;

namespace Sts::Ui {

class ImportSummaryModel;
class ReportTableView;

//! Shown after an import: how many reports were added, which were already in the library and
//! which files or parts were rejected, each with its reason.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(QWidget *parent = nullptr);

    void setSummary(const TlsRpt::ImportSummary &summary);
    //! One sentence for the status bar and the dialog's head.
    static QString headline(const TlsRpt::ImportSummary &summary);

    ImportSummaryModel *model() const { return m_model; }
    QLabel *headlineLabel() const { return m_headline; }

private:
    QLabel *m_headline;
    ImportSummaryModel *m_model;
    ReportTableView *m_view;
};

} // namespace Sts::Ui
