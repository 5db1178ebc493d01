// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML export: every section a reader needs (protection, policy, MX hosts with DANE,
// findings), and nothing a domain controls rendered as markup.
#include "check/htmlreport.h"
#include "check/verdictjudge.h"

#include <QTest>

using namespace Sts;
using namespace Sts::Check;

class TestHtmlReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionsAndEscaping()
    {
        CheckResult result;
        result.domain = u"example.com"_qs;
        result.complete = true;
        MxHostResult host;
        host.host = u"mx1.example.com"_qs;
        host.preference = 10;
        Smtp::SmtpProbeResult probe;
        probe.host = host.host;
        probe.address = QHostAddress(u"192.0.2.1"_qs);
        probe.failed = true;
        probe.reached = Smtp::Step::Banner;
        probe.error = u"<img src=/dev/zero>"_qs; // from the server: text, never markup
        host.probes.append(probe);
        Net::DnsAnswer tlsa;
        tlsa.name = u"_25._tcp.mx1.example.com"_qs;
        tlsa.type = Net::RrType::Tlsa;
        tlsa.status = Net::DnsStatus::NoData;
        tlsa.dnssec = Net::DnssecStatus::Secure;
        host.tlsa = tlsa;
        result.mx.append(host);
        VerdictJudge::judge(result);

        const QString html = HtmlReport::render(result);
        QVERIFY(!html.contains(u"<img"_qs));
        QVERIFY(html.contains(u"&lt;img src=/dev/zero&gt;"_qs));
        QVERIFY(html.contains(u"<th>DANE</th>"_qs));
        QVERIFY(html.contains(ProtectionAssessment::threatText(ProtectionAssessment::Threat::StartTlsDowngrade)));
        QVERIFY(html.contains(daneStatusText(DaneStatus::None)));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
