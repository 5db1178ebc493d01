// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtasts/coverageplanner.h"
#include "mtasts/mxpattern.h"
#include "mtasts/policy.h"
#include "mtasts/policygenerator.h"

#include <QTest>

using namespace Sts;
using namespace Sts::MtaSts;

using Style = CoveragePlanner::Style;
Q_DECLARE_METATYPE(Sts::MtaSts::CoveragePlanner::Style)

class TestCoveragePlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedParent_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("parent");

        QTest::newRow("two MX under one parent")
            << QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs} << u"example.com"_qs;
        QTest::newRow("case and trailing dots")
            << QStringList{u"MX1.Example.COM."_qs, u"mx2.example.com"_qs} << u"example.com"_qs;
        QTest::newRow("one MX") << QStringList{u"mx.example.com"_qs} << u"example.com"_qs;
        QTest::newRow("different parents")
            << QStringList{u"mx1.example.com"_qs, u"mx.backup.example.com"_qs} << QString();
        QTest::newRow("provider and own") << QStringList{u"mx.example.com"_qs, u"mx.provider.net"_qs} << QString();
        QTest::newRow("parent is a top-level domain (too broad)")
            << QStringList{u"example.com"_qs, u"other.com"_qs} << QString();
        QTest::newRow("implicit MX: the domain itself") << QStringList{u"example.com"_qs} << QString();
        QTest::newRow("an IP literal among them") << QStringList{u"mx1.example.com"_qs, u"192.0.2.1"_qs} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
        QTest::newRow("IDN parent in A-labels")
            << QStringList{QString::fromUtf8("mx1.b\u00fccher.example"), u"mx2.xn--bcher-kva.example"_qs}
            << u"xn--bcher-kva.example"_qs;
    }
    void sharedParent()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QString, parent);
        QCOMPARE(CoveragePlanner::sharedParent(hosts), parent);
    }

    void propose_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<Style>("style");
        QTest::addColumn<QStringList>("patterns");

        const QStringList two{u"mx1.example.com"_qs, u"mx2.example.com"_qs};
        QTest::newRow("automatic: wildcard for two MX under one parent")
            << two << QStringList{} << Style::Automatic << QStringList{u"*.example.com"_qs};
        QTest::newRow("automatic: exact name for one MX") << QStringList{u"mx.example.com"_qs} << QStringList{}
                                                          << Style::Automatic << QStringList{u"mx.example.com"_qs};
        QTest::newRow("wildcard style for one MX") << QStringList{u"mx.example.com"_qs} << QStringList{}
                                                   << Style::Wildcard << QStringList{u"*.example.com"_qs};
        QTest::newRow("exact names") << two << QStringList{} << Style::ExactNames << two;
        QTest::newRow("automatic: exact names without a shared parent")
            << QStringList{u"mx.example.com"_qs, u"mx.provider.net"_qs} << QStringList{} << Style::Automatic
            << QStringList{u"mx.example.com"_qs, u"mx.provider.net"_qs};
        QTest::newRow("names normalized, duplicates dropped")
            << QStringList{u"MX.Example.com."_qs, u"mx.example.com"_qs} << QStringList{} << Style::ExactNames
            << QStringList{u"mx.example.com"_qs};
        QTest::newRow("implicit MX") << QStringList{u"example.com"_qs} << QStringList{} << Style::Automatic
                                     << QStringList{u"example.com"_qs};
        QTest::newRow("an IP literal cannot be named")
            << QStringList{u"mx.example.com"_qs, u"192.0.2.1"_qs} << QStringList{} << Style::Automatic
            << QStringList{u"mx.example.com"_qs};
        QTest::newRow("live policy covering everything is kept")
            << two << QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs} << Style::Automatic << two;
        QTest::newRow("live policy missing an MX gets a line for it")
            << two << QStringList{u"mx1.example.com"_qs} << Style::Automatic
            << QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs};
        QTest::newRow("live lines that cover no MX are dropped")
            << two << QStringList{u"old.example.com"_qs, u"*.example.com"_qs} << Style::ExactNames
            << QStringList{u"*.example.com"_qs};
        QTest::newRow("live invalid lines are dropped")
            << QStringList{u"mx.example.com"_qs} << QStringList{u"*.*.example.com"_qs} << Style::Automatic
            << QStringList{u"mx.example.com"_qs};
        QTest::newRow("live lines written loosely are normalized")
            << QStringList{u"mx.example.com"_qs} << QStringList{u"MX.EXAMPLE.COM."_qs} << Style::Automatic
            << QStringList{u"mx.example.com"_qs};
        QTest::newRow("live wildcard too deep: exact line added (RFC 8461 §4.1, one label)")
            << QStringList{u"mx1.eu.example.com"_qs} << QStringList{u"*.example.com"_qs} << Style::Automatic
            << QStringList{u"mx1.eu.example.com"_qs};
        QTest::newRow("no MX at all") << QStringList{} << QStringList{} << Style::Automatic << QStringList{};
    }
    void propose()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, existing);
        QFETCH(Style, style);
        QFETCH(QStringList, patterns);
        const QStringList proposed = CoveragePlanner::propose(hosts, existing, style);
        QCOMPARE(proposed, patterns);

        // A proposal covers every MX that a pattern can name, and passes the project's policy
        // linter without a warning.
        const CoveragePlan plan = CoveragePlanner::evaluate(proposed, hosts);
        for (const QString &host : plan.uncovered)
            QVERIFY2(!MxPattern(host).isValid(), qPrintable(host));
        if (proposed.isEmpty())
            return;
        DeploymentRequest request;
        request.domain = u"example.com"_qs;
        request.mode = Mode::Enforce;
        request.mx = proposed;
        request.maxAge = 604800;
        const Deployment deployment = PolicyGenerator::generate(request);
        QVERIFY(deployment.ok);
        const Policy policy = Policy::parse(deployment.policy);
        QVERIFY(policy.valid);
        for (const Finding &finding : policy.findings)
            QVERIFY2(finding.severity < Severity::Warning, qPrintable(finding.code));
    }

    void evaluate()
    {
        const QStringList hosts{u"mx1.example.com"_qs, u"mx2.example.com"_qs, u"mx.eu.example.com"_qs,
                                u"mx.provider.net"_qs};
        const CoveragePlan plan = CoveragePlanner::evaluate(
            {u"*.example.com"_qs, u"mx1.example.com"_qs, u"mx.*.example.com"_qs, u"unused.example.org"_qs}, hosts);
        QCOMPARE(plan.lines.size(), 4);
        QCOMPARE(plan.lines.at(0).hosts, (QStringList{u"mx1.example.com"_qs, u"mx2.example.com"_qs}));
        QVERIFY(plan.lines.at(0).valid);
        QCOMPARE(plan.lines.at(1).hosts, QStringList{u"mx1.example.com"_qs}); // a host may be covered twice
        QVERIFY(!plan.lines.at(2).valid);
        QVERIFY(plan.lines.at(2).hosts.isEmpty());
        QCOMPARE(plan.lines.at(2).findings.size(), 1);
        QCOMPARE(plan.lines.at(2).findings.first().code, u"sts.mx.wildcard-position"_qs);
        QVERIFY(plan.lines.at(3).valid);
        QVERIFY(plan.lines.at(3).hosts.isEmpty());
        QCOMPARE(plan.uncovered, (QStringList{u"mx.eu.example.com"_qs, u"mx.provider.net"_qs}));
        QVERIFY(!plan.complete());
    }

    void evaluateComplete()
    {
        const CoveragePlan plan =
            CoveragePlanner::evaluate({u"*.example.com"_qs}, {u"mx1.example.com"_qs, u"MX2.example.com."_qs});
        QVERIFY(plan.complete());
        QCOMPARE(plan.lines.first().hosts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCoveragePlanner)
#include "tst_coverageplanner.moc"
