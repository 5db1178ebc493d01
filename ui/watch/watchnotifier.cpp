// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchnotifier.h"

#include "check/findingregistry.h"
#include "common/domaininput.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace Sts::Ui {

namespace {
const auto SnoozeKey = QStringLiteral("watch/snoozedUntil");
constexpr qsizetype KeptNotices = 50;
//! Notices this close to the first of a burst join it: the tray shows one, not one per domain.
constexpr qint64 BurstSeconds = 30;
constexpr qsizetype BurstDomainsShown = 5;
//! A notice quotes this much of a change's message (DomainInput::shown() keeps 100: half a sentence).
constexpr qsizetype NoticeMessageLength = 300;

//! What a server sent, as a notice may quote it: bounded, control and format characters (escape
//! sequences, bidi overrides) shown as U+FFFD.
QString quoted(const QString &text)
{
    QString shown = text.left(NoticeMessageLength);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}
} // namespace

WatchNotifier::WatchNotifier(bool useTray, QObject *parent)
    : QObject(parent)
{
    const QVariantMap stored = QSettings().value(SnoozeKey).toMap();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QDateTime until = it.value().toDateTime();
        if (until > now)
            m_snoozedUntil.insert(it.key(), until);
    }
    if (useTray && QSystemTrayIcon::isSystemTrayAvailable())
        createTray();
}

WatchNotifier::~WatchNotifier()
{
    delete m_menu; // a menu without a parent widget: the tray does not own it
}

void WatchNotifier::createTray()
{
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("StsScope: watching your domains"));
    m_menu = new QMenu;
    m_menu->addAction(tr("&Open StsScope"), this, &WatchNotifier::showWindowRequested);
    m_menu->addAction(tr("&Check All Watched Domains Now"), this, &WatchNotifier::checkAllRequested);
    m_snoozeLast = m_menu->addAction(tr("&Snooze the Last Domain for 24 Hours"), this, [this] {
        if (!m_lastDomain.isEmpty())
            snooze(m_lastDomain);
    });
    m_snoozeLast->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &WatchNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    // A click on the notice opens the domain it was about, or the list for a burst (the tray
    // does not say which notice was clicked: only the latest is shown).
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_burstDomains.size() > 1)
            Q_EMIT watchListRequested();
        else if (!m_lastDomain.isEmpty())
            Q_EMIT openRequested(m_lastDomain);
    });
    m_tray->show();
}

bool WatchNotifier::notify(const QString &domain, const Findings &problems)
{
    if (problems.isEmpty() || isSnoozed(domain))
        return false;
    Notice notice;
    notice.domain = domain;
    // The domain is the user's; the messages quote what servers sent: never markup, bounded.
    notice.title =
        tr("%1: %n new problem(s)", nullptr, static_cast<int>(problems.size())).arg(DomainInput::shown(domain));
    notice.text = quoted(Check::displayMessage(problems.constFirst()));
    if (problems.size() > 1)
        notice.text += u'\n' + tr("and %n more", nullptr, static_cast<int>(problems.size()) - 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_burstStarted.isValid() && m_burstStarted.secsTo(now) < BurstSeconds) {
        if (!m_burstDomains.contains(domain))
            m_burstDomains.append(domain);
    } else {
        m_burstStarted = now;
        m_burstDomains = {domain};
    }
    if (m_burstDomains.size() > 1) {
        notice.burst = m_burstDomains;
        notice.title = tr("New problems on %n watched domain(s)", nullptr, static_cast<int>(m_burstDomains.size()));
        QStringList shown;
        for (const QString &name : m_burstDomains.first(std::min(BurstDomainsShown, m_burstDomains.size())))
            shown.append(DomainInput::shown(name));
        notice.text = shown.join(QStringLiteral(", "));
        if (m_burstDomains.size() > BurstDomainsShown)
            notice.text +=
                u'\n' + tr("and %n more", nullptr, static_cast<int>(m_burstDomains.size() - BurstDomainsShown));
    }
    m_lastDomain = domain;
    if (m_snoozeLast) {
        m_snoozeLast->setEnabled(true);
        m_snoozeLast->setText(tr("&Snooze %1 for 24 Hours").arg(domain));
    }
    if (m_tray) {
        notice.shownInTray = true;
        m_tray->showMessage(trayText(notice.title), trayText(notice.text), QSystemTrayIcon::Warning);
    } else {
        Q_EMIT statusMessage(tr("%1 — %2").arg(notice.title, notice.text.section(u'\n', 0, 0)));
    }
    m_notices.append(notice);
    if (m_notices.size() > KeptNotices)
        m_notices.removeFirst();
    return true;
}

QString WatchNotifier::trayText(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return text.toHtmlEscaped(); // Qt sends it to the freedesktop notification daemon
#else
    return text; // shown as plain text
#endif
}

void WatchNotifier::snooze(const QString &domain, std::chrono::hours duration)
{
    m_snoozedUntil.insert(domain, QDateTime::currentDateTimeUtc().addSecs(
                                      std::chrono::duration_cast<std::chrono::seconds>(duration).count()));
    saveSnoozes();
}

void WatchNotifier::unsnooze(const QString &domain)
{
    if (m_snoozedUntil.remove(domain))
        saveSnoozes();
}

bool WatchNotifier::isSnoozed(const QString &domain) const
{
    const auto found = m_snoozedUntil.constFind(domain);
    return found != m_snoozedUntil.cend() && *found > QDateTime::currentDateTimeUtc();
}

void WatchNotifier::saveSnoozes() const
{
    QVariantMap stored;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_snoozedUntil.cbegin(); it != m_snoozedUntil.cend(); ++it) {
        if (it.value() > now)
            stored.insert(it.key(), it.value());
    }
    QSettings().setValue(SnoozeKey, stored);
}

} // namespace Sts::Ui
