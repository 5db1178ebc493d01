// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Findings of the domain check as a whole: DNS, MX coverage and the verdict. Codes are stable.
namespace Sts::Check::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

inline constexpr FindingDefinition DnsFailed{"check.dns.failed", Severity::Error, "RFC 8461 §3.1",
                                             QT_TRANSLATE_NOOP("Findings", "The %1 lookup for %2 failed: %3.")};
inline constexpr FindingDefinition DnsBogus{
    "check.dns.bogus", Severity::Error, "RFC 4035 §5.5",
    QT_TRANSLATE_NOOP("Findings",
                      "The DNSSEC signatures for %1 do not validate (%2); validating senders cannot resolve "
                      "it at all.")};
inline constexpr FindingDefinition DnsInsecure{
    "check.dns.insecure", Severity::Info, "RFC 8461 §10.2",
    QT_TRANSLATE_NOOP("Findings", "The MX records of %1 are not DNSSEC-signed; MTA-STS protects against their spoofing "
                                  "only once a policy is cached, and DANE is not possible.")};
inline constexpr FindingDefinition MxNone{"check.mx.none", Severity::Error, "RFC 5321 §5.1",
                                          QT_TRANSLATE_NOOP("Findings", "The domain has no MX host to deliver to.")};
inline constexpr FindingDefinition MxNull{
    "check.mx.null", Severity::Info, "RFC 7505",
    QT_TRANSLATE_NOOP("Findings", "The domain publishes a null MX: it accepts no mail.")};
inline constexpr FindingDefinition MxImplicit{
    "check.mx.implicit", Severity::Warning, "RFC 5321 §5.1",
    QT_TRANSLATE_NOOP("Findings", "The domain has no MX record; senders deliver to its own address. Publish an MX "
                                  "record so that a policy can name the host.")};
inline constexpr FindingDefinition MxNoAddress{
    "check.mx.no-address", Severity::Error, "RFC 5321 §5.1",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 has no address (A: %2, AAAA: %3).")};
inline constexpr FindingDefinition MxNotCovered{
    "check.mx.not-covered", Severity::Error, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 matches no mx pattern of the policy; in enforce mode senders do not "
                                  "deliver to it. Add \"mx: %1\" (or a wildcard covering it) to the policy and change "
                                  "the id.")};
inline constexpr FindingDefinition MxNotCoveredTesting{
    "check.mx.not-covered-testing", Severity::Warning, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 matches no mx pattern of the policy; senders report this and would "
                                  "refuse it in enforce mode. Add it to the policy before enforcing.")};
inline constexpr FindingDefinition MxUnreachable{
    "check.mx.unreachable", Severity::Error, "RFC 5321 §5.1",
    QT_TRANSLATE_NOOP("Findings", "No address of the MX host %1 completed an SMTP session; senders cannot deliver to "
                                  "it.")};
inline constexpr FindingDefinition MxPrivateAddress{
    "check.mx.private-address", Severity::Error, "RFC 5321 §5.1",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 resolves to %2, a %3 address that senders on the internet cannot "
                                  "reach; StsScope did not connect to it."),
    0b100};
inline constexpr FindingDefinition MxNotObserved{
    "check.mx.not-observed", Severity::Warning, "",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 could not be checked from this machine: %2. This says nothing "
                                  "about the host; check it from a network that can reach it.")};
inline constexpr FindingDefinition MxTooMany{
    "check.mx.too-many", Severity::Warning, "RFC 5321 §5.1",
    QT_TRANSLATE_NOOP("Findings", "The domain has %1 MX hosts; only the %2 most preferred were checked, so the "
                                  "verdict covers part of them.")};
inline constexpr FindingDefinition MxTlsFailing{
    "check.mx.tls-failing", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 fails MTA-STS validation (%2); in enforce mode senders do not "
                                  "deliver to it.")};
