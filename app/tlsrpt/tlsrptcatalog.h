// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Every finding about `_smtp._tls` TLS-RPT records. Codes are stable.
namespace Sts::TlsRpt::Catalog {

using Sts::FindingDefinition;
using Sts::Severity;

inline constexpr FindingDefinition RecordNone{
    "tlsrpt.record.none", Severity::Warning, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "No TXT record starts with \"v=TLSRPTv1;\": senders send no TLS reports, so delivery "
                                  "failures stay invisible to you.")};
inline constexpr FindingDefinition RecordMultiple{
    "tlsrpt.record.multiple", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "%1 TXT records start with \"v=TLSRPTv1;\"; senders then send no reports at all. "
                                  "Publish exactly one, with all addresses in its rua field.")};
inline constexpr FindingDefinition RecordNotTlsRpt{
    "tlsrpt.record.not-tlsrpt", Severity::Info, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "A TXT record that does not start with \"v=TLSRPTv1;\" is ignored: \"%1\".")};
inline constexpr FindingDefinition RecordVersionMalformed{
    "tlsrpt.record.version-malformed", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings",
                      "This record looks like a TLS-RPT record but does not start with exactly \"v=TLSRPTv1;\" "
                      "(case-sensitive, first, followed by a semicolon), so senders ignore it: \"%1\".")};
inline constexpr FindingDefinition RecordSpaceBeforeDelimiter{
    "tlsrpt.record.space-before-delimiter", Severity::Warning, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings",
                      "Whitespace between \"v=TLSRPTv1\" and \";\" is allowed by the grammar, but senders that look "
                      "for the literal prefix \"v=TLSRPTv1;\" discard the record. Remove the space.")};
inline constexpr FindingDefinition RecordTrailingWhitespace{
    "tlsrpt.record.trailing-whitespace", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings",
                      "The record ends in whitespace after its last field, without a \";\"; the grammar allows "
                      "whitespace only around a semicolon. Senders that trim it accept the record, strict ones "
                      "discard it. Remove the trailing whitespace.")};
inline constexpr FindingDefinition RecordMultipleStrings{
    "tlsrpt.record.multiple-strings", Severity::Info, "RFC 1035 §3.3.14, RFC 7208 §3.3",
    QT_TRANSLATE_NOOP("Findings",
                      "The record consists of %1 character-strings; they are joined without spaces before parsing.")};
inline constexpr FindingDefinition RecordNonAscii{
    "tlsrpt.record.non-ascii", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The record contains bytes outside printable ASCII; the grammar allows none (encode them in the URI).")};
inline constexpr FindingDefinition RecordEmptyField{
    "tlsrpt.record.empty-field", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP(
        "Findings", "The record has an empty field (two semicolons in a row), which makes it syntactically invalid.")};
inline constexpr FindingDefinition RecordFieldMalformed{
    "tlsrpt.record.field-malformed", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings",
                      "The field \"%1\" is not of the form name=value; the record is syntactically invalid.")};
inline constexpr FindingDefinition RecordFieldNameCase{
    "tlsrpt.record.field-name-case", Severity::Warning, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "Field names are case-sensitive: senders read \"%1\" as an unknown field and ignore "
                                  "it. Write it in lower case.")};
inline constexpr FindingDefinition RecordDuplicateField{
    "tlsrpt.record.duplicate-field", Severity::Warning, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "The field \"%1\" appears more than once; senders may read either. Put every report "
                                  "address into one rua field, separated by commas.")};
inline constexpr FindingDefinition RecordExtensionInvalid{
    "tlsrpt.record.extension-invalid", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The extension field \"%1\" does not follow the grammar (name: letters, digits, \"_\", \"-\", \".\", at most "
        "32; value: printable ASCII without \";\", \"=\" or spaces); the record is syntactically invalid.")};
inline constexpr FindingDefinition RecordExtension{
    "tlsrpt.record.extension", Severity::Info, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "Unknown field \"%1\" is ignored by senders.")};
inline constexpr FindingDefinition RuaMissing{
    "tlsrpt.record.rua-missing", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "The record has no \"rua\" field, so senders do not know where to send reports.")};
inline constexpr FindingDefinition RuaEmpty{
    "tlsrpt.rua.empty", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "The rua field contains an empty URI (a stray comma or nothing after \"rua=\").")};
inline constexpr FindingDefinition RuaScheme{
    "tlsrpt.rua.scheme", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP(
        "Findings",
        "The report URI \"%1\" uses neither \"mailto:\" nor \"https:\", the only schemes senders support.")};
inline constexpr FindingDefinition RuaMailtoInvalid{
    "tlsrpt.rua.mailto-invalid", Severity::Error, "RFC 8460 §3, RFC 6068",
    QT_TRANSLATE_NOOP("Findings", "The report URI \"%1\" is not a usable mailto: address: %2")};
inline constexpr FindingDefinition RuaHttpsInvalid{
    "tlsrpt.rua.https-invalid", Severity::Error, "RFC 8460 §3, RFC 3986",
    QT_TRANSLATE_NOOP("Findings", "The report URI \"%1\" is not a usable https: URL: %2")};
inline constexpr FindingDefinition RuaUnencoded{
    "tlsrpt.rua.unencoded", Severity::Error, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "The report URI \"%1\" contains \"%2\", which must be percent-encoded. Several "
                                  "addresses are separated by commas, not spaces.")};
inline constexpr FindingDefinition RuaSchemeCase{
    "tlsrpt.rua.scheme-case", Severity::Info, "RFC 3986 §3.1",
    QT_TRANSLATE_NOOP("Findings", "The scheme of \"%1\" is not in lower case; this is allowed, but some senders only "
                                  "recognise \"mailto:\" and \"https:\".")};
inline constexpr FindingDefinition RuaDuplicate{
    "tlsrpt.rua.duplicate", Severity::Info, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "The report URI \"%1\" is listed twice; senders may deliver each report twice.")};
inline constexpr FindingDefinition RecordValid{
    "tlsrpt.record.valid", Severity::Ok, "RFC 8460 §3",
    QT_TRANSLATE_NOOP("Findings", "Valid TLS-RPT record; reports go to %1.")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&RecordNone,
                                                   &RecordMultiple,
                                                   &RecordNotTlsRpt,
                                                   &RecordVersionMalformed,
                                                   &RecordSpaceBeforeDelimiter,
                                                   &RecordTrailingWhitespace,
                                                   &RecordMultipleStrings,
                                                   &RecordNonAscii,
                                                   &RecordEmptyField,
                                                   &RecordFieldMalformed,
                                                   &RecordFieldNameCase,
                                                   &RecordDuplicateField,
                                                   &RecordExtensionInvalid,
                                                   &RecordExtension,
                                                   &RuaMissing,
                                                   &RuaEmpty,
                                                   &RuaScheme,
                                                   &RuaMailtoInvalid,
                                                   &RuaHttpsInvalid,
                                                   &RuaUnencoded,
                                                   &RuaSchemeCase,
                                                   &RuaDuplicate,
                                                   &RecordValid};

} // namespace Sts::TlsRpt::Catalog
