// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Every finding of the SMTP STARTTLS probe. Codes are stable; the docs list each of them with
//! its fix. The subject of each is "host [address]"; details carry the step ("connect", "banner",
//! "ehlo", "starttls", "handshake", "ehlo-tls", "quit") and, where there is one, the reply.
namespace Sts::Smtp::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

// Connection (RFC 5321 §3.1)
inline constexpr FindingDefinition ConnectRefused{
    "smtp.connect.refused", Severity::Error, "RFC 5321 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The connection to %1 port %2 was refused: nothing accepts mail there.")};
inline constexpr FindingDefinition ConnectTimeout{
    "smtp.connect.timeout", Severity::Error, "RFC 5321 §3.1",
    QT_TRANSLATE_NOOP("Findings", "No connection to %1 port %2 within %3 s: the address does not answer (a firewall "
                                  "may drop the packets).")};
inline constexpr FindingDefinition ConnectFailed{"smtp.connect.failed", Severity::Error, "RFC 5321 §3.1",
                                                 QT_TRANSLATE_NOOP("Findings", "Could not connect to %1 port %2: %3.")};

// Greeting (RFC 5321 §3.1, §4.2, §4.3.1)
inline constexpr FindingDefinition BannerTimeout{
    "smtp.banner.timeout", Severity::Error, "RFC 5321 §4.5.3.2.1",
    QT_TRANSLATE_NOOP("Findings", "No complete greeting within %1 s (%2 bytes received so far). Senders give up on "
                                  "servers that are this slow to greet.")};
inline constexpr FindingDefinition BannerRejected{
    "smtp.banner.rejected", Severity::Error, "RFC 5321 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The server greets with %1 instead of 220 (\"%2\"): it refuses the session, and "
                                  "senders cannot deliver here.")};
inline constexpr FindingDefinition BannerMalformed{
    "smtp.banner.malformed", Severity::Error, "RFC 5321 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The greeting is not an SMTP reply: %1. Senders cannot talk to this server.")};
inline constexpr FindingDefinition BannerTooLarge{
    "smtp.banner.too-large", Severity::Error, "RFC 5321 §4.5.3.1.5",
    QT_TRANSLATE_NOOP("Findings", "The greeting is too large: %1. StsScope stops reading there, as senders do.")};

// Any reply (RFC 5321 §4.2, §4.5.3)
inline constexpr FindingDefinition ReplyTimeout{
    "smtp.reply.timeout", Severity::Error, "RFC 5321 §4.5.3.2",
    QT_TRANSLATE_NOOP("Findings", "Waiting for %1: no complete reply within %2 s."), 0b1};
inline constexpr FindingDefinition ReplyMalformed{
    "smtp.reply.malformed", Severity::Error, "RFC 5321 §4.2",
    QT_TRANSLATE_NOOP("Findings", "Waiting for %1, the server sent something that is not a valid SMTP reply: %2."),
    0b1};
inline constexpr FindingDefinition ReplyTooLarge{
    "smtp.reply.too-large", Severity::Error, "RFC 5321 §4.5.3.1.5",
    QT_TRANSLATE_NOOP("Findings", "Waiting for %1, the server sent a reply that is too large: %2."), 0b1};
inline constexpr FindingDefinition ReplyUnexpected{
    "smtp.reply.unexpected", Severity::Error, "RFC 5321 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The server sent a reply before StsScope sent %1, when no command had asked for one "
                                  "(\"%2\"). A client could take it for the answer to its next command.")};
inline constexpr FindingDefinition ReplyBareLineFeed{
    "smtp.reply.bare-lf", Severity::Warning, "RFC 5321 §2.3.8",
    QT_TRANSLATE_NOOP("Findings", "Reply lines end with a bare LF instead of CRLF (first seen in %1). "
                                  "Many senders tolerate it, strict ones do not.")};
inline constexpr FindingDefinition ReplyLongLine{
    "smtp.reply.long-line", Severity::Warning, "RFC 5321 §4.5.3.1.5",
    QT_TRANSLATE_NOOP("Findings", "A reply line of %1 octets (in %2); RFC 5321 allows 512 including "
                                  "CRLF, and some senders cut or reject longer lines.")};
inline constexpr FindingDefinition ReplyNonAscii{
    "smtp.reply.non-ascii", Severity::Info, "RFC 5321 §4.2, RFC 6531 §3.7.4",
    QT_TRANSLATE_NOOP("Findings", "In %1 the server sent bytes outside ASCII; only SMTPUTF8 sessions may carry "
                                  "them.")};
inline constexpr FindingDefinition ReplyControlCharacter{
    "smtp.reply.control-character", Severity::Warning, "RFC 5321 §4.2",
    QT_TRANSLATE_NOOP("Findings", "In %1 the server sent control characters, which reply text may not contain.")};
inline constexpr FindingDefinition ConnectionClosed{
    "smtp.connection.closed", Severity::Error, "RFC 5321 §3.8",
    QT_TRANSLATE_NOOP("Findings", "The server closed the connection while StsScope was waiting for %1."), 0b1};
inline constexpr FindingDefinition ConnectionError{
    "smtp.connection.error", Severity::Error, "RFC 5321 §3.8",
    QT_TRANSLATE_NOOP("Findings", "The connection failed while StsScope was waiting for %1: %2."), 0b1};