inline constexpr FindingDefinition MxTlsFailingTesting{
    "check.mx.tls-failing-testing", Severity::Warning, "RFC 8461 §5",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 fails MTA-STS validation (%2); senders still deliver in testing mode "
                                  "and report it, but enforce mode would stop mail to it.")};
inline constexpr FindingDefinition PolicyUnusable{
    "check.policy.unusable", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "An _mta-sts record is published but senders cannot use the policy (%1); mail is "
                                  "delivered without MTA-STS protection.")};
inline constexpr FindingDefinition NoPolicy{
    "check.policy.none", Severity::Warning, "RFC 8461 §2",
    QT_TRANSLATE_NOOP("Findings", "The domain has no MTA-STS policy: an attacker on the path can strip STARTTLS or "
                                  "present any certificate, and senders deliver anyway.")};
inline constexpr FindingDefinition NoPolicyDaneOnly{
    "check.policy.none-dane-only", Severity::Warning, "RFC 8461 §2",
    QT_TRANSLATE_NOOP("Findings", "The domain has no MTA-STS policy. DANE protects every MX host for senders that "
                                  "validate it; senders that implement only MTA-STS accept any certificate and "
                                  "deliver without STARTTLS if an attacker strips it.")};
inline constexpr FindingDefinition PolicyWithoutRecord{
    "check.policy.without-record", Severity::Warning, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "A policy file is served at %1, but no valid _mta-sts TXT record points to it, so "
                                  "senders never fetch it.")};
inline constexpr FindingDefinition Cancelled{
    "check.cancelled", Severity::Info, "",
    QT_TRANSLATE_NOOP("Findings", "The check was cancelled; the results are incomplete.")};
// The check history (CheckHistory): why it cannot be used. The messages follow "cannot" in the
// words the CLI and the status bar have always shown.
inline constexpr FindingDefinition HistoryOpenFailed{"history.open-failed", Severity::Error, "",
                                                     QT_TRANSLATE_NOOP("Findings", "cannot open the history %1: %2")};
inline constexpr FindingDefinition HistoryTooNew{
    "history.too-new", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "cannot open the history %1: it was written by a newer StsScope")};
inline constexpr FindingDefinition HistoryNotOpen{"history.not-open", Severity::Error, "",
                                                  QT_TRANSLATE_NOOP("Findings", "the history is not open")};
inline constexpr FindingDefinition HistoryWriteFailed{
    "history.write-failed", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "cannot write the check of %1 to the history: %2")};
inline constexpr FindingDefinition WatchListReadFailed{
    "watchlist.read-failed", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "the watch list in %1 cannot be read: %2")};
inline constexpr FindingDefinition WatchListWriteFailed{"watchlist.write-failed", Severity::Error, "",
                                                        QT_TRANSLATE_NOOP("Findings", "%1 refused the change: %2")};
inline constexpr FindingDefinition HistoryDeleteFailed{"history.delete-failed", Severity::Error, "",
                                                       QT_TRANSLATE_NOOP("Findings", "nothing was deleted: %1")};
inline constexpr FindingDefinition DanePass{
    "check.dane.pass", Severity::Info, "RFC 7672 §3.1",
    QT_TRANSLATE_NOOP("Findings", "%1 passes DANE: the TLSA record %2 authenticates its certificate.")};
inline constexpr FindingDefinition DaneMismatch{
    "check.dane.mismatch", Severity::Error, "RFC 7672 §3.1",
    QT_TRANSLATE_NOOP("Findings", "No TLSA record of %1 authenticates the certificate it presents (%2); senders that "
                                  "validate DANE do not deliver to it. The record for the key in use is \"%3\".")};
inline constexpr FindingDefinition DaneNoTls{
    "check.dane.no-tls", Severity::Error, "RFC 7672 §2.2",
    QT_TRANSLATE_NOOP("Findings", "%1 publishes TLSA records, so senders that validate DANE require TLS, but no "
                                  "address completed STARTTLS (%2); they do not deliver to it.")};
