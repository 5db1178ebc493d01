// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchpage.h"

#include "check/checkhistoryservice.h"
#include "check/findingregistry.h"
#include "check/watchchangedetector.h"
#include "check/watchlistfile.h"
#include "common/fileio.h"
#include "viewcopy.h"
#include "watchlistmodel.h"
#include "watchnotifier.h"
#include "watchscheduler.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {
const auto DomainsKey = QStringLiteral("watch/domains");
const auto IntervalKey = QStringLiteral("watch/intervalHours");
const auto KeepInTrayKey = QStringLiteral("watch/keepInTray");
const auto LastChangesKey = QStringLiteral("watch/lastChanges");
constexpr int DefaultIntervalHours = 6;
//! A list file larger than this is no list of domains.
constexpr qint64 MaxListFileSize = 16 * 1024 * 1024;
} // namespace

WatchPage::WatchPage(Check::CheckHistoryService *history, bool useTray, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new WatchListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scheduler(new WatchScheduler(history, this))
    , m_notifier(new WatchNotifier(useTray, this))
    , m_addEdit(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_checkAll(new QPushButton(tr("Check All &Now"), this))
    , m_statusUpdate(new QTimer(this))
{
    // 500 domains finish in bursts: relaying the page out for each outcome stalled the window.
    m_statusUpdate->setSingleShot(true);
    m_statusUpdate->setInterval(250);
    connect(m_statusUpdate, &QTimer::timeout, this, &WatchPage::updateStatus);
    setObjectName(QStringLiteral("watchPage"));
    auto *headline = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Watch list")), this);
    auto *intro = new QLabel(tr("StsScope checks these domains again in the background while it runs and tells you "
                                "when something changes that can stop mail: a policy changed without a new id, an MX "
                                "the policy does not cover, a certificate that expires before senders' cached "
                                "policy does."),
                             this);
    intro->setWordWrap(true);

    auto *addLabel = new QLabel(tr("Add &domains:"), this);
    addLabel->setBuddy(m_addEdit);
    m_addEdit->setPlaceholderText(tr("example.com example.org (or paste a list)"));
    m_addEdit->setAccessibleName(tr("Domains to watch"));
    auto *addButton = new QPushButton(tr("&Watch"), this);
    auto *importButton = new QPushButton(tr("&Import List…"), this);
    auto *exportButton = new QPushButton(tr("E&xport List…"), this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(addButton);
    addRow->addWidget(importButton);
    addRow->addWidget(exportButton);

    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the watched domains"));
    auto *intervalLabel = new QLabel(tr("Re-check &every"), this);
    intervalLabel->setBuddy(m_interval);
    m_interval->setRange(0, 24 * 7);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("never (off)"));
    m_interval->setAccessibleName(tr("Hours between background checks"));
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(filterLabel);
    toolRow->addWidget(m_filter, 1);
    toolRow->addSpacing(12);
    toolRow->addWidget(intervalLabel);
    toolRow->addWidget(m_interval);
    toolRow->addWidget(m_checkAll);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WatchListModel::SortRole);
    m_proxy->setFilterKeyColumn(WatchListModel::DomainColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Watched domains"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order they were added, until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WatchListModel::DomainColumn, 220);
    m_table->setColumnWidth(WatchListModel::VerdictColumn, 150);
    m_table->setColumnWidth(WatchListModel::ExpiryColumn, 230); // "2026-11-07 (expired 30 days ago)"
    m_table->setColumnWidth(WatchListModel::LastCheckColumn, 170);
    ViewCopy::install(m_table);

    m_note->setTextFormat(Qt::PlainText); // it quotes what was pasted
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What became of the domains added"));
    m_note->hide();
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_note);
    layout->addLayout(toolRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(addButton, &QPushButton::clicked, this, [this] { addFromText(m_addEdit->text()); });
    connect(m_addEdit, &QLineEdit::returnPressed, this, [this] { addFromText(m_addEdit->text()); });
    connect(importButton, &QPushButton::clicked, this, &WatchPage::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &WatchPage::exportWithDialog);
    connect(m_checkAll, &QPushButton::clicked, this, &WatchPage::checkAllNow);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int hours) {
        m_intervalChosen = true; // before the list is loaded: the stored interval no longer applies
        m_history->setWatchInterval(hours);
        m_scheduler->setInterval(std::chrono::hours(hours));
        updateStatus();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(WatchListModel::DomainRole).toString());
    });
    createActions();

    connect(m_scheduler, &WatchScheduler::checkStarted, this, [this](const QString &domain) {
        m_model->setRunning(domain, true);
        scheduleStatus();
    });
    connect(m_scheduler, &WatchScheduler::outcomeReady, this, &WatchPage::onOutcome);
    connect(m_history, &Check::CheckHistoryService::watchSummariesReady, this, &WatchPage::onSummaries);
    connect(m_notifier, &WatchNotifier::openRequested, this, &WatchPage::openRequested);
    connect(m_notifier, &WatchNotifier::statusMessage, this, &WatchPage::statusMessage);
    connect(m_notifier, &WatchNotifier::showWindowRequested, this, &WatchPage::showWindowRequested);
    connect(m_notifier, &WatchNotifier::watchListRequested, this, &WatchPage::watchListRequested);
    connect(m_notifier, &WatchNotifier::quitRequested, this, &WatchPage::quitRequested);
    connect(m_notifier, &WatchNotifier::checkAllRequested, this, &WatchPage::checkAllNow);

    // The list as the user left it lives beside the history and is read in its thread: the
    // window opens at once and the rows fill in when it answers (onListLoaded()); the verdicts
    // of the last recorded checks follow, and the domains are due one interval after their last
    // check. What an earlier version kept in the settings moves there once.
    connect(m_history, &Check::CheckHistoryService::watchListLoaded, this, &WatchPage::onListLoaded);
    connect(m_history, &Check::CheckHistoryService::watchListWriteFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("The watch list could not be saved: %1").arg(error));
    });
    m_keepInTray = QSettings().value(KeepInTrayKey, false).toBool();
    {
        const QSignalBlocker quiet(m_interval); // the default until the stored interval is known
        m_interval->setValue(DefaultIntervalHours);
    }
    m_listRequest = m_history->loadWatchList(legacyList());
    updateStatus();
}

