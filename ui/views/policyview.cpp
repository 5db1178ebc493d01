// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyview.h"

#include "mtasts/policyfetcher.h"
#include "resulttable.h"

#include "models/policylinesmodel.h"

#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sts::Ui {

PolicyView::PolicyView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_lines(new PolicyLinesModel(this))
    , m_exchange(new QLabel(this))
    , m_headers(new QStandardItemModel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_exchange->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exchange->setTextFormat(Qt::PlainText); // the reason phrase is the policy host's own text
    m_linesView = ResultTable::create(m_lines, tr("Policy lines"), this);
    m_linesView->setWordWrap(false);
    connect(m_linesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString code = index.data(PolicyLinesModel::FindingCodeRole).toString();
        if (!code.isEmpty())
            Q_EMIT findingRequested(code, index.data(PolicyLinesModel::FindingSubjectRole).toString());
    });
    m_headersView = ResultTable::create(m_headers, tr("HTTP response headers"), this);
    m_headersView->setWordWrap(false);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});

    auto *exchange = new QWidget(this);
    auto *exchangeLayout = new QVBoxLayout(exchange);
    exchangeLayout->setContentsMargins(0, 0, 0, 0);
    exchangeLayout->addWidget(m_exchange);
    exchangeLayout->addWidget(m_headersView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_linesView);
    splitter->addWidget(exchange);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

QString PolicyView::summaryHtml(const Check::CheckResult &result) const
{
    if (!result.fetch)
        return result.complete ? tr("No policy was fetched: %1.").arg(Check::policyStatusText(result.policyStatus))
                               : tr("Fetching the policy…");
    const MtaSts::PolicyFetchResult &fetch = *result.fetch;
    QString html = QStringLiteral("<b>%1</b> — %2")
                       .arg(fetch.url.toHtmlEscaped(), Check::policyStatusText(result.policyStatus).toHtmlEscaped());
    if (result.policyResultType)
        html += QStringLiteral(" (%1)").arg(TlsRpt::resultTypeName(result.policyResultType));
    const MtaSts::Policy &policy = result.policy;
    if (policy.mode || policy.maxAge || !policy.mx.isEmpty()) {
        html += QStringLiteral("<br>") +
                tr("mode <b>%1</b>, max_age <b>%2</b> s (%3 days), mx: %4")
                    .arg(policy.mode ? MtaSts::modeName(*policy.mode) : tr("missing"),
                         policy.maxAge ? QString::number(*policy.maxAge) : tr("missing"),
                         policy.maxAge ? QString::number(*policy.maxAge / 86400.0, 'f', 1) : QStringLiteral("–"),
                         policy.mx.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    const Tls::ChainAnalysis &chain = fetch.chain;
    if (fetch.tlsEstablished)
        html += QStringLiteral("<br>") +
                (chain.valid() ? tr("Certificate of %1: valid, matches %2 (see Certificates).")
                                     .arg(fetch.host.toHtmlEscaped(), chain.matchedName.toHtmlEscaped())
                               : tr("Certificate of %1: <b>invalid</b> (%2; see Certificates).")
                                     .arg(fetch.host.toHtmlEscaped(), TlsRpt::resultTypeName(chain.resultType)));
    for (const QString &attempt : fetch.attempts)
        html += QStringLiteral("<br>") + MtaSts::PolicyFetcher::displayAttempt(attempt).toHtmlEscaped();
    return html;
}

void PolicyView::setHeaders(const Check::CheckResult &result)
{
    m_headers->removeRows(0, m_headers->rowCount());
    if (!result.fetch) {
        m_exchange->clear();
        return;
    }
    const Net::HttpResponse &response = result.fetch->response;
    m_exchange->setText(response.status == 0 ? tr("No HTTP response (%1 ms).").arg(result.fetch->elapsedMs)
                                             : tr("%1 %2 %3 — %4 bytes in %5 ms over %6")
                                                   .arg(QString::fromLatin1(response.version))
                                                   .arg(response.status)
                                                   .arg(QString::fromLatin1(response.reason))
                                                   .arg(response.body.size())
                                                   .arg(result.fetch->elapsedMs)
                                                   .arg(result.fetch->tlsVersion));
    for (const auto &[name, value] : response.headers) {
        auto *nameItem = new QStandardItem(QString::fromLatin1(name));
        auto *valueItem = new QStandardItem(QString::fromLatin1(value));
        nameItem->setEditable(false);
        valueItem->setEditable(false);
        m_headers->appendRow({nameItem, valueItem});
    }
}

void PolicyView::setResult(const Check::CheckResult &result)
{
    m_summary->setText(summaryHtml(result));
    const QByteArray body = result.fetch ? result.fetch->response.body : QByteArray();
    if (body != m_shownBody || result.policy.findings != m_shownFindings || body.isEmpty()) {
        m_shownBody = body;
        m_shownFindings = result.policy.findings;
        m_lines->setPolicy(body, result.policy.findings);
        setHeaders(result);
    }
}

} // namespace Sts::Ui
