// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include "check/checkoptions.h"
#include "check/watchliststore.h"
#include "check/watchoutcome.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace Sts::Check {
class CheckHistoryService;
}

namespace Sts::Ui {

class WatchListModel;
class WatchNotifier;
class WatchScheduler;

//! The watch list (Domains area): domains added from the inspector, typed or pasted, or imported
//! from a list file; a sortable, filterable table with verdict, policy mode, nearest certificate
//! expiry, last check and last change; background re-checks on a per-list interval; a notice
//! for each new problem. The list, the interval and the last changes are kept beside the check
//! history (WatchListStore), read and written in its thread.
class WatchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPage)

public:
    //! \a useTray: notices through the system tray where there is one (tests turn it off).
    explicit WatchPage(Check::CheckHistoryService *history, bool useTray = true, QWidget *parent = nullptr);
    ~WatchPage() override;

    void setOptions(const Check::CheckOptions &options);
    //! Adds what \a text names (one domain or many, separated by lines, spaces or commas; each
    //! through DomainInput) and says below the table what was added and which parts were refused.
    //! Returns how many domains were added.
    int addFromText(const QString &text);
    void addDomains(const QStringList &domains);
    void removeDomains(const QStringList &domains);
    QStringList domains() const;
    //! Reads a list file (WatchListFile); false with \a error when it cannot be read.
    Result<void> importList(const QString &path);
    Result<void> exportList(const QString &path) const;
    //! Hours between two checks of each domain; 0: no background checks.
    void setIntervalHours(int hours);
    int intervalHours() const;
    //! Checks every domain now, with fresh DNS answers.
    void checkAllNow();
    bool keepRunningInTray() const { return m_keepInTray; }
    void setKeepRunningInTray(bool keep);

    WatchListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *addEdit() const { return m_addEdit; }
    QLabel *note() const { return m_note; }
    WatchScheduler *scheduler() const { return m_scheduler; }
    WatchNotifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    //! Double-click or Enter on a row, or a click on a notice: show the domain in the inspector.
    void openRequested(const QString &domain);
    void statusMessage(const QString &message);
    void showWindowRequested();
    //! A click on the notice of a burst (several domains): show this list.
    void watchListRequested();
    void quitRequested();
    //! The stored list was read and is shown (it may have been added to before).
    void listLoaded();

private:
    void createActions();
    void onOutcome(const Check::WatchOutcome &outcome);
    void onSummaries(int request, const QList<Check::WatchOutcome> &outcomes);
    void onListLoaded(int request, const Check::WatchListStore::Contents &contents, bool migrated);
    //! What an earlier version kept in the settings, for the store to take in once.
    static Check::WatchListStore::Contents legacyList();
    void importWithDialog();
    void exportWithDialog();
    QStringList selectedDomains() const;
    void listChanged();
    void updateStatus();
    void scheduleStatus();

    Check::CheckHistoryService *m_history;
    WatchListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    WatchScheduler *m_scheduler;
    WatchNotifier *m_notifier;
    QLineEdit *m_addEdit;
    QLineEdit *m_filter;
    QSpinBox *m_interval;
    QTableView *m_table;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_checkAll;
    QTimer *m_statusUpdate; //!< one status line per burst of outcomes, not one per domain
    int m_summariesRequest = 0;
    int m_listRequest = 0;
    bool m_intervalChosen = false; //!< set before the stored list answered: it wins
    bool m_keepInTray = false;
};

} // namespace Sts::Ui