WatchPage::~WatchPage() = default;

void WatchPage::createActions()
{
    auto *checkSelected = new QAction(tr("&Check Now"), m_table);
    connect(checkSelected, &QAction::triggered, this, [this] {
        m_scheduler->forgetCachedAnswers(); // the user asks: what the records are now
        m_scheduler->checkNow(selectedDomains());
    });
    auto *open = new QAction(tr("&Open in the Inspector"), m_table);
    connect(open, &QAction::triggered, this, [this] {
        if (const QStringList selected = selectedDomains(); !selected.isEmpty())
            Q_EMIT openRequested(selected.constFirst());
    });
    auto *snooze = new QAction(tr("&Snooze Notices for 24 Hours"), m_table);
    connect(snooze, &QAction::triggered, this, [this] {
        for (const QString &domain : selectedDomains())
            m_notifier->snooze(domain);
        Q_EMIT statusMessage(tr("No notices for the selected domains until tomorrow at this time."));
    });
    auto *remove = new QAction(tr("&Remove from the Watch List"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] { removeDomains(selectedDomains()); });
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->insertActions(m_table->actions().value(0), {open, checkSelected, snooze, remove, separator});
}

void WatchPage::setOptions(const Check::CheckOptions &options)
{
    m_scheduler->setOptions(options);
    m_history->setExpiryWarningDays(options.trust.expiryWarningDays);
}

