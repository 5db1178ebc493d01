// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Stored checks read back as typed values (CheckResult::fromJson), and what the watch reports
// between two of them (WatchChangeDetector): one row per change a watched domain can go through.
#include "check/watchchangedetector.h"
#include "check/watchlistfile.h"
#include "findingcodes.h"
#include "watchfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sts;
using Change = WatchFixture::Change;

Q_DECLARE_METATYPE(WatchFixture::Change)

namespace {

QByteArray firstDifference(const QJsonObject &a, const QJsonObject &b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            return (it.key() + u": " + QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson()) +
                    u" became " + QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), b.value(it.key())}}).toJson()))
                .toUtf8();
    }
    return b.size() != a.size() ? QByteArray("keys added") : QByteArray();
}

} // namespace

class TestWatchChangeDetector final : public QObject
{
    Q_OBJECT

private:
    WatchFixture m_fixture;

    static void addChangeRows()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing changed") << Change::None << QStringList();
        QTest::newRow("policy text, same id")
            << Change::PolicyTextSameId << QStringList{QStringLiteral("watch.policy.changed-without-id")};
        QTest::newRow("id only") << Change::IdOnly << QStringList{QStringLiteral("watch.policy.id-changed-only")};
        QTest::newRow("MX added, not covered")
            << Change::MxAddedUncovered
            << QStringList{QStringLiteral("watch.mx.changed"), QStringLiteral("watch.mx.added-not-covered")};
        QTest::newRow("MX added, covered") << Change::MxAddedCovered << QStringList{QStringLiteral("watch.mx.changed")};
        QTest::newRow("mode down") << Change::ModeTesting << QStringList{QStringLiteral("watch.policy.mode-lowered")};
        QTest::newRow("max_age down") << Change::MaxAgeDropped
                                      << QStringList{QStringLiteral("watch.policy.max-age-dropped")};
        QTest::newRow("policy gone") << Change::PolicyUnreachable << QStringList{QStringLiteral("watch.policy.lost")};
        QTest::newRow("certificate expires inside max_age")
            << Change::CertificateShort << QStringList{QStringLiteral("watch.certificate.expires-before-policy")};
        QTest::newRow("certificate within the warning days (testing)")
            << Change::CertificateSoonTesting
            << QStringList{QStringLiteral("watch.policy.mode-lowered"), QStringLiteral("watch.certificate.expiring")};
        QTest::newRow("certificate for another name")
            << Change::CertificateOtherName
            << QStringList{QStringLiteral("watch.certificate.name-lost")}; // DANE-EE ignores names
        QTest::newRow("STARTTLS gone") << Change::StartTlsGone
                                       << QStringList{QStringLiteral("watch.tls.starttls-lost")};
        QTest::newRow("handshake fails") << Change::HandshakeFails
                                         << QStringList{QStringLiteral("watch.tls.handshake-lost")};
        QTest::newRow("TLSA stale") << Change::TlsaStale << QStringList{QStringLiteral("watch.dane.tlsa-mismatch")};
        QTest::newRow("every MX down") << Change::MxDown << QStringList{QStringLiteral("watch.verdict.broken")};
        QTest::newRow("inconclusive is no change") << Change::Inconclusive << QStringList();
        QTest::newRow("cancelled is no change") << Change::Cancelled << QStringList();
        QTest::newRow("could not run is no change") << Change::CouldNotRun << QStringList();
    }

