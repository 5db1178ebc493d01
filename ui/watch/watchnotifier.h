// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Sts::Ui {

//! Tells the user about new problems of watched domains: a desktop notification from the tray
//! icon (clicking it opens the domain; a burst of notices about several domains becomes one that
//! opens the watch list), or, where the system has no tray, a status-bar message.
//! A domain can be snoozed (e.g. for 24 hours); the snooze is remembered across restarts.
class WatchNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchNotifier)

public:
    struct Notice
    {
        QString domain;
        QString title;
        QString text;
        bool shownInTray = false; //!< false: the status-bar fallback
        //! A burst: several domains in one notice, which opens the watch list, not one domain.
        QStringList burst;
    };

    //! \a useTray: show the tray icon when the system has a tray (tests turn it off).
    explicit WatchNotifier(bool useTray = true, QObject *parent = nullptr);
    ~WatchNotifier() override;

    //! Tells of \a problems found for \a domain, unless it is snoozed. Returns whether it told.
    bool notify(const QString &domain, const Findings &problems);
    void snooze(const QString &domain, std::chrono::hours duration = std::chrono::hours(24));
    void unsnooze(const QString &domain);
    bool isSnoozed(const QString &domain) const;
    //! The domain of the last notice, to snooze or open from the tray menu.
    QString lastDomain() const { return m_lastDomain; }
    QList<Notice> notices() const { return m_notices; }
    QSystemTrayIcon *tray() const { return m_tray; }
    bool hasTray() const { return m_tray != nullptr; }
    //! \a text as the tray's notification shows it: freedesktop notification daemons read the
    //! body as markup, so what a server sent is escaped there.
    static QString trayText(const QString &text);

Q_SIGNALS:
    void openRequested(const QString &domain);
    //! The notice of a burst was clicked.
    void watchListRequested();
    void showWindowRequested();
    void checkAllRequested();
    void quitRequested();
    //! Without a tray: the text the status bar shows instead.
    void statusMessage(const QString &text);

private:
    void createTray();
    void saveSnoozes() const;

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_snoozeLast = nullptr;
    QString m_lastDomain;
    QDateTime m_burstStarted;   //!< when the notice that later ones join was shown
    QStringList m_burstDomains; //!< the domains of the latest notice
    QHash<QString, QDateTime> m_snoozedUntil;
    QList<Notice> m_notices; //!< the latest ones, bounded
};

} // namespace Sts::Ui
