// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The judge with a draft policy (CheckOptions::assumedPolicy, the wizard's pre-flight): each MX
// is matched and validated against the draft as if it were published, whatever is live.
#include "check/verdictjudge.h"
#include "tls/daneverifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Sts;
using namespace Sts::Check;

namespace {

Net::DnsAnswer answer(const QString &name, Net::RrType type, Net::DnsStatus status,
                      const QList<Net::DnsRecord> &records = {})
{
    Net::DnsAnswer result;
    result.name = name;
    result.type = type;
    result.status = status;
    result.records = records;
    return result;
}

//! An MX whose one address passed (or failed) STARTTLS validation with \a resultType.
MxHostResult mxHost(const QString &host, quint16 preference, const QString &address, const QString &resultType)
{
    MxHostResult mx;
    mx.host = host;
    mx.preference = preference;
    Net::DnsRecord a;
    a.address = QHostAddress(address);
    mx.a = answer(host, Net::RrType::A, Net::DnsStatus::NoError, {a});
    mx.aaaa = answer(host, Net::RrType::Aaaa, Net::DnsStatus::NoData);
    Smtp::SmtpProbeResult probe;
    probe.host = host;
    probe.address = a.address;
    probe.starttlsOffered = true;
    probe.tlsEstablished = true;
    probe.reached = Smtp::Step::Done;
    probe.chain.hostName = host;
    probe.chain.trusted = resultType.isEmpty();
    probe.chain.hostMatches = true;
    probe.chain.resultType = TlsRpt::failureTypeFromName(resultType);
    probe.resultType = probe.chain.resultType;
    mx.probes.append(probe);
    return mx;
}

//! A finished check of example.com with two MX; mx2's certificate is expired. Nothing is
//! published: no _mta-sts record, no policy host.
CheckResult unpublished()
{
    CheckResult result;
    result.domain = u"example.com"_qs;
    result.complete = true;
    result.stsTxt = answer(u"_mta-sts.example.com"_qs, Net::RrType::Txt, Net::DnsStatus::NxDomain);
    result.tlsRptTxt = answer(u"_smtp._tls.example.com"_qs, Net::RrType::Txt, Net::DnsStatus::NxDomain);
    Net::DnsRecord mx1;
    mx1.type = Net::RrType::Mx;
    mx1.preference = 10;
    mx1.target = u"mx1.example.com"_qs;
    Net::DnsRecord mx2 = mx1;
    mx2.preference = 20;
    mx2.target = u"mx2.example.com"_qs;
    result.mxAnswer = answer(u"example.com"_qs, Net::RrType::Mx, Net::DnsStatus::NoError, {mx1, mx2});
    result.policyHostA = answer(u"mta-sts.example.com"_qs, Net::RrType::A, Net::DnsStatus::NxDomain);
    result.policyHostAaaa = answer(u"mta-sts.example.com"_qs, Net::RrType::Aaaa, Net::DnsStatus::NxDomain);
    MtaSts::PolicyFetchResult fetch;
    fetch.host = u"mta-sts.example.com"_qs;
    fetch.resultType = TlsRpt::ResultType::StsPolicyFetchError;
    result.fetch = fetch;
    result.mx = {mxHost(u"mx1.example.com"_qs, 10, u"192.0.2.1"_qs, QString()),
                 mxHost(u"mx2.example.com"_qs, 20, u"192.0.2.2"_qs, u"certificate-expired"_qs)};
    return result;
}

//! A probe that never got a connection: a timeout, or no route from this machine (\a noRoute).
Smtp::SmtpProbeResult unconnected(const QString &host, const QString &address, bool noRoute)
{
    Smtp::SmtpProbeResult probe;
    probe.host = host;
    probe.address = QHostAddress(address);
    probe.reached = Smtp::Step::Connect;
    probe.failed = true;
    probe.noRoute = noRoute;
    if (!noRoute) {
        Finding timeout;
        timeout.code = u"smtp.connect.timeout"_qs;
        timeout.severity = Severity::Error;
        probe.findings.append(timeout);
    }
    return probe;
}

const QByteArray Enforce("version: STSv1\r\nmode: enforce\r\nmx: *.example.com\r\nmax_age: 604800\r\n");
const QByteArray Testing("version: STSv1\r\nmode: testing\r\nmx: *.example.com\r\nmax_age: 86400\r\n");

//! What the TLSA lookup of an MX host found, for the DANE cases.
enum class Tlsa
{
    Denied,      //!< NODATA, secure: no DANE
    Match,       //!< a secure 3 1 1 record that authenticates the chain
    Mismatch,    //!< a secure record for another key
    Bogus,       //!< the lookup failed DNSSEC validation
    Insecure,    //!< records in an unsigned zone
    Unusable,    //!< only a PKIX-EE(1) record
    Unvalidated, //!< records through a resolver that strips DNSSEC
};

//! Gives \a mx the TLSA answer \a kind describes, and its probe the DANE match that goes with it.
void setTlsa(MxHostResult &mx, Tlsa kind)
{
    const QString name = u"_25._tcp."_qs + mx.host;
    Net::DnsRecord record;
    record.type = Net::RrType::Tlsa;
    record.usage = kind == Tlsa::Unusable ? 1 : 3;
    record.selector = 1;
    record.matchingType = 1;
    record.associationData = QByteArray(32, kind == Tlsa::Mismatch ? '\x02' : '\x01');
    Net::DnsAnswer tlsa = answer(name, Net::RrType::Tlsa, Net::DnsStatus::NoError, {record});
    tlsa.dnssec = Net::DnssecStatus::Secure;
    switch (kind) {
    case Tlsa::Denied:
        tlsa = answer(name, Net::RrType::Tlsa, Net::DnsStatus::NoData);
        tlsa.dnssec = Net::DnssecStatus::Secure;
        break;
    case Tlsa::Bogus:
        tlsa.status = Net::DnsStatus::ServFail;
        tlsa.dnssec = Net::DnssecStatus::Bogus;
        break;
    case Tlsa::Insecure:
        tlsa.dnssec = Net::DnssecStatus::Insecure;
        break;
    case Tlsa::Unvalidated:
        tlsa.dnssec = Net::DnssecStatus::Unknown;
        break;
    case Tlsa::Match:
    case Tlsa::Mismatch:
    case Tlsa::Unusable:
        break;
    }
    mx.tlsa = tlsa;
    Tls::DaneMatch match;
    match.verified = kind == Tlsa::Match || kind == Tlsa::Insecure || kind == Tlsa::Unvalidated;
    match.matchedRecord = match.verified ? Tls::Tlsa::text(record) : QString();
    match.matchedDepth = match.verified ? 0 : -1;
    match.matchingRecords = match.verified ? QStringList{match.matchedRecord} : QStringList();
    match.resultType = match.verified ? TlsRpt::FailureType() : TlsRpt::ResultType::TlsaInvalid;
    match.error = match.verified ? QString() : u"no matching DANE TLSA records"_qs;
    mx.probes.first().dane = match;
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

Q_DECLARE_METATYPE(Tlsa)

class TestVerdictJudge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutDraftNothingIsPublished()
    {
        CheckResult result = unpublished();
        VerdictJudge::judge(result);
        QCOMPARE(result.policyStatus, PolicyStatus::NoneFound);
        QCOMPARE(result.verdict, Verdict::NotProtected);
        QVERIFY(result.mx.at(0).matchedPattern.isEmpty());
    }

    void draft_data()
    {
        QTest::addColumn<QByteArray>("draft");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QStringList>("matched");      //!< per MX
        QTest::addColumn<QList<bool>>("wouldDeliver"); //!< per MX
        QTest::addColumn<QStringList>("resultTypes");  //!< per MX

        QTest::newRow("testing, both covered: mx2 reported, still delivered")
            << QByteArray("version: STSv1\r\nmode: testing\r\nmx: *.example.com\r\nmax_age: 86400\r\n")
            << int(PolicyStatus::Valid) << int(Verdict::Testing)
            << QStringList{u"*.example.com"_qs, u"*.example.com"_qs} << QList<bool>{true, true}
            << QStringList{QString(), u"certificate-expired"_qs};
        QTest::newRow("enforce, both covered: mx2 would not get mail")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: mx2.example.com\r\n"
                          "max_age: 604800\r\n")
            << int(PolicyStatus::Valid) << int(Verdict::Broken)
            << QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs} << QList<bool>{true, false}
            << QStringList{QString(), u"certificate-expired"_qs};
        QTest::newRow("enforce, mx2 left out: not covered")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmax_age: 604800\r\n")
            << int(PolicyStatus::Valid) << int(Verdict::Broken) << QStringList{u"mx1.example.com"_qs, QString()}
            << QList<bool>{true, false} << QStringList{QString(), u"validation-failure"_qs};
        QTest::newRow("mode none: nothing is matched")
            << QByteArray("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n") << int(PolicyStatus::Valid)
            << int(Verdict::NotProtected) << QStringList{QString(), QString()} << QList<bool>{true, true}
            << QStringList{QString(), QString()};
        QTest::newRow("invalid draft") << QByteArray("version: STSv1\r\nmode: enforced\r\n")
                                       << int(PolicyStatus::Invalid) << int(Verdict::NotProtected)
                                       << QStringList{QString(), QString()} << QList<bool>{true, true}
                                       << QStringList{QString(), QString()};
    }
    void draft()
    {
        QFETCH(QByteArray, draft);
        QFETCH(int, status);
        QFETCH(int, verdict);
        QFETCH(QStringList, matched);
        QFETCH(QList<bool>, wouldDeliver);
        QFETCH(QStringList, resultTypes);
        CheckResult result = unpublished();
        result.assumedPolicy = draft;
        VerdictJudge::judge(result);
        QCOMPARE(int(result.policyStatus), status);
        QCOMPARE(int(result.verdict), verdict);
        QCOMPARE(!result.policyResultType, status == int(PolicyStatus::Valid));
        for (qsizetype i = 0; i < result.mx.size(); ++i) {
            const MxHostResult &mx = result.mx.at(i);
            QCOMPARE(mx.matchedPattern, matched.at(i));
            QCOMPARE(mx.wouldDeliver, wouldDeliver.at(i));
            QCOMPARE(TlsRpt::resultTypeName(mx.resultType), resultTypes.at(i));
        }
        // The live state is still reported: nothing is published yet.
        QVERIFY(!result.stsRecord.valid);
        QVERIFY(result.fetch.has_value());
        QCOMPARE(result.toJson().value(u"policy"_qs).toObject().value(u"assumed"_qs).toString(),
                 QString::fromUtf8(draft));
    }

    //! A draft is judged before the record and the fetch have answered: pre-flight shows the MX
    //! results as they arrive.
    void draftNeedsNoLiveAnswers()
    {
        CheckResult result = unpublished();
        result.stsTxt.reset();
        result.fetch.reset();
        result.complete = false;
        result.assumedPolicy = QByteArray("version: STSv1\r\nmode: testing\r\nmx: *.example.com\r\nmax_age: 86400\r\n");
        VerdictJudge::judge(result);
        QCOMPARE(result.policyStatus, PolicyStatus::Valid);
        QCOMPARE(TlsRpt::resultTypeName(result.mx.at(1).resultType), u"certificate-expired"_qs);
        QCOMPARE(result.verdict, Verdict::Pending);
    }

    //! The observer is not the domain: what this machine's network hid is no failure of the MX.
    void observer_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<Environment::Port25>("port25");
        QTest::addColumn<bool>("mx1TimesOut"); //!< else mx1 passes
        QTest::addColumn<bool>("mx2NoRoute");  //!< mx2's only address is IPv6 without a route; else it times out
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QJsonValue>("mx2Delivers");

        QTest::newRow("enforce, both time out, port 25 unknown: the hosts' fault")
            << Enforce << Environment::Port25::Unknown << true << false << Verdict::Broken << QJsonValue(false);
        QTest::newRow("enforce, both time out, port 25 blocked here: no verdict")
            << Enforce << Environment::Port25::Blocked << true << false << Verdict::Inconclusive << QJsonValue();
        QTest::newRow("enforce, mx2 over IPv6 without a route here: no verdict")
            << Enforce << Environment::Port25::Unknown << false << true << Verdict::Inconclusive << QJsonValue();
        // The self-test said blocked, but mx1 answered on port 25: mx2's timeout is its own.
        QTest::newRow("enforce, port 25 proven open by mx1, mx2 timed out: the host's fault")
            << Enforce << Environment::Port25::Blocked << false << false << Verdict::Broken << QJsonValue(false);
        QTest::newRow("testing, mx1 passes, mx2 without a route: testing is about the policy")
            << Testing << Environment::Port25::Unknown << false << true << Verdict::Testing << QJsonValue();
        QTest::newRow("testing, nothing observable: no verdict")
            << Testing << Environment::Port25::Blocked << true << false << Verdict::Inconclusive << QJsonValue();
    }

    void observer()
    {
        QFETCH(QByteArray, policy);
        QFETCH(Environment::Port25, port25);
        QFETCH(bool, mx1TimesOut);
        QFETCH(bool, mx2NoRoute);
        QFETCH(Verdict, verdict);
        QFETCH(QJsonValue, mx2Delivers);
        CheckResult result = unpublished();
        result.assumedPolicy = policy;
        result.environment.smtpPort25 = port25;
        if (mx1TimesOut)
            result.mx[0].probes = {unconnected(result.mx[0].host, u"192.0.2.1"_qs, false)};
        MxHostResult &mx2 = result.mx[1];
        if (mx2NoRoute) {
            Net::DnsRecord aaaa;
            aaaa.address = QHostAddress(u"2001:db8::25"_qs);
            mx2.a = answer(mx2.host, Net::RrType::A, Net::DnsStatus::NoData);
            mx2.aaaa = answer(mx2.host, Net::RrType::Aaaa, Net::DnsStatus::NoError, {aaaa});
            mx2.probes = {unconnected(mx2.host, u"2001:db8::25"_qs, true)};
        } else {
            mx2.probes = {unconnected(mx2.host, u"192.0.2.2"_qs, false)};
        }
        VerdictJudge::judge(result);
        QCOMPARE(result.verdict, verdict);
        const QJsonObject json = result.toJson();
        const QJsonObject mx2Json = json[u"mx"_qs].toArray().at(1).toObject();
        QCOMPARE(mx2Json[u"would_deliver"_qs], mx2Delivers);
        QCOMPARE(mx2Json[u"unobserved"_qs].isNull(), !mx2Delivers.isNull());
        const bool observerBlamed = containsCode(result.mx.at(1).findings, u"check.mx.not-observed"_qs);
        QCOMPARE(observerBlamed, mx2Delivers.isNull());
        QCOMPARE(containsCode(result.mx.at(1).findings, u"check.mx.unreachable"_qs), !observerBlamed);
        // The contract of DESIGN.md: the environment as the check saw it.
        const QJsonObject environment = json[u"environment"_qs].toObject();
        QCOMPARE(environment[u"ipv6"_qs].toString(), mx2NoRoute ? u"none"_qs : u"unknown"_qs);
        QCOMPARE(environment[u"smtp_port_25"_qs].toString(),
                 !mx1TimesOut                             ? u"open"_qs // mx1 answered on port 25
                 : port25 == Environment::Port25::Blocked ? u"blocked"_qs
                                                          : u"unknown"_qs);
        QVERIFY(environment[u"proxy"_qs].isNull());
        QCOMPARE(environment[u"resolver_dnssec"_qs].toString(), u"unknown"_qs);
        if (verdict == Verdict::Inconclusive) {
            QVERIFY(!isVerdictOnDomain(verdict));
            QVERIFY(result.summary.contains(result.mx.at(1).unobserved));
        }
    }

    //! The environment detected before the check said "blocked"; a session on port 25 proves otherwise.
    void observedPortOverridesDetection()
    {
        CheckResult result = unpublished();
        result.environment.smtpPort25 = Environment::Port25::Blocked;
        VerdictJudge::judge(result);
        QCOMPARE(result.environment.smtpPort25, Environment::Port25::Open);
    }

    //! Past the MX cap the verdict covers part of the MX: never Protected.
    void partialCheckIsNoProtection()
    {
        CheckResult result = unpublished();
        result.assumedPolicy = Enforce;
        result.mx[1] = mxHost(u"mx2.example.com"_qs, 20, u"192.0.2.2"_qs, QString());
        VerdictJudge::judge(result);
        QCOMPARE(result.verdict, Verdict::Protected);
        result.mxRecordCount = 60;
        VerdictJudge::judge(result);
        QCOMPARE(result.verdict, Verdict::Inconclusive);
        QVERIFY(containsCode(result.findings, u"check.mx.too-many"_qs));
    }

    //! Cancel stops probes halfway; what they saw is no answer from the domain.
    //! A sender that validates DANE and MTA-STS (RFC 7672; RFC 8461 §2: an MTA-STS pass does not
    //! override a failing DANE validation) beside one that knows MTA-STS only. mx1's certificate
    //! is valid, mx2's expired (which DANE-EE does not mind).
    void dane_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<Tlsa>("mx1");
        QTest::addColumn<Tlsa>("mx2");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("mx1Dane");
        QTest::addColumn<QJsonValue>("mx1Delivers");
        QTest::addColumn<QJsonValue>("mx1StsOnly");
        QTest::addColumn<QString>("mx1ResultType");
        QTest::addColumn<QString>("finding");

        QTest::newRow("both pass DANE, no policy: protected by DANE alone")
            << QByteArray() << Tlsa::Match << Tlsa::Match << Verdict::Protected << u"pass"_qs << QJsonValue(true)
            << QJsonValue(true) << QString() << u"check.dane.no-next-key"_qs;
        QTest::newRow("stale record on mx1: DANE senders stop, MTA-STS-only ones do not")
            << QByteArray() << Tlsa::Mismatch << Tlsa::Denied << Verdict::Broken << u"fail"_qs << QJsonValue(false)
            << QJsonValue(true) << u"tlsa-invalid"_qs << u"check.dane.mismatch"_qs;
        QTest::newRow("enforce passes, DANE fails: DANE wins (RFC 8461 §2)")
            << Enforce << Tlsa::Mismatch << Tlsa::Match << Verdict::Broken << u"fail"_qs << QJsonValue(false)
            << QJsonValue(true) << u"tlsa-invalid"_qs << u"check.dane.mismatch"_qs;
        QTest::newRow("enforce and DANE pass on both: mx2's expired certificate is DANE-EE's business")
            << Enforce << Tlsa::Match << Tlsa::Match << Verdict::Protected << u"pass"_qs << QJsonValue(true)
            << QJsonValue(true) << QString() << u"check.dane.pass"_qs;
        QTest::newRow("bogus TLSA: no delivery to the host (RFC 7672 §2.2)")
            << Enforce << Tlsa::Bogus << Tlsa::Denied << Verdict::Broken << u"bogus"_qs << QJsonValue(false)
            << QJsonValue(true) << u"dnssec-invalid"_qs << u"check.dane.bogus"_qs;
        QTest::newRow("unsigned TLSA records are ignored")
            << QByteArray() << Tlsa::Insecure << Tlsa::Insecure << Verdict::NotProtected << u"insecure"_qs
            << QJsonValue(true) << QJsonValue(true) << QString() << u"check.dane.insecure"_qs;
        QTest::newRow("secure denial: MTA-STS alone decides")
            << Testing << Tlsa::Denied << Tlsa::Denied << Verdict::Testing << u"none"_qs << QJsonValue(true)
            << QJsonValue(true) << QString() << QString();
        QTest::newRow("only unusable records: TLS required, nothing authenticated")
            << QByteArray() << Tlsa::Unusable << Tlsa::Denied << Verdict::NotProtected << u"pass"_qs << QJsonValue(true)
            << QJsonValue(true) << QString() << u"check.dane.unusable"_qs;
        QTest::newRow("records behind a stripping resolver: cannot be judged from here")
            << QByteArray() << Tlsa::Unvalidated << Tlsa::Unvalidated << Verdict::Inconclusive << u"unknown"_qs
            << QJsonValue() << QJsonValue(true) << QString() << u"check.dane.unvalidated"_qs;
    }

    void dane()
    {
        QFETCH(QByteArray, policy);
        QFETCH(Tlsa, mx1);
        QFETCH(Tlsa, mx2);
        QFETCH(Verdict, verdict);
        QFETCH(QString, mx1Dane);
        QFETCH(QJsonValue, mx1Delivers);
        QFETCH(QJsonValue, mx1StsOnly);
        QFETCH(QString, mx1ResultType);
        QFETCH(QString, finding);
        CheckResult result = unpublished();
        result.mxAnswer->dnssec = Net::DnssecStatus::Secure; // DANE starts at signed MX records
        if (!policy.isEmpty())
            result.assumedPolicy = policy;
        setTlsa(result.mx[0], mx1);
        setTlsa(result.mx[1], mx2);
        VerdictJudge::judge(result);
        QVERIFY2(result.verdict == verdict, qPrintable(verdictName(result.verdict) + u": "_qs + result.summary));
        const QJsonObject json = result.mx.at(0).toJson();
        QCOMPARE(json[u"dane"_qs][u"result"_qs].toString(), mx1Dane);
        QCOMPARE(json[u"would_deliver"_qs], mx1Delivers);
        QCOMPARE(json[u"would_deliver_sts_only"_qs], mx1StsOnly);
        QCOMPARE(TlsRpt::resultTypeName(result.mx.at(0).resultType), mx1ResultType);
        QCOMPARE(optionalBool(result.mx.at(0).wouldDeliver), mx1Delivers);
        if (!finding.isEmpty())
            QVERIFY2(containsCode(result.findings, finding), qPrintable(finding));
        QCOMPARE(json[u"dane"_qs][u"tlsa"_qs].toArray().size(), mx1 == Tlsa::Denied ? 0 : 1);
        // A broken verdict names its one cause, and the finding that explains it.
        if (verdict == Verdict::Broken) {
            QVERIFY(result.cause.contains(u"mx1.example.com"_qs));
            QCOMPARE(result.causeSubject, u"mx1.example.com"_qs);
            QVERIFY(containsCode(result.findings, result.causeCode));
        }
    }

    //! What mail to the domain is protected against, threat by threat (issue: the protection
    //! view). States in the order of ProtectionAssessment::Threat.
    void protection_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<bool>("dane");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QStringList>("states");
        QTest::newRow("nothing published: only opportunistic TLS")
            << QByteArray() << false << false
            << QStringList{u"protected"_qs,     u"not-protected"_qs, u"not-protected"_qs, u"not-protected"_qs,
                           u"not-protected"_qs, u"not-protected"_qs, u"not-protected"_qs};
        QTest::newRow("enforce, mx2's certificate expired: one host of two, a week of max_age")
            << Enforce << false << false
            << QStringList{u"protected"_qs, u"partly"_qs,    u"partly"_qs,       u"partly"_qs,
                           u"partly"_qs,    u"protected"_qs, u"not-protected"_qs};
        QTest::newRow("testing mode protects against nothing active")
            << Testing << false << false
            << QStringList{u"protected"_qs,     u"not-protected"_qs, u"not-protected"_qs, u"not-protected"_qs,
                           u"not-protected"_qs, u"not-protected"_qs, u"not-protected"_qs};
        QTest::newRow("DANE on every MX (signed): no first-contact gap, nothing to expire")
            << QByteArray() << true << false
            << QStringList{u"protected"_qs, u"protected"_qs, u"protected"_qs,    u"protected"_qs,
                           u"protected"_qs, u"protected"_qs, u"not-protected"_qs};
        QTest::newRow("cancelled: nothing can be said")
            << Enforce << false << true << QStringList{u"unknown"_qs, u"unknown"_qs, u"unknown"_qs, u"unknown"_qs,
                                                       u"unknown"_qs, u"unknown"_qs, u"unknown"_qs};
    }

    void protection()
    {
        QFETCH(QByteArray, policy);
        QFETCH(bool, dane);
        QFETCH(bool, cancelled);
        QFETCH(QStringList, states);
        CheckResult result = unpublished();
        if (dane)
            result.mxAnswer->dnssec = Net::DnssecStatus::Secure; // DANE starts at signed MX records
        if (!policy.isEmpty())
            result.assumedPolicy = policy;
        for (MxHostResult &host : result.mx)
            setTlsa(host, dane ? Tlsa::Match : Tlsa::Denied);
        result.cancelled = cancelled;
        VerdictJudge::judge(result);
        const QJsonArray json = result.toJson()[u"protection"_qs].toArray();
        QStringList actual;
        for (const QJsonValue &item : json) {
            actual.append(item[u"state"_qs].toString());
            QVERIFY(!item[u"why"_qs].toString().isEmpty());
        }
        QCOMPARE(actual, states);
        QCOMPARE(json.first()[u"threat"_qs].toString(), u"passive-eavesdropping"_qs);
    }

    //! RFC 7672 §2.2.1: TLSA records of hosts named by unsigned MX records protect nothing for
    //! senders like Postfix, which do not look them up; bogus ones then block nobody either.
    void daneNeedsSignedMx_data()
    {
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<Tlsa>("tlsa");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("matching TLSA, no policy") << QByteArray() << Tlsa::Match << Verdict::NotProtected;
        QTest::newRow("bogus TLSA, no policy: delivered as without DANE")
            << QByteArray() << Tlsa::Bogus << Verdict::NotProtected;
        // mx2's certificate expired: DANE-EE would not mind, MTA-STS does.
        QTest::newRow("matching TLSA, enforce: MTA-STS alone decides") << Enforce << Tlsa::Match << Verdict::Broken;
    }
    void daneNeedsSignedMx()
    {
        QFETCH(QByteArray, policy);
        QFETCH(Tlsa, tlsa);
        QFETCH(Verdict, verdict);
        CheckResult result = unpublished();
        if (!policy.isEmpty())
            result.assumedPolicy = policy;
        result.mxAnswer->dnssec = Net::DnssecStatus::Insecure;
        for (MxHostResult &host : result.mx)
            setTlsa(host, tlsa);
        VerdictJudge::judge(result);
        QVERIFY2(result.verdict == verdict, qPrintable(verdictName(result.verdict) + u": "_qs + result.summary));
        for (const MxHostResult &host : std::as_const(result.mx)) {
            QCOMPARE(host.dane, DaneStatus::Insecure);
            if (policy.isEmpty())
                QCOMPARE(host.wouldDeliver, std::optional<bool>(true));
        }
        QVERIFY(containsCode(result.findings, u"check.dane.mx-insecure"_qs));
        QVERIFY(!containsCode(result.findings, u"check.dane.pass"_qs));
        QVERIFY(!containsCode(result.findings, u"check.dane.bogus"_qs));
    }

    //! RFC 8461 §2: without a policy, only DANE protects, and only for senders that validate it.
    void noPolicyFinding_data()
    {
        QTest::addColumn<QList<bool>>("daneOnHost"); // per MX: TLSA that matches, or none
        QTest::addColumn<QString>("code");
        QTest::newRow("no DANE") << QList<bool>{false, false} << u"check.policy.none"_qs;
        QTest::newRow("DANE on one MX of two") << QList<bool>{true, false} << u"check.policy.none"_qs;
        QTest::newRow("DANE on every MX") << QList<bool>{true, true} << u"check.policy.none-dane-only"_qs;
    }
    void noPolicyFinding()
    {
        QFETCH(QList<bool>, daneOnHost);
        QFETCH(QString, code);
        CheckResult result = unpublished();
        result.mxAnswer->dnssec = Net::DnssecStatus::Secure; // DANE starts at signed MX records
        QCOMPARE(result.mx.size(), daneOnHost.size());
        for (qsizetype i = 0; i < result.mx.size(); ++i)
            setTlsa(result.mx[i], daneOnHost.at(i) ? Tlsa::Match : Tlsa::Denied);
        VerdictJudge::judge(result);
        QVERIFY(containsCode(result.findings, code));
        const QString other =
            code == u"check.policy.none"_qs ? u"check.policy.none-dane-only"_qs : u"check.policy.none"_qs;
        QVERIFY(!containsCode(result.findings, other));
    }

    void cancelledIsNoVerdict()
    {
        CheckResult result = unpublished();
        for (MxHostResult &host : result.mx) {
            Smtp::SmtpProbeResult &probe = host.probes.first();
            Smtp::SmtpProbeResult stopped;
            stopped.host = probe.host;
            stopped.address = probe.address;
            probe = stopped;
            probe.reached = Smtp::Step::Banner;
            probe.failed = true;
            probe.error = u"cancelled"_qs;
        }
        result.cancelled = true;
        VerdictJudge::judge(result);
        QCOMPARE(result.verdict, Verdict::Cancelled);
        QVERIFY(!isVerdictOnDomain(result.verdict));
        QVERIFY(!result.nextStep.isEmpty());
        QVERIFY(containsCode(result.findings, u"check.cancelled"_qs));
        QVERIFY(!containsCode(result.findings, u"check.mx.unreachable"_qs));

        // The same observations from a check that ran to its end: no MX answers, broken.
        result.cancelled = false;
        VerdictJudge::judge(result);
        QCOMPARE(result.verdict, Verdict::Broken);
        QVERIFY(containsCode(result.findings, u"check.mx.unreachable"_qs));
    }
};

QTEST_GUILESS_MAIN(TestVerdictJudge)
#include "tst_verdictjudge.moc"
