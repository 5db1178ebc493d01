// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Every finding about MTA-STS records, policies and MX patterns. Codes are stable; the docs
//! list each of them with its fix.
namespace Sts::MtaSts::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

// _mta-sts TXT record set (RFC 8461 §3.1)
inline constexpr FindingDefinition TxtNone{
    "sts.txt.none", Severity::Info, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings",
                      "No TXT record starts with \"v=STSv1;\": senders treat the domain as having no MTA-STS policy.")};
inline constexpr FindingDefinition TxtMultiple{
    "sts.txt.multiple", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "%1 TXT records start with \"v=STSv1;\"; senders discard them all and treat the "
                                  "domain as having no MTA-STS policy. Publish exactly one.")};
inline constexpr FindingDefinition TxtNotSts{
    "sts.txt.not-sts", Severity::Info, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "A TXT record that does not start with \"v=STSv1;\" is ignored: \"%1\".")};
inline constexpr FindingDefinition TxtVersionMalformed{
    "sts.txt.version-malformed", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings",
                      "This record looks like an MTA-STS record but does not start with exactly \"v=STSv1;\" "
                      "(case-sensitive, first, followed by a semicolon), so senders ignore it: \"%1\".")};
inline constexpr FindingDefinition TxtSpaceBeforeDelimiter{
    "sts.txt.space-before-delimiter", Severity::Warning, "RFC 8461 §3.1, erratum 6285",
    QT_TRANSLATE_NOOP("Findings",
                      "Whitespace between \"v=STSv1\" and \";\" is allowed by the grammar, but senders that look for "
                      "the literal prefix \"v=STSv1;\" discard the record. Remove the space.")};
inline constexpr FindingDefinition TxtTrailingWhitespace{
    "sts.txt.trailing-whitespace", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings",
                      "The record ends in whitespace after its last field, without a \";\"; the grammar allows "
                      "whitespace only around a semicolon. Senders that trim it accept the record, strict ones "
                      "discard it. Remove the trailing whitespace.")};
inline constexpr FindingDefinition TxtMultipleStrings{
    "sts.txt.multiple-strings", Severity::Info, "RFC 1035 §3.3.14, RFC 7208 §3.3",
    QT_TRANSLATE_NOOP("Findings",
                      "The record consists of %1 character-strings; they are joined without spaces before parsing.")};
inline constexpr FindingDefinition TxtNonAscii{
    "sts.txt.non-ascii", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The record contains bytes outside printable ASCII; the grammar allows none.")};
inline constexpr FindingDefinition TxtEmptyField{
    "sts.txt.empty-field", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP(
        "Findings", "The record has an empty field (two semicolons in a row), which makes it syntactically invalid.")};
inline constexpr FindingDefinition TxtFieldMalformed{
    "sts.txt.field-malformed", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings",
                      "The field \"%1\" is not of the form name=value; the record is syntactically invalid.")};
inline constexpr FindingDefinition TxtFieldNameCase{
    "sts.txt.field-name-case", Severity::Warning, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "Field names are case-sensitive: senders read \"%1\" as an unknown field and ignore "
                                  "it. Write it in lower case.")};
inline constexpr FindingDefinition TxtIdMissing{
    "sts.txt.id-missing", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The record has no \"id\" field; it is required.")};
inline constexpr FindingDefinition TxtIdInvalid{
    "sts.txt.id-invalid", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The id \"%1\" is invalid: it must be 1 to 32 letters and digits (no dashes, dots, colons or spaces).")};
inline constexpr FindingDefinition TxtIdTooLong{
    "sts.txt.id-too-long", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The id \"%1\" is %2 characters long; at most 32 are allowed.")};
inline constexpr FindingDefinition TxtDuplicateField{
    "sts.txt.duplicate-field", Severity::Warning, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The field \"%1\" appears more than once; senders may read either value. Keep one.")};
inline constexpr FindingDefinition TxtExtensionInvalid{
    "sts.txt.extension-invalid", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The extension field \"%1\" does not follow the grammar (name: letters, digits, \"_\", \"-\", \".\", at most "
        "32; value: printable ASCII without \";\", \"=\" or spaces); the record is syntactically invalid.")};
inline constexpr FindingDefinition TxtExtension{
    "sts.txt.extension", Severity::Info, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "Unknown field \"%1\" is ignored by senders.")};
