// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreport.h"

#include "findingadvice.h"
#include "findingregistry.h"
#include "net/resolver.h"
#include "tls/daneverifier.h"

#include <QCoreApplication>

namespace Sts::Check {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(escaped(text));
}

QString headerRow(const QStringList &labels)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &label : labels)
        html += QStringLiteral("<th>%1</th>").arg(escaped(label));
    return html + QStringLiteral("</tr>");
}

const char *Style = R"(body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;
vertical-align:top}th{background:#eee}.banner{padding:1em;border-radius:4px;border:2px solid}
.protected{background:#e8f5e9;border-color:#2e7d32}.testing{background:#e3f2fd;border-color:#1565c0}
.not-protected{background:#fff8e1;border-color:#f9a825}.broken{background:#ffebee;border-color:#c62828}
.pending,.cancelled,.inconclusive{background:#f5f5f5;border-color:#616161}
code{font-size:90%}small{color:#555})";

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QCoreApplication::translate("HtmlReport", "Incomplete");
    case Verdict::Protected:
        return QCoreApplication::translate("HtmlReport", "Protected");
    case Verdict::Testing:
        return QCoreApplication::translate("HtmlReport", "Testing");
    case Verdict::NotProtected:
        return QCoreApplication::translate("HtmlReport", "Not protected");
    case Verdict::Broken:
        return QCoreApplication::translate("HtmlReport", "Broken");
    case Verdict::Cancelled:
        return QCoreApplication::translate("HtmlReport", "Cancelled");
    case Verdict::Inconclusive:
        return QCoreApplication::translate("HtmlReport", "Inconclusive");
    }
    return {};
}

QString policySection(const CheckResult &result)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table>").arg(escaped(QCoreApplication::translate("HtmlReport", "MTA-STS policy")));
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th>%1</th>%2</tr>").arg(escaped(label), cell(value));
    };
    html +=
        row(QCoreApplication::translate("HtmlReport", "Record"),
            result.stsRecord.valid ? QCoreApplication::translate("HtmlReport", "valid, id %1").arg(result.stsRecord.id)
                                   : QCoreApplication::translate("HtmlReport", "none or invalid"));
    html += row(QCoreApplication::translate("HtmlReport", "Status"),
                policyStatusText(result.policyStatus) +
                    (!result.policyResultType
                         ? QString()
                         : QStringLiteral(" (%1)").arg(TlsRpt::resultTypeName(result.policyResultType))));
    if (result.fetch)
        html += row(QCoreApplication::translate("HtmlReport", "URL"), result.fetch->url);
    if (result.policy.mode)
        html += row(QCoreApplication::translate("HtmlReport", "Mode"), MtaSts::modeName(*result.policy.mode));
    if (result.policy.maxAge)
        html += row(QCoreApplication::translate("HtmlReport", "max_age"), QString::number(*result.policy.maxAge));
    if (!result.policy.mx.isEmpty())
        html += row(QCoreApplication::translate("HtmlReport", "mx"), result.policy.mx.join(QStringLiteral(", ")));
    html += row(QCoreApplication::translate("HtmlReport", "TLS-RPT record"),
                result.tlsRptRecord.valid ? result.tlsRptRecord.rua.join(QStringLiteral(", "))
                                          : QCoreApplication::translate("HtmlReport", "none or invalid"));
    html += QStringLiteral("</table>");
    if (result.fetch && !result.fetch->response.body.isEmpty())
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(escaped(QString::fromUtf8(result.fetch->response.body.left(MtaSts::MaxPolicyBodySize))));
    return html;
}

//! DANE for one address: the record that authenticated it, or why none did.
QString daneCell(const MxHostResult &host, const Smtp::SmtpProbeResult &probe)
{
    if (probe.dane && daneApplies(host.dane) && host.tlsa && host.tlsa->hasRecords())
        return probe.dane->verified
                   ? QCoreApplication::translate("HtmlReport", "pass (%1)").arg(probe.dane->matchedRecord)
                   : QCoreApplication::translate("HtmlReport", "fail (%1)")
                         .arg(Tls::DaneVerifier::displayError(probe.dane->error));
    return daneStatusText(host.dane);
}

//! Threat by threat, what mail to the domain is protected against.
QString protectionSection(const CheckResult &result)
{
    if (result.protection.items.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>")
                       .arg(escaped(QCoreApplication::translate("HtmlReport", "Protected against")));
    html += headerRow({QCoreApplication::translate("HtmlReport", "Threat"),
                       QCoreApplication::translate("HtmlReport", "State"),
                       QCoreApplication::translate("HtmlReport", "Why")});
    for (const ProtectionAssessment::Item &item : result.protection.items)
        html += QStringLiteral("<tr>") + cell(ProtectionAssessment::threatText(item.threat)) +
                cell(ProtectionAssessment::stateText(item.state)) + cell(item.why) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

QString mxSection(const CheckResult &result)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table>").arg(escaped(QCoreApplication::translate("HtmlReport", "MX hosts")));
    html += headerRow(
        {QCoreApplication::translate("HtmlReport", "Preference"), QCoreApplication::translate("HtmlReport", "Host"),
         QCoreApplication::translate("HtmlReport", "Address"), QCoreApplication::translate("HtmlReport", "TLS"),
         QCoreApplication::translate("HtmlReport", "Certificate"), QCoreApplication::translate("HtmlReport", "Expires"),
         QCoreApplication::translate("HtmlReport", "Policy pattern"), QCoreApplication::translate("HtmlReport", "DANE"),
         QCoreApplication::translate("HtmlReport", "Senders deliver")});
    for (const MxHostResult &host : result.mx) {
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            const bool hasLeaf = !probe.chain.chain.isEmpty();
            html += QStringLiteral("<tr>") + cell(QString::number(host.preference)) + cell(host.host) +
                    cell(probe.address.toString()) +
                    cell(probe.tlsEstablished ? QStringLiteral("%1 %2").arg(probe.tlsVersion, probe.cipher)
                                              : QCoreApplication::translate("HtmlReport", "failed at %1: %2")
                                                    .arg(Smtp::stepText(probe.reached), displayError(probe))) +
                    cell(!hasLeaf ? QString()
                         : probe.chain.valid()
                             ? QCoreApplication::translate("HtmlReport", "valid (%1)").arg(probe.chain.matchedName)
                             : TlsRpt::resultTypeName(probe.chain.resultType)) +
                    cell(hasLeaf ? probe.chain.chain.constFirst().notAfter.date().toString(Qt::ISODate) : QString()) +
                    cell(host.matchedPattern) + cell(daneCell(host, probe)) +
                    cell(!host.wouldDeliver ? QCoreApplication::translate("HtmlReport", "not observable from here (%1)")
                                                  .arg(host.unobserved)
                         : *host.wouldDeliver ? QCoreApplication::translate("HtmlReport", "yes")
                                              : QCoreApplication::translate("HtmlReport", "no (%1)")
                                                    .arg(TlsRpt::resultTypeName(host.resultType))) +
                    QStringLiteral("</tr>");
        }
    }
    return html + QStringLiteral("</table>");
}

QString findingsSection(const CheckResult &result)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table>").arg(escaped(QCoreApplication::translate("HtmlReport", "Findings")));
    html += headerRow({QCoreApplication::translate("HtmlReport", "Severity"),
                       QCoreApplication::translate("HtmlReport", "Subject"),
                       QCoreApplication::translate("HtmlReport", "Finding"),
                       QCoreApplication::translate("HtmlReport", "Risk and fix")});
    for (const Finding &finding : result.findings) {
        if (finding.severity == Severity::Ok)
            continue;
        const FindingAdvice advice = FindingAdvice::forFinding(finding);
        html +=
            QStringLiteral("<tr>") + cell(severityName(finding.severity)) + cell(finding.subject) +
            QStringLiteral("<td>%1<br><small><code>%2</code> %3</small></td>")
                .arg(escaped(displayMessage(finding)), escaped(finding.code), escaped(finding.reference)) +
            QStringLiteral("<td>%1%2</td>")
                .arg(advice.exposureText.isEmpty() ? QString()
                                                   : QStringLiteral("<b>%1</b><br>").arg(escaped(advice.exposureText)),
                     escaped(advice.explanation)) +
            QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString HtmlReport::render(const CheckResult &result)
{
    const QString title = QCoreApplication::translate("HtmlReport", "Mail transport security of %1").arg(result.domain);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2"
                                  "</style></head><body>")
                       .arg(escaped(title), QLatin1String(Style));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    html += QStringLiteral("<div class=\"banner %1\"><b>%2</b> — %3<br>%4</div>")
                .arg(verdictName(result.verdict), escaped(verdictWord(result.verdict)), escaped(result.summary),
                     result.nextStep.isEmpty()
                         ? QString()
                         : escaped(QCoreApplication::translate("HtmlReport", "Next step: %1").arg(result.nextStep)));
    html += protectionSection(result) + policySection(result) + mxSection(result) + findingsSection(result);
    html += QStringLiteral("<p><small>%1</small></p></body></html>\n")
                .arg(escaped(
                    QCoreApplication::translate("HtmlReport", "Checked %1 via %2 in %3 ms by StsScope %4")
                        .arg(result.started.toUTC().toString(Qt::ISODate), Net::Resolver::displayText(result.resolver))
                        .arg(result.elapsedMs)
                        .arg(QStringLiteral(STS_VERSION))));
    return html;
}

} // namespace Sts::Check
