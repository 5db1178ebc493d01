// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainpage.h"

#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "check/findingregistry.h"
#include "check/verdictjudge.h"
#include "common/domaininput.h"
#include "models/overviewmodel.h"
#include "policydraft.h"
#include "verdictbanner.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sts::Ui {

DomainPage::DomainPage(Check::CheckService *service, const Check::CheckOptions &options, PolicyDraft *draft,
                       QWidget *parent)
    : QWizardPage(parent)
    , m_service(service)
    , m_options(options)
    , m_draft(draft)
    , m_domain(new QLineEdit(this))
    , m_lookUp(new QPushButton(tr("&Look up"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_status(new QLabel(this))
    , m_banner(new VerdictBanner(this))
    , m_overview(new OverviewModel(this))
    , m_tree(new QTreeView(this))
    , m_livePolicy(new QPlainTextEdit(this))
{
    setTitle(tr("Your mail domain"));
    setSubTitle(tr("StsScope looks up what the domain publishes today: its MX hosts and their certificates, an "
                   "existing MTA-STS policy and its records, and the TLS-RPT record. Nothing is changed."));

    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setAccessibleName(tr("Mail domain"));
    m_domain->setClearButtonEnabled(true);
    m_cancel->setEnabled(false);
    m_banner->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it repeats what was typed or pasted
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(m_overview);
    m_tree->setAccessibleName(tr("What the domain publishes now"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_livePolicy->setReadOnly(true);
    m_livePolicy->setAccessibleName(tr("The published policy"));
    m_livePolicy->setPlaceholderText(tr("No policy is published."));
    m_livePolicy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *entry = new QHBoxLayout;
    auto *label = new QLabel(tr("&Domain:"), this);
    label->setBuddy(m_domain);
    entry->addWidget(label);
    entry->addWidget(m_domain, 1);
    entry->addWidget(m_lookUp);
    entry->addWidget(m_cancel);

    auto *policyBox = new QWidget(this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(new QLabel(tr("Published policy (mta-sts.txt):"), policyBox));
    policyLayout->addWidget(m_livePolicy);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(policyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_lookUp, &QPushButton::clicked, this, &DomainPage::lookUp);
    connect(m_domain, &QLineEdit::returnPressed, this, &DomainPage::lookUp);
    connect(m_cancel, &QPushButton::clicked, this, &DomainPage::cancel);
    connect(m_domain, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString DomainPage::enteredDomain() const
{
    return DomainInput::parse(m_domain->text()).domain;
}

void DomainPage::setDomain(const QString &domain)
{
    m_domain->setText(domain);
    lookUp();
}

void DomainPage::lookUp()
{
    const DomainInput input = DomainInput::parse(m_domain->text());
    if (!input.ok()) {
        m_status->setText(
            tr("\"%1\" is not a domain name: %2").arg(DomainInput::shown(m_domain->text().trimmed()), input.problem));
        return;
    }
    const QString &domain = input.domain;
    if (!input.changes.isEmpty())
        m_domain->setText(domain);
    delete m_check; // a replaced lookup delivers nothing more
    m_check = m_service->run(domain, m_options, this);
    connect(m_check, &Check::CheckHandle::progress, this, &DomainPage::onProgress);
    connect(m_check, &Check::CheckHandle::finished, this, &DomainPage::onFinished);
    ++m_lookUps;
    Check::CheckResult pending;
    pending.domain = domain;
    show(pending);
    m_status->setText(input.changes.isEmpty() ? tr("Looking up %1…").arg(domain)
                                              : tr("Looking up %1 (%2)…").arg(domain, input.changesText()));
    m_lookUp->setEnabled(false);
    m_cancel->setEnabled(true);
    Q_EMIT completeChanged();
}

void DomainPage::cancel()
{
    if (m_check)
        m_check->cancel(); // finished() follows with what was collected
}

bool DomainPage::isBusy() const
{
    return m_check && m_check->isRunning();
}

void DomainPage::onProgress(const Check::CheckResult &snapshot)
{
    show(snapshot);
    m_status->setText(tr("Looking up %1… %n step(s) running", nullptr, static_cast<int>(snapshot.running.size()))
                          .arg(snapshot.domain));
}

void DomainPage::onFinished(const Check::CheckResult &result)
{
    m_lookUp->setEnabled(true);
    m_cancel->setEnabled(false);
    show(result);
    const QString why = problem(result);
    m_status->setText(
        why.isEmpty() ? tr("%1: %n MX host(s) found, looked up in %2 s.", nullptr, static_cast<int>(result.mx.size()))
                            .arg(result.domain, QString::number(result.elapsedMs / 1000.0, 'f', 1))
                      : why);
    Q_EMIT completeChanged();
}

void DomainPage::show(const Check::CheckResult &result)
{
    m_result = result;
    const Check::CheckResult shown = Check::VerdictJudge::forDisplay(result); // in the language shown
    m_banner->setResult(shown);
    m_banner->setVisible(!result.domain.isEmpty());
    m_overview->setResult(shown);
    m_tree->expandAll();
    const bool published = result.fetch && result.fetch->ok;
    m_livePolicy->setPlainText(published ? QString::fromUtf8(result.fetch->response.body) : QString());
}

QString DomainPage::problem(const Check::CheckResult &result) const
{
    if (result.cancelled)
        return tr("Stopped. Look the domain up again to continue.");
    if (!result.error.isEmpty())
        return tr("The lookup could not run: %1")
            .arg(Check::displayMessage(result.errorCode, result.errorArguments, result.error));
    if (!result.mxAnswer)
        return tr("The MX records of %1 were not looked up.").arg(result.domain);
    if (result.mxAnswer->status != Net::DnsStatus::NoError && result.mxAnswer->status != Net::DnsStatus::NoData)
        return tr("The MX records of %1 cannot be resolved (%2). Fix the domain's DNS first.")
            .arg(result.domain, Net::dnsStatusName(result.mxAnswer->status));
    if (result.mx.isEmpty())
        return tr("%1 accepts no mail (it has a null MX record), so there is nothing for MTA-STS to protect.")
            .arg(result.domain);
    return {};
}

bool DomainPage::isComplete() const
{
    return !isBusy() && m_result.complete && problem(m_result).isEmpty() && enteredDomain() == m_result.domain;
}

bool DomainPage::validatePage()
{
    // Going back and forth keeps the user's edits; a new lookup starts a new draft.
    if (m_draftRun != m_lookUps) {
        m_draft->startFrom(m_result);
        m_draftRun = m_lookUps;
    }
    return true;
}

} // namespace Sts::Ui