inline constexpr FindingDefinition TxtValid{"sts.txt.valid", Severity::Ok, "RFC 8461 §3.1",
                                            QT_TRANSLATE_NOOP("Findings", "Valid MTA-STS record with id \"%1\".")};

// Policy body (RFC 8461 §3.2, §3.3)
inline constexpr FindingDefinition PolicyEmpty{"sts.policy.empty", Severity::Error, "RFC 8461 §3.2",
                                               QT_TRANSLATE_NOOP("Findings", "The policy is empty.")};
inline constexpr FindingDefinition PolicyTooLarge{
    "sts.policy.too-large", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy is %1 bytes long; senders reject policies over 65536 bytes (64 KiB).")};
inline constexpr FindingDefinition PolicyByteOrderMark{
    "sts.policy.byte-order-mark", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The policy starts with a UTF-8 byte order mark, so its first key is not read as "
                                  "\"version\". Save the file without BOM.")};
inline constexpr FindingDefinition PolicyInvalidUtf8{
    "sts.policy.invalid-utf8", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The line contains bytes that are not UTF-8 (such as 0xFF); the grammar allows "
                                  "nothing else. Lenient senders ignore an unknown key's line, but strict ones "
                                  "(postfix-tlspol) discard the whole policy. Save the file as UTF-8.")};
inline constexpr FindingDefinition PolicyControlCharacter{
    "sts.policy.control-character", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The line contains a control character (byte %1) that the policy grammar does not allow.")};
inline constexpr FindingDefinition PolicyCrLineEndings{
    "sts.policy.cr-line-endings", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP(
        "Findings",
        "Lines end with a bare CR; only LF and CRLF separate lines, so the whole policy reads as one line.")};
inline constexpr FindingDefinition PolicyMixedLineEndings{
    "sts.policy.mixed-line-endings", Severity::Info, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The policy mixes LF and CRLF line endings; both are allowed, but one style is easier to maintain.")};
inline constexpr FindingDefinition PolicyEmptyLine{
    "sts.policy.empty-line", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "Empty line; the grammar has no empty lines, not even at the end. Lenient senders "
                                  "skip it, but strict ones (postfix-tlspol, Mimecast's strict mode) discard the "
                                  "whole policy. Remove it.")};
inline constexpr FindingDefinition PolicyLeadingWhitespace{
    "sts.policy.leading-whitespace", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The line starts with whitespace; the grammar does not allow it and strict senders reject the policy.")};
inline constexpr FindingDefinition PolicySpaceBeforeColon{
    "sts.policy.space-before-colon", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "Whitespace between the key \"%1\" and the colon; the grammar does not allow it and "
                                  "strict senders reject the policy.")};
inline constexpr FindingDefinition PolicyLineMalformed{
    "sts.policy.line-malformed", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The line is not of the form \"key: value\": \"%1\".")};
inline constexpr FindingDefinition PolicyKeyCase{
    "sts.policy.key-case", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "Keys are case-sensitive: \"%1\" is not \"%2\" and is ignored as an unknown key.")};
inline constexpr FindingDefinition PolicyUnknownKey{
    "sts.policy.unknown-key", Severity::Info, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "Unknown key \"%1\" is ignored by senders.")};
inline constexpr FindingDefinition PolicyExtensionInvalid{
    "sts.policy.extension-invalid", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The unknown key \"%1\" does not follow the extension grammar (a name of at most 32 ASCII "
                      "letters, digits, \"_\", \"-\" and \".\" that starts with a letter or digit; a value that is "
                      "not empty, with single spaces but no tabs). Lenient senders ignore the line, but strict ones "
                      "(postfix-tlspol, mox) discard the whole policy.")};
inline constexpr FindingDefinition PolicyDuplicateKey{
    "sts.policy.duplicate-key", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The key \"%1\" appears again; senders use the first value (\"%2\") and ignore this one (\"%3\").")};
inline constexpr FindingDefinition PolicyMissingKey{
    "sts.policy.missing-key", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The required key \"%1\" is missing; senders treat the policy as invalid.")};
inline constexpr FindingDefinition PolicyVersionInvalid{
    "sts.policy.version-invalid", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The version is \"%1\"; it must be \"STSv1\".")};
