// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "check/checkhandle.h"
#include "check/checkhistoryservice.h"
#include "check/checkresult.h"
#include "check/checkservice.h"
#include "check/findingregistry.h"
#include "check/htmlreport.h"
#include "common/domaininput.h"
#include "common/filecatalog.h"
#include "common/fileio.h"
#include "datetext.h"
#include "domaininspector.h"
#include "environmentindicator.h"
#include "helpwindow.h"
#include "models/stateicons.h"
#include "models/verdictitem.h"
#include "reports/reportdropfilter.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "startpage.h"
#include "viewcopy.h"
#include "views/historyview.h"
#include "watch/watchnotifier.h"
#include "watch/watchpage.h"
#include "wizard/policywizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {
const auto HistoryKey = QStringLiteral("history/domains");
constexpr int HistorySize = 50;
} // namespace

MainWindow::MainWindow(const Check::CheckOptions &options, const QString &historyFile, const QString &reportLibraryFile,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_settings(new QSettings(this))
    , m_service(new Check::CheckService(this))
    , m_history(new Check::CheckHistoryService(this))
{
    // One path for the app and the CLI's watch: they share the history.
    m_history->open(historyFile.isEmpty() ? Check::CheckHistory::defaultPath() : historyFile);
    setWindowTitle(tr("StsScope"));
    setObjectName(QStringLiteral("mainWindow"));
    createCentralArea();
    createMenus();
    m_environment = new EnvironmentIndicator(this);
    statusBar()->addPermanentWidget(m_environment);
    connect(m_service, &Check::CheckService::environmentTested, m_environment, &EnvironmentIndicator::merge);
    connect(m_environment, &EnvironmentIndicator::retestRequested, this,
            [this] { m_service->testEnvironment(m_options); });
    // At start, beside whatever the user checks first; without reference hosts (tests) there is
    // nothing to test against.
    if (!m_options.environmentReferences.isEmpty())
        m_service->testEnvironment(m_options);
    statusBar()->showMessage(tr("Type a mail domain and press Enter."));
    connectHistory();
    m_reports->openLibrary(reportLibraryFile.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                     QStringLiteral("/reports.sqlite")
                               : reportLibraryFile);
    // The timelines count TLS-RPT failures from the reports the Reports area has loaded.
    connect(m_reports, &ReportsPage::libraryLoaded, this, [this] {
        m_loadedReports = TlsRpt::reportsOf(m_reports->reportsModel()->reports());
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.inspector)
                entry.inspector->setHistoryReports(m_loadedReports);
        }
    });
    connect(m_reports, &ReportsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // Reports beside the checks: each inspector's Reports tab sums the library's reports for its
    // domain, and a failing MX in the Reports area leads to a live check of its domain.
    connect(m_reports, &ReportsPage::libraryLoaded, this, [this] {
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.inspector)
                entry.inspector->setReports(m_reports->reports());
        }
    });
    // New failures from a mailbox sync: the status bar says so (statusMessage); where the watch
    // list has a tray icon, a quiet tray message too.
    connect(m_reports, &ReportsPage::newFailuresReported, this, [this](const QString &message) {
        if (QSystemTrayIcon *tray = m_watch->notifier()->tray())
            tray->showMessage(tr("TLS-RPT reports"), message, QSystemTrayIcon::Information);
    });
    connect(m_reports, &ReportsPage::checkDomainRequested, this, [this](const QString &domain) {
        m_areas->setCurrentIndex(0);
        checkDomain(domain);
        const DomainInput input = DomainInput::parse(domain); // what checkDomain() made of it
        if (DomainInspector *shown = input.ok() ? inspector(input.domain) : nullptr)
            shown->showReports();
    });
    new ReportDropFilter(this, [this](const QStringList &paths) { openReports(paths); });
    refreshRecent();
    restoreSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectHistory()
{
    connect(m_history, &Check::CheckHistoryService::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            statusBar()->showMessage(tr("Check history is off: %1").arg(error));
    });
    connect(m_history, &Check::CheckHistoryService::latestReady, this,
            [this](int request, const QList<Check::CheckHistory::Entry> &latest) {
                if (request == m_recentRequest)
                    m_startPage->setRecent(latest);
            });
    connect(m_history, &Check::CheckHistoryService::recorded, this,
            [this](int request, const QString &domain, qint64 id) {
                if (!m_recordRequests.remove(request))
                    return; // a watch-list check: its list says what became of it
                if (id != 0)
                    refreshRecent();
                if (const Entry entry = m_entries.value(domain); entry.inspector)
                    entry.inspector->setHistory(m_history, domain, id);
            });
    connect(m_history, &Check::CheckHistoryService::removed, this,
            [this](int request, qint64 count, const QString &error) {
                if (!m_removeRequests.remove(request))
                    return;
                if (count < 0)
                    statusBar()->showMessage(tr("Could not delete the check history: %1").arg(error));
                else
                    statusBar()->showMessage(
                        tr("Deleted %n check(s) from the history.", nullptr, static_cast<int>(count)), 10000);
                refreshRecent();
            });
    connect(m_history, &Check::CheckHistoryService::entriesReady, this,
            [this](int request, const QString &domain, const QList<Check::CheckHistory::Entry> &last) {
                if (m_restoreRequests.remove(request))
                    onRestoredEntry(domain, last);
            });
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *bar = new QHBoxLayout;
    m_entry = new QComboBox(central);
    m_entry->setEditable(true);
    m_entry->setInsertPolicy(QComboBox::NoInsert);
    m_entry->setMinimumContentsLength(30);
    m_entry->setAccessibleName(tr("Domain"));
    m_entry->lineEdit()->setPlaceholderText(tr("example.com"));
    m_entry->addItems(m_settings->value(HistoryKey).toStringList());
    m_entry->setCurrentText(QString());
    m_entry->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_entry->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // Mnemonics: the menu bar holds F, C, V, T and H, so Alt+C stays the Check menu's.
    m_checkButton = new QPushButton(tr("Chec&k"), central);
    m_checkButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("C&ancel"), central);
    m_cancelButton->setEnabled(false);
    m_running = new QLabel(central);
    bar->addWidget(m_entry, 1);
    bar->addWidget(m_checkButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_running);
    layout->addLayout(bar);
    // Says, right under the entry, why a text is no domain or what was made of it.
    m_entryNote = new QLabel(central);
    m_entryNote->setTextFormat(Qt::PlainText); // it repeats what was pasted
    m_entryNote->setWordWrap(true);
    m_entryNote->setAccessibleName(tr("About the domain entered"));
    m_entryNote->hide();
    layout->addWidget(m_entryNote);
    connect(m_entry->lineEdit(), &QLineEdit::returnPressed, this, [this] { checkDomain(m_entry->currentText()); });
    connect(m_checkButton, &QPushButton::clicked, this, [this] { checkDomain(m_entry->currentText()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelCurrent);

    auto *splitter = new QSplitter(central);
    m_domains = new QStandardItemModel(this);
    m_domainList = new QListView(splitter);
    m_domainList->setModel(m_domains);
    m_domainList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domainList->setAccessibleName(tr("Checked domains"));
    // The list's context menu: re-check, remove, copy; Delete removes, Enter or a double-click
    // checks again. The actions act on every selected domain.
    ViewCopy::install(m_domainList);
    m_recheckSelected = new QAction(tr("&Re-check"), m_domainList);
    connect(m_recheckSelected, &QAction::triggered, this, [this] {
        for (const QString &domain : selectedDomains())
            checkDomain(domain);
    });
    m_removeSelected = new QAction(tr("Re&move from the list"), m_domainList);
    m_removeSelected->setShortcut(QKeySequence::Delete);
    m_removeSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeSelected, &QAction::triggered, this, [this] { removeDomains(selectedDomains()); });
    auto *separator = new QAction(m_domainList);
    separator->setSeparator(true);
    m_domainList->insertActions(m_domainList->actions().value(0), {m_recheckSelected, m_removeSelected, separator});
    connect(m_domainList, &QListView::activated, this,
            [this](const QModelIndex &index) { checkDomain(index.data(Qt::UserRole).toString()); });
    m_pages = new QStackedWidget(splitter);
    m_startPage = new StartPage(m_pages);
    m_pages->addWidget(m_startPage);
    connect(m_startPage, &StartPage::checkRequested, this, &MainWindow::focusEntry);
    connect(m_startPage, &StartPage::importRequested, this, [this] { m_reports->importFilesAction()->trigger(); });
    connect(m_startPage, &StartPage::wizardRequested, this, &MainWindow::openPolicyWizard);
    connect(m_startPage, &StartPage::domainActivated, this, &MainWindow::checkDomain);
    connect(m_startPage, &StartPage::historyDeletionRequested, this,
            [this](const QStringList &domains) { m_removeRequests.insert(m_history->remove(domains)); });
    m_watch = new WatchPage(m_history, true, m_pages);
    m_watch->setOptions(m_options);
    m_pages->addWidget(m_watch);
    connect(m_watch, &WatchPage::openRequested, this, [this](const QString &domain) {
        showNormal();
        activateWindow();
        checkDomain(domain);
    });
    connect(m_watch, &WatchPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_watch, &WatchPage::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_watch, &WatchPage::watchListRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showWatchList();
    });
    connect(m_watch, &WatchPage::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });
    splitter->addWidget(m_domainList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 820});
    // Domains and received reports are the two top-level areas (UI.md); the entry stays above both.
    m_areas = new QTabWidget(central);
    m_areas->setDocumentMode(true);
    m_areas->addTab(splitter, tr("Do&mains"));
    m_reports = new ReportsPage(m_areas);
    m_areas->addTab(m_reports, tr("&Reports"));
    layout->addWidget(m_areas, 1);
    connect(m_domainList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDomain(current.data(Qt::UserRole).toString());
            });
    const auto updateListActions = [this] {
        const bool any = m_domainList->selectionModel()->hasSelection();
        m_recheckSelected->setEnabled(any);
        m_removeSelected->setEnabled(any);
    };
    connect(m_domainList->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateListActions);
    updateListActions();
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_reports->importFilesAction());
    fileMenu->addAction(m_reports->importFolderAction());
    fileMenu->addSeparator();
    QAction *exportJson =
        fileMenu->addAction(tr("Export as &JSON…"), this, [this] { exportWithDialog(ExportFormat::Json); });
    exportJson->setShortcut(QKeySequence::Save);
    QAction *exportHtml =
        fileMenu->addAction(tr("Export as &HTML…"), this, [this] { exportWithDialog(ExportFormat::Html); });
    exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *checkMenu = menuBar()->addMenu(tr("&Check"));
    QAction *newCheck = checkMenu->addAction(tr("&New Check…"), this, &MainWindow::focusEntry);
    newCheck->setShortcut(QKeySequence::New);
    QAction *recheck = checkMenu->addAction(tr("&Re-check"), this, [this] {
        if (DomainInspector *inspector = currentInspector())
            checkDomain(inspector->result().domain);
    });
    recheck->setShortcut(QKeySequence::Refresh);
    QAction *cancel = checkMenu->addAction(tr("C&ancel"), this, &MainWindow::cancelCurrent);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    checkMenu->addSeparator();
    QAction *watch = checkMenu->addAction(tr("&Watch This Domain"), this, [this] {
        if (const DomainInspector *inspector = currentInspector()) {
            m_watch->addDomains({inspector->result().domain});
            statusBar()->showMessage(
                tr("%1 is on the watch list: it is checked again in the background.").arg(inspector->result().domain),
                5000);
        }
    });
    watch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *start = viewMenu->addAction(tr("&Start Page"), this, &MainWindow::showStartPage);
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *showDomains = viewMenu->addAction(tr("&Domains"), this, [this] { m_areas->setCurrentIndex(0); });
    showDomains->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showWatch = viewMenu->addAction(tr("&Watch List"), this, &MainWindow::showWatchList);
    showWatch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction *showReports = viewMenu->addAction(tr("&Reports"), this, [this] { m_areas->setCurrentWidget(m_reports); });
    showReports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *wizard = toolsMenu->addAction(tr("&Policy wizard…"), this, &MainWindow::openPolicyWizard);
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    toolsMenu->addSeparator();
    QAction *settings = toolsMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *keepInTray = toolsMenu->addAction(tr("Keep Running in the &Tray"));
    keepInTray->setCheckable(true);
    keepInTray->setChecked(m_watch->keepRunningInTray());
    keepInTray->setEnabled(m_watch->notifier()->hasTray());
    keepInTray->setToolTip(tr("Closing the window leaves StsScope in the system tray, watching your domains."));
    connect(keepInTray, &QAction::toggled, m_watch, &WatchPage::setKeepRunningInTray);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        helpMenu->addAction(tr("&User Guide"), this, [this] { openHelp(QStringLiteral("user-guide.md")); });
    guide->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&Findings Reference"), this, [this] { openHelp(QStringLiteral("findings.md")); });
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About StsScope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::checkDomain(const QString &text)
{
    const DomainInput input = DomainInput::parse(text);
    if (!input.ok()) {
        m_entryNote->setText(
            tr("\"%1\" is not a domain name: %2.").arg(DomainInput::shown(text.trimmed()), input.problem));
        m_entryNote->show();
        return;
    }
    const QString &domain = input.domain;
    m_entryNote->setText(tr("Checking %1: %2.").arg(domain, input.changesText()));
    m_entryNote->setVisible(!input.changes.isEmpty());
    if (!input.changes.isEmpty())
        m_entry->setCurrentText(domain);
    Entry &entry = m_entries[domain];
    dropCheck(entry); // its late results would overwrite the new check's
    if (!entry.item)
        entry.item = addDomainItem(domain);
    if (!entry.inspector) {
        entry.inspector = new DomainInspector(m_pages);
        entry.inspector->setHistoryReports(m_loadedReports);
        m_pages->addWidget(entry.inspector);
        entry.inspector->setReports(m_reports->reports());
    }
    Check::CheckHandle *check = m_service->run(domain, m_options, this);
    connect(check, &Check::CheckHandle::progress, this,
            [this, check](const Check::CheckResult &snapshot) { onProgress(check, snapshot); });
    connect(check, &Check::CheckHandle::finished, this,
            [this, check](const Check::CheckResult &result) { onFinished(check, result); });
    entry.check = check;
    statusBar()->showMessage(tr("Checking %1…").arg(domain));
    m_runningProbes.insert(check, {tr("%1: starting").arg(domain)});
    Check::CheckResult pending;
    pending.domain = domain;
    entry.inspector->setResult(pending);
    entry.item->setIcon(StateIcons::running());
    entry.item->setToolTip(tr("checking"));
    rememberDomain(domain);
    showDomain(domain);
    updateRunningIndicator();
}

