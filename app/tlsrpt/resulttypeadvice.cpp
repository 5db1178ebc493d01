// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttypeadvice.h"

#include <QCoreApplication>

#include <array>

namespace Sts::TlsRpt {

namespace {

struct AdviceText
{
    ResultType type;
    const char *title;
    const char *meaning;
    const char *causes;
    const char *action;
};

// clang-format off
constexpr std::array<AdviceText, 11> AdviceTexts{{
    {ResultType::StartTlsNotSupported,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The MX host does not offer STARTTLS"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The sender connected to your MX host, but the server did not offer "
                                           "STARTTLS in its EHLO answer, or the TLS handshake could not be started. "
                                           "Under an MTA-STS policy in enforce mode the sender does not deliver; "
                                           "otherwise the mail went without encryption."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "STARTTLS switched off or not configured on that MX host; a load "
                                           "balancer, firewall or \"SMTP inspection\" box that strips STARTTLS from "
                                           "the EHLO answer; a handshake that fails because server and sender share "
                                           "no protocol version or cipher."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Check the MX host named in the failure details with StsScope: does its "
                                           "EHLO answer list STARTTLS and does the handshake succeed? Enable TLS in "
                                           "the mail server and remove whatever in front of it rewrites SMTP.")},
    {ResultType::CertificateHostMismatch,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The certificate does not name the MX host"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The MX host presented a certificate whose names (subject alternative "
                                           "names) do not include the host name the sender connected to, so the "
                                           "sender could not be sure it was talking to your server."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A certificate issued for another name (the web server's, or the "
                                           "provider's default); a new MX host added to DNS without a new "
                                           "certificate; several MX names behind one address with only one of them "
                                           "in the certificate; a wildcard that does not cover the name."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Issue a certificate that lists every MX host name exactly as it appears "
                                           "in the MX records and in the policy's mx: lines, and install it on every "
                                           "MX host.")},
    {ResultType::CertificateExpired,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The certificate has expired"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The MX host presented a certificate whose validity period had ended "
                                           "(or not yet begun) when the sender connected."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Automatic renewal that stopped working; a renewed certificate that "
                                           "the mail server never reloaded; an old certificate left on one of "
                                           "several MX hosts; a wrong clock on the sending or receiving side."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Renew the certificate, reload or restart the mail server, and check "
                                           "every MX host and address with StsScope. Monitor the days left so that "
                                           "it does not happen again.")},
    {ResultType::CertificateNotTrusted,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The certificate is not trusted"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The sender could not build a chain from the MX host's certificate to a "
                                           "certificate authority it trusts."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A self-signed certificate or one from a private CA; a missing "
                                           "intermediate certificate (the server sends only its own certificate); "
                                           "a chain in the wrong order; a CA that public trust stores have "
                                           "dropped."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Use a certificate from a publicly trusted CA and configure the server to "
                                           "send the full chain (leaf and intermediates). StsScope's certificate view "
                                           "shows which link is missing.")},
    {ResultType::ValidationFailure,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The certificate could not be validated"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A general failure of certificate or policy validation that fits none "
                                           "of the more specific result types."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A revoked certificate; an unsupported key or signature algorithm; "
                                           "broken certificate extensions; a TLS handshake that failed for reasons "
                                           "the sender could not classify."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Read the failure reason code and additional information the sender "
                                           "gave, check the MX host's certificate and TLS settings, and compare "
                                           "with other senders' reports for the same host.")},
    {ResultType::TlsaInvalid,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The TLSA records are invalid"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The DANE TLSA records published for the MX host are malformed or "
                                           "unusable, so the sender could not use them to check the certificate."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Wrong usage, selector or matching type values; a digest of the wrong "
                                           "length; records edited by hand with a typo."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Regenerate the TLSA records from the certificate or key actually in use "
                                           "(for example 3 1 1, the SHA-256 of the public key) and publish them at "
                                           "_25._tcp.<mx host>.")},
    {ResultType::DnssecInvalid,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "DNSSEC validation failed"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The sender's DNSSEC validation of your DNS answers failed (they were "
                                           "bogus), so it could not trust the MX or TLSA records it received."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Expired DNSSEC signatures; a key rollover that went wrong; DS records at "
                                           "the parent zone that no longer match the zone's keys; a DNS provider "
                                           "change without moving the keys."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Check the zone with a DNSSEC debugger, re-sign it, and make the DS "
                                           "record at the registrar match the zone's current key.")},
    {ResultType::DaneRequired,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "DANE was required but could not be used"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The sender requires DANE for your domain (there are TLSA records), but "
                                           "none of them matched the certificate the MX host presented, or the "
                                           "records could not be obtained securely."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A certificate or key replaced without first publishing a TLSA record "
                                           "for the new one; TLSA records for the wrong host or port; a server that "
                                           "presents different certificates on different addresses."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Publish TLSA records for the current and the next certificate before "
                                           "every rollover, and check that each MX address presents a certificate "
                                           "that matches one of them.")},
    {ResultType::StsPolicyFetchError,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The MTA-STS policy could not be fetched"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Your _mta-sts TXT record announces a policy, but the sender could not "
                                           "download it from https://mta-sts.<domain>/.well-known/mta-sts.txt."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The mta-sts host name does not resolve; the web server is down, times "
                                           "out or answers with a redirect or an error status; the file is "
                                           "missing; a firewall blocks HTTPS from the outside."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Fetch the policy URL from outside your network (StsScope's Policy view "
                                           "shows the HTTP exchange) and make the server answer 200 with the policy "
                                           "file directly, without redirects.")},
    {ResultType::StsPolicyInvalid,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The MTA-STS policy is invalid"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The sender fetched your MTA-STS policy but could not parse it, or it "
                                           "does not allow the MX host the sender found."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A syntax error in mta-sts.txt (missing version, mode or max_age, a typo "
                                           "in a key); a wrong content type; an MX host missing from the policy's "
                                           "mx: lines after a change of mail provider."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Lint the policy with StsScope (or stsscope-cli policy lint), add an mx: "
                                           "line for every MX host, and change the id in the _mta-sts TXT record "
                                           "after every change so that senders fetch it again.")},
    {ResultType::StsWebPkiInvalid,
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The policy server's certificate is not valid"),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "The HTTPS server at mta-sts.<domain> presented a certificate the "
                                           "sender could not validate, so it did not trust the policy it served."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "A certificate that does not include the mta-sts host name (the usual "
                                           "mistake on shared web hosting); an expired or self-signed certificate; "
                                           "a missing intermediate certificate."),
     QT_TRANSLATE_NOOP("ResultTypeAdvice", "Add mta-sts.<domain> to the web server's certificate (or give it its "
                                           "own), send the full chain, and check it with StsScope's certificate "
                                           "view.")},
}};
// clang-format on