private Q_SLOTS:
    //! What the history keeps reads back as the same result: toJson → fromJson → toJson.
    void readsBackWhatWasStored_data() { addChangeRows(); }
    void readsBackWhatWasStored()
    {
        QFETCH(Change, change);
        const QJsonObject json = m_fixture.result(change).toJson();
        const QJsonObject again = Check::CheckResult::fromJson(json).toJson();
        QVERIFY2(again == json, firstDifference(json, again).constData());
    }

    void detectsEachChange_data() { addChangeRows(); }
    void detectsEachChange()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, expected);
        const Check::CheckResult before = m_fixture.stored(Change::None);
        const Check::CheckResult after = m_fixture.stored(change);
        QVERIFY(Check::WatchChangeDetector::comparable(before));
        const Findings changes = Check::WatchChangeDetector().changes(before, after, WatchFixture::now());
        STS_COMPARE_CODES(changes, expected, QStringLiteral("issue 17: each change once, with its meaning"));
        const bool comparable =
            change != Change::Inconclusive && change != Change::Cancelled && change != Change::CouldNotRun;
        QCOMPARE(Check::WatchChangeDetector::comparable(after), comparable);
        QCOMPARE(Check::WatchChangeDetector::notComparedReason(after).isEmpty(), comparable);
        for (const Finding &finding : changes) {
            QVERIFY2(!finding.message.contains(u'%'), qPrintable(finding.message));
            QVERIFY(!finding.details.isEmpty());
        }
    }

    //! The fixture really is what its rows say (a test of the test): the verdicts it judges.
    void fixtureVerdicts()
    {
        QCOMPARE(m_fixture.result(Change::None).verdict, Check::Verdict::Protected);
        QCOMPARE(m_fixture.result(Change::MxAddedUncovered).verdict, Check::Verdict::Broken);
        QCOMPARE(m_fixture.result(Change::Inconclusive).verdict, Check::Verdict::Inconclusive);
        QCOMPARE(m_fixture.result(Change::MxDown).verdict, Check::Verdict::Broken);
        QCOMPARE(m_fixture.stored(Change::None).mx.first().dane, Check::DaneStatus::Pass);
    }

    //! A first check has nothing to compare with; only what stands on its own is reported.
    void standingOnItsOwn()
    {
        const Check::WatchChangeDetector detector;
        QVERIFY(detector.standing(m_fixture.stored(Change::None), WatchFixture::now()).isEmpty());
        STS_COMPARE_CODES(detector.standing(m_fixture.stored(Change::CertificateShort), WatchFixture::now()),
                          QStringList{QStringLiteral("watch.certificate.expires-before-policy")},
                          QStringLiteral("issue 17"));
        // A year on, every certificate (MX and policy host) is inside the warning days or max_age.
        const Findings later = detector.standing(m_fixture.stored(Change::None), WatchFixture::now().addDays(360));
        QCOMPARE(later.size(), 3);
    }

    //! The same change found twice has the same key (reported once); the key holds no day count.
    //! A list longer than WatchListFile::MaxLines is cut, and the cut is a rejection, not silence.
    void listBeyondTheLimitIsRejected()
    {
        using Check::WatchListFile;
        QString text;
        for (int i = 0; i < WatchListFile::MaxLines; ++i)
            text += u"d"_qs + QString::number(i % 500) + u".example\n"_qs;
        const WatchListFile full = WatchListFile::parse(text + u"# a comment, no domain\n\n"_qs);
        QVERIFY(full.rejected.isEmpty());
        QCOMPARE(full.domains.size(), 500);
        const WatchListFile cut = WatchListFile::parse(text + u"beyond.example\nfurther.example\n"_qs);
        QCOMPARE(cut.rejected.size(), 1);
        QCOMPARE(cut.rejected.constFirst().line, WatchListFile::MaxLines + 1);
        QCOMPARE(cut.rejected.constFirst().text, u"beyond.example"_qs);
        QVERIFY(!cut.domains.contains(u"beyond.example"_qs));
    }

    void keysAreStable()
    {
        const Check::WatchChangeDetector detector;
        const Check::CheckResult shortCertificate = m_fixture.stored(Change::CertificateShort);
        const Findings today = detector.standing(shortCertificate, WatchFixture::now());
        const Findings tomorrow = detector.standing(shortCertificate, WatchFixture::now().addDays(1));
        QCOMPARE(today.size(), 1);
        QCOMPARE(tomorrow.size(), 1);
        QCOMPARE(Check::WatchChangeDetector::changeKey(today.first()),
                 Check::WatchChangeDetector::changeKey(tomorrow.first()));
        QVERIFY(Check::WatchChangeDetector::isProblem(today.first()));
    }
};

QTEST_GUILESS_MAIN(TestWatchChangeDetector)
#include "tst_watchchangedetector.moc"
