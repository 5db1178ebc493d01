// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputpage.h"

#include "check/findingregistry.h"
#include "check/tlsaproposal.h"

#include "mtasts/policydiff.h"
#include "policydraft.h"
#include "providerrecordsmodel.h"
#include "views/resulttable.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {

void copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

} // namespace

OutputPage::OutputPage(PolicyDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_records(new ProviderRecordsModel(this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Publish"));
    setSubTitle(tr("Everything needed to publish the policy. Publish in this order: the policy file on the web "
                   "server, then the TLS-RPT record, and the _mta-sts record last, because senders look for the "
                   "policy once they see the record and fetch it again only when its id changes."));
    setFinalPage(true);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setAccessibleName(tr("Generated files"));
    m_tabs->setUsesScrollButtons(true);
    m_saved->setWordWrap(true);
    m_saved->setTextFormat(Qt::PlainText);
    auto *save = new QPushButton(tr("&Save all to folder…"), this);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addWidget(m_saved, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(saveRow);

    connect(save, &QPushButton::clicked, this, [this] { chooseFolderAndSave(); });
}

QWidget *OutputPage::textTab(const QString &text, const QString &copyLabel)
{
    auto *tab = new QWidget;
    auto *view = new QPlainTextEdit(tab);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    auto *button = new QPushButton(copyLabel, tab);
    connect(button, &QPushButton::clicked, this, [text] { copy(text); });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return tab;
}

QWidget *OutputPage::recordsTab()
{
    auto *tab = new QWidget;
    m_recordsView = ResultTable::create(m_records, tr("DNS records for a provider's web form"), tab);
    m_recordsView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *copyName = new QPushButton(tr("C&opy name"), tab);
    auto *copyValue = new QPushButton(tr("Copy &value"), tab);
    auto *note = new QLabel(tr("Enter each value without quotes. Most forms want the name within the domain; hover "
                               "over a name for the full one. The policy host mta-sts.%1 also needs an address "
                               "record (A/AAAA or CNAME) pointing at the web server.")
                                .arg(m_deployment.domain),
                            tab);
    note->setWordWrap(true);
    auto cell = [this](int column) {
        const QModelIndex current = m_recordsView->currentIndex();
        return current.isValid() ? m_records->index(current.row(), column).data().toString() : QString();
    };
    connect(copyName, &QPushButton::clicked, this, [cell] { copy(cell(ProviderRecordsModel::NameColumn)); });
    connect(copyValue, &QPushButton::clicked, this, [cell] { copy(cell(ProviderRecordsModel::ValueColumn)); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyName);
    buttons->addWidget(copyValue);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_recordsView, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    return tab;
}

void OutputPage::initializePage()
{
    m_deployment = m_draft->deployment();
    m_files = MtaSts::DeploymentFiles::make(m_deployment);
    m_records->setRecords(MtaSts::DeploymentFiles::providerRecords(m_deployment));
    m_diff = m_draft->hasLivePolicy()
                 ? MtaSts::PolicyDiff::compare(m_draft->livePolicy(), m_deployment.policy).unified()
                 : QString();
    m_saved->clear();
    m_savedTo.clear();

    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
    for (const MtaSts::DeploymentFile &file : std::as_const(m_files)) {
        const int index =
            m_tabs->addTab(textTab(QString::fromUtf8(file.content), tr("&Copy %1").arg(file.name)), file.name);
        m_tabs->setTabToolTip(index, file.title);
        if (file.name == u"records.zone")
            m_tabs->setTabToolTip(m_tabs->addTab(recordsTab(), tr("Web form")),
                                  tr("The DNS records as plain values for a provider's web form"));
    }
    // DANE beside MTA-STS: the records for the keys in use, while they are at hand.
    if (const QString tlsa = Check::TlsaProposal::zoneText(m_draft->live()); !tlsa.isEmpty())
        m_tabs->setTabToolTip(m_tabs->addTab(textTab(tlsa, tr("Copy the &TLSA records")), tr("DANE (TLSA)")),
                              tr("TLSA records for the keys the MX hosts present now, with the rollover advice"));
    if (!m_diff.isEmpty())
        m_tabs->setTabToolTip(m_tabs->addTab(textTab(m_diff, tr("&Copy the changes")), tr("Changes")),
                              tr("The draft against the published policy: - removed, + added"));
    m_tabs->setCurrentIndex(0);
    m_summary->setText(summary());
}

QString OutputPage::summary() const
{
    if (!m_deployment.ok) {
        QStringList problems;
        for (const Finding &finding : m_deployment.findings)
            problems.append(Check::displayMessage(finding));
        return tr("Nothing can be generated: %1").arg(problems.join(u' '));
    }
    QString id;
    if (!m_draft->live().stsRecord.valid)
        id = tr("New policy with id %1.").arg(m_deployment.id);
    else if (m_deployment.idKept)
        id = tr("The policy text is the same as the published one, so the id stays %1 and the _mta-sts record does "
                "not change.")
                 .arg(m_deployment.id);
    else
        id = tr("The policy changed (see Changes), so the id changes from %1 to %2: update the _mta-sts record "
                "after the new file is online, or senders keep the old policy.")
                 .arg(m_draft->live().stsRecord.id, m_deployment.id);
    return tr("%1 Mode %2, max_age %3 s.")
        .arg(id, MtaSts::modeName(m_draft->mode()), QString::number(m_draft->maxAge()));
}

QString OutputPage::diff() const
{
    return m_diff;
}

Result<void> OutputPage::saveAll(const QString &directory)
{
    const Result<QStringList> written = MtaSts::DeploymentFiles::write(m_files, directory);
    if (!written) {
        m_saved->setText(tr("Not saved: %1").arg(Check::displayMessage(written.error())));
        return Result<void>::failure(written.error());
    }
    m_saved->setText(tr("Saved %n file(s) to %1.", nullptr, static_cast<int>(written->size()))
                         .arg(QDir::toNativeSeparators(directory)));
    m_savedTo = directory;
    return {};
}

void OutputPage::chooseFolderAndSave(const std::function<void()> &onSaved)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("mta-sts-") + m_deployment.domain);
    auto *dialog = new QFileDialog(this, tr("Save all files to folder"), suggested);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, onSaved](const QString &directory) {
        if (saveAll(directory) && onSaved)
            onSaved();
    });
    dialog->open();
}

} // namespace Sts::Ui
