// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkhistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Sts::Ui {

//! What the window shows before a domain is opened (and on View → Start Page): the three things
//! people come for — check a domain, import TLS-RPT reports, create a policy — and the domains
//! checked recently, each with its last verdict; activating one checks it again.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    enum Column
    {
        DomainColumn,
        VerdictColumn,
        CheckedColumn,
        ColumnCount
    };

    explicit StartPage(QWidget *parent = nullptr);

    //! The latest check of each domain, newest first (CheckHistory::latestPerDomain()).
    void setRecent(const QList<Check::CheckHistory::Entry> &recent);

    QStandardItemModel *recentModel() const { return m_recent; }
    QTreeView *recentView() const { return m_recentView; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *wizardButton() const { return m_wizard; }

Q_SIGNALS:
    void checkRequested(); //!< "Check a domain": the entry above takes the focus
    void importRequested();
    void wizardRequested();
    void domainActivated(const QString &domain);

private:
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_wizard;
    QStandardItemModel *m_recent;
    QTreeView *m_recentView;
    QLabel *m_noRecent;
};

} // namespace Sts::Ui
