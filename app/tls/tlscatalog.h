// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Findings about presented certificate chains (policy hosts and MX hosts alike). Codes are stable.
namespace Sts::Tls::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

inline constexpr FindingDefinition ChainValid{
    "tls.chain.valid", Severity::Ok, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate chain verifies to the trusted root \"%1\" and the name \"%2\" in "
                                  "the certificate matches %3.")};
inline constexpr FindingDefinition ChainEmpty{"tls.chain.empty", Severity::Error, "RFC 8461 §4.2",
                                              QT_TRANSLATE_NOOP("Findings", "The server presented no certificate.")};
inline constexpr FindingDefinition CertificateUnreadable{
    "tls.cert.unreadable", Severity::Error, "RFC 5280 §4.1",
    QT_TRANSLATE_NOOP("Findings", "Certificate %1 of the presented chain cannot be decoded.")};
inline constexpr FindingDefinition CertificateExpired{
    "tls.cert.expired", Severity::Error, "RFC 5280 §4.1.2.5",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" expired on %2; senders refuse it. Renew it and install "
                                  "the new certificate on the server.")};
inline constexpr FindingDefinition CertificateNotYetValid{
    "tls.cert.not-yet-valid", Severity::Error, "RFC 5280 §4.1.2.5",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" is valid only from %2; senders refuse it until then. "
                                  "Check the server's clock and the certificate's dates.")};
inline constexpr FindingDefinition CertificateExpiringSoon{
    "tls.cert.expiring-soon", Severity::Warning, "RFC 5280 §4.1.2.5",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" expires on %2, in %3 days. Renew it before then; check "
                                  "that automatic renewal works and reloads the mail server.")};
inline constexpr FindingDefinition HostMismatch{
    "tls.cert.host-mismatch", Severity::Error, "RFC 8461 §4.2, RFC 6125 §6.4",
    QT_TRANSLATE_NOOP("Findings", "The certificate is not valid for %1; it names %2. Add %1 to the certificate's "
                                  "subject alternative names.")};
inline constexpr FindingDefinition CommonNameOnly{
    "tls.cert.common-name-only", Severity::Error, "RFC 8461 §4.2, RFC 6125 §6.4.4",
    QT_TRANSLATE_NOOP("Findings", "The certificate names %1 only in its common name (CN) and has no DNS subject "
                                  "alternative name; MTA-STS requires the host name as a subjectAltName, so senders "
                                  "refuse it (TLS-RPT: certificate-host-mismatch). Reissue it with a subjectAltName.")};
inline constexpr FindingDefinition SelfSigned{
    "tls.chain.self-signed", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" is self-signed; MTA-STS requires a chain to a root that "
                                  "senders trust. Use a certificate from a public CA, e.g. through ACME.")};
inline constexpr FindingDefinition UntrustedRoot{
    "tls.chain.untrusted-root", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The chain ends in \"%1\", which is not a trusted root.")};
inline constexpr FindingDefinition Incomplete{
    "tls.chain.incomplete", Severity::Error, "RFC 8446 §4.4.2",
    QT_TRANSLATE_NOOP("Findings", "The server sends \"%1\" without the certificate of its issuer \"%2\"; senders "
                                  "do not fetch missing intermediates. Configure the full chain file (leaf first, "
                                  "then the intermediates).")};
inline constexpr FindingDefinition WeakKey{
    "tls.cert.weak-key", Severity::Error, "NIST SP 800-131A",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" has a %2 key of %3 bits; senders with current defaults "
                                  "refuse keys below 2048 bits (RSA) or 224 bits (EC).")};
inline constexpr FindingDefinition WeakSignature{
    "tls.cert.weak-signature", Severity::Error, "RFC 9155",
    QT_TRANSLATE_NOOP("Findings", "The certificate \"%1\" is signed with %2, which current senders no longer "
                                  "accept. Reissue it with SHA-256 or better.")};
inline constexpr FindingDefinition VerifyFailed{"tls.chain.verify-failed", Severity::Error, "RFC 8461 §4.2",
                                                QT_TRANSLATE_NOOP("Findings", "Verification of \"%1\" failed: %2.")};
inline constexpr FindingDefinition CaFileUnreadable{
    "tls.ca-file.unreadable", Severity::Warning, "",
    QT_TRANSLATE_NOOP("Findings", "The trust anchor file %1 could not be read as PEM certificates; it was ignored.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&ChainValid,
                                                   &ChainEmpty,
                                                   &CertificateUnreadable,
                                                   &CertificateExpired,
                                                   &CertificateNotYetValid,
                                                   &CertificateExpiringSoon,
                                                   &HostMismatch,
                                                   &CommonNameOnly,
                                                   &SelfSigned,
                                                   &UntrustedRoot,
                                                   &Incomplete,
                                                   &WeakKey,
                                                   &WeakSignature,
                                                   &VerifyFailed,
                                                   &CaFileUnreadable};

} // namespace Sts::Tls::Catalog
