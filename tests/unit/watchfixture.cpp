// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchfixture.h"

#include "check/verdictjudge.h"
#include "net/dnsrdata.h"
#include "tls/chainanalysis.h"
#include "tls/daneverifier.h"

#include <QSslKey>

using namespace Sts;
using Change = WatchFixture::Change;

namespace {

//! A record in the form dig prints it, decoded from its wire form as the resolver does.
Net::DnsRecord record(Net::RrType type, const QString &text)
{
    const std::optional<QByteArray> wire = Net::DnsRdata::encode(type, text);
    Q_ASSERT(wire);
    const std::optional<Net::DnsRecord> decoded = Net::DnsRdata::decode(type, *wire, 3600);
    Q_ASSERT(decoded);
    return *decoded;
}

Net::DnsAnswer answer(const QString &name, Net::RrType type, const QStringList &records,
                      Net::DnssecStatus dnssec = Net::DnssecStatus::Secure)
{
    Net::DnsAnswer result;
    result.name = name;
    result.canonicalName = name;
    result.type = type;
    result.status = records.isEmpty() ? Net::DnsStatus::NoData : Net::DnsStatus::NoError;
    result.dnssec = dnssec;
    result.elapsedMs = 3;
    for (const QString &text : records)
        result.records.append(record(type, text));
    return result;
}

QString policyText(Change change)
{
    const bool testing = change == Change::ModeTesting || change == Change::CertificateSoonTesting;
    QString text = QStringLiteral("version: STSv1\r\nmode: %1\r\nmx: *.example.com\r\n")
                       .arg(testing ? QStringLiteral("testing") : QStringLiteral("enforce"));
    if (change == Change::PolicyTextSameId)
        text += QStringLiteral("mx: backup.example.net\r\n");
    text +=
        change == Change::MaxAgeDropped ? QStringLiteral("max_age: 86400\r\n") : QStringLiteral("max_age: 604800\r\n");
    return text;
}

QString policyId(Change change)
{
    switch (change) {
    case Change::IdOnly:
    case Change::ModeTesting:
    case Change::MaxAgeDropped:
    case Change::CertificateSoonTesting:
        return QStringLiteral("20260615b");
    default:
        return QStringLiteral("20260601");
    }
}

} // namespace

WatchFixture::WatchFixture() = default;

QSslCertificate WatchFixture::leaf(const CertificateFactory::Options &options) const
{
    const QString key = options.dnsNames.join(u',') + u' ' + options.notAfter.toString(Qt::ISODate);
    auto found = m_leaves.find(key);
    if (found == m_leaves.end())
        found = m_leaves.insert(key, m_certificates.leaf(options));
    return *found;
}

Check::CheckResult WatchFixture::stored(Change change) const
{
    return Check::CheckResult::fromJson(result(change).toJson());
}

