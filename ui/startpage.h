// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkhistory.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Sts::Ui {

//! What the window shows before a domain is opened (and on View → Start Page): the three things
//! people come for — check a domain, import TLS-RPT reports, create a policy — and the domains
//! checked recently, each with its last verdict; activating one checks it again. Domains can be
//! taken off the list (Delete, the context menu) or the list cleared; that hides them until
//! they are checked again and keeps their history, unless the user asks to delete it too.
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
    //! Takes the selected domains off the list (Delete).
    QAction *removeAction() const { return m_remove; }
    //! Asks, then takes every domain off the list, optionally deleting their history.
    QAction *clearAction() const { return m_clear; }

    //! Takes \a domains off the list until they are checked again (kept across restarts).
    void hideRecent(const QStringList &domains);
    //! The domains listed now, in order.
    QStringList recentDomains() const;

Q_SIGNALS:
    void checkRequested(); //!< "Check a domain": the entry above takes the focus
    void importRequested();
    void wizardRequested();
    void domainActivated(const QString &domain);
    //! The user chose to delete the check history of \a domains as well (offered only while
    //! something is connected here).
    void historyDeletionRequested(const QStringList &domains);

private:
    void showRecent();
    QStringList selectedDomains() const;
    void confirmClear();

    QList<Check::CheckHistory::Entry> m_allRecent; //!< as the history gave them, hidden ones too
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_wizard;
    QStandardItemModel *m_recent;
    QTreeView *m_recentView;
    QLabel *m_noRecent;
    QAction *m_remove;
    QAction *m_clear;
};

} // namespace Sts::Ui