inline constexpr FindingDefinition PolicyVersionNotFirst{
    "sts.policy.version-not-first", Severity::Info, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "\"version\" is not the first line; the order of keys does not matter to senders, "
                                  "but it is customary to start with it.")};
inline constexpr FindingDefinition PolicyModeInvalid{
    "sts.policy.mode-invalid", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The mode \"%1\" is invalid; it must be \"enforce\", \"testing\" or \"none\" (lower case).")};
inline constexpr FindingDefinition PolicyMaxAgeInvalid{
    "sts.policy.max-age-invalid", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The max_age \"%1\" is not a whole number of seconds (1 to 10 digits).")};
inline constexpr FindingDefinition PolicyMaxAgeTooLarge{
    "sts.policy.max-age-too-large", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The max_age %1 exceeds the maximum of 31557600 seconds (one year).")};
inline constexpr FindingDefinition PolicyMaxAgeShort{
    "sts.policy.max-age-short", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The max_age of %1 seconds is shorter than a day; senders refetch the policy often and an attacker who blocks "
        "the fetch can strip it quickly. Use at least 86400, and weeks (604800 or more) in enforce mode.")};
inline constexpr FindingDefinition PolicyMxMissing{
    "sts.policy.mx-missing", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The policy in mode \"%1\" lists no \"mx\" pattern; no MX host can match it.")};
inline constexpr FindingDefinition PolicyMxMissingModeNone{
    "sts.policy.mx-missing-mode-none", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The policy in mode \"none\" lists no \"mx\" pattern. RFC 8461 allows this in mode none, but "
                      "some parsers require an mx line in every mode and reject the policy; adding one is harmless.")};
inline constexpr FindingDefinition PolicyMxULabel{
    "sts.policy.mx-u-label", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The mx value \"%1\" is written in Unicode (a U-label); RFC 8461 requires the A-label. Lenient "
                      "senders convert it, but strict ones (mox) discard the whole policy. Write "
                      "\"mx: %2\".")};
inline constexpr FindingDefinition PolicyMxEmptyValue{"sts.policy.mx-empty", Severity::Error, "RFC 8461 §3.2",
                                                      QT_TRANSLATE_NOOP("Findings", "An \"mx\" line has no value.")};
inline constexpr FindingDefinition PolicyModeNone{
    "sts.policy.mode-none", Severity::Info, "RFC 8461 §5",
    QT_TRANSLATE_NOOP("Findings", "Mode \"none\": senders drop any earlier policy and deliver opportunistically. This "
                                  "is how a domain withdraws MTA-STS.")};
inline constexpr FindingDefinition PolicyModeTesting{
    "sts.policy.mode-testing", Severity::Info, "RFC 8461 §5",
    QT_TRANSLATE_NOOP("Findings",
                      "Mode \"testing\": senders report failures (TLS-RPT) but still deliver over unauthenticated or "
                      "plain connections. Switch to \"enforce\" once reports show no failures.")};
inline constexpr FindingDefinition PolicyValid{
    "sts.policy.valid", Severity::Ok, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "Valid policy: mode %1, max_age %2, %3 mx pattern(s).")};

// MX patterns (RFC 8461 §3.2, §4.1)
inline constexpr FindingDefinition MxPatternEmpty{"sts.mx.empty", Severity::Error, "RFC 8461 §3.2",
                                                  QT_TRANSLATE_NOOP("Findings", "The mx pattern is empty.")};
inline constexpr FindingDefinition MxPatternInvalid{
    "sts.mx.invalid", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The mx pattern \"%1\" is not a valid host name: %2")};
inline constexpr FindingDefinition MxPatternWildcardPosition{
    "sts.mx.wildcard-position", Severity::Error, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The mx pattern \"%1\" has a wildcard that is not the whole leftmost label followed "
                                  "by \".\"; only \"*.domain\" is allowed.")};
inline constexpr FindingDefinition MxPatternWildcardTooBroad{
    "sts.mx.wildcard-too-broad", Severity::Warning, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP(
        "Findings", "The mx pattern \"%1\" covers every host directly under a top-level domain; it protects nothing.")};
inline constexpr FindingDefinition MxPatternTrailingDot{
    "sts.mx.trailing-dot", Severity::Info, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The mx pattern \"%1\" ends with a dot; it is compared without it, but not every "
                                  "sender strips it. Write the name without the final dot.")};
