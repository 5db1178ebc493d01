// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/aggregation.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace Sts::Ui {

class FailurePathModel;
class ReportTableView;

//! Which sender fails to reach which MX, since when: the failure paths of the filtered
//! reports in one sortable table, largest first, with a search over every column. Activating
//! a row (double-click, Enter) asks for the failure details of the latest report behind it.
class FailurePathsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailurePathsView)

public:
    explicit FailurePathsView(QWidget *parent = nullptr);

    void setAggregation(const TlsRpt::Aggregation &aggregation);
    //! Shows only rows that contain \a text (in any column); empty shows all.
    void setSearchText(const QString &text);

    FailurePathModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ReportTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *emptyLabel() const { return m_empty; }
    //! "Check DOMAIN Now" in the table's context menu: a live check of the current row's policy domain.
    QAction *checkDomainAction() const { return m_checkDomain; }

Q_SIGNALS:
    //! The failure details behind a row: the report \a reportId of \a key's organization.
    void pathActivated(const Sts::TlsRpt::FailurePath::Key &key, const QString &reportId);
    //! The user asked for a live check of \a domain, the policy domain of a failing path.
    void checkDomainRequested(const QString &domain);

private:
    void updateEmptyState();
    void updateCheckAction();

    FailurePathModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    ReportTableView *m_view;
    QLabel *m_empty;
    QAction *m_checkDomain;
    bool m_hasPaths = false;
    bool m_hasReports = false;
    qint64 m_failed = 0;
};

} // namespace Sts::Ui
