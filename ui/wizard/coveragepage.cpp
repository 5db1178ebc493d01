// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragepage.h"

#include "models/mxhostsmodel.h"
#include "mxlinesmodel.h"
#include "policydraft.h"
#include "views/resulttable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sts::Ui {

using Style = MtaSts::CoveragePlanner::Style;

CoveragePage::CoveragePage(PolicyDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_lines(new MxLinesModel(this))
    , m_hosts(new MxHostsModel(this))
    , m_style(new QComboBox(this))
    , m_linesView(ResultTable::create(m_lines, tr("mx lines of the draft policy"), this))
    , m_hostsView(ResultTable::create(m_hosts, tr("MX hosts and their coverage"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_changes(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_leaveOut(new QCheckBox(tr("&Leave these MX hosts out on purpose (for example, they are being retired)"), this))
{
    setTitle(tr("Which MX hosts the policy covers"));
    setSubTitle(tr("Senders that follow the policy deliver only to MX hosts an mx line names. A wildcard such as "
                   "*.example.com covers exactly one label: mx1.example.com, but not mx1.eu.example.com."));

    m_style->addItem(tr("Automatic: a wildcard where every MX shares a parent"), int(Style::Automatic));
    m_style->addItem(tr("One line per MX host"), int(Style::ExactNames));
    m_style->addItem(tr("A wildcard wherever possible"), int(Style::Wildcard));
    m_style->setAccessibleName(tr("How to propose mx lines"));
    auto *proposeAgain = new QPushButton(tr("&Propose"), this);
    auto *add = new QPushButton(tr("&Add line"), this);

    m_linesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_linesView->horizontalHeader()->setSectionResizeMode(MxLinesModel::NotesColumn, QHeaderView::Stretch);
    for (int column : {MxHostsModel::TlsVersionColumn, MxHostsModel::CipherColumn, MxHostsModel::StartTlsColumn})
        m_hostsView->hideColumn(column);

    for (QLabel *label : {m_changes, m_warnings}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_leaveOut->setVisible(false);

    auto *styleRow = new QHBoxLayout;
    auto *styleLabel = new QLabel(tr("&Style:"), this);
    styleLabel->setBuddy(m_style);
    styleRow->addWidget(styleLabel);
    styleRow->addWidget(m_style, 1);
    styleRow->addWidget(proposeAgain);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(add);
    lineButtons->addWidget(m_remove);
    lineButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(styleRow);
    layout->addWidget(m_linesView, 2);
    layout->addLayout(lineButtons);
    layout->addWidget(m_changes);
    layout->addWidget(new QLabel(tr("MX hosts, and what a sender would do in enforce mode with these lines:"), this));
    layout->addWidget(m_hostsView, 3);
    layout->addWidget(m_warnings);
    layout->addWidget(m_leaveOut);

    connect(proposeAgain, &QPushButton::clicked, this, &CoveragePage::propose);
    connect(add, &QPushButton::clicked, this, [this] {
        const QModelIndex line = m_lines->appendLine();
        m_linesView->setCurrentIndex(line);
        m_linesView->edit(line);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_lines->removeLine(m_linesView->currentIndex().row()); });
    connect(m_lines, &MxLinesModel::patternsEdited, m_draft, &PolicyDraft::setPatterns);
    connect(m_lines, &MxLinesModel::patternsEdited, this, &CoveragePage::refresh);
    connect(m_leaveOut, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void CoveragePage::initializePage()
{
    m_lines->setLines(m_draft->patterns(), m_draft->mxHosts());
    refresh();
}

void CoveragePage::propose()
{
    const auto style = Style(m_style->currentData().toInt());
    const QStringList patterns = m_draft->proposedPatterns(style);
    m_lines->setLines(patterns, m_draft->mxHosts());
    m_draft->setPatterns(patterns);
    refresh();
}

QString CoveragePage::warnings() const
{
    return m_warnings->text();
}

QString CoveragePage::changes() const
{
    return m_changes->text();
}

void CoveragePage::refresh()
{
    m_remove->setEnabled(m_lines->rowCount() > 0);
    const Check::CheckResult judged = m_draft->judgedAs(MtaSts::Mode::Enforce);
    m_hosts->setResult(judged);

    QStringList warnings;
    const MtaSts::CoveragePlan &plan = m_lines->plan();
    if (!plan.uncovered.isEmpty())
        warnings.append(tr("Left out: %1. No mx line names it, so senders will not deliver to it once the policy is "
                           "in enforce mode. Add a line for it, or confirm below that this is intended.")
                            .arg(plan.uncovered.join(QStringLiteral(", "))));
    for (const Check::MxHostResult &host : judged.mx) {
        if (!host.matchedPattern.isEmpty() && host.resultType)
            warnings.append(tr("%1 fails validation (%2): in enforce mode senders will not deliver to it until its "
                               "STARTTLS and certificate are fixed.")
                                .arg(host.host, TlsRpt::resultTypeName(host.resultType)));
    }
    if (std::none_of(plan.lines.cbegin(), plan.lines.cend(),
                     [](const MtaSts::CoverageLine &line) { return line.valid; }))
        warnings.append(tr("The policy needs at least one valid mx line."));
    m_warnings->setText(warnings.join(u'\n'));

    if (m_draft->hasLivePolicy()) {
        const QStringList live = m_draft->livePatterns();
        const QStringList draft = m_lines->patterns();
        QStringList added;
        QStringList dropped;
        for (const QString &pattern : draft) {
            if (!pattern.isEmpty() && !live.contains(pattern, Qt::CaseInsensitive))
                added.append(pattern);
        }
        for (const QString &pattern : live) {
            if (!draft.contains(pattern, Qt::CaseInsensitive))
                dropped.append(pattern);
        }
        QStringList parts;
        if (!added.isEmpty())
            parts.append(tr("adds %1").arg(added.join(QStringLiteral(", "))));
        if (!dropped.isEmpty())
            parts.append(tr("drops %1").arg(dropped.join(QStringLiteral(", "))));
        m_changes->setText(parts.isEmpty()
                               ? tr("The same mx lines as the published policy.")
                               : tr("Against the published policy, this %1.").arg(parts.join(QStringLiteral("; "))));
    }
    m_changes->setVisible(m_draft->hasLivePolicy());
    m_leaveOut->setVisible(!plan.uncovered.isEmpty());
    if (plan.uncovered.isEmpty())
        m_leaveOut->setChecked(false);
    Q_EMIT completeChanged();
}

bool CoveragePage::isComplete() const
{
    const MtaSts::CoveragePlan &plan = m_lines->plan();
    const bool allValid =
        !plan.lines.isEmpty() && std::all_of(plan.lines.cbegin(), plan.lines.cend(),
                                             [](const MtaSts::CoverageLine &line) { return line.valid; });
    return allValid && (plan.complete() || m_leaveOut->isChecked());
}

} // namespace Sts::Ui