inline constexpr FindingDefinition DaneBogus{
    "check.dane.bogus", Severity::Error, "RFC 7672 §2.2",
    QT_TRANSLATE_NOOP("Findings", "The TLSA records of %1 fail DNSSEC validation (%2); senders that validate DANE do "
                                  "not deliver to it.")};
inline constexpr FindingDefinition DaneLookupFailed{
    "check.dane.lookup-failed", Severity::Error, "RFC 7672 §2.2",
    QT_TRANSLATE_NOOP("Findings", "The TLSA lookup for %1 failed (%2); senders that validate DANE defer mail to it "
                                  "until it answers.")};
inline constexpr FindingDefinition DaneUnusable{
    "check.dane.unusable", Severity::Warning, "RFC 7672 §3.1.3",
    QT_TRANSLATE_NOOP("Findings", "No TLSA record of %1 is usable for SMTP (PKIX usages 0 and 1, unknown selectors or "
                                  "matching types, wrong digest lengths): senders that validate DANE require TLS but "
                                  "authenticate no certificate.")};
inline constexpr FindingDefinition DaneInsecure{
    "check.dane.insecure", Severity::Warning, "RFC 7672 §2.2",
    QT_TRANSLATE_NOOP("Findings", "%1 has TLSA records, but they are not DNSSEC-signed, so senders ignore them and "
                                  "DANE protects nothing.")};
inline constexpr FindingDefinition DaneMxInsecure{
    "check.dane.mx-insecure", Severity::Warning, "RFC 7672 §2.2.1",
    QT_TRANSLATE_NOOP("Findings", "%1 has signed TLSA records, but the MX records of %2 are not DNSSEC-signed: an "
                                  "attacker can forge them, and most DANE senders (Postfix, Exim) then do not use "
                                  "the TLSA records at all.")};
inline constexpr FindingDefinition DaneUnvalidated{
    "check.dane.unvalidated", Severity::Warning, "",
    QT_TRANSLATE_NOOP("Findings", "The TLSA records of %1 cannot be validated from this machine: its resolver drops "
                                  "DNSSEC signatures. Whether DANE protects the host cannot be seen from here.")};
inline constexpr FindingDefinition DaneNoNextKey{
    "check.dane.no-next-key", Severity::Warning, "RFC 7671 §8.1",
    QT_TRANSLATE_NOOP("Findings", "Every TLSA record of %1 matches the key in use and none a next one: when the key "
                                  "changes, senders that validate DANE stop delivering until a new record is "
                                  "published and the old one has expired from caches.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&DnsFailed,
                                                   &DnsBogus,
                                                   &DnsInsecure,
                                                   &MxNone,
                                                   &MxNull,
                                                   &MxImplicit,
                                                   &MxNoAddress,
                                                   &MxNotCovered,
                                                   &MxNotCoveredTesting,
                                                   &MxUnreachable,
                                                   &MxPrivateAddress,
                                                   &MxNotObserved,
                                                   &MxTooMany,
                                                   &MxTlsFailing,
                                                   &MxTlsFailingTesting,
                                                   &PolicyUnusable,
                                                   &NoPolicy,
                                                   &NoPolicyDaneOnly,
                                                   &PolicyWithoutRecord,
                                                   &Cancelled,
                                                   &HistoryOpenFailed,
                                                   &HistoryTooNew,
                                                   &HistoryNotOpen,
                                                   &HistoryWriteFailed,
                                                   &HistoryDeleteFailed,
                                                   &WatchListReadFailed,
                                                   &WatchListWriteFailed,
                                                   &DanePass,
                                                   &DaneMismatch,
                                                   &DaneNoTls,
                                                   &DaneBogus,
                                                   &DaneLookupFailed,
                                                   &DaneUnusable,
                                                   &DaneInsecure,
                                                   &DaneMxInsecure,
                                                   &DaneUnvalidated,
                                                   &DaneNoNextKey};

} // namespace Sts::Check::Catalog