inline constexpr FindingDefinition MxPatternUnicode{
    "sts.mx.unicode", Severity::Warning, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings",
                      "The mx pattern \"%1\" is written in Unicode; the grammar expects A-labels. Write \"%2\".")};
inline constexpr FindingDefinition MxPatternIpAddress{
    "sts.mx.ip-address", Severity::Error, "RFC 8461 §4.1",
    QT_TRANSLATE_NOOP("Findings", "The mx pattern \"%1\" is an IP address; MX records and patterns name hosts, and "
                                  "certificates are checked against host names.")};

} // namespace Sts::MtaSts::Catalog

namespace Sts::MtaSts::Catalog {

// Policy generation input (RFC 8461 §3)
inline constexpr FindingDefinition GenerateDomainInvalid{
    "sts.generate.domain-invalid", Severity::Error, "RFC 8461 §3",
    QT_TRANSLATE_NOOP("Findings", "The domain \"%1\" is not a valid domain name: %2")};
inline constexpr FindingDefinition GenerateMaxAgeRange{
    "sts.generate.max-age-range", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "max_age must be between 0 and 31557600 seconds; %1 is out of range.")};
inline constexpr FindingDefinition GenerateNoMx{
    "sts.generate.no-mx", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "A policy in mode \"%1\" needs at least one mx pattern.")};
inline constexpr FindingDefinition GenerateIdInvalid{
    "sts.generate.id-invalid", Severity::Error, "RFC 8461 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The id \"%1\" is invalid: it must be 1 to 32 letters and digits.")};
inline constexpr FindingDefinition GenerateInternal{
    "sts.generate.self-check-failed", Severity::Error, "RFC 8461 §3",
    QT_TRANSLATE_NOOP("Findings", "The generated %1 does not pass its own check (%2); please report this as a bug.")};

// Writing a generated deployment (DeploymentFiles::write)
inline constexpr FindingDefinition DeployFolderFailed{"deploy.folder-failed", Severity::Error, "",
                                                      QT_TRANSLATE_NOOP("Findings", "cannot create the folder %1")};
inline constexpr FindingDefinition DeployWriteFailed{"deploy.write-failed", Severity::Error, "",
                                                     QT_TRANSLATE_NOOP("Findings", "cannot write %1: %2")};

} // namespace Sts::MtaSts::Catalog

namespace Sts::MtaSts::Catalog {

// Policy fetch (RFC 8461 §3.3)
inline constexpr FindingDefinition FetchPrivateAddress{
    "sts.fetch.private-address", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy host %1 resolves to %2, a %3 address that senders on the internet cannot "
                                  "reach; StsScope did not connect to it."),
    0b100};
inline constexpr FindingDefinition FetchNoAddress{
    "sts.fetch.no-address", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings",
                      "The policy host %1 has no address (%2): senders cannot fetch the policy and treat the "
                      "domain as having none. Publish an A or AAAA record for it.")};
inline constexpr FindingDefinition FetchConnectFailed{
    "sts.fetch.connect-failed", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "Could not connect to %1 port 443: %2."), 0b10};
inline constexpr FindingDefinition FetchTlsFailed{
    "sts.fetch.tls-failed", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The TLS handshake with %1 failed: %2.")};
inline constexpr FindingDefinition FetchCertificateInvalid{
    "sts.fetch.certificate-invalid", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy host's certificate is not valid for %1 (%2); senders refuse the policy "
                                  "(TLS-RPT: sts-webpki-invalid)."),
    0b10};
inline constexpr FindingDefinition FetchTimeout{
    "sts.fetch.timeout", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy fetch from %1 did not complete within %2 s; senders give up as well.")};
inline constexpr FindingDefinition FetchStalled{
    "sts.fetch.stalled", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy host %1 sent nothing for %2 s after the request; StsScope gave up on "
                                  "the connection, and senders time out on such a server as well.")};
inline constexpr FindingDefinition FetchMalformedResponse{
    "sts.fetch.malformed-response", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The HTTP response from %1 is malformed: %2.")};
inline constexpr FindingDefinition FetchRedirect{
    "sts.fetch.redirect", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy URL answers with a redirect (HTTP %1 to %2); senders must not follow "
                                  "redirects. Serve the file directly at /.well-known/mta-sts.txt.")};
