// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsview.h"

#include "check/findingadvice.h"
#include "check/findingregistry.h"
#include "models/findingsfilterproxy.h"
#include "models/findingsmodel.h"
#include "viewcopy.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Sts::Ui {

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxy(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_explanation(new QTextBrowser(this))
{
    m_severity->addItem(tr("Problems (warnings and errors)"), int(Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    m_severity->addItem(tr("Everything"), int(Severity::Ok));
    m_severity->setAccessibleName(tr("Show findings"));
    m_search->setPlaceholderText(tr("Filter findings"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter findings"));
    auto *severityLabel = new QLabel(tr("Sho&w:"), this);
    severityLabel->setBuddy(m_severity);

    m_proxy->setSourceModel(m_model);
    m_proxy->setMinimumSeverity(Severity::Warning);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The message takes what is left; severity, code and RFC section are short and shown whole;
    // the subject (a record, host or address) is shown whole up to a sensible width.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::SubjectColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setAccessibleName(tr("Findings"));
    ViewCopy::install(m_table);
    m_explanation->setAccessibleName(tr("Finding explained"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &FindingsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsView::explainCurrent);
    // Double-click (or Enter) opens the explanation in a window of its own, with room to read.
    connect(m_table, &QTableView::activated, this, &FindingsView::showDetails);
}

void FindingsView::fitSubjectColumn()
{
    m_table->resizeColumnToContents(FindingsModel::SubjectColumn);
    const int cap = m_table->fontMetrics().horizontalAdvance(u'x') * 36;
    if (m_table->columnWidth(FindingsModel::SubjectColumn) > cap)
        m_table->setColumnWidth(FindingsModel::SubjectColumn, cap);
}

void FindingsView::showDetails(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid())
        return;
    const Finding &finding = m_model->findings().at(source.row());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Finding %1").arg(finding.code));
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(tr("Finding explained"));
    text->setHtml(explanationHtml(finding));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->open();
}

void FindingsView::setFindings(const Findings &findings)
{
    if (findings == m_model->findings())
        return; // a snapshot that changed nothing here: keep the selection
    m_model->setFindings(findings);
    fitSubjectColumn();
    applyFilter();
}

bool FindingsView::selectFinding(const QString &code, const QString &subject)
{
    const Findings &findings = m_model->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).code != code || findings.at(row).subject != subject)
            continue;
        m_search->clear();
        QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!shown.isValid()) { // a note under a filter for problems: show everything
            m_severity->setCurrentIndex(m_severity->count() - 1);
            shown = m_proxy->mapFromSource(m_model->index(row, 0));
        }
        m_table->setCurrentIndex(shown);
        m_table->scrollTo(shown);
        explainCurrent();
        return true;
    }
    return false;
}

bool FindingsView::selectFirstAbout(const QString &subject)
{
    const auto name = [](QString text) {
        if (text.endsWith(u'.'))
            text.chop(1);
        return text.toLower();
    };
    const QString wanted = name(subject);
    const Finding *best = nullptr;
    for (const Finding &finding : m_model->findings()) {
        if (name(finding.subject) == wanted && (!best || finding.severity > best->severity))
            best = &finding;
    }
    return best && selectFinding(best->code, best->subject);
}

void FindingsView::applyFilter()
{
    m_proxy->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
    m_proxy->setFilterFixedString(m_search->text());
    explainCurrent();
}

void FindingsView::explainCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_explanation->setHtml(tr("<p>Select a finding to see what it means and how to fix it.</p>"));
        return;
    }
    m_explanation->setHtml(explanationHtml(m_model->findings().at(current.row())));
}

QString FindingsView::explanationHtml(const Finding &finding)
{
    const Check::FindingAdvice advice = Check::FindingAdvice::forFinding(finding);
    QString html = QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
                       .arg(FindingsModel::severityLabel(finding.severity).toHtmlEscaped(),
                            finding.subject.toHtmlEscaped(), Check::displayMessage(finding).toHtmlEscaped());
    if (!advice.exposureText.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Risk:").toHtmlEscaped(), advice.exposureText.toHtmlEscaped());
    if (!advice.explanation.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("How to fix:").toHtmlEscaped(), advice.explanation.toHtmlEscaped());
    html += QStringLiteral("<p><small><code>%1</code> · %2</small></p>")
                .arg(finding.code.toHtmlEscaped(), finding.reference.toHtmlEscaped());
    return html;
}

} // namespace Sts::Ui
