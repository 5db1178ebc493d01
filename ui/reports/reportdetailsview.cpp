// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdetailsview.h"

#include "check/findingregistry.h"
#include "failuredetailsmodel.h"
#include "reportpoliciesmodel.h"
#include "reporttableview.h"
#include "reporttext.h"
#include "resulttypeadviceview.h"

#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sts::Ui {

ReportDetailsView::ReportDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_policies(new ReportPoliciesModel(this))
    , m_failures(new FailureDetailsModel(this))
    , m_policiesView(new ReportTableView(tr("Policies of the report"), this))
    , m_failuresView(new ReportTableView(tr("Failure details"), this))
    , m_advice(new ResultTypeAdviceView(this))
    , m_rawJson(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setAccessibleName(tr("Report"));
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_policiesView->setSourceModel(m_policies, ReportPoliciesModel::SortRole);
    m_tabs->addTab(m_policiesView, tr("Polici&es"));

    auto *failures = new QSplitter(Qt::Vertical, this);
    m_failuresView->setSourceModel(m_failures, FailureDetailsModel::SortRole);
    failures->addWidget(m_failuresView);
    failures->addWidget(m_advice);
    failures->setStretchFactor(0, 1);
    failures->setStretchFactor(1, 1);
    m_tabs->addTab(failures, tr("Fai&lure details"));
    connect(m_failuresView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportDetailsView::showAdviceForSelection);

    m_rawJson->setReadOnly(true);
    m_rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawJson->setAccessibleName(tr("Raw report"));
    m_tabs->addTab(m_rawJson, tr("Raw &JSON"));
    clear();
}

void ReportDetailsView::clear()
{
    m_libraryId = 0;
    m_resultTypes.clear();
    m_header->setText(tr("Select a report to see its policies, failure details and raw JSON."));
    m_policies->setReport({});
    m_failures->setReport({});
    m_advice->setResultTypes({});
    m_rawJson->clear();
}

void ReportDetailsView::setReport(const TlsRpt::StoredReport &stored)
{
    const TlsRpt::Report &report = stored.report;
    m_libraryId = stored.id;
    QString header = QStringLiteral("<b>%1</b> · %2<br>%3<br>%4")
                         .arg(report.organization.toHtmlEscaped(), tr("report %1").arg(report.reportId).toHtmlEscaped(),
                              tr("%1 to %2 · contact: %3")
                                  .arg(ReportText::time(report.start), ReportText::time(report.end),
                                       report.contactInfo.isEmpty() ? tr("none given") : report.contactInfo)
                                  .toHtmlEscaped(),
                              tr("Read from %1").arg(stored.source).toHtmlEscaped());
    // The sender's deviations that were accepted, so that the numbers can be judged.
    QStringList warnings;
    for (const Finding &finding : stored.findings) {
        if (finding.severity >= Severity::Warning)
            warnings.append(u"⚠ " + Check::displayMessage(finding).toHtmlEscaped());
    }
    if (!warnings.isEmpty())
        header += QStringLiteral("<br>") + warnings.join(QStringLiteral("<br>"));
    m_header->setText(header);
    m_policies->setReport(report);
    m_failures->setReport(report);
    m_resultTypes = ReportText::resultTypes(report);
    m_advice->setResultTypes(m_resultTypes);
    m_rawJson->setPlainText(tr("Reading the report…"));
}

void ReportDetailsView::setRawJson(qint64 libraryId, const QString &json)
{
    if (libraryId == m_libraryId)
        m_rawJson->setPlainText(json);
}

void ReportDetailsView::showFailures(const QString &receivingMx, const QString &resultType)
{
    m_tabs->setCurrentWidget(m_failuresView->parentWidget());
    const QAbstractItemModel *model = m_failuresView->model();
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString host = model->index(row, FailureDetailsModel::ReceivingMxColumn).data().toString();
        const QString ip = model->index(row, FailureDetailsModel::ReceivingIpColumn).data().toString();
        if (index.data(FailureDetailsModel::ResultTypeRole).toString() == resultType &&
            (host.isEmpty() ? ip : host) == receivingMx)
            selection.select(index, model->index(row, model->columnCount() - 1));
    }
    m_failuresView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_failuresView->selectionModel()->setCurrentIndex(selection.constFirst().topLeft(),
                                                          QItemSelectionModel::NoUpdate);
        m_failuresView->scrollTo(selection.constFirst().topLeft());
    }
}

void ReportDetailsView::showAdviceForSelection()
{
    QStringList selected;
    const QModelIndexList rows = m_failuresView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString type = row.data(FailureDetailsModel::ResultTypeRole).toString();
        if (!selected.contains(type))
            selected.append(type);
    }
    m_advice->setResultTypes(selected.isEmpty() ? m_resultTypes : selected);
}

} // namespace Sts::Ui