void MainWindow::cancelCurrent()
{
    if (DomainInspector *inspector = currentInspector()) {
        if (Check::CheckHandle *check = m_entries.value(inspector->result().domain).check)
            check->cancel(); // finished() follows with what was observed
    }
}

DomainInspector *MainWindow::inspector(const QString &domain) const
{
    return m_entries.value(domain).inspector;
}

DomainInspector *MainWindow::currentInspector() const
{
    return qobject_cast<DomainInspector *>(m_pages->currentWidget());
}

void MainWindow::dropCheck(Entry &entry)
{
    if (!entry.check)
        return;
    m_runningProbes.remove(entry.check);
    delete entry.check; // cancels the check
    entry.check = nullptr;
}

void MainWindow::onProgress(Check::CheckHandle *check, const Check::CheckResult &snapshot)
{
    const Entry entry = m_entries.value(check->domain());
    Q_ASSERT(entry.check == check); // a dropped check delivers nothing
    entry.inspector->setResult(snapshot);
    QStringList running;
    for (const QString &probe : snapshot.running)
        running.append(tr("%1: %2").arg(snapshot.domain, probe));
    m_runningProbes.insert(check, running);
    updateRunningIndicator();
}

void MainWindow::onFinished(Check::CheckHandle *check, const Check::CheckResult &result)
{
    m_runningProbes.remove(check);
    Entry &entry = m_entries[check->domain()];
    Q_ASSERT(entry.check == check);
    entry.check = nullptr; // before the indicator: Cancel goes grey when the shown check ends
    check->deleteLater();
    updateRunningIndicator();
    entry.inspector->setResult(result);
    if (result.error.isEmpty() && !result.cancelled)
        m_environment->merge(result.environment);
    // Written in the history's thread; the History tab fills in when it is kept.
    m_recordRequests.insert(m_history->record(result), result.domain);
    entry.inspector->setHistoryCurrent(result.toJson());
    entry.item->setIcon(StateIcons::forVerdict(result.verdict));
    entry.item->setToolTip(Check::verdictText(result.verdict));
    if (currentInspector() == entry.inspector)
        statusBar()->showMessage(tr("%1: %2").arg(result.domain, Check::verdictText(result.verdict)));
}