int WatchPage::addFromText(const QString &text)
{
    // A pasted list may be separated by lines, spaces, commas or semicolons: one item a line.
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QString lines = text;
    lines.replace(separators, QStringLiteral("\n"));
    const Check::WatchListFile parsed = Check::WatchListFile::parse(lines);
    const int before = static_cast<int>(m_model->rowCount());
    addDomains(parsed.domains);
    const int added = static_cast<int>(m_model->rowCount()) - before;
    const int known = static_cast<int>(parsed.domains.size()) - added;
    QStringList said;
    said.append(tr("Added %n domain(s) to the watch list.", nullptr, added));
    if (known > 0)
        said.append(tr("%n were already watched.", nullptr, known));
    if (!parsed.rejected.isEmpty()) {
        said.append(tr("Not added, as no domain:"));
        said.append(parsed.rejectedLines());
    }
    m_note->setText(said.join(u'\n'));
    m_note->show();
    if (parsed.rejected.isEmpty())
        m_addEdit->clear();
    return added;
}

void WatchPage::addDomains(const QStringList &domains)
{
    const int added = m_model->add(domains);
    if (added == 0)
        return;
    // Written in the history's thread: 500 domains at once do not stall the window.
    const QStringList fresh = m_model->domains().mid(m_model->rowCount() - added);
    m_history->addWatched(fresh);
    listChanged();
    // New domains are checked at once: the list has nothing to say about them yet.
    m_scheduler->checkNow(fresh);
}

void WatchPage::removeDomains(const QStringList &domains)
{
    if (m_model->remove(domains) == 0)
        return;
    m_history->removeWatched(domains); // with their last changes
    listChanged();
    Q_EMIT statusMessage(
        tr("Stopped watching %n domain(s); their history is kept.", nullptr, static_cast<int>(domains.size())));
}

QStringList WatchPage::domains() const
{
    return m_model->domains();
}

void WatchPage::listChanged()
{
    m_scheduler->setDomains(m_model->domains());
    updateStatus();
}

Result<void> WatchPage::importList(const QString &path)
{
    const Result<QByteArray> content = FileIo::readAll(path, MaxListFileSize);
    if (!content)
        return Result<void>::failure(content.error());
    const Check::WatchListFile parsed = Check::WatchListFile::parse(QString::fromUtf8(content.value()));
    const int before = static_cast<int>(m_model->rowCount());
    addDomains(parsed.domains);
    QStringList said{
        tr("Imported %1: %n domain(s) added.", nullptr, static_cast<int>(m_model->rowCount()) - before).arg(path)};
    if (!parsed.rejected.isEmpty()) {
        said.append(tr("These lines are no domain and were left out:"));
        said.append(parsed.rejectedLines());
    }
    m_note->setText(said.join(u'\n'));
    m_note->show();
    return {};
}

Result<void> WatchPage::exportList(const QString &path) const
{
    return FileIo::writeAll(path, Check::WatchListFile::format(m_model->domains()).toUtf8());
}

void WatchPage::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Watch List"), {},
                                                      tr("Lists of domains (*.txt *.list);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> imported = importList(path); !imported) {
        m_note->setText(Check::displayMessage(imported.error()));
        m_note->show();
    }
}

void WatchPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Watch List"), QStringLiteral("watch-list.txt"), tr("Lists of domains (*.txt *.list)"));
    if (path.isEmpty())
        return;
    if (const Result<void> exported = exportList(path)) {
        Q_EMIT statusMessage(tr("Saved %1").arg(path));
    } else {
        m_note->setText(Check::displayMessage(exported.error()));
        m_note->show();
    }
}

void WatchPage::setIntervalHours(int hours)
{
    m_interval->setValue(hours);
}

int WatchPage::intervalHours() const
{
    return m_interval->value();
}

void WatchPage::checkAllNow()
{
    m_scheduler->forgetCachedAnswers(); // the user asks: what the records are now
    m_scheduler->checkNow();
    updateStatus();
}

void WatchPage::setKeepRunningInTray(bool keep)
{
    m_keepInTray = keep;
    QSettings().setValue(KeepInTrayKey, keep);
}

QStringList WatchPage::selectedDomains() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end());
    QStringList list;
    for (const QModelIndex &index : std::as_const(selected))
        list.append(index.data(WatchListModel::DomainRole).toString());
    return list;
}