inline constexpr FindingDefinition FetchHttpStatus{
    "sts.fetch.http-status", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy URL answers HTTP %1 %2 instead of 200.")};
inline constexpr FindingDefinition FetchContentType{
    "sts.fetch.content-type", Severity::Error, "RFC 8461 §3.2",
    QT_TRANSLATE_NOOP("Findings", "The policy is served as \"%1\"; it must be text/plain, and senders reject other "
                                  "types."),
    0b1};
inline constexpr FindingDefinition FetchTooLarge{
    "sts.fetch.too-large", Severity::Error, "RFC 8461 §3.3",
    QT_TRANSLATE_NOOP("Findings", "The policy body is larger than 64 KiB; senders stop reading and reject it.")};
inline constexpr FindingDefinition FetchOk{"sts.fetch.ok", Severity::Ok, "RFC 8461 §3.3",
                                           QT_TRANSLATE_NOOP("Findings", "Policy fetched from %1 (%2) in %3 ms.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&TxtNone,
                                                   &TxtMultiple,
                                                   &TxtNotSts,
                                                   &TxtVersionMalformed,
                                                   &TxtSpaceBeforeDelimiter,
                                                   &TxtTrailingWhitespace,
                                                   &TxtMultipleStrings,
                                                   &TxtNonAscii,
                                                   &TxtEmptyField,
                                                   &TxtFieldMalformed,
                                                   &TxtFieldNameCase,
                                                   &TxtIdMissing,
                                                   &TxtIdInvalid,
                                                   &TxtIdTooLong,
                                                   &TxtDuplicateField,
                                                   &TxtExtensionInvalid,
                                                   &TxtExtension,
                                                   &TxtValid,
                                                   &PolicyEmpty,
                                                   &PolicyTooLarge,
                                                   &PolicyByteOrderMark,
                                                   &PolicyInvalidUtf8,
                                                   &PolicyControlCharacter,
                                                   &PolicyCrLineEndings,
                                                   &PolicyMixedLineEndings,
                                                   &PolicyEmptyLine,
                                                   &PolicyLeadingWhitespace,
                                                   &PolicySpaceBeforeColon,
                                                   &PolicyLineMalformed,
                                                   &PolicyKeyCase,
                                                   &PolicyUnknownKey,
                                                   &PolicyExtensionInvalid,
                                                   &PolicyDuplicateKey,
                                                   &PolicyMissingKey,
                                                   &PolicyVersionInvalid,
                                                   &PolicyVersionNotFirst,
                                                   &PolicyModeInvalid,
                                                   &PolicyMaxAgeInvalid,
                                                   &PolicyMaxAgeTooLarge,
                                                   &PolicyMaxAgeShort,
                                                   &PolicyMxMissing,
                                                   &PolicyMxMissingModeNone,
                                                   &PolicyMxULabel,
                                                   &PolicyMxEmptyValue,
                                                   &PolicyModeNone,
                                                   &PolicyModeTesting,
                                                   &PolicyValid,
                                                   &MxPatternEmpty,
                                                   &MxPatternInvalid,
                                                   &MxPatternWildcardPosition,
                                                   &MxPatternWildcardTooBroad,
                                                   &MxPatternTrailingDot,
                                                   &MxPatternUnicode,
                                                   &MxPatternIpAddress,
                                                   &GenerateDomainInvalid,
                                                   &GenerateMaxAgeRange,
                                                   &GenerateNoMx,
                                                   &GenerateIdInvalid,
                                                   &GenerateInternal,
                                                   &DeployFolderFailed,
                                                   &DeployWriteFailed,
                                                   &FetchPrivateAddress,
                                                   &FetchNoAddress,
                                                   &FetchConnectFailed,
                                                   &FetchTlsFailed,
                                                   &FetchCertificateInvalid,
                                                   &FetchTimeout,
                                                   &FetchStalled,
                                                   &FetchMalformedResponse,
                                                   &FetchRedirect,
                                                   &FetchHttpStatus,
                                                   &FetchContentType,
                                                   &FetchTooLarge,
                                                   &FetchOk};

} // namespace Sts::MtaSts::Catalog
