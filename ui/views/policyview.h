// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace Sts::Ui {

class PolicyLinesModel;

//! The policy as a sender fetched it: parsed fields, the text line by line with its findings,
//! the HTTP exchange and the policy host's certificate.
class PolicyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyView)

public:
    explicit PolicyView(QWidget *parent = nullptr);

    void setResult(const Check::CheckResult &result);

Q_SIGNALS:
    //! Double-click or Enter on a line with a finding: the finding, explained.
    void findingRequested(const QString &code, const QString &subject);

public:
    PolicyLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_linesView; }
    QStandardItemModel *headersModel() const { return m_headers; }
    QLabel *summary() const { return m_summary; }

private:
    QString summaryHtml(const Check::CheckResult &result) const;
    void setHeaders(const Check::CheckResult &result);

    QLabel *m_summary;
    PolicyLinesModel *m_lines;
    QTableView *m_linesView;
    QLabel *m_exchange;
    QStandardItemModel *m_headers;
    QTableView *m_headersView;
    QByteArray m_shownBody; //!< what the lines show, so that repeated snapshots keep the selection
    Findings m_shownFindings;
};

} // namespace Sts::Ui