void MainWindow::showDomain(const QString &domain)
{
    const Entry entry = m_entries.value(domain);
    if (entry.item && !entry.inspector) {
        checkDomain(domain); // from the last session: opening it checks it now
        return;
    }
    if (!entry.inspector)
        return;
    m_areas->setCurrentIndex(0);
    m_pages->setCurrentWidget(entry.inspector);
    const QModelIndex index = m_domains->indexFromItem(entry.item);
    if (m_domainList->currentIndex() != index)
        m_domainList->setCurrentIndex(index);
    m_cancelButton->setEnabled(entry.check != nullptr);
}

QStandardItem *MainWindow::addDomainItem(const QString &domain)
{
    auto *item = new QStandardItem(domain);
    item->setData(domain, Qt::UserRole);
    item->setEditable(false);
    m_domains->appendRow(item);
    return item;
}

QStringList MainWindow::domains() const
{
    QStringList list;
    for (int row = 0; row < m_domains->rowCount(); ++row)
        list.append(m_domains->index(row, 0).data(Qt::UserRole).toString());
    return list;
}

QStringList MainWindow::selectedDomains() const
{
    QModelIndexList selected = m_domainList->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end());
    QStringList list;
    for (const QModelIndex &index : std::as_const(selected))
        list.append(index.data(Qt::UserRole).toString());
    return list;
}

