// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policygenerator.h"

#include "common/abnf.h"
#include "common/hostname.h"
#include "mtastscatalog.h"
#include "mxpattern.h"
#include "policydiff.h"
#include "stsrecord.h"
#include "tlsrpt/tlsrptcatalog.h"
#include "tlsrpt/tlsrptrecord.h"

#include <QTimeZone>

#include <algorithm>

namespace Sts::MtaSts {

namespace {

//! Returns the generated artefact's own error findings, re-labelled as a self-check failure.
void selfCheck(const Findings &findings, const QString &what, Deployment &deployment)
{
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            deployment.findings.append(makeFinding(Catalog::GenerateInternal, what, {what, finding.code}));
    }
}

} // namespace

QString PolicyGenerator::freshId(const QDateTime &now)
{
    const QDateTime when = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    return when.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString PolicyGenerator::nextId(const QString &previousId, const QByteArray &previousPolicy, const QByteArray &policy,
                                const QDateTime &now)
{
    if (!previousId.isEmpty() && !PolicyDiff::compare(previousPolicy, policy).changed())
        return previousId;
    const QDateTime when = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QString id = freshId(when);
    // Two edits within one second, or a previous id from a clock that ran ahead: the id must change.
    for (int second = 1; id == previousId; ++second)
        id = freshId(when.addSecs(second));
    return id;
}

QByteArray PolicyGenerator::policyText(Mode mode, const QStringList &patterns, qint64 maxAge)
{
    QByteArray policy = "version: STSv1\r\nmode: " + modeName(mode).toLatin1() + "\r\n";
    for (const QString &pattern : patterns)
        policy += "mx: " + pattern.toUtf8() + "\r\n";
    policy += "max_age: " + QByteArray::number(maxAge) + "\r\n";
    return policy;
}

QString Deployment::zoneFile() const
{
    QString zone = QStringLiteral("%1 3600 IN TXT %2\n").arg(stsRecordName, quotedTxt(stsRecordValue));
    if (!tlsRptRecordValue.isEmpty())
        zone += QStringLiteral("%1 3600 IN TXT %2\n").arg(tlsRptRecordName, quotedTxt(tlsRptRecordValue));
    return zone;
}

QString Deployment::quotedTxt(const QString &value)
{
    // A character-string holds at most 255 bytes (RFC 1035 §3.3); senders join the strings of a
    // record without separator (RFC 8461 §3.1, RFC 8460 §3), so a longer value is split anywhere.
    // Values are printable ASCII without '"' or '\\' (the linters make sure), so no escaping.
    constexpr qsizetype MaxString = 255;
    QStringList strings;
    for (qsizetype start = 0; start < value.size(); start += MaxString)
        strings.append(u'"' + value.mid(start, MaxString) + u'"');
    return strings.isEmpty() ? QStringLiteral("\"\"") : strings.join(u' ');
}

Deployment PolicyGenerator::generate(const DeploymentRequest &request)
{
    Deployment deployment;
    const QString domain = MxPattern::normalizeHost(request.domain);
    if (const QString problem = HostName::problem(domain); !problem.isEmpty() || !domain.contains(u'.'))
        deployment.findings.append(
            makeFinding(Catalog::GenerateDomainInvalid, request.domain,
                        {request.domain, problem.isEmpty() ? QStringLiteral("not fully qualified") : problem}));
    if (request.maxAge < 0 || request.maxAge > MaxPolicyAge)
        deployment.findings.append(
            makeFinding(Catalog::GenerateMaxAgeRange, request.domain, {QString::number(request.maxAge)}));
    if (request.mx.isEmpty() && request.mode != Mode::None)
        deployment.findings.append(makeFinding(Catalog::GenerateNoMx, request.domain, {modeName(request.mode)}));
    QStringList patterns;
    for (const QString &mx : request.mx) {
        const MxPattern pattern(mx);
        deployment.findings.append(pattern.findings());
        if (pattern.isValid())
            patterns.append((pattern.isWildcard() ? QStringLiteral("*.") : QString()) + pattern.normalized());
    }
    patterns.removeDuplicates();
    const QString &givenId = request.id;
    if (!givenId.isEmpty() && (givenId.size() > 32 || !std::all_of(givenId.cbegin(), givenId.cend(), [](QChar c) {
                                   return c.unicode() < 0x80 && Abnf::isAlnum(static_cast<char>(c.unicode()));
                               })))
        deployment.findings.append(makeFinding(Catalog::GenerateIdInvalid, request.domain, {givenId}));

    // Each report URI is one URI: a ";" would end the rua field and start another (an injected
    // field), a "," would split it in two. RFC 8460 §3 wants both percent-encoded.
    QStringList rua;
    for (const QString &given : request.rua) {
        const QString uri = given.trimmed();
        const auto delimiter = std::find_if(uri.cbegin(), uri.cend(), [](QChar c) { return c == u';' || c == u','; });
        if (delimiter != uri.cend())
            deployment.findings.append(
                makeFinding(TlsRpt::Catalog::RuaUnencoded, request.domain, {uri, QString(*delimiter)}));
        else if (!rua.contains(uri))
            rua.append(uri);
    }
    TlsRpt::TlsRptRecord tlsRpt;
    if (!rua.isEmpty()) {
        deployment.tlsRptRecordValue = QStringLiteral("v=TLSRPTv1; rua=") + rua.join(u',');
        tlsRpt = TlsRpt::TlsRptRecord::lint({TxtRecord::fromText(deployment.tlsRptRecordValue)});
        for (const Finding &finding : std::as_const(tlsRpt.findings)) {
            if (finding.severity == Severity::Error || finding.severity == Severity::Warning)
                deployment.findings.append(finding);
        }
    }
    if (hasErrors(deployment.findings)) {
        deployment.tlsRptRecordValue.clear();
        return deployment;
    }

    const QByteArray policy = policyText(request.mode, patterns, request.maxAge);

    deployment.policy = policy;
    deployment.domain = domain;
    deployment.id =
        givenId.isEmpty() ? nextId(request.previousId, request.previousPolicy, policy, request.now) : givenId;
    deployment.idKept = !request.previousId.isEmpty() && deployment.id == request.previousId;
    deployment.policyUrl = QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt").arg(domain);
    deployment.stsRecordName = QStringLiteral("_mta-sts.%1.").arg(domain);
    deployment.stsRecordValue = QStringLiteral("v=STSv1; id=%1").arg(deployment.id);
    deployment.tlsRptRecordName = QStringLiteral("_smtp._tls.%1.").arg(domain);

    selfCheck(Policy::parse(policy).findings, QStringLiteral("mta-sts.txt"), deployment);
    selfCheck(StsRecord::lint({TxtRecord::fromText(deployment.stsRecordValue)}).findings, deployment.stsRecordName,
              deployment);
    deployment.ok = !hasErrors(deployment.findings);
    return deployment;
}

} // namespace Sts::MtaSts
