// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingcodes.h"
#include "mtasts/mxpattern.h"
#include "mtasts/policy.h"
#include "mtasts/policygenerator.h"
#include "mtasts/stsrecord.h"
#include "tlsrpt/tlsrptrecord.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Sts;
using namespace Sts::MtaSts;

namespace {

const QDateTime Now(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
const QString NowId = u"20260304050607"_qs;

const QString Buecher = QString::fromUtf8("b\u00fccher.example");

const QString DomainInvalid = u"sts.generate.domain-invalid"_qs;
const QString MaxAgeRange = u"sts.generate.max-age-range"_qs;
const QString NoMx = u"sts.generate.no-mx"_qs;
const QString IdInvalid = u"sts.generate.id-invalid"_qs;

DeploymentRequest request(const QString &domain, Mode mode, const QStringList &mx, qint64 maxAge,
                          const QStringList &rua = {}, const QString &id = {})
{
    DeploymentRequest r;
    r.domain = domain;
    r.mode = mode;
    r.mx = mx;
    r.maxAge = maxAge;
    r.rua = rua;
    r.id = id;
    r.now = Now;
    return r;
}

//! Splits the quoted character-strings of one zone-file TXT line back into the record.
TxtRecord txtFromZoneLine(const QString &line)
{
    TxtRecord record;
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    for (auto it = quoted.globalMatch(line); it.hasNext();)
        record.strings.append(it.next().captured(1).toUtf8());
    return record;
}

} // namespace

class TestPolicyGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesEachMode_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<QStringList>("rua");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("codes");

