// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummarydialog.h"

#include "importsummarymodel.h"
#include "reporttableview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace Sts::Ui {

ImportSummaryDialog::ImportSummaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_model(new ImportSummaryModel(this))
    , m_view(new ReportTableView(tr("Import summary"), this))
{
    setWindowTitle(tr("Import summary"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setSourceModel(m_model, ImportSummaryModel::SortRole);
    m_view->horizontalHeader()->setSectionResizeMode(ImportSummaryModel::OutcomeColumn, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportSummaryDialog::headline(const TlsRpt::ImportSummary &summary)
{
    QStringList parts{tr("%n report(s) imported", nullptr, summary.reportsAdded),
                      tr("%n already in the library", nullptr, summary.duplicates),
                      tr("%n rejected", nullptr, summary.rejected)};
    QString text = tr("%1 from %2 of %n file(s).", nullptr, summary.filesTotal)
                       .arg(parts.join(QStringLiteral(", ")))
                       .arg(summary.filesRead);
    if (summary.canceled)
        text += u' ' + tr("Canceled: %n file(s) not imported.", nullptr, summary.filesLeft());
    return text;
}

void ImportSummaryDialog::setSummary(const TlsRpt::ImportSummary &summary)
{
    m_headline->setText(headline(summary));
    m_model->setSummary(summary);
    m_view->resizeColumnToContents(ImportSummaryModel::FileColumn);
}

} // namespace Sts::Ui
