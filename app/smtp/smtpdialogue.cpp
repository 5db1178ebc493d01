// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpdialogue.h"

#include "smtpcatalog.h"
#include "smtpproberesult.h"
#include "smtpreplyparser.h"

#include "common/resulttype.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Sts::Smtp::Dialogue {

namespace {

// Translations live in the probe's context, where they were before the dialogue had its own file.
constexpr const char *Context = "Sts::Smtp::SmtpProbe";
using TlsRpt::ResultType;

//! One row of the dialogue.
struct Row
{
    Step step;
    const char *command;               //!< sent on entering the step; "EHLO" takes the client's name
    int accepted;                      //!< the reply that lets the session go on; 0: no reply awaited
    Step next;                         //!< where the accepted reply leads
    const FindingDefinition *rejected; //!< any other reply ends the session with this finding
    const char *rejectedError;         //!< the one-line error then; %1 is the reply code
    TlsRpt::FailureType resultType;    //!< of a failure at this step, if any
    const char *waitingFor;            //!< what the session waits for at this step (a finding's phrase)
};

// clang-format off
constexpr std::array<Row, 8> Table{{
    {Step::Connect,      nullptr,    0,   Step::Banner,       nullptr, nullptr, std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the connection")},
    // RFC 5321 §3.1: 554 instead of 220 means "no SMTP service here"; 421, closing.
    {Step::Banner,       nullptr,    220, Step::Ehlo,         &Catalog::BannerRejected,
     QT_TRANSLATE_NOOP("Sts::Smtp::SmtpProbe", "greeting %1 instead of 220"), std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the greeting")},
    {Step::Ehlo,         "EHLO",     250, Step::StartTls,     &Catalog::EhloRejected,
     QT_TRANSLATE_NOOP("Sts::Smtp::SmtpProbe", "EHLO answered with %1"), std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the reply to EHLO")},
    {Step::StartTls,     "STARTTLS", 220, Step::Handshake,    &Catalog::StartTlsRefused,
     QT_TRANSLATE_NOOP("Sts::Smtp::SmtpProbe", "STARTTLS answered with %1"), ResultType::StartTlsNotSupported,
     QT_TRANSLATE_NOOP("Findings", "the reply to STARTTLS")},
    // Entered on STARTTLS's 220; left when the handshake completes, whatever the certificate.
    {Step::Handshake,    nullptr,    0,   Step::EhloAfterTls, nullptr, nullptr, ResultType::ValidationFailure,
     QT_TRANSLATE_NOOP("Findings", "the TLS handshake")},
    {Step::EhloAfterTls, "EHLO",     250, Step::Quit,         &Catalog::EhloRejected,
     QT_TRANSLATE_NOOP("Sts::Smtp::SmtpProbe", "EHLO after the TLS handshake answered with %1"), std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the reply to EHLO after the TLS handshake")},
    // QUIT ends the session: its 221 is read after the result went out (SmtpProbe), not awaited.
    {Step::Quit,         "QUIT",     0,   Step::Done,         nullptr, nullptr, std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the reply to QUIT")},
    {Step::Done,         nullptr,    0,   Step::Done,         nullptr, nullptr, std::nullopt,
     QT_TRANSLATE_NOOP("Findings", "the reply to QUIT")},
}};
// clang-format on

const Row &row(Step step)
{
    const auto found = std::find_if(Table.cbegin(), Table.cend(), [step](const Row &r) { return r.step == step; });
    Q_ASSERT(found != Table.cend());
    return *found;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate(Context, text) : QString();
}

//! The first word of each EHLO keyword line, compared without case (RFC 5321 §4.1.1.1).
bool offersKeyword(const QStringList &keywordLines, QStringView keyword)
{
    return std::any_of(keywordLines.cbegin(), keywordLines.cend(), [keyword](const QString &line) {
        const qsizetype space = line.indexOf(u' ');
        return QStringView(line).left(space < 0 ? line.size() : space).compare(keyword, Qt::CaseInsensitive) == 0;
    });
}

Transition failure(Step at, Observation why, const QString &error)
{
    Transition transition;
    transition.failed = true;
    transition.failedAt = at;
    transition.failure = std::move(why);
    transition.error = error;
    transition.resultType = resultTypeAt(at);
    return transition;
}

} // namespace

QByteArray command(Step step, const QString &heloName)
{
    const char *verb = row(step).command;
    if (!verb)
        return {};
    if (qstrcmp(verb, "EHLO") != 0)
        return verb;
    // RFC 5321 §4.1.1.1: a domain or an address literal; never anything that could end the line.
    const QByteArray name = heloName.toLatin1();
    const bool valid = !name.isEmpty() && name.size() <= 255 && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
               c == '[' || c == ']' || c == ':';
    });
    return "EHLO " + (valid ? name : QByteArrayLiteral("stsscope.invalid"));
}

bool awaitsReply(Step step)
{
    return row(step).accepted != 0;
}

QString waitingFor(Step step)
{
    return findingPhrase(row(step).waitingFor);
}

TlsRpt::FailureType resultTypeAt(Step step)
{
    return row(step).resultType;
}

Transition afterReply(Step step, const SmtpReply &reply, SmtpProbeResult &result)
{
    const Row &current = row(step);
    const QString code = QString::number(reply.code);
    if (step == Step::Banner)
        result.banner = reply.lines.mid(0, 20);

    if (reply.code != current.accepted) {
        Q_ASSERT(current.rejected); // only steps that await a reply get one
        // 500/502 to EHLO: a server without ESMTP (RFC 5321 §4.1.1.1); senders fall back to HELO,
        // which has no STARTTLS, so the session fails where STARTTLS would have come.
        const bool noEsmtp = step == Step::Ehlo && (reply.code == 500 || reply.code == 502);
        return failure(noEsmtp ? Step::StartTls : step, {current.rejected, {code, reply.text().left(300)}},
                       translated(current.rejectedError).arg(code));
    }

    Transition transition;
    transition.next = current.next;
    switch (step) {
    case Step::Ehlo:
        result.ehlo = reply.lines.mid(1, 100);
        result.starttlsOffered = offersKeyword(reply.lines.mid(1), u"STARTTLS");
        if (!result.starttlsOffered)
            return failure(Step::StartTls, {&Catalog::StartTlsNotOffered, {}},
                           QCoreApplication::translate("Sts::Smtp::SmtpProbe", "STARTTLS not offered"));
        break;
    case Step::EhloAfterTls:
        result.ehloAfterTls = reply.lines.mid(1, 100);
        if (offersKeyword(result.ehloAfterTls, u"STARTTLS"))
            transition.observations.append(Observation{&Catalog::TlsStartTlsStillOffered, {}});
        break;
    default:
        break;
    }
    return transition;
}

} // namespace Sts::Smtp::Dialogue
