// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "datetext.h"
#include "models/verdictitem.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {

//! Domain → when it was taken off the list; a check after that brings it back.
const QString HiddenKey = QStringLiteral("startPage/hiddenRecent");

QVariantMap hiddenRecent()
{
    return QSettings().value(HiddenKey).toMap();
}

QPushButton *actionButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_check(actionButton(tr("Check a &domain"), tr("Type a mail domain in the entry above and press Enter."), this))
    , m_import(actionButton(tr("&Import reports…"),
                            tr("Read the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, "
                               ".eml, .mbox files or whole folders."),
                            this))
    , m_wizard(actionButton(tr("Create a &policy…"),
                            tr("Walk from no MTA-STS policy, or the published one, to a checked deployment."), this))
    , m_recent(new QStandardItemModel(this))
    , m_recentView(new QTreeView(this))
    , m_noRecent(new QLabel(tr("Domains you check are listed here with their last verdict."), this))
    , m_remove(new QAction(tr("&Remove from Recent"), this))
    , m_clear(new QAction(tr("&Clear Recent Domains…"), this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *headline =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Is mail to your domain protected in transit?")), this);
    auto *intro = new QLabel(tr("StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, "
                                "reads TLS-RPT reports and helps you publish a policy."),
                             this);
    intro->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_check, m_import, m_wizard})
        actions->addWidget(button, 1);

    m_recent->setHorizontalHeaderLabels({tr("Domain"), tr("Last verdict"), tr("Last checked")});
    m_recentView->setModel(m_recent);
    m_recentView->setRootIsDecorated(false);
    m_recentView->setUniformRowHeights(true);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setAccessibleName(tr("Recent domains"));
    m_recentView->header()->setSectionResizeMode(DomainColumn, QHeaderView::Stretch);
    m_recentView->header()->setSectionResizeMode(VerdictColumn, QHeaderView::ResizeToContents);
    m_recentView->header()->setSectionResizeMode(CheckedColumn, QHeaderView::ResizeToContents);
    m_recentView->header()->setStretchLastSection(false);
    auto *recentLabel = new QLabel(tr("Rec&ent domains (double-click or Enter checks again):"), this);
    recentLabel->setBuddy(m_recentView);
    m_noRecent->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addWidget(headline);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(actions);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recentView, 1);
    column->addWidget(m_noRecent);
    column->addStretch(0); // takes the room while there are no recent domains to list
    // Readable line lengths on a wide window: the column keeps to the middle.
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 6);
    layout->addStretch(1);

    connect(m_check, &QPushButton::clicked, this, &StartPage::checkRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_wizard, &QPushButton::clicked, this, &StartPage::wizardRequested);
    connect(m_recentView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT domainActivated(m_recent->index(index.row(), DomainColumn).data().toString());
    });

    // Taking a domain off the list keeps its history: the History tab still has it.
    m_recentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recentView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setStatusTip(tr("Take the selected domains off this list; their check history is kept."));
    m_clear->setStatusTip(tr("Take every domain off this list, and optionally delete their check history."));
    m_recentView->addAction(m_remove);
    m_recentView->addAction(m_clear);
    connect(m_remove, &QAction::triggered, this, [this] { hideRecent(selectedDomains()); });
    connect(m_clear, &QAction::triggered, this, &StartPage::confirmClear);
    setRecent({});
}

QStringList StartPage::selectedDomains() const
{
    QStringList domains;
    for (const QModelIndex &row : m_recentView->selectionModel()->selectedRows(DomainColumn))
        domains.append(row.data().toString());
    if (domains.isEmpty() && m_recentView->currentIndex().isValid())
        domains.append(m_recent->index(m_recentView->currentIndex().row(), DomainColumn).data().toString());
    return domains;
}

QStringList StartPage::recentDomains() const
{
    QStringList domains;
    for (int row = 0; row < m_recent->rowCount(); ++row)
        domains.append(m_recent->index(row, DomainColumn).data().toString());
    return domains;
}

void StartPage::hideRecent(const QStringList &domains)
{
    if (domains.isEmpty())
        return;
    QVariantMap hidden = hiddenRecent();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &domain : domains)
        hidden.insert(domain, now);
    QSettings().setValue(HiddenKey, hidden);
    showRecent();
}

void StartPage::confirmClear()
{
    const QStringList domains = recentDomains();
    if (domains.isEmpty())
        return;
    // open(), not exec(): the window goes on while the question is shown.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Clear Recent Domains"),
        tr("Take all %n domain(s) off the list of recent domains?", nullptr, static_cast<int>(domains.size())),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("clearRecentQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Their check history is kept: a domain comes back when you check it again, with "
                               "its earlier checks in the History tab."));
    // Deleting the history too is offered where the window can do it.
    QCheckBox *alsoHistory = nullptr;
    if (isSignalConnected(QMetaMethod::fromSignal(&StartPage::historyDeletionRequested))) {
        alsoHistory = new QCheckBox(tr("Also &delete their check history"), box);
        alsoHistory->setObjectName(QStringLiteral("deleteHistoryBox"));
        box->setCheckBox(alsoHistory);
    }
    QPushButton *clear = box->addButton(tr("C&lear"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(clear);
    connect(box, &QMessageBox::finished, this, [this, box, clear, alsoHistory, domains] {
        if (box->clickedButton() != clear)
            return;
        hideRecent(domains);
        if (alsoHistory && alsoHistory->isChecked())
            Q_EMIT historyDeletionRequested(domains);
    });
    box->open();
}

void StartPage::setRecent(const QList<Check::CheckHistory::Entry> &recent)
{
    m_allRecent = recent;
    showRecent();
}

void StartPage::showRecent()
{
    const QVariantMap hidden = hiddenRecent();
    QList<Check::CheckHistory::Entry> recent;
    for (const Check::CheckHistory::Entry &entry : std::as_const(m_allRecent)) {
        const QVariant hiddenAt = hidden.value(entry.domain);
        if (!hiddenAt.isValid() || entry.started > hiddenAt.toDateTime())
            recent.append(entry);
    }
    m_recent->removeRows(0, m_recent->rowCount());
    for (const Check::CheckHistory::Entry &entry : std::as_const(recent)) {
        auto *domain = new QStandardItem(entry.domain);
        domain->setEditable(false);
        auto *checked = new QStandardItem(DateText::dateTime(entry.started));
        checked->setEditable(false);
        m_recent->appendRow({domain, VerdictItem::create(entry.verdict), checked});
    }
    m_noRecent->setVisible(recent.isEmpty());
    m_recentView->setVisible(!recent.isEmpty());
    if (!recent.isEmpty() && !m_recentView->currentIndex().isValid())
        m_recentView->setCurrentIndex(m_recent->index(0, 0));
    m_remove->setEnabled(!recent.isEmpty());
    m_clear->setEnabled(!recent.isEmpty());
}

} // namespace Sts::Ui
