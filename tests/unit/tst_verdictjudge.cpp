// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The judge with a draft policy (CheckOptions::assumedPolicy, the wizard's pre-flight): each MX
// is matched and validated against the draft as if it were published, whatever is live.
#include "check/verdictjudge.h"

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
    probe.chain.resultType = resultType;
    probe.resultType = resultType;
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
    fetch.resultType = u"sts-policy-fetch-error"_qs;
    result.fetch = fetch;
    result.mx = {mxHost(u"mx1.example.com"_qs, 10, u"192.0.2.1"_qs, QString()),
                 mxHost(u"mx2.example.com"_qs, 20, u"192.0.2.2"_qs, u"certificate-expired"_qs)};
    return result;
}

} // namespace

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
        QCOMPARE(result.policyResultType.isEmpty(), status == int(PolicyStatus::Valid));
        for (qsizetype i = 0; i < result.mx.size(); ++i) {
            const MxHostResult &mx = result.mx.at(i);
            QCOMPARE(mx.matchedPattern, matched.at(i));
            QCOMPARE(mx.wouldDeliver, wouldDeliver.at(i));
            QCOMPARE(mx.resultType, resultTypes.at(i));
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
        QCOMPARE(result.mx.at(1).resultType, u"certificate-expired"_qs);
        QCOMPARE(result.verdict, Verdict::Pending);
    }

    //! Cancel stops probes halfway; what they saw is no answer from the domain.
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
