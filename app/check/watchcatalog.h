// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Changes between two checks of a watched domain (WatchChangeDetector). Codes are stable.
namespace Sts::Check::WatchCatalog {

using Sts::FindingDefinition;
using Sts::Severity;

inline constexpr FindingDefinition PolicyChangedWithoutId{
    "watch.policy.changed-without-id", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The policy changed (%1) but the id in _mta-sts did not (still \"%2\"): senders "
                                  "that cached the old policy keep it for up to %3 seconds. Change the id.")};
inline constexpr FindingDefinition PolicyIdChangedOnly{
    "watch.policy.id-changed-only", Severity::Info, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The id in _mta-sts changed from \"%1\" to \"%2\" while the policy stayed the same; "
                                  "senders fetch it again and nothing else happens.")};
inline constexpr FindingDefinition PolicyLost{
    "watch.policy.lost", Severity::Error, "RFC 8461 §3",
    QT_TRANSLATE_NOOP("Findings", "The %1 policy is gone: it is now %2. Senders keep a cached policy until it "
                                  "expires; new senders get no protection.")};
inline constexpr FindingDefinition ModeLowered{
    "watch.policy.mode-lowered", Severity::Warning, "RFC 8461 §5",
    QT_TRANSLATE_NOOP("Findings", "The policy mode went down from %1 to %2.")};
inline constexpr FindingDefinition MaxAgeDropped{
    "watch.policy.max-age-dropped", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The policy's max_age dropped from %1 to %2 seconds: senders cache it for less "
                                  "time, and an attacker who blocks the refresh waits less.")};
inline constexpr FindingDefinition MxAddedNotCovered{
    "watch.mx.added-not-covered", Severity::Error, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The new MX host %1 matches no mx line of the enforce policy: senders do not "
                                  "deliver to it. Add it to the policy and change the id.")};
inline constexpr FindingDefinition MxCoverageLost{
    "watch.mx.coverage-lost", Severity::Error, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The MX host %1 is no longer covered by the enforce policy's mx lines: senders "
                                  "stop delivering to it.")};
inline constexpr FindingDefinition MxChanged{"watch.mx.changed", Severity::Info, "RFC 5321 §5.1",
                                             QT_TRANSLATE_NOOP("Findings", "The MX hosts changed from %1 to %2.")};
inline constexpr FindingDefinition CertificateExpiresBeforePolicy{
    "watch.certificate.expires-before-policy", Severity::Warning, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate of %1 expires on %2, before senders that fetch the enforce "
                                  "policy today stop using it (max_age %3 seconds): unless it is renewed in time, they "
                                  "refuse the host.")};
inline constexpr FindingDefinition CertificateExpiring{
    "watch.certificate.expiring", Severity::Warning, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate of %1 expires on %2, within %3 days.")};
inline constexpr FindingDefinition CertificateNameLost{
    "watch.certificate.name-lost", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate of %1 at %2 no longer names the host (it names %3).")};
inline constexpr FindingDefinition StartTlsLost{"watch.tls.starttls-lost", Severity::Error, "RFC 3207",
                                                QT_TRANSLATE_NOOP("Findings", "%1 at %2 no longer offers STARTTLS.")};
inline constexpr FindingDefinition TlsLost{
    "watch.tls.handshake-lost", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "%1 at %2 offers STARTTLS, but the TLS handshake no longer succeeds: %3.")};
inline constexpr FindingDefinition VerdictBroken{
    "watch.verdict.broken", Severity::Error, "RFC 8461 §5",
    QT_TRANSLATE_NOOP("Findings", "The domain was %1 and is now broken: %2")};
inline constexpr FindingDefinition TlsaMismatch{
    "watch.dane.tlsa-mismatch", Severity::Error, "RFC 7672 §3",
    QT_TRANSLATE_NOOP("Findings", "The TLSA records of %1 no longer match its certificate (DANE: %2); senders that "
                                  "validate DANE stop delivering to it.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&PolicyChangedWithoutId,
                                                   &PolicyIdChangedOnly,
                                                   &PolicyLost,
                                                   &ModeLowered,
                                                   &MaxAgeDropped,
                                                   &MxAddedNotCovered,
                                                   &MxCoverageLost,
                                                   &MxChanged,
                                                   &CertificateExpiresBeforePolicy,
                                                   &CertificateExpiring,
                                                   &CertificateNameLost,
                                                   &StartTlsLost,
                                                   &TlsLost,
                                                   &VerdictBroken,
                                                   &TlsaMismatch};

} // namespace Sts::Check::WatchCatalog
