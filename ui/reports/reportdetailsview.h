// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/reportlibrary.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Sts::Ui {

class FailureDetailsModel;
class ReportPoliciesModel;
class ReportTableView;
class ResultTypeAdviceView;

//! The drill-down into one report: who sent it for which period, its policies, every failure
//! detail with an explanation of its result type, and the report as the sender wrote it.
class ReportDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailsView)

public:
    explicit ReportDetailsView(QWidget *parent = nullptr);

    void setReport(const TlsRpt::StoredReport &stored);
    void clear();
    //! The raw report, pretty-printed, once the library has read it.
    void setRawJson(qint64 libraryId, const QString &json);
    qint64 libraryId() const { return m_libraryId; }
    //! Opens the failure details and selects those to \a receivingMx (host name, or IP when the
    //! sender gave none) of \a resultType.
    void showFailures(const QString &receivingMx, const QString &resultType);

    QLabel *header() const { return m_header; }
    QTabWidget *tabs() const { return m_tabs; }
    ReportPoliciesModel *policiesModel() const { return m_policies; }
    FailureDetailsModel *failuresModel() const { return m_failures; }
    ReportTableView *failuresView() const { return m_failuresView; }
    ResultTypeAdviceView *adviceView() const { return m_advice; }
    QPlainTextEdit *rawJsonView() const { return m_rawJson; }

private:
    void showAdviceForSelection();

    qint64 m_libraryId = 0;
    QStringList m_resultTypes;
    QLabel *m_header;
    QTabWidget *m_tabs;
    ReportPoliciesModel *m_policies;
    FailureDetailsModel *m_failures;
    ReportTableView *m_policiesView;
    ReportTableView *m_failuresView;
    ResultTypeAdviceView *m_advice;
    QPlainTextEdit *m_rawJson;
};

} // namespace Sts::Ui
