// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatesview.h"

#include "check/findingregistry.h"
#include "datetext.h"
#include "models/certificatechainmodel.h"
#include "models/chaincomparisonmodel.h"
#include "models/findingsmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(escaped(label), valueHtml);
}

} // namespace

CertificatesView::CertificatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CertificateChainModel(this))
    , m_comparison(new ChainComparisonModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_details(new QTextBrowser(this))
    , m_comparisonView(new QTableView(this))
{
    auto *toolBar = new QToolBar(this);
    m_exportAction = toolBar->addAction(tr("&Export PEM…"), this, &CertificatesView::exportPem);
    m_exportAction->setToolTip(tr("Save the selected server's certificate chain as PEM"));
    m_exportAction->setEnabled(false);
    m_compareAction = toolBar->addAction(tr("Compare a&ll servers"));
    m_compareAction->setCheckable(true);
    m_compareAction->setToolTip(tr("Show the leaf certificates of every server side by side"));
    // Tool bar buttons take no focus by default; these two have no other way in from the keyboard.
    for (QAction *action : {m_exportAction, m_compareAction})
        toolBar->widgetForAction(action)->setFocusPolicy(Qt::TabFocus);
    connect(m_compareAction, &QAction::toggled, this,
            [this](bool on) { m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_comparisonView) : m_details); });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CertificateChainModel::SortRole);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->setAccessibleName(tr("Certificate chains"));
    m_tree->header()->setSectionResizeMode(CertificateChainModel::NameColumn, QHeaderView::ResizeToContents);
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setOpenLinks(false);
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->setAccessibleName(tr("Certificates compared"));
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_details);
    m_stack->addWidget(m_comparisonView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CertificatesView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        m_comparison->setEndpoints(m_model->endpoints());
        showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CertificatesView::showDetails);
}

void CertificatesView::setResult(const Check::CheckResult &result)
{
    m_model->setResult(result);
}

int CertificatesView::selectedEndpoint() const
{
    return m_model->endpointAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

void CertificatesView::select(int endpoint, int certificate)
{
    QModelIndex index = m_model->index(endpoint, 0);
    if (certificate >= 0)
        index = m_model->index(certificate, 0, index);
    m_tree->setCurrentIndex(m_proxy->mapFromSource(index));
}

void CertificatesView::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    const int endpoint = m_model->endpointAt(current);
    m_exportAction->setEnabled(endpoint >= 0);
    if (endpoint < 0) {
        m_details->setHtml(m_model->endpoints().isEmpty()
                               ? tr("<p>No server has presented a certificate yet.</p>")
                               : tr("<p>Select a server or a certificate to see its details.</p>"));
        return;
    }
    const Tls::ChainAnalysis &chain = m_model->endpoints().at(endpoint).chain;
    const Tls::CertificateInfo *certificate = m_model->certificateAt(current);
    m_details->setHtml(certificate ? certificateHtml(chain, *certificate) : endpointHtml(chain));
}

QString CertificatesView::endpointHtml(const Tls::ChainAnalysis &chain) const
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(escaped(chain.hostName));
    html +=
        row(tr("Verdict"), chain.valid() ? tr("valid: trusted and the name matches")
                                         : escaped(tr("invalid (%1)").arg(TlsRpt::resultTypeName(chain.resultType))));
    html += row(tr("Trusted root"), chain.trustAnchor.isEmpty() ? tr("none reached") : escaped(chain.trustAnchor));
    html += row(tr("Matched name"), chain.matchedName.isEmpty() ? tr("none") : escaped(chain.matchedName));
    html += row(tr("Certificates sent"), QString::number(chain.chain.size()));
    html += QStringLiteral("</table><ul>");
    for (const Finding &finding : chain.findings)
        html += QStringLiteral("<li><b>%1</b>: %2 <small>[%3]</small></li>")
                    .arg(escaped(FindingsModel::severityLabel(finding.severity)),
                         escaped(Check::displayMessage(finding)), escaped(finding.code));
    return html + QStringLiteral("</ul>");
}

QString CertificatesView::certificateHtml(const Tls::ChainAnalysis &chain,
                                          const Tls::CertificateInfo &certificate) const
{
    QStringList names;
    for (const QString &name : certificate.subjectAltNames) {
        // The matched name is marked in words and weight, not by colour alone.
        names.append(name.compare(chain.matchedName, Qt::CaseInsensitive) == 0
                         ? tr("<b><u>%1</u></b> (matches %2)").arg(escaped(name), escaped(chain.hostName))
                         : escaped(name));
    }
    QString validity =
        tr("%1 to %2").arg(DateText::dateTime(certificate.notBefore), DateText::dateTime(certificate.notAfter));
    validity += QStringLiteral(" — ") + (certificate.daysLeft < 0
                                             ? tr("expired %n day(s) ago", nullptr, int(-certificate.daysLeft))
                                             : tr("%n day(s) left", nullptr, int(certificate.daysLeft)));
    QString key = QStringLiteral("%1 %2").arg(certificate.keyType).arg(certificate.keyBits);
    if (!certificate.curve.isEmpty())
        key += QStringLiteral(" (%1)").arg(certificate.curve);

    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(escaped(certificate.subject));
    html += row(tr("Verification"),
                certificate.verifyError.isEmpty() ? tr("ok") : escaped(tr("failed: %1").arg(certificate.verifyError)));
    html += row(tr("Issuer"), escaped(certificate.issuer));
    html += row(tr("Names (SAN)"), names.isEmpty() ? tr("none") : names.join(QStringLiteral("<br>")));
    html += row(tr("Validity"), escaped(validity));
    html += row(tr("Key"), escaped(key));
    html += row(tr("Signature"), escaped(certificate.signatureAlgorithm));
    html += row(tr("Self-signed"), certificate.selfSigned ? tr("yes") : tr("no"));
    html += row(tr("SHA-256"), QStringLiteral("<tt>%1</tt>").arg(escaped(certificate.sha256Fingerprint)));
    html += row(tr("SHA-1"), QStringLiteral("<tt>%1</tt>").arg(escaped(certificate.sha1Fingerprint)));
    html += row(tr("SPKI SHA-256"), QStringLiteral("<tt>%1</tt>").arg(escaped(certificate.spkiSha256)));
    return html + QStringLiteral("</table>");
}

QByteArray CertificatesView::selectedChainPem() const
{
    const int endpoint = selectedEndpoint();
    if (endpoint < 0)
        return {};
    QByteArray pem;
    for (const Tls::CertificateInfo &certificate : m_model->endpoints().at(endpoint).chain.chain)
        pem += QSslCertificate(certificate.der, QSsl::Der).toPem();
    return pem;
}

void CertificatesView::exportPem()
{
    const int endpoint = selectedEndpoint();
    if (endpoint < 0)
        return;
    const QString suggested = m_model->endpoints().at(endpoint).chain.hostName + QStringLiteral(".pem");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export certificate chain"), suggested,
                                                      tr("PEM certificates (*.pem *.crt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(selectedChainPem()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export certificate chain"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Sts::Ui
