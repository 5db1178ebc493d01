// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingadvice.h"

#include <QCoreApplication>

namespace Sts::Check {

namespace {

QString describeExposure(Exposure exposure)
{
    switch (exposure) {
    case Exposure::None:
        return {};
    case Exposure::StartTlsDowngrade:
        return QCoreApplication::translate(
            "FindingAdvice", "STARTTLS downgrade: an attacker on the network path can remove STARTTLS from the "
                             "server's reply, and senders fall back to clear text.");
    case Exposure::ManInTheMiddle:
        return QCoreApplication::translate(
            "FindingAdvice", "Man-in-the-middle: an attacker can present any certificate, and senders that cannot "
                             "require a valid one deliver to the attacker.");
    case Exposure::DnsSpoofing:
        return QCoreApplication::translate(
            "FindingAdvice", "DNS spoofing: forged MX answers can send mail to an attacker's server until a policy "
                             "is cached.");
    case Exposure::MailLoss:
        return QCoreApplication::translate(
            "FindingAdvice", "Mail loss: senders that follow the standards stop delivering to this host.");
    case Exposure::Blindness:
        return QCoreApplication::translate("FindingAdvice",
                                           "Blindness: failed deliveries and attacks are not reported to you.");
    }
    return {};
}

//! Prefix of finding codes → exposure and advice. The longest matching prefix wins.
struct Rule
{
    const char *prefix;
    Exposure exposure;
    const char *explanation;
};

constexpr Rule Rules[] = {
    {"sts.txt.", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders discover MTA-STS through the _mta-sts TXT record. Without one valid "
                                        "record they never fetch the policy. Publish exactly one record starting "
                                        "with \"v=STSv1; id=\" and change the id whenever the policy changes.")},
    {"sts.fetch.", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders fetch the policy from https://mta-sts.<domain>/.well-known/"
                                        "mta-sts.txt. It must answer 200 with text/plain, without redirects, with a "
                                        "certificate valid for mta-sts.<domain>. Usual causes: a missing DNS record "
                                        "for mta-sts, a virtual host that is not configured, a catch-all redirect to "
                                        "https://www, or a certificate without the mta-sts name.")},
    {"sts.fetch.certificate", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "The policy host's certificate is checked like any web server's. Add "
                                        "mta-sts.<domain> to the certificate of that virtual host.")},
    {"sts.policy.", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders ignore a policy they cannot parse. Lines are \"key: value\"; "
                                        "version, mode, max_age and at least one mx are required. Use the policy "
                                        "wizard to write a correct file.")},
    {"sts.mx.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Each mx line of the policy names an MX host, or \"*.\" and a parent "
                                        "domain for exactly one more label. An MX that no line covers gets no mail "
                                        "in enforce mode.")},
    {"check.policy.none", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Without MTA-STS (or DANE), STARTTLS is opportunistic: senders accept any "
                                        "certificate and continue in clear text when STARTTLS is missing. Publish a "
                                        "policy in testing mode, watch the TLS-RPT reports, then switch to "
                                        "enforce.")},
    {"check.dane.mx-insecure", Exposure::DnsSpoofing,
     QT_TRANSLATE_NOOP("FindingAdvice", "DANE starts at the domain's MX records: only when they are DNSSEC-signed "
                                        "can a sender trust the MX host names whose TLSA records it then looks up. "
                                        "Sign the domain's zone (and publish its DS record at the parent); until "
                                        "then, MTA-STS is what protects mail to it.")},
    {"check.policy.none-dane-only", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "DANE protects mail from senders that validate DNSSEC and TLSA records; many "
                                        "large senders implement only MTA-STS, and to them STARTTLS stays "
                                        "opportunistic. Publish an MTA-STS policy as well (RFC 8461 §2: a sender "
                                        "that does both uses DANE), in testing mode first, then enforce.")},
    {"check.policy.unusable", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "A record points to a policy that senders cannot use; until it is fixed, "
                                        "senders that have no cached policy deliver without protection.")},
    {"check.mx.not-covered", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Add an mx line for this host (or a wildcard that covers it) to the policy "
                                        "and change the id of the _mta-sts record so that senders refetch it.")},
    {"check.mx.tls-failing", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "In enforce mode senders deliver only over TLS with a certificate that is "
                                        "trusted, current and valid for the MX name. Fix the certificate or "
                                        "STARTTLS of this host before enforcing.")},
    {"check.mx.private-address", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Publish the host's public address in its A and AAAA records; a "
                                        "split-horizon DNS may be answering with the internal one.")},
    {"check.mx.not-observed", Exposure::None,
     QT_TRANSLATE_NOOP("FindingAdvice", "Nothing to fix on the domain: check again from a network that can reach "
                                        "the MX on port 25 (and over IPv6 where it has IPv6 addresses).")},
    {"check.mx.too-many", Exposure::None,
     QT_TRANSLATE_NOOP("FindingAdvice", "Remove MX records of hosts that no longer receive mail; the hosts past the "
                                        "cap were not checked.")},
    {"check.mx.unreachable", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Check that the host accepts connections on port 25 from the internet "
                                        "(firewall, listening address) and answers with a 220 greeting.")},
    {"check.dns.insecure", Exposure::DnsSpoofing,
     QT_TRANSLATE_NOOP("FindingAdvice", "Signing the zone with DNSSEC protects the MX records themselves and "
                                        "allows DANE for the MX hosts.")},
    {"check.dns.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "DNS answers that fail (SERVFAIL, bogus signatures) stop delivery by "
                                        "validating senders. Check the delegation, the DS record at the parent and "
                                        "the signatures' expiry.")},
    {"smtp.starttls.", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Enable STARTTLS on the MX (for Postfix: smtpd_tls_security_level = may "
                                        "with smtpd_tls_chain_files) and check that nothing in front of it (a "
                                        "firewall's SMTP inspection) removes the STARTTLS keyword.")},
    {"smtp.tls.", Exposure::ManInTheMiddle,
     QT_TRANSLATE_NOOP("FindingAdvice", "The TLS session after STARTTLS failed or was weak. Check the server's TLS "
                                        "configuration: protocol versions (TLS 1.2 or later), key and certificate "
                                        "files, and that the full chain is served.")},
    {"smtp.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "The SMTP dialogue did not go as RFC 5321 requires; senders may defer or "
                                        "give up. Check the server's logs for the session.")},
    {"tls.cert.", Exposure::ManInTheMiddle,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders that validate (MTA-STS enforce, DANE) refuse such a certificate; "
                                        "the others cannot tell it from an attacker's. Issue a certificate from a "
                                        "public CA for every MX name, e.g. with ACME, and renew it automatically.")},
    {"tls.chain.", Exposure::ManInTheMiddle,
     QT_TRANSLATE_NOOP("FindingAdvice", "The server must send its certificate followed by every intermediate up to "
                                        "(not including) a root that senders trust.")},
    {"check.dane.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders that validate DANE (Postfix, Exim, Microsoft 365 and others) deliver "
                                        "to an MX with DNSSEC-signed TLSA records only when a record matches the "
                                        "certificate it presents. Publish \"3 1 1\" records for the key in use and "
                                        "the next one, keep the zone's DNSSEC valid, and after a key change update "
                                        "the records first and wait for their TTL.")},
    {"check.dane.insecure", Exposure::ManInTheMiddle,
     QT_TRANSLATE_NOOP("FindingAdvice", "DANE needs the TLSA records signed: sign the zone of the MX host with DNSSEC "
                                        "and publish its DS record at the parent.")},
    {"check.dane.unusable", Exposure::ManInTheMiddle,
     QT_TRANSLATE_NOOP("FindingAdvice", "For SMTP only DANE-TA(2) and DANE-EE(3) records count. Replace the records "
                                        "with \"3 1 1\" records of the server's public key (the current and the "
                                        "next).")},
    {"check.dane.unvalidated", Exposure::None,
     QT_TRANSLATE_NOOP("FindingAdvice", "Nothing on the domain: check again from a network whose resolver passes "
                                        "DNSSEC, or that lets StsScope ask the root servers itself.")},
    {"tlsrpt.record.", Exposure::Blindness,
     QT_TRANSLATE_NOOP("FindingAdvice", "Publish \"v=TLSRPTv1; rua=mailto:tls-reports@<domain>\" at _smtp._tls."
                                        "<domain> to receive daily reports of failed TLS sessions, and open them "
                                        "with StsScope.")},
    {"tlsrpt.rua.", Exposure::Blindness,
     QT_TRANSLATE_NOOP("FindingAdvice", "Each rua entry is a mailto: or https: URI that accepts reports.")},
    {"watch.policy.changed-without-id", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Senders fetch the policy again only when the id in the _mta-sts TXT record "
                                        "changes. Publish a new id (e.g. the date and time, 20260301120000) every "
                                        "time the policy file changes.")},
    {"watch.policy.", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "The published policy protects less than it did. If that was not intended, "
                                        "restore the policy file (mode enforce, the max_age you had) and change the "
                                        "id.")},
    {"watch.mx.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Every MX host must match an mx line of an enforce policy. Add the host (or "
                                        "a wildcard covering it) to the policy first, change the id, wait for the old "
                                        "max_age, and only then publish the MX record.")},
    {"watch.certificate.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Renew the certificate well before it expires, automatically (ACME), with "
                                        "every name the host serves, and check the renewal from outside.")},
    {"watch.tls.starttls-lost", Exposure::StartTlsDowngrade,
     QT_TRANSLATE_NOOP("FindingAdvice", "Turn STARTTLS back on (for Postfix: smtpd_tls_security_level = may with a "
                                        "certificate) and check that nothing in front of the server removes it.")},
    {"watch.tls.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Check the server's TLS configuration after the last change: the key and "
                                        "certificate files, the protocol versions and the ciphers it accepts.")},
    {"watch.verdict.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "Something that worked at the last check does not now. The check's own "
                                        "findings name the cause; if it was a passing outage, the next check says "
                                        "so.")},
    {"watch.dane.", Exposure::MailLoss,
     QT_TRANSLATE_NOOP("FindingAdvice", "After a key or certificate change, publish the TLSA record of the new key "
                                        "before it is used, wait for the record's TTL, then switch.")},
};

} // namespace

FindingAdvice FindingAdvice::forFinding(const Finding &finding)
{
    const Rule *best = nullptr;
    for (const Rule &rule : Rules) {
        const QLatin1String prefix(rule.prefix);
        if (finding.code.startsWith(prefix) && (!best || size_t(prefix.size()) > qstrlen(best->prefix)))
            best = &rule;
    }
    FindingAdvice advice;
    if (!best || finding.severity == Severity::Ok)
        return advice;
    // Notes carry no risk; the explanation still helps.
    advice.exposure = finding.severity >= Severity::Warning ? best->exposure : Exposure::None;
    advice.exposureText = describeExposure(advice.exposure);
    advice.explanation = QCoreApplication::translate("FindingAdvice", best->explanation);
    return advice;
}

} // namespace Sts::Check