void MainWindow::removeDomains(const QStringList &domains)
{
    if (domains.isEmpty())
        return;
    const bool shownRemoved = currentInspector() && domains.contains(currentInspector()->result().domain);
    int nextRow = -1;
    for (const QString &domain : domains) {
        const auto found = m_entries.find(domain);
        if (found == m_entries.end())
            continue;
        dropCheck(*found);
        if (found->inspector) {
            m_pages->removeWidget(found->inspector);
            found->inspector->deleteLater();
        }
        const int row = m_domains->indexFromItem(found->item).row();
        nextRow = row;
        m_entries.erase(found);
        m_domains->removeRow(row);
    }
    updateRunningIndicator();
    statusBar()->showMessage(
        tr("Removed %n domain(s) from the list; their history is kept.", nullptr, static_cast<int>(domains.size())),
        5000);
    if (!shownRemoved)
        return;
    // The neighbour of the last removed row takes its place, as in a file manager.
    if (m_domains->rowCount() == 0) {
        showStartPage();
        return;
    }
    m_domainList->setCurrentIndex(m_domains->index(std::min(nextRow, m_domains->rowCount() - 1), 0));
}

void MainWindow::showStartPage()
{
    m_areas->setCurrentIndex(0);
    m_pages->setCurrentWidget(m_startPage);
    m_domainList->selectionModel()->clear();
    m_cancelButton->setEnabled(false);
}

