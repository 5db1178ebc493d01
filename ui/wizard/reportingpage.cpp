// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportingpage.h"

#include "check/findingregistry.h"
#include "policydraft.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Sts::Ui {

ReportingPage::ReportingPage(PolicyDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_list(new QStringListModel(this))
    , m_view(new QListView(this))
    , m_address(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_record(new QLabel(this))
    , m_findings(new QLabel(this))
{
    setTitle(tr("Where reports go (TLS-RPT)"));
    setSubTitle(tr("Senders that support TLS reporting (RFC 8460) send a daily summary of the connections that "
                   "worked and the ones that failed. In testing mode these reports tell you when enforce is safe."));

    m_view->setModel(m_list);
    m_view->setAccessibleName(tr("Report addresses"));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_address->setPlaceholderText(tr("mailto:tlsrpt@example.com or https://reports.example.com/tlsrpt"));
    m_address->setAccessibleName(tr("New report address"));
    auto *add = new QPushButton(tr("&Add"), this);
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::PlainText); // the addresses may come from the published record
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);

    auto *entry = new QHBoxLayout;
    auto *label = new QLabel(tr("Add a&ddress:"), this);
    label->setBuddy(m_address);
    entry->addWidget(label);
    entry->addWidget(m_address, 1);
    entry->addWidget(add);
    entry->addWidget(m_remove);

    auto *hint = new QLabel(tr("Use a mailbox that someone reads, or a report service; the reports are JSON, usually "
                               "gzip-compressed, and StsScope can read them."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_record);
    layout->addWidget(m_findings);

    connect(add, &QPushButton::clicked, this, [this] { addAddress(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] { addAddress(m_address->text()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAddress(m_view->currentIndex().row()); });
    connect(m_list, &QStringListModel::dataChanged, this, &ReportingPage::validate);
    connect(m_list, &QStringListModel::rowsRemoved, this, &ReportingPage::validate);
    connect(m_list, &QStringListModel::rowsInserted, this, &ReportingPage::validate);
    connect(m_list, &QStringListModel::modelReset, this, &ReportingPage::validate);
}

void ReportingPage::initializePage()
{
    m_list->setStringList(m_draft->rua());
}

void ReportingPage::addAddress(const QString &text)
{
    QString address = text.trimmed();
    if (address.isEmpty())
        return;
    if (!address.contains(u':') && address.contains(u'@'))
        address.prepend(QStringLiteral("mailto:"));
    const int row = m_list->rowCount();
    m_list->insertRows(row, 1);
    m_list->setData(m_list->index(row), address);
    m_address->clear();
}

void ReportingPage::removeAddress(int row)
{
    if (row >= 0 && row < m_list->rowCount())
        m_list->removeRows(row, 1);
}

QStringList ReportingPage::addresses() const
{
    return m_list->stringList();
}

void ReportingPage::validate()
{
    QStringList rua;
    for (const QString &address : m_list->stringList()) {
        if (!address.trimmed().isEmpty())
            rua.append(address.trimmed());
    }
    m_draft->setRua(rua);
    m_remove->setEnabled(!rua.isEmpty());
    // The generator lints the record it would publish with the project's TLS-RPT linter.
    const MtaSts::Deployment deployment = m_draft->deployment();
    m_problems.clear();
    for (const Finding &finding : deployment.findings) {
        if (finding.code.startsWith(QStringLiteral("tlsrpt.")))
            m_problems.append(finding);
    }
    QStringList messages;
    for (const Finding &finding : std::as_const(m_problems))
        messages.append(Check::displayMessage(finding));
    if (rua.isEmpty())
        messages.append(tr("Without a report address no TLS-RPT record is published, and you will not learn which "
                           "senders fail to reach your MX hosts; a testing period then tells you nothing."));
    m_findings->setText(messages.join(u'\n'));
    m_record->setText(deployment.tlsRptRecordValue.isEmpty()
                          ? QString()
                          : tr("Record: %1 TXT \"%2\"").arg(deployment.tlsRptRecordName, deployment.tlsRptRecordValue));
    Q_EMIT completeChanged();
}

bool ReportingPage::isComplete() const
{
    return !hasErrors(m_problems);
}

} // namespace Sts::Ui