Check::CheckResult WatchFixture::result(Change change) const
{
    Tls::TrustOptions trust;
    trust.useSystemStore = false;
    trust.caFiles = {m_certificates.rootFile()};
    trust.now = now();

    Check::CheckResult result;
    result.domain = QStringLiteral("example.com");
    result.started = now();
    result.elapsedMs = 420;
    result.resolver = QStringLiteral("127.53.0.1");
    result.complete = true;
    result.stsTxt = answer(QStringLiteral("_mta-sts.example.com"), Net::RrType::Txt,
                           {QStringLiteral("\"v=STSv1; id=%1;\"").arg(policyId(change))});
    result.tlsRptTxt = answer(QStringLiteral("_smtp._tls.example.com"), Net::RrType::Txt,
                              {QStringLiteral("\"v=TLSRPTv1; rua=mailto:tls\\\"rpt@example.com\" \"\\009tab\"")});
    QStringList mxRecords{QStringLiteral("10 mx1.example.com."), QStringLiteral("20 mx2.example.com.")};
    if (change == Change::MxAddedUncovered)
        mxRecords.append(QStringLiteral("30 backup.example.net."));
    if (change == Change::MxAddedCovered)
        mxRecords.append(QStringLiteral("30 mx3.example.com."));
    result.mxAnswer = answer(QStringLiteral("example.com"), Net::RrType::Mx, mxRecords);
    result.mxRecordCount = static_cast<int>(mxRecords.size());
    result.policyHostA = answer(QStringLiteral("mta-sts.example.com"), Net::RrType::A, {QStringLiteral("192.0.2.80")},
                                Net::DnssecStatus::Insecure);
    result.policyHostAaaa =
        answer(QStringLiteral("mta-sts.example.com"), Net::RrType::Aaaa, {QStringLiteral("2001:db8::80")});

    MtaSts::PolicyFetchResult fetch;
    fetch.host = QStringLiteral("mta-sts.example.com");
    fetch.url = QStringLiteral("https://mta-sts.example.com/.well-known/mta-sts.txt");
    fetch.address = QHostAddress(QStringLiteral("192.0.2.80"));
    fetch.attempts = {QStringLiteral("192.0.2.80: connected")};
    fetch.tlsEstablished = true;
    fetch.tlsVersion = QStringLiteral("TLSv1.3");
    CertificateFactory::Options policyHost;
    policyHost.dnsNames = {fetch.host};
    fetch.chain = Tls::ChainAnalyzer::analyze({leaf(policyHost), m_certificates.intermediate()}, fetch.host, trust);
    fetch.responseComplete = true;
    fetch.elapsedMs = 35;
    if (change == Change::PolicyUnreachable) {
        fetch.response.status = 404;
        fetch.response.body = "not found";
        fetch.resultType = TlsRpt::ResultType::StsPolicyFetchError;
    } else {
        fetch.response.status = 200;
        fetch.response.headers = {{"Content-Type", "text/plain"}};
        fetch.response.body = policyText(change).toUtf8();
        fetch.ok = true;
    }
    result.fetch = fetch;

    for (const QString &mxRecord : std::as_const(mxRecords)) {
        Check::MxHostResult host;
        host.host = mxRecord.section(u' ', 1).chopped(1);
        host.preference = mxRecord.section(u' ', 0, 0).toUShort();
        const QString address = QStringLiteral("192.0.2.%1").arg(host.preference);
        host.a = answer(host.host, Net::RrType::A, {address});
        host.aaaa = answer(host.host, Net::RrType::Aaaa, {});
        Smtp::SmtpProbeResult probe;
        probe.host = host.host;
        probe.address = QHostAddress(address);
        probe.banner = {QStringLiteral("%1 ESMTP").arg(host.host)};
        probe.ehlo = {QStringLiteral("PIPELINING"), QStringLiteral("STARTTLS")};
        probe.elapsedMs = 120;
        const bool mx1 = host.host == u"mx1.example.com";
        if (mx1 && change == Change::StartTlsGone) {
            probe.ehlo = {QStringLiteral("PIPELINING")};
            probe.reached = Smtp::Step::Done;
            probe.resultType = TlsRpt::ResultType::StartTlsNotSupported;
        } else if (mx1 && change == Change::HandshakeFails) {
            probe.starttlsOffered = true;
            probe.reached = Smtp::Step::Handshake;
            probe.failed = true;
            probe.error = QStringLiteral("no shared cipher");
            probe.resultType = TlsRpt::ResultType::ValidationFailure;
        } else {
            CertificateFactory::Options leafOptions;
            leafOptions.dnsNames = {mx1 && change == Change::CertificateOtherName ? QStringLiteral("www.example.org")
                                                                                  : host.host};
            if (mx1 && change == Change::CertificateShort)
                leafOptions.notAfter = now().addDays(3);
            if (mx1 && change == Change::CertificateSoonTesting)
                leafOptions.notAfter = now().addDays(10);
            const QSslCertificate certificate = leaf(leafOptions);
            probe.starttlsOffered = true;
            probe.tlsEstablished = true;
            probe.tlsVersion = QStringLiteral("TLSv1.3");
            probe.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
            probe.keyExchangeGroup = QStringLiteral("X25519");
            probe.ehloAfterTls = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000")};
            probe.chain = Tls::ChainAnalyzer::analyze({certificate, m_certificates.intermediate()}, host.host, trust);
            probe.reached = Smtp::Step::Done;
            probe.resultType = probe.chain.resultType;
            if (mx1) { // DANE-EE for mx1: a 3 1 1 record of its key (or of another, stale one)
                const QString digest =
                    change == Change::TlsaStale ? QString(64, u'e') : probe.chain.chain.first().spkiSha256;
                host.tlsa = answer(QStringLiteral("_25._tcp.mx1.example.com"), Net::RrType::Tlsa,
                                   {QStringLiteral("3 1 1 %1").arg(digest)});
                probe.dane = Tls::DaneVerifier::verify({certificate.toDer(), m_certificates.intermediate().toDer()},
                                                       host.tlsa->records, host.host);
            }
        }
        if (!host.tlsa)
            host.tlsa = answer(QStringLiteral("_25._tcp.") + host.host, Net::RrType::Tlsa, {});
        host.probes.append(probe);
        result.mx.append(host);
    }
    if (change == Change::MxDown) {
        for (Check::MxHostResult &host : result.mx) {
            Smtp::SmtpProbeResult &probe = host.probes.first();
            const QHostAddress address = probe.address;
            probe = Smtp::SmtpProbeResult{};
            probe.host = host.host;
            probe.address = address;
            probe.failed = true;
            probe.error = QStringLiteral("connection refused");
        }
    }
    if (change == Change::Inconclusive) {
        for (Check::MxHostResult &host : result.mx) {
            Smtp::SmtpProbeResult &probe = host.probes.first();
            probe = Smtp::SmtpProbeResult{};
            probe.host = host.host;
            probe.address = QHostAddress(QStringLiteral("192.0.2.%1").arg(host.preference));
            probe.failed = true; // the connect timed out, and port 25 is blocked here
            Finding timeout;
            timeout.code = QStringLiteral("smtp.connect.timeout");
            timeout.severity = Severity::Error;
            probe.findings.append(timeout);
        }
        result.environment.smtpPort25 = Check::Environment::Port25::Blocked;
    }
    Check::VerdictJudge::judge(result);
    if (change == Change::Cancelled) {
        result.cancelled = true;
        result.verdict = Check::Verdict::Cancelled;
    }
    if (change == Change::CouldNotRun)
        result.error = QStringLiteral("no usable resolver");
    return result;
}