void MainWindow::showWatchList()
{
    m_areas->setCurrentIndex(0);
    m_pages->setCurrentWidget(m_watch);
    m_domainList->selectionModel()->clear();
    m_cancelButton->setEnabled(false);
}

void MainWindow::refreshRecent()
{
    m_recentRequest = m_history->latestPerDomain();
}

void MainWindow::focusEntry()
{
    m_entry->setFocus();
    m_entry->lineEdit()->selectAll();
}

void MainWindow::openPolicyWizard()
{
    // Modeless: the user can keep inspecting domains while the wizard runs its own lookups.
    auto *policyWizard = new PolicyWizard(m_options, this);
    policyWizard->setAttribute(Qt::WA_DeleteOnClose);
    // A move to enforce is judged by the reports loaded here, and by those imported meanwhile.
    policyWizard->setLoadedReports(m_reports->reportsModel()->reports());
    connect(m_reports, &ReportsPage::libraryLoaded, policyWizard,
            [this, policyWizard] { policyWizard->setLoadedReports(m_reports->reportsModel()->reports()); });
    policyWizard->show();
    if (const DomainInspector *inspector = currentInspector())
        policyWizard->setDomain(inspector->result().domain);
}

void MainWindow::openHelp(const QString &document)
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->openDocument(document);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::updateRunningIndicator()
{
    QStringList probes;
    for (const QStringList &running : std::as_const(m_runningProbes))
        probes += running;
    // The label counts; its tooltip (and accessible description) says which probes still run.
    const auto shown = static_cast<int>(std::max<qsizetype>(1, probes.size()));
    m_running->setText(m_runningProbes.isEmpty() ? QString() : tr("%n probe(s) running", nullptr, shown));
    probes.sort();
    m_running->setToolTip(probes.join(u'\n'));
    m_running->setAccessibleDescription(m_running->toolTip());
    if (DomainInspector *inspector = currentInspector())
        m_cancelButton->setEnabled(m_entries.value(inspector->result().domain).check != nullptr);
}

void MainWindow::rememberDomain(const QString &domain)
{
    // One long-lived QSettings: it writes back (with an fsync) from the event loop later and on
    // close, not once per started check.
    QStringList history = m_settings->value(HistoryKey).toStringList();
    history.removeAll(domain);
    history.prepend(domain);
    while (history.size() > HistorySize)
        history.removeLast();
    m_settings->setValue(HistoryKey, history);
    if (m_entry->findText(domain) < 0)
        m_entry->insertItem(0, domain);
}

