// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace Sts::Ui {

class FindingsFilterProxy;
class FindingsModel;

//! Every finding, filterable by severity and text, with the selected one explained: what it
//! means, which attack it leaves open and how to fix it.
class FindingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);

    FindingsModel *model() const { return m_model; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTextBrowser *explanation() const { return m_explanation; }
    QComboBox *severityFilter() const { return m_severity; }
    //! Selects the finding with \a code about \a subject (clearing filters that hide it) and
    //! explains it; false when there is none.
    bool selectFinding(const QString &code, const QString &subject);
    //! Selects the most severe finding about \a subject (a DNS name, case and a final dot
    //! ignored) and explains it; false when there is none.
    bool selectFirstAbout(const QString &subject);

private:
    void applyFilter();
    void explainCurrent();
    void fitSubjectColumn();
    void showDetails(const QModelIndex &index);
    static QString explanationHtml(const Finding &finding);

    FindingsModel *m_model;
    FindingsFilterProxy *m_proxy;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QTableView *m_table;
    QTextBrowser *m_explanation;
};

} // namespace Sts::Ui
