// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP dialogue table without a socket: scripted server replies, read by the real reply
// parser, walked through Dialogue::afterReply as SmtpProbe walks them. The probe against real
// servers is tested in tests/integration/tst_smtpprobe.cpp.
#include "smtp/smtpdialogue.h"
#include "smtp/smtpproberesult.h"
#include "smtp/smtpreplyparser.h"

#include <QTest>

using namespace Sts;
using namespace Sts::Smtp;

namespace {

SmtpReply reply(const QByteArray &wire)
{
    SmtpReplyParser parser;
    parser.feed(wire);
    if (!parser.hasReply())
        qFatal("not one complete reply: %s", wire.constData());
    return parser.takeReply();
}

//! Where a walk through the table ended.
struct Walk
{
    QList<Step> steps;        //!< every step entered, from Banner on
    QStringList observations; //!< finding codes of what did not end the session
    Step failedAt = Step::Done;
    QString failure; //!< finding code, empty when the dialogue reached Done
    QString resultType;
    SmtpProbeResult result;
};

//! Feeds \a replies in order, from the banner on; the TLS handshake (no reply) succeeds.
Walk walk(const QList<QByteArray> &replies)
{
    Walk w;
    Step step = Step::Banner;
    w.steps.append(step);
    for (const QByteArray &wire : replies) {
        const Dialogue::Transition transition = Dialogue::afterReply(step, reply(wire), w.result);
        for (const Dialogue::Observation &observation : transition.observations)
            w.observations.append(QString::fromLatin1(observation.definition->code));
        if (transition.failed) {
            w.failedAt = transition.failedAt;
            w.failure = QString::fromLatin1(transition.failure.definition->code);
            w.resultType = TlsRpt::resultTypeName(transition.resultType);
            return w;
        }
        step = transition.next;
        w.steps.append(step);
        if (step == Step::Handshake) { // left by the handshake, not by a reply
            step = Step::EhloAfterTls;
            w.steps.append(step);
        } else if (step == Step::Quit) { // QUIT's reply is not awaited: the session is over
            step = Step::Done;
            w.steps.append(step);
        }
    }
    return w;
}

const QByteArray Banner = "220 mx.example ESMTP\r\n";
const QByteArray Ehlo = "250-mx.example\r\n250-PIPELINING\r\n250 STARTTLS\r\n";
const QByteArray Ready = "220 2.0.0 Ready to start TLS\r\n";
const QByteArray EhloTls = "250-mx.example\r\n250 SIZE 10240000\r\n";

} // namespace

class TestSmtpDialogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walks_data()
    {
        QTest::addColumn<QList<QByteArray>>("replies");
        QTest::addColumn<Step>("failedAt");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("resultType");
        QTest::addColumn<QStringList>("observations");

        const QStringList none;
        QTest::newRow("healthy") << QList<QByteArray>{Banner, Ehlo, Ready, EhloTls} << Step::Done << QString()
                                 << QString() << none;
        QTest::newRow("keywords are case-insensitive")
            << QList<QByteArray>{Banner, "250-mx\r\n250 starttls\r\n", Ready, EhloTls} << Step::Done << QString()
            << QString() << none;
        QTest::newRow("554 greeting: no SMTP service") << QList<QByteArray>{"554 5.3.2 no service\r\n"} << Step::Banner
                                                       << u"smtp.banner.rejected"_qs << QString() << none;
        QTest::newRow("421 greeting") << QList<QByteArray>{"421 busy\r\n"} << Step::Banner << u"smtp.banner.rejected"_qs
                                      << QString() << none;
        QTest::newRow("EHLO refused with 550") << QList<QByteArray>{Banner, "550 go away\r\n"} << Step::Ehlo
                                               << u"smtp.ehlo.rejected"_qs << QString() << none;
        // No ESMTP: senders fall back to HELO, which has no STARTTLS.
        QTest::newRow("EHLO unknown (502): no STARTTLS")
            << QList<QByteArray>{Banner, "502 command not implemented\r\n"} << Step::StartTls
            << u"smtp.ehlo.rejected"_qs << u"starttls-not-supported"_qs << none;
        QTest::newRow("STARTTLS not offered")
            << QList<QByteArray>{Banner, "250-mx\r\n250 PIPELINING\r\n"} << Step::StartTls
            << u"smtp.starttls.not-offered"_qs << u"starttls-not-supported"_qs << none;
        QTest::newRow("a keyword that only starts with STARTTLS")
            << QList<QByteArray>{Banner, "250-mx\r\n250 STARTTLSX\r\n"} << Step::StartTls
            << u"smtp.starttls.not-offered"_qs << u"starttls-not-supported"_qs << none;
        QTest::newRow("STARTTLS only in the greeting line")
            << QList<QByteArray>{Banner, "250 STARTTLS\r\n"} << Step::StartTls << u"smtp.starttls.not-offered"_qs
            << u"starttls-not-supported"_qs << none;
        QTest::newRow("STARTTLS refused")
            << QList<QByteArray>{Banner, Ehlo, "454 4.7.0 TLS not available\r\n"} << Step::StartTls
            << u"smtp.starttls.refused"_qs << u"starttls-not-supported"_qs << none;
        QTest::newRow("EHLO after TLS refused") << QList<QByteArray>{Banner, Ehlo, Ready, "554 no\r\n"}
                                                << Step::EhloAfterTls << u"smtp.ehlo.rejected"_qs << QString() << none;
        QTest::newRow("STARTTLS offered again after TLS")
            << QList<QByteArray>{Banner, Ehlo, Ready, Ehlo} << Step::Done << QString() << QString()
            << QStringList{u"smtp.tls.starttls-offered-again"_qs};
    }

    void walks()
    {
        QFETCH(QList<QByteArray>, replies);
        QFETCH(Step, failedAt);
        QFETCH(QString, failure);
        QFETCH(QString, resultType);
        QFETCH(QStringList, observations);

        const Walk w = walk(replies);
        QCOMPARE(w.failure, failure);
        QCOMPARE(w.failedAt, failedAt);
        QCOMPARE(w.resultType, resultType);
        QCOMPARE(w.observations, observations);
        if (failure.isEmpty()) {
            QCOMPARE(w.steps, (QList<Step>{Step::Banner, Step::Ehlo, Step::StartTls, Step::Handshake,
                                           Step::EhloAfterTls, Step::Quit, Step::Done}));
        } else {
            QVERIFY(!w.steps.contains(Step::Done));
        }
    }

    void recordsWhatTheRepliesTell()
    {
        const Walk w = walk({Banner, Ehlo, Ready, EhloTls});
        QCOMPARE(w.result.banner, QStringList{u"mx.example ESMTP"_qs});
        QCOMPARE(w.result.ehlo, (QStringList{u"PIPELINING"_qs, u"STARTTLS"_qs}));
        QVERIFY(w.result.starttlsOffered);
        QCOMPARE(w.result.ehloAfterTls, QStringList{u"SIZE 10240000"_qs});

        // A rejected greeting is kept too: it is what the postmaster needs to see.
        QCOMPARE(walk({"554 5.3.2 no service\r\n"}).result.banner, QStringList{u"5.3.2 no service"_qs});
    }

    void commands()
    {
        QCOMPARE(Dialogue::command(Step::Ehlo, u"probe.example"_qs), QByteArray("EHLO probe.example"));
        QCOMPARE(Dialogue::command(Step::EhloAfterTls, u"[192.0.2.1]"_qs), QByteArray("EHLO [192.0.2.1]"));
        // Nothing that could end the line or start another command reaches the wire.
        QCOMPARE(Dialogue::command(Step::Ehlo, u"x\r\nMAIL FROM:<a@b>"_qs), QByteArray("EHLO stsscope.invalid"));
        QCOMPARE(Dialogue::command(Step::Ehlo, QString()), QByteArray("EHLO stsscope.invalid"));
        QCOMPARE(Dialogue::command(Step::StartTls, {}), QByteArray("STARTTLS"));
        QCOMPARE(Dialogue::command(Step::Quit, {}), QByteArray("QUIT"));
        for (Step silent : {Step::Connect, Step::Banner, Step::Handshake, Step::Done})
            QVERIFY(Dialogue::command(silent, u"probe.example"_qs).isEmpty());
    }

    void stepsThatWaitForTheServer()
    {
        QCOMPARE(Dialogue::awaitsReply(Step::Connect), false);
        QCOMPARE(Dialogue::awaitsReply(Step::Banner), true);
        QCOMPARE(Dialogue::awaitsReply(Step::Ehlo), true);
        QCOMPARE(Dialogue::awaitsReply(Step::StartTls), true);
        QCOMPARE(Dialogue::awaitsReply(Step::Handshake), false);
        QCOMPARE(Dialogue::awaitsReply(Step::EhloAfterTls), true);
        // QUIT ends the session at once; its reply is read, if at all, after the result went out.
        QCOMPARE(Dialogue::awaitsReply(Step::Quit), false);
        QCOMPARE(Dialogue::awaitsReply(Step::Done), false);
    }

    //! RFC 8460 §4.3.2.1: only STARTTLS and the handshake are TLS failures.
    void resultTypes()
    {
        for (Step step : {Step::Connect, Step::Banner, Step::Ehlo, Step::EhloAfterTls, Step::Quit})
            QVERIFY2(!Dialogue::resultTypeAt(step), qPrintable(stepName(step)));
        QCOMPARE(TlsRpt::resultTypeName(Dialogue::resultTypeAt(Step::StartTls)), u"starttls-not-supported"_qs);
        QCOMPARE(TlsRpt::resultTypeName(Dialogue::resultTypeAt(Step::Handshake)), u"validation-failure"_qs);
    }

    void everyStepSaysWhatItWaitsFor()
    {
        for (int step = int(Step::Connect); step <= int(Step::Done); ++step)
            QVERIFY2(!Dialogue::waitingFor(Step(step)).isEmpty(), qPrintable(stepName(Step(step))));
    }
};

QTEST_GUILESS_MAIN(TestSmtpDialogue)
#include "tst_smtpdialogue.moc"