QString translated(const char *text)
{
    return QCoreApplication::translate("ResultTypeAdvice", text);
}

} // namespace

ResultTypeAdvice ResultTypeAdvice::of(ResultType type)
{
    for (const AdviceText &entry : AdviceTexts) {
        if (entry.type != type)
            continue;
        return {resultTypeName(type),     translated(entry.title),  translated(entry.meaning),
                translated(entry.causes), translated(entry.action), true};
    }
    return of(QString());
}

ResultTypeAdvice ResultTypeAdvice::of(const QString &resultTypeName)
{
    const ResultType type = resultTypeFromName(resultTypeName);
    if (type != ResultType::Unknown)
        return of(type);
    ResultTypeAdvice advice;
    advice.resultType = resultTypeName;
    advice.title = QCoreApplication::translate("ResultTypeAdvice", "A result type RFC 8460 does not define");
    advice.meaning =
        QCoreApplication::translate("ResultTypeAdvice",
                                    "The sender reported failures as \"%1\", a name that is not among the result "
                                    "types of RFC 8460. Some senders use their own names or names from drafts.")
            .arg(resultTypeName.isEmpty() ? QCoreApplication::translate("ResultTypeAdvice", "(none)") : resultTypeName);
    advice.causes = QCoreApplication::translate("ResultTypeAdvice",
                                                "Whatever the sender means by it; the failure reason code and the "
                                                "additional information in the failure details usually say more.");
    advice.action = QCoreApplication::translate(
        "ResultTypeAdvice", "Read the failure details and the raw report, check the MX hosts they "
                            "name with StsScope, and ask the sender's contact if it stays unclear.");
    return advice;
}

QString ResultTypeAdvice::toText() const
{
    return QCoreApplication::translate("ResultTypeAdvice",
                                       "%1 (%2)\nWhat it means: %3\nUsual causes: %4\nWhat to do: %5")
        .arg(title, resultType, meaning, causes, action);
}

} // namespace Sts::TlsRpt