        // RFC 8461 §3.2 policy fields, §3.1 TXT record; RFC 8460 §3 TLS-RPT record.
        QTest::newRow("enforce with rua")
            << u"example.com"_qs << int(Mode::Enforce) << QStringList{u"mx1.example.com"_qs, u"*.backup.example.com"_qs}
            << qint64(1209600) << QStringList{u"mailto:tlsrpt@example.com"_qs} << QString()
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.backup.example.com\r\n"
                          "max_age: 1209600\r\n")
            << NowId
            << u"_mta-sts.example.com. 3600 IN TXT \"v=STSv1; id=20260304050607\"\n"
               "_smtp._tls.example.com. 3600 IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\"\n"_qs
            << QStringList{};
        QTest::newRow("testing without rua, own id")
            << u"example.org"_qs << int(Mode::Testing) << QStringList{u"mail.example.org"_qs} << qint64(86400)
            << QStringList{} << u"2026a"_qs
            << QByteArray("version: STSv1\r\nmode: testing\r\nmx: mail.example.org\r\nmax_age: 86400\r\n")
            << u"2026a"_qs << u"_mta-sts.example.org. 3600 IN TXT \"v=STSv1; id=2026a\"\n"_qs << QStringList{};
        QTest::newRow("none without mx") << u"example.net"_qs << int(Mode::None) << QStringList{} << qint64(86400)
                                         << QStringList{} << QString()
                                         << QByteArray("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n") << NowId
                                         << u"_mta-sts.example.net. 3600 IN TXT \"v=STSv1; id=20260304050607\"\n"_qs
                                         << QStringList{};
        QTest::newRow("none keeps given mx")
            << u"example.net"_qs << int(Mode::None) << QStringList{u"mx.example.net"_qs} << qint64(0) << QStringList{}
            << QString() << QByteArray("version: STSv1\r\nmode: none\r\nmx: mx.example.net\r\nmax_age: 0\r\n") << NowId
            << u"_mta-sts.example.net. 3600 IN TXT \"v=STSv1; id=20260304050607\"\n"_qs << QStringList{};
        QTest::newRow("domain written loosely")
            << u"  Example.COM. "_qs << int(Mode::Testing) << QStringList{u"mx.example.com"_qs} << qint64(604800)
            << QStringList{u"mailto:a@example.com"_qs, u"https://r.example.com/v1"_qs} << QString()
            << QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx.example.com\r\nmax_age: 604800\r\n") << NowId
            << u"_mta-sts.example.com. 3600 IN TXT \"v=STSv1; id=20260304050607\"\n"
               "_smtp._tls.example.com. 3600 IN TXT "
               "\"v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/v1\"\n"_qs
            << QStringList{};
        QTest::newRow("IDN domain and mx")
            << Buecher << int(Mode::Enforce) << QStringList{u"*."_qs + Buecher} << qint64(604800) << QStringList{}
            << QString()
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: *.xn--bcher-kva.example\r\nmax_age: 604800\r\n")
            << NowId << u"_mta-sts.xn--bcher-kva.example. 3600 IN TXT \"v=STSv1; id=20260304050607\"\n"_qs
            << QStringList{u"sts.mx.unicode"_qs};
    }
    void generatesEachMode()
    {
        QFETCH(QString, domain);
        QFETCH(int, mode);
        QFETCH(QStringList, mx);
        QFETCH(qint64, maxAge);
        QFETCH(QStringList, rua);
        QFETCH(QString, id);
        QFETCH(QByteArray, policy);
        QFETCH(QString, expectedId);
        QFETCH(QString, zone);
        QFETCH(QStringList, codes);

        const Deployment deployment =
            PolicyGenerator::generate(request(domain, static_cast<Mode>(mode), mx, maxAge, rua, id));
        STS_COMPARE_CODES(deployment.findings, codes, u"RFC 8461 §3.1, §3.2; RFC 8460 §3"_qs);
        QVERIFY(deployment.ok);
        QCOMPARE(deployment.policy, policy);
        QCOMPARE(deployment.id, expectedId);
        QCOMPARE(deployment.stsRecordValue, u"v=STSv1; id="_qs + expectedId);
        QCOMPARE(deployment.zoneFile(), zone);
        const QString ace = MxPattern::normalizeHost(domain);
        QCOMPARE(deployment.policyUrl, u"https://mta-sts."_qs + ace + u"/.well-known/mta-sts.txt"_qs);
        QCOMPARE(deployment.stsRecordName, u"_mta-sts."_qs + ace + u'.');
        QCOMPARE(deployment.tlsRptRecordName, u"_smtp._tls."_qs + ace + u'.');
    }

    // Whatever the generator accepts, its own linters accept too (and read back what was asked).
    void alwaysPassesItsLinters()
    {
        const QList<QStringList> mxLists{
            {},
            {u"mx.example.com"_qs},
            {u"*.example.com"_qs},
            {u"MX1.Example.com."_qs, u"mx2.example.com"_qs, u"mx1.example.com"_qs},
            {u"*."_qs + Buecher, u"mx.xn--bcher-kva.example"_qs},
            {u"aspmx.l.google.com"_qs, u"alt1.aspmx.l.google.com"_qs, u"alt2.aspmx.l.google.com"_qs,
             u"alt3.aspmx.l.google.com"_qs, u"alt4.aspmx.l.google.com"_qs},
        };
        const QList<QStringList> ruaLists{
            {},
            {u"mailto:tlsrpt@example.com"_qs},
            {u"mailto:tlsrpt@example.com"_qs, u"https://reports.example.com/v1"_qs},
            {u" mailto:a@example.com "_qs, u"mailto:a@example.com"_qs},
        };
        int generated = 0;
        int refused = 0;
        for (Mode mode : {Mode::Enforce, Mode::Testing, Mode::None}) {
            for (qint64 maxAge : {qint64(0), qint64(1), qint64(86400), qint64(604800), MaxPolicyAge}) {
                for (const QStringList &mx : mxLists) {
                    for (const QStringList &rua : ruaLists) {
                        for (const QString &id : {QString(), u"a"_qs, QString(32, u'Z')}) {
                            const QString where = QStringLiteral("%1 %2 [%3] [%4] %5")
                                                      .arg(modeName(mode))
                                                      .arg(maxAge)
                                                      .arg(mx.join(u' '), rua.join(u' '), id);
                            const Deployment deployment =
                                PolicyGenerator::generate(request(u"example.com"_qs, mode, mx, maxAge, rua, id));
                            const bool expectOk = !mx.isEmpty() || mode == Mode::None;
                            QVERIFY2(deployment.ok == expectOk, qPrintable(where));
                            if (!deployment.ok) {
                                QVERIFY2(containsCode(deployment.findings, NoMx), qPrintable(where));
                                QVERIFY(deployment.policy.isEmpty());
                                ++refused;
                                continue;
                            }
                            ++generated;

                            const Policy policy = Policy::parse(deployment.policy);
                            QVERIFY2(policy.valid, qPrintable(where));
                            QCOMPARE(policy.mode, std::optional<Mode>(mode));
                            QCOMPARE(policy.maxAge, std::optional<qint64>(maxAge));
                            for (const QString &pattern : mx)
                                QVERIFY2(!MxCoverage::compute(policy.mx, {pattern.startsWith(u'*')
                                                                              ? pattern.sliced(2).prepend(u"x."_qs)
                                                                              : pattern})
                                              .constFirst()
                                              .pattern.isEmpty(),
                                         qPrintable(where));
                            QVERIFY2(!deployment.policy.contains("\n\n") && deployment.policy.endsWith("\r\n"),
                                     qPrintable(where));

                            const QStringList zoneLines = deployment.zoneFile().split(u'\n', Qt::SkipEmptyParts);
                            QCOMPARE(zoneLines.size(), rua.isEmpty() ? 1 : 2);
                            const StsRecord sts = StsRecord::lint({txtFromZoneLine(zoneLines.at(0))});
                            QVERIFY2(sts.valid, qPrintable(where));
                            QCOMPARE(sts.id, deployment.id);
                            if (!rua.isEmpty()) {
                                const TlsRpt::TlsRptRecord tlsRpt =
                                    TlsRpt::TlsRptRecord::lint({txtFromZoneLine(zoneLines.at(1))});
                                QVERIFY2(tlsRpt.valid, qPrintable(where));
                                QVERIFY2(!hasErrors(tlsRpt.findings), qPrintable(where));
                            }
                        }
                    }
                }
            }
        }
        QCOMPARE(generated + refused, 3 * 5 * 6 * 4 * 3);
        QCOMPARE(refused, 2 * 5 * 1 * 4 * 3); // enforce and testing without mx
    }

    void freshId_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("id");
        // RFC 8461 §3.1: the id "MUST uniquely identify a given instance of a policy"; ours is the
        // UTC time to the second, so that later ids sort later.
        QTest::newRow("UTC") << Now << NowId;
        QTest::newRow("milliseconds are dropped")
            << QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 999), QTimeZone::utc()) << NowId;
        QTest::newRow("ahead of UTC converts back")
            << QDateTime(QDate(2026, 3, 4), QTime(6, 6, 7), QTimeZone(3600)) << NowId;
        QTest::newRow("behind UTC crosses midnight")
            << QDateTime(QDate(2026, 12, 31), QTime(20, 0, 0), QTimeZone(-5 * 3600)) << u"20270101010000"_qs;
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), QTimeZone::utc())
                                  << u"20280229235959"_qs;
        QTest::newRow("start of the epoch")
            << QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()) << u"19700101000000"_qs;
    }
    void freshId()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, id);
        QCOMPARE(PolicyGenerator::freshId(now), id);
        QVERIFY(StsRecord::lint({TxtRecord::fromText(u"v=STSv1; id="_qs + id)}).valid);
    }

    void freshIdWithoutClockUsesNow()
    {
        const QString before = PolicyGenerator::freshId(QDateTime::currentDateTimeUtc());
        const QString id = PolicyGenerator::freshId(QDateTime());
        const QString after = PolicyGenerator::freshId(QDateTime::currentDateTimeUtc());
        static const QRegularExpression digits(QStringLiteral("^[0-9]{14}$"));
        QVERIFY2(digits.match(id).hasMatch(), qPrintable(id));
        QVERIFY(before <= id && id <= after);
        // and generate() falls back to it as well
        DeploymentRequest r = request(u"example.com"_qs, Mode::Testing, {u"mx.example.com"_qs}, 86400);
        r.now = QDateTime();
        const Deployment deployment = PolicyGenerator::generate(r);
        QVERIFY(digits.match(deployment.id).hasMatch());
        QVERIFY(before <= deployment.id);
    }

    void laterIdsSortLater()
    {
        QVERIFY(PolicyGenerator::freshId(Now) < PolicyGenerator::freshId(Now.addSecs(1)));
        QVERIFY(PolicyGenerator::freshId(Now) < PolicyGenerator::freshId(Now.addYears(1)));
    }

    //! Senders refetch a policy only when the record's id changes (RFC 8461 §3.1): an edit that
    //! changes the text needs a new id, one that does not must keep the published id.
    void nextId_data()
    {
        QTest::addColumn<QString>("previousId");
        QTest::addColumn<QByteArray>("previousPolicy");
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<QString>("id");

        const QByteArray testing = "version: STSv1\r\nmode: testing\r\nmx: mx.example.com\r\nmax_age: 86400\r\n";
        const QByteArray enforce = "version: STSv1\r\nmode: enforce\r\nmx: mx.example.com\r\nmax_age: 86400\r\n";
        QTest::newRow("nothing published: fresh") << QString() << QByteArray() << testing << NowId;
        QTest::newRow("same text: kept") << u"20260101T000000"_qs << testing << testing << u"20260101T000000"_qs;
        QTest::newRow("same lines, LF endings: kept")
            << u"abc"_qs << QByteArray("version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 86400\n") << testing
            << u"abc"_qs;
        QTest::newRow("mode changed: fresh") << u"20260101T000000"_qs << testing << enforce << NowId;
        QTest::newRow("record without a fetched policy: fresh") << u"abc"_qs << QByteArray() << testing << NowId;
        QTest::newRow("fresh id equal to the published one: one second on")
            << NowId << testing << enforce << u"20260304050608"_qs;
    }
    void nextId()
    {
        QFETCH(QString, previousId);
        QFETCH(QByteArray, previousPolicy);
        QFETCH(QByteArray, policy);
        QFETCH(QString, id);
        QCOMPARE(PolicyGenerator::nextId(previousId, previousPolicy, policy, Now), id);
    }

    void generateKeepsOrBumpsThePublishedId()
    {
        DeploymentRequest edit = request(u"example.com"_qs, Mode::Testing, {u"mx.example.com"_qs}, 86400);
        edit.previousId = u"20260101T000000"_qs;
        edit.previousPolicy = "version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 86400\n";
        const Deployment same = PolicyGenerator::generate(edit);
        QVERIFY(same.ok);
        QCOMPARE(same.id, u"20260101T000000"_qs);
        QVERIFY(same.idKept);
        QCOMPARE(same.stsRecordValue, u"v=STSv1; id=20260101T000000"_qs);

        edit.mx.append(u"mx2.example.com"_qs);
        const Deployment changed = PolicyGenerator::generate(edit);
        QVERIFY(changed.ok);
        QCOMPARE(changed.id, NowId);
        QVERIFY(!changed.idKept);
        QVERIFY(StsRecord::lint({TxtRecord::fromText(changed.stsRecordValue)}).valid);

        edit.id = u"given"_qs; // an explicit id wins
        QCOMPARE(PolicyGenerator::generate(edit).id, u"given"_qs);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<QStringList>("rua");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("rule");

        const QString domain = u"example.com"_qs;
        const int enforce = int(Mode::Enforce);
        const QStringList mx{u"mx.example.com"_qs};
        const qint64 week = 604800;
        const QString hostRule = u"RFC 8461 §3: the Policy Domain is a domain name (RFC 5321 Domain)"_qs;
        const QString maxAgeRule = u"RFC 8461 §3.2: max_age is at most 31557600"_qs;
        const QString mxRule = u"RFC 8461 §3.2: mx \"required at least once, except when mode is 'none'\""_qs;
        const QString idRule = u"RFC 8461 §3.1: id = 1*32(ALPHA / DIGIT)"_qs;
        const QString ruaRule = u"RFC 8460 §3: rua URIs are mailto: or https:, with \",\" and \"!\" encoded"_qs;

        QTest::newRow("empty domain") << QString() << enforce << mx << week << QStringList{} << QString()
                                      << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("single-label domain") << u"example"_qs << enforce << mx << week << QStringList{} << QString()
                                             << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("domain with a space") << u"exa mple.com"_qs << enforce << mx << week << QStringList{}
                                             << QString() << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("domain with underscore") << u"_mta-sts.example.com"_qs << enforce << mx << week << QStringList{}
                                                << QString() << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("domain with leading hyphen") << u"-bad.example.com"_qs << enforce << mx << week << QStringList{}
                                                    << QString() << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("domain with empty label") << u"example..com"_qs << enforce << mx << week << QStringList{}
                                                 << QString() << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("URL instead of domain") << u"https://example.com/"_qs << enforce << mx << week << QStringList{}
                                               << QString() << QStringList{DomainInvalid} << hostRule;
        QTest::newRow("max_age -1") << domain << enforce << mx << qint64(-1) << QStringList{} << QString()
                                    << QStringList{MaxAgeRange} << maxAgeRule;
        QTest::newRow("max_age 31557601") << domain << enforce << mx << qint64(31557601) << QStringList{} << QString()
                                          << QStringList{MaxAgeRange} << maxAgeRule;
        QTest::newRow("enforce without mx")
            << domain << enforce << QStringList{} << week << QStringList{} << QString() << QStringList{NoMx} << mxRule;
        QTest::newRow("testing without mx") << domain << int(Mode::Testing) << QStringList{} << week << QStringList{}
                                            << QString() << QStringList{NoMx} << mxRule;
        QTest::newRow("only invalid mx") << domain << enforce << QStringList{u"*"_qs} << week << QStringList{}
                                         << QString() << QStringList{u"sts.mx.wildcard-position"_qs} << mxRule;
        QTest::newRow("mx IP address among good ones")
            << domain << enforce << QStringList{u"mx.example.com"_qs, u"192.0.2.1"_qs} << week << QStringList{}
            << QString() << QStringList{u"sts.mx.ip-address"_qs} << mxRule;
        QTest::newRow("mx empty string") << domain << enforce << QStringList{QString()} << week << QStringList{}
                                         << QString() << QStringList{u"sts.mx.empty"_qs} << mxRule;
        QTest::newRow("id with dash") << domain << enforce << mx << week << QStringList{} << u"2026-03-04"_qs
                                      << QStringList{IdInvalid} << idRule;
        QTest::newRow("id of 33 characters") << domain << enforce << mx << week << QStringList{} << QString(33, u'a')
                                             << QStringList{IdInvalid} << idRule;
        QTest::newRow("id with non-ASCII letter") << domain << enforce << mx << week << QStringList{}
                                                  << QString::fromUtf8("caf\u00e9") << QStringList{IdInvalid} << idRule;
        QTest::newRow("id with a space") << domain << enforce << mx << week << QStringList{} << u"a b"_qs
                                         << QStringList{IdInvalid} << idRule;
        QTest::newRow("rua http") << domain << enforce << mx << week << QStringList{u"http://r.example.com/"_qs}
                                  << QString() << QStringList{u"tlsrpt.rua.scheme"_qs} << ruaRule;
        QTest::newRow("rua mailto without @") << domain << enforce << mx << week << QStringList{u"mailto:nobody"_qs}
                                              << QString() << QStringList{u"tlsrpt.rua.mailto-invalid"_qs} << ruaRule;
        QTest::newRow("rua with a space inside")
            << domain << enforce << mx << week << QStringList{u"mailto:a@example.com mailto:b@example.com"_qs}
            << QString() << QStringList{u"tlsrpt.rua.unencoded"_qs} << ruaRule;
        QTest::newRow("rua with semicolon (field injection)")
            << domain << enforce << mx << week << QStringList{u"mailto:a@example.com; rua=mailto:x@evil.example"_qs}
            << QString() << QStringList{u"tlsrpt.rua.unencoded"_qs} << ruaRule;
        QTest::newRow("rua with comma (two URIs in one)")
            << domain << enforce << mx << week << QStringList{u"mailto:a@example.com,mailto:b@example.com"_qs}
            << QString() << QStringList{u"tlsrpt.rua.unencoded"_qs} << ruaRule;
        QTest::newRow("rua empty string") << domain << enforce << mx << week << QStringList{QString()} << QString()
                                          << QStringList{u"tlsrpt.rua.empty"_qs} << ruaRule;
        QTest::newRow("everything wrong at once")
            << u"example"_qs << enforce << QStringList{} << qint64(-5) << QStringList{u"ftp://x.example/"_qs}
            << u"a-b"_qs << QStringList{DomainInvalid, MaxAgeRange, NoMx, IdInvalid, u"tlsrpt.rua.scheme"_qs}
            << hostRule;
    }
    void refuses()
    {
        QFETCH(QString, domain);
        QFETCH(int, mode);
        QFETCH(QStringList, mx);
        QFETCH(qint64, maxAge);
        QFETCH(QStringList, rua);
        QFETCH(QString, id);
        QFETCH(QStringList, codes);
        QFETCH(QString, rule);

        const Deployment deployment =
            PolicyGenerator::generate(request(domain, static_cast<Mode>(mode), mx, maxAge, rua, id));
        STS_COMPARE_CODES(deployment.findings, codes, rule);
        QVERIFY(!deployment.ok);
        QVERIFY(deployment.policy.isEmpty());
        QVERIFY(deployment.id.isEmpty());
        QVERIFY(deployment.stsRecordValue.isEmpty());
        QVERIFY(deployment.tlsRptRecordValue.isEmpty());
    }

    void normalizesMx_data()
    {
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<QByteArray>("mxLines");
        QTest::addColumn<QStringList>("codes");
        // RFC 8461 §4.1: names compare case-insensitively, without the final dot, as A-labels, so
        // these spellings are one pattern and the policy lists it once.
        QTest::newRow("exact duplicate") << QStringList{u"mx.example.com"_qs, u"mx.example.com"_qs}
                                         << QByteArray("mx: mx.example.com\r\n") << QStringList{};
        QTest::newRow("case and trailing dot")
            << QStringList{u"MX.Example.com."_qs, u"mx.example.com"_qs} << QByteArray("mx: mx.example.com\r\n")
            << QStringList{u"sts.mx.trailing-dot"_qs};
        QTest::newRow("surrounding spaces")
            << QStringList{u"  mx.example.com\t"_qs} << QByteArray("mx: mx.example.com\r\n") << QStringList{};
        QTest::newRow("wildcard and exact stay apart")
            << QStringList{u"*.example.com"_qs, u"mx.example.com"_qs}
            << QByteArray("mx: *.example.com\r\nmx: mx.example.com\r\n") << QStringList{};
        QTest::newRow("U-label and its A-label")
            << QStringList{u"*."_qs + Buecher, u"*.XN--BCHER-KVA.example"_qs}
            << QByteArray("mx: *.xn--bcher-kva.example\r\n") << QStringList{u"sts.mx.unicode"_qs};
        QTest::newRow("order of first appearance")
            << QStringList{u"b.example.com"_qs, u"a.example.com"_qs, u"B.example.com"_qs}
            << QByteArray("mx: b.example.com\r\nmx: a.example.com\r\n") << QStringList{};
    }
    void normalizesMx()
    {
        QFETCH(QStringList, mx);
        QFETCH(QByteArray, mxLines);
        QFETCH(QStringList, codes);
        const Deployment deployment = PolicyGenerator::generate(request(u"example.com"_qs, Mode::Enforce, mx, 86400));
        STS_COMPARE_CODES(deployment.findings, codes, u"RFC 8461 §4.1"_qs);
        QVERIFY(deployment.ok);
        QCOMPARE(deployment.policy, "version: STSv1\r\nmode: enforce\r\n" + mxLines + "max_age: 86400\r\n");
    }

    void deduplicatesRua()
    {
        const Deployment deployment = PolicyGenerator::generate(
            request(u"example.com"_qs, Mode::Testing, {u"mx.example.com"_qs}, 86400,
                    {u"mailto:a@example.com"_qs, u" mailto:a@example.com"_qs, u"https://r.example.com/"_qs}));
        QVERIFY(deployment.ok);
        QCOMPARE(deployment.tlsRptRecordValue, u"v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/"_qs);
    }

    void longRecordIsSplitIntoStrings()
    {
        // RFC 1035 §3.3: a character-string holds at most 255 bytes; RFC 8460 §3 joins the strings.
        QStringList rua;
        for (int i = 0; i < 8; ++i)
            rua.append(QStringLiteral("https://tls-reports-collector-%1.reporting.example.com/v1/submit").arg(i));
        const Deployment deployment =
            PolicyGenerator::generate(request(u"example.com"_qs, Mode::Testing, {u"mx.example.com"_qs}, 86400, rua));
        QVERIFY(deployment.ok);
        QVERIFY(deployment.tlsRptRecordValue.size() > 255);
        const QString line = deployment.zoneFile().split(u'\n').at(1);
        const TxtRecord record = txtFromZoneLine(line);
        QVERIFY(record.strings.size() >= 2);
        for (const QByteArray &string : record.strings)
            QVERIFY(string.size() <= 255);
        QCOMPARE(QString::fromLatin1(record.joined()), deployment.tlsRptRecordValue);
        const TlsRpt::TlsRptRecord linted = TlsRpt::TlsRptRecord::lint({record});
        QVERIFY(linted.valid);
        QCOMPARE(linted.rua, rua);
    }

    void quotedTxt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("short") << u"v=STSv1; id=1"_qs << u"\"v=STSv1; id=1\""_qs;
        QTest::newRow("exactly 255") << QString(255, u'a') << u'"' + QString(255, u'a') + u'"';
        QTest::newRow("256") << QString(256, u'a') << u'"' + QString(255, u'a') + u"\" \"a\""_qs;
        QTest::newRow("empty") << QString() << u"\"\""_qs;
    }
    void quotedTxt()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(Deployment::quotedTxt(value), quoted);
    }
};

QTEST_GUILESS_MAIN(TestPolicyGenerator)
#include "tst_policygenerator.moc"