void WatchPage::onOutcome(const Check::WatchOutcome &outcome)
{
    Findings problems;
    for (const Finding &change : outcome.changes) {
        if (Check::WatchChangeDetector::isProblem(change))
            problems.append(change);
    }
    // Every change moves "last change"; only problems wake the user.
    // The history's thread kept the last change with the check (CheckHistoryWorker).
    m_model->apply(outcome, outcome.changes);
    m_notifier->notify(outcome.domain, problems);
    scheduleStatus();
}

void WatchPage::onSummaries(int request, const QList<Check::WatchOutcome> &outcomes)
{
    if (request != m_summariesRequest)
        return;
    QHash<QString, QDateTime> checked;
    for (const Check::WatchOutcome &outcome : outcomes) {
        if (const WatchListModel::Row *row = m_model->row(outcome.domain); row && !row->lastAttempt.isValid()) {
            m_model->apply(outcome, {});
            checked.insert(outcome.domain, outcome.checked);
        }
    }
    m_scheduler->setLastChecked(checked);
}

Check::WatchListStore::Contents WatchPage::legacyList()
{
    // Before the list moved beside the history: the domains, the interval and each domain's last
    // change as {when, text} or {when, text, the finding as JSON}.
    const QSettings settings;
    Check::WatchListStore::Contents legacy;
    legacy.domains = settings.value(DomainsKey).toStringList();
    if (settings.contains(IntervalKey))
        legacy.intervalHours = settings.value(IntervalKey).toInt();
    const QVariantMap lastChanges = settings.value(LastChangesKey).toMap();
    for (auto it = lastChanges.cbegin(); it != lastChanges.cend(); ++it) {
        const QVariantList stored = it.value().toList();
        const QVariantMap json = stored.value(2).toMap();
        Finding change = json.isEmpty() ? Finding{} : Finding::fromJson(QJsonObject::fromVariantMap(json));
        if (change.message.isEmpty())
            change.message = stored.value(1).toString();
        legacy.lastChanges.insert(it.key(), {stored.value(0).toDateTime(), change});
    }
    return legacy;
}

void WatchPage::onListLoaded(int request, const Check::WatchListStore::Contents &contents, bool migrated)
{
    if (request != m_listRequest)
        return;
    if (migrated) {
        // Moved beside the history: the settings no longer hold it (a one-time write).
        QSettings settings;
        for (const QString &key : {DomainsKey, IntervalKey, LastChangesKey})
            settings.remove(key);
    }
    // Domains added before the list was read stay; the stored ones join them.
    m_model->add(contents.domains);
    for (auto it = contents.lastChanges.cbegin(); it != contents.lastChanges.cend(); ++it) {
        if (const WatchListModel::Row *row = m_model->row(it.key()); row && !row->lastChange.isValid())
            m_model->setLastChange(it.key(), it.value().when, Check::displayMessage(it.value().change));
    }
    if (!m_intervalChosen) {
        const QSignalBlocker quiet(m_interval); // read, not chosen: nothing to write back
        m_interval->setValue(contents.intervalHours.value_or(DefaultIntervalHours));
    }
    m_scheduler->setDomains(m_model->domains());
    m_scheduler->setInterval(std::chrono::hours(m_interval->value()));
    // The schedule starts once the summaries say when each domain was last checked.
    if (!m_model->domains().isEmpty())
        m_summariesRequest = m_history->watchSummaries(m_model->domains());
    else
        m_scheduler->setLastChecked({});
    updateStatus();
    Q_EMIT listLoaded();
}

void WatchPage::scheduleStatus()
{
    if (!m_statusUpdate->isActive())
        m_statusUpdate->start();
}

void WatchPage::updateStatus()
{
    const int running = m_scheduler->runningCount();
    const int queued = m_scheduler->queuedCount();
    QString text = tr("%n domain(s) watched", nullptr, m_model->rowCount());
    if (m_interval->value() == 0)
        text += tr(" · background checks are off");
    if (running + queued > 0)
        text += tr(" · %1 checking, %2 waiting").arg(running).arg(queued);
    m_status->setText(text);
}

} // namespace Sts::Ui