inline constexpr FindingDefinition SessionTimeout{
    "smtp.session.timeout", Severity::Error, "RFC 5321 §4.5.3.2",
    QT_TRANSLATE_NOOP("Findings", "The SMTP session did not finish within %1 s; it was stopped at step %2."), 0b10};
inline constexpr FindingDefinition Cancelled{
    "smtp.session.cancelled", Severity::Info, "",
    QT_TRANSLATE_NOOP("Findings", "The SMTP session was cancelled at step %1."), 0b1};

// EHLO and STARTTLS (RFC 5321 §4.1.1.1, RFC 3207 §4)
inline constexpr FindingDefinition EhloRejected{
    "smtp.ehlo.rejected", Severity::Error, "RFC 5321 §4.1.1.1",
    QT_TRANSLATE_NOOP("Findings", "The server answers EHLO with %1 (\"%2\"); without EHLO there is no STARTTLS.")};
inline constexpr FindingDefinition StartTlsNotOffered{
    "smtp.starttls.not-offered", Severity::Error, "RFC 3207 §4, RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The server does not offer STARTTLS: mail to it travels in clear text, and senders "
                                  "that enforce MTA-STS do not deliver (TLS-RPT: starttls-not-supported).")};
inline constexpr FindingDefinition StartTlsRefused{
    "smtp.starttls.refused", Severity::Error, "RFC 3207 §4",
    QT_TRANSLATE_NOOP("Findings", "The server offers STARTTLS but answers it with %1 (\"%2\"); senders fall back to "
                                  "clear text or, under an enforced policy, do not deliver.")};
inline constexpr FindingDefinition StartTlsPipelinedData{
    "smtp.starttls.data-after-ready", Severity::Warning, "RFC 3207 §4.2, §6",
    QT_TRANSLATE_NOOP("Findings", "The server sent %1 bytes after its 220 reply to STARTTLS, before the TLS handshake; "
                                  "they were discarded, as clients must.")};

// TLS (RFC 3207 §4.1, RFC 8461 §4.2)
inline constexpr FindingDefinition TlsDropped{
    "smtp.tls.dropped", Severity::Error, "RFC 3207 §4",
    QT_TRANSLATE_NOOP("Findings", "The server accepted STARTTLS and then closed the connection before the TLS "
                                  "handshake completed (TLS-RPT: validation-failure).")};
inline constexpr FindingDefinition TlsHandshakeFailed{
    "smtp.tls.handshake-failed", Severity::Error, "RFC 3207 §4.1, RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The TLS handshake failed: %1 (TLS-RPT: validation-failure).")};
inline constexpr FindingDefinition TlsHandshakeTimeout{
    "smtp.tls.handshake-timeout", Severity::Error, "RFC 3207 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The TLS handshake did not complete within %1 s (TLS-RPT: validation-failure).")};
inline constexpr FindingDefinition TlsOldVersion{
    "smtp.tls.old-version", Severity::Warning, "RFC 8996",
    QT_TRANSLATE_NOOP("Findings", "The server negotiated %1; TLS 1.0 and 1.1 are deprecated. Enable TLS 1.2 and 1.3.")};
inline constexpr FindingDefinition TlsCertificateInvalid{
    "smtp.tls.certificate-invalid", Severity::Error, "RFC 8461 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The certificate chain does not pass MTA-STS validation for %1 (TLS-RPT: %2); see "
                                  "the certificate findings.")};
inline constexpr FindingDefinition TlsStartTlsStillOffered{
    "smtp.tls.starttls-offered-again", Severity::Info, "RFC 3207 §4.2",
    QT_TRANSLATE_NOOP("Findings", "The EHLO reply after the TLS handshake still offers STARTTLS; servers should not.")};
inline constexpr FindingDefinition TlsOk{
    "smtp.tls.ok", Severity::Ok, "RFC 3207",
    QT_TRANSLATE_NOOP("Findings", "STARTTLS with %1, cipher %2, key exchange %3.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&ConnectRefused,
                                                   &ConnectTimeout,
                                                   &ConnectFailed,
                                                   &BannerTimeout,
                                                   &BannerRejected,
                                                   &BannerMalformed,
                                                   &BannerTooLarge,
                                                   &ReplyTimeout,
                                                   &ReplyMalformed,
                                                   &ReplyTooLarge,
                                                   &ReplyUnexpected,
                                                   &ReplyBareLineFeed,
                                                   &ReplyLongLine,
                                                   &ReplyNonAscii,
                                                   &ReplyControlCharacter,
                                                   &ConnectionClosed,
                                                   &ConnectionError,
                                                   &SessionTimeout,
                                                   &Cancelled,
                                                   &EhloRejected,
                                                   &StartTlsNotOffered,
                                                   &StartTlsRefused,
                                                   &StartTlsPipelinedData,
                                                   &TlsDropped,
                                                   &TlsHandshakeFailed,
                                                   &TlsHandshakeTimeout,
                                                   &TlsOldVersion,
                                                   &TlsCertificateInvalid,
                                                   &TlsStartTlsStillOffered,
                                                   &TlsOk};

} // namespace Sts::Smtp::Catalog