Result<void> MainWindow::exportCurrent(const QString &path, ExportFormat format)
{
    const DomainInspector *inspector = currentInspector();
    if (!inspector)
        return Result<void>::failure(makeFinding(FileCatalog::FileNothingToExport, path, {path}));
    // JSON as the check made it (English sentences); the HTML report in the language shown.
    const QByteArray content = format == ExportFormat::Json
                                   ? QJsonDocument(inspector->result().toJson()).toJson(QJsonDocument::Indented)
                                   : Check::HtmlReport::render(inspector->shownResult()).toUtf8();
    return FileIo::writeAll(path, content);
}

void MainWindow::exportWithDialog(ExportFormat format)
{
    const DomainInspector *inspector = currentInspector();
    if (!inspector) {
        statusBar()->showMessage(tr("Check a domain first."), 5000);
        return;
    }
    const bool json = format == ExportFormat::Json;
    const QString suggested = inspector->result().domain + (json ? QStringLiteral(".json") : QStringLiteral(".html"));
    const QString path = QFileDialog::getSaveFileName(this, json ? tr("Export as JSON") : tr("Export as HTML"),
                                                      suggested, json ? tr("JSON (*.json)") : tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    if (const Result<void> saved = exportCurrent(path, format))
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export"), Check::displayMessage(saved.error()));
}

void MainWindow::showAbout()
{
    // open(), not exec(): window-modal without a nested event loop.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    const AppSettings before = AppSettings::load();
    SettingsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings after = dialog.settings();
    after.save();
    after.applyTo(m_options);
    m_watch->setOptions(m_options);
    if (after.colorScheme != before.colorScheme)
        Appearance::apply(after.colorScheme);
    statusBar()->showMessage(after.language != before.language
                                 ? tr("Settings saved. The new language shows after a restart.")
                                 : tr("Settings saved; the next check uses them."),
                             5000);
}

void MainWindow::openReports(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_areas->setCurrentWidget(m_reports);
    m_reports->importPaths(paths);
}

void MainWindow::restoreSession()
{
    const AppSettings::Session session = AppSettings::loadSession();
    if (!restoreGeometry(session.geometry))
        resize(1100, 720);
    restoreState(session.windowState);
    // The domains come back with the verdict they had when last checked; the one that was shown
    // is checked again at once, the others when they are opened. Nothing is checked behind the
    // user's back beyond what was on screen.
    for (const QString &domain : session.domains) {
        if (m_entries.contains(domain) || !DomainInput::parse(domain).ok())
            continue;
        m_entries[domain].item = addDomainItem(domain);
        m_entries[domain].item->setToolTip(tr("Not checked yet"));
        m_restoreRequests.insert(m_history->entries(domain, 1), domain);
    }
    if (!session.currentDomain.isEmpty())
        checkDomain(session.currentDomain);
}

void MainWindow::onRestoredEntry(const QString &domain, const QList<Check::CheckHistory::Entry> &last)
{
    const Entry entry = m_entries.value(domain);
    if (!entry.item || entry.inspector || last.isEmpty())
        return; // removed or opened meanwhile: the check itself says more
    const std::optional<Check::Verdict> verdict = VerdictItem::fromName(last.constFirst().verdict);
    if (verdict)
        entry.item->setIcon(StateIcons::forVerdict(*verdict));
    entry.item->setToolTip(tr("Last checked %1: %2")
                               .arg(DateText::dateTime(last.constFirst().started),
                                    verdict ? Check::verdictText(*verdict) : last.constFirst().verdict));
}

void MainWindow::saveSession()
{
    AppSettings::Session session;
    session.domains = domains();
    if (const DomainInspector *inspector = currentInspector())
        session.currentDomain = inspector->result().domain;
    session.geometry = saveGeometry();
    session.windowState = saveState();
    AppSettings::saveSession(session);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A policy wizard with unsaved work would go down with the window: it asks first, and the
    // window stays until the user has answered (and closes it again).
    for (PolicyWizard *wizard : findChildren<PolicyWizard *>()) {
        if (wizard->isVisible() && wizard->hasUnsavedWork()) {
            wizard->raise();
            wizard->activateWindow();
            wizard->reject();
            event->ignore();
            return;
        }
    }
    saveSession();
    // Watching goes on in the tray when the user asked for it; Quit (menu or tray) ends it.
    if (!m_quitting && m_watch->keepRunningInTray() && m_watch->notifier()->hasTray()) {
        hide();
        event->ignore();
        return;
    }
    m_quitting = false;
    event->accept();
}

} // namespace Sts::Ui
