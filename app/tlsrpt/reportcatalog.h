// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Every finding about received TLS-RPT reports: reading them (tlsrpt.report.*), unpacking the
//! files they arrive in (tlsrpt.import.*) and keeping them (tlsrpt.library.*). Codes are stable.
//! Errors reject a report or a file; warnings name a sender's deviation that was accepted.
namespace Sts::TlsRpt::ReportCatalog {

using Sts::FindingDefinition;
using Sts::Severity;

// --- Rejections: these change or hide the numbers, so the report is not counted. ---
inline constexpr FindingDefinition JsonInvalid{
    "tlsrpt.report.json-invalid", Severity::Error, "RFC 8460 §4.4, RFC 8259",
    QT_TRANSLATE_NOOP("Findings", "The report is not valid JSON: %1 (at byte %2).")};
inline constexpr FindingDefinition JsonTooDeep{
    "tlsrpt.report.json-too-deep", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "The JSON nests deeper than %1 levels; a TLS-RPT report needs five. Refused as "
                                  "hostile or broken.")};
inline constexpr FindingDefinition NotObject{
    "tlsrpt.report.not-object", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "The JSON document is not an object, so it is not a TLS-RPT report.")};
inline constexpr FindingDefinition FieldMissing{
    "tlsrpt.report.field-missing", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "The required field \"%1\" is missing, empty or not of the expected type (%2); "
                                  "the report cannot be counted."),
    0b10};
inline constexpr FindingDefinition DateInvalid{"tlsrpt.report.date-invalid", Severity::Error, "RFC 8460 §4.4, RFC 3339",
                                               QT_TRANSLATE_NOOP("Findings", "\"%1\" is not a date and time: \"%2\".")};
inline constexpr FindingDefinition DateRangeReversed{
    "tlsrpt.report.date-range-reversed", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "The date range ends (%2) before it starts (%1).")};
inline constexpr FindingDefinition CountInvalid{
    "tlsrpt.report.count-invalid", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" must be a whole number of sessions from 0 up, not %2; the report cannot "
                                  "be counted.")};
inline constexpr FindingDefinition StructureInvalid{
    "tlsrpt.report.structure-invalid", Severity::Error, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" must be %2; the report cannot be counted."), 0b10};
inline constexpr FindingDefinition ResultTypeMissing{
    "tlsrpt.report.result-type-missing", Severity::Error, "RFC 8460 §4.3",
    QT_TRANSLATE_NOOP("Findings", "A failure detail (%1) has no result-type, so its failed sessions cannot be "
                                  "attributed.")};

// --- Deviations of real senders, accepted with a warning. ---
inline constexpr FindingDefinition DateWithoutZone{
    "tlsrpt.report.date-without-zone", Severity::Warning, "RFC 3339 §5.6",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" has no time zone (\"%2\"), as Microsoft sends it; read as UTC.")};
inline constexpr FindingDefinition DateOnly{
    "tlsrpt.report.date-only", Severity::Warning, "RFC 3339 §5.6",
    QT_TRANSLATE_NOOP("Findings", "\"%1\" is a date without a time (\"%2\"); read as midnight UTC.")};
inline constexpr FindingDefinition ContactInfoNull{
    "tlsrpt.report.contact-info-null", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "\"contact-info\" is null; the sender gave no contact.")};
inline constexpr FindingDefinition ContactInfoMissing{
    "tlsrpt.report.contact-info-missing", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "\"contact-info\" is missing; the sender gave no contact.")};
inline constexpr FindingDefinition PoliciesEmpty{
    "tlsrpt.report.policies-empty", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "The report lists no policies, so it reports no sessions.")};
inline constexpr FindingDefinition PolicyTypeUnknown{
    "tlsrpt.report.policy-type-unknown", Severity::Warning, "RFC 8460 §4.3",
    QT_TRANSLATE_NOOP("Findings", "%1: policy-type \"%2\" is none of sts, tlsa, no-policy-found; its sessions are "
                                  "counted under that name.")};
inline constexpr FindingDefinition PolicyDomainMissing{
    "tlsrpt.report.policy-domain-missing", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1 (%2) has no policy-domain; its sessions are counted without a domain.")};
inline constexpr FindingDefinition PolicyStringJson{
    "tlsrpt.report.policy-string-json", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: policy-string holds one string that is itself a JSON list (as Microsoft sends "
                                  "TLSA records); read as %2 entries.")};
inline constexpr FindingDefinition PolicyStringNotList{
    "tlsrpt.report.policy-string-not-list", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: policy-string is a single string, not a list; read as a list of one.")};
inline constexpr FindingDefinition MxHostString{
    "tlsrpt.report.mx-host-string", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: mx-host is a single string, not a list (as in the RFC's own example); read "
                                  "as a list of one.")};
inline constexpr FindingDefinition MxHostPrefix{
    "tlsrpt.report.mx-host-prefix", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: mx-host \"%2\" carries the policy's \"mx:\" key; read as \"%3\".")};
inline constexpr FindingDefinition CountMissing{
    "tlsrpt.report.count-missing", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: \"%2\" is missing; read as 0, as encoders that drop zero values mean it.")};
inline constexpr FindingDefinition FailureSumMismatch{
    "tlsrpt.report.failure-sum-mismatch", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: the failure details add up to %2 failed sessions, the summary says %3. Both "
                                  "numbers are kept; totals use the summary.")};
inline constexpr FindingDefinition ResultTypeUnknown{
    "tlsrpt.report.result-type-unknown", Severity::Warning, "RFC 8460 §4.3",
    QT_TRANSLATE_NOOP("Findings", "%1: result-type \"%2\" is not defined by RFC 8460; kept as written.")};
inline constexpr FindingDefinition SendingIpMissing{
    "tlsrpt.report.sending-ip-missing", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: the failure detail names no sending-mta-ip.")};
inline constexpr FindingDefinition FieldEmpty{
    "tlsrpt.report.field-empty", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: \"%2\" is an empty string; read as absent.")};
inline constexpr FindingDefinition AddressInvalid{
    "tlsrpt.report.address-invalid", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: \"%2\" is not an IP address: \"%3\"; kept as written.")};
inline constexpr FindingDefinition DraftKey{
    "tlsrpt.report.draft-key", Severity::Warning, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1: \"%2\" is a name from a draft of RFC 8460; read as \"%3\".")};
inline constexpr FindingDefinition FieldType{"tlsrpt.report.field-type", Severity::Warning, "RFC 8460 §4.4",
                                             QT_TRANSLATE_NOOP("Findings", "%1: \"%2\" is not a %3; ignored."), 0b100};
inline constexpr FindingDefinition DuplicateMember{
    "tlsrpt.report.duplicate-member", Severity::Warning, "RFC 7493 §2.3, RFC 8259 §4",
    QT_TRANSLATE_NOOP("Findings", "%1: the member \"%2\" appears more than once, which I-JSON forbids; readers "
                                  "disagree on which value counts, and StsScope used the last one.")};

// --- Notes. ---
inline constexpr FindingDefinition UnknownField{"tlsrpt.report.unknown-field", Severity::Info, "RFC 8460 §4.4",
                                                QT_TRANSLATE_NOOP("Findings", "%1: unknown field \"%2\" is ignored.")};
inline constexpr FindingDefinition PolicyStringMissing{
    "tlsrpt.report.policy-string-missing", Severity::Info, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "%1 (%2) carries no policy-string; the policy the sender saw is unknown.")};
inline constexpr FindingDefinition MailNotMultipartReport{
    "tlsrpt.import.not-multipart-report", Severity::Info, "RFC 8460 §5.3",
    QT_TRANSLATE_NOOP("Findings", "The message is %1, not multipart/report with report-type=\"tlsrpt\" as RFC 8460 "
                                  "defines for reports by mail; the report in it was read anyway.")};
inline constexpr FindingDefinition MailAttachmentType{
    "tlsrpt.import.attachment-type", Severity::Info, "RFC 8460 §5.3",
    QT_TRANSLATE_NOOP("Findings", "The report is attached as %1 instead of application/tlsrpt+json or "
                                  "application/tlsrpt+gzip; it was read anyway.")};
inline constexpr FindingDefinition ByteOrderMark{
    "tlsrpt.report.byte-order-mark", Severity::Info, "RFC 8259 §8.1",
    QT_TRANSLATE_NOOP("Findings", "The JSON starts with a byte order mark, which RFC 8259 forbids; skipped.")};

// --- Files and containers. ---
inline constexpr FindingDefinition FileUnreadable{"tlsrpt.import.unreadable", Severity::Error, "",
                                                  QT_TRANSLATE_NOOP("Findings", "Cannot read the file: %1")};
inline constexpr FindingDefinition FileTooLarge{
    "tlsrpt.import.file-too-large", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The file is %1 bytes; files over %2 bytes are not read.")};
inline constexpr FindingDefinition UnknownFormat{
    "tlsrpt.import.unknown-format", Severity::Error, "RFC 8460 §5.3",
    QT_TRANSLATE_NOOP("Findings", "The content is neither JSON, gzip, zip, an e-mail message nor an mbox file.")};
inline constexpr FindingDefinition ReportTooLarge{
    "tlsrpt.import.report-too-large", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The report unpacks to more than %1 bytes; refused as a decompression bomb.")};
inline constexpr FindingDefinition TotalTooLarge{
    "tlsrpt.import.total-too-large", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The file unpacks to more than %1 bytes in all; the rest is not read.")};
inline constexpr FindingDefinition CompressionRatio{
    "tlsrpt.import.compression-ratio", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The data expands more than %1 times; refused as a decompression bomb.")};
inline constexpr FindingDefinition GzipInvalid{"tlsrpt.import.gzip-invalid", Severity::Error, "RFC 1952",
                                               QT_TRANSLATE_NOOP("Findings", "The gzip data is damaged: %1")};
inline constexpr FindingDefinition GzipTruncated{
    "tlsrpt.import.gzip-truncated", Severity::Error, "RFC 1952",
    QT_TRANSLATE_NOOP("Findings", "The gzip data ends before its end marker; the file is truncated.")};
inline constexpr FindingDefinition GzipTrailingData{
    "tlsrpt.import.gzip-trailing-data", Severity::Warning, "RFC 1952",
    QT_TRANSLATE_NOOP("Findings", "%1 bytes after the end of the gzip data are ignored.")};
inline constexpr FindingDefinition ZipInvalid{"tlsrpt.import.zip-invalid", Severity::Error, "",
                                              QT_TRANSLATE_NOOP("Findings", "The zip archive cannot be read: %1")};
inline constexpr FindingDefinition ZipTooManyEntries{
    "tlsrpt.import.zip-too-many-entries", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The zip archive has %1 entries; archives with more than %2 are not read.")};
inline constexpr FindingDefinition ZipEntryEncrypted{
    "tlsrpt.import.zip-entry-encrypted", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The zip entry is encrypted and cannot be read.")};
inline constexpr FindingDefinition NestingTooDeep{
    "tlsrpt.import.nesting-too-deep", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "Archives and messages are nested more than %1 deep; the inner content is not "
                                  "read.")};
inline constexpr FindingDefinition MimeInvalid{"tlsrpt.import.mime-invalid", Severity::Error, "RFC 5322, RFC 2045",
                                               QT_TRANSLATE_NOOP("Findings", "The e-mail message cannot be parsed.")};
inline constexpr FindingDefinition MimeTooDeep{
    "tlsrpt.import.mime-too-deep", Severity::Error, "RFC 2046",
    QT_TRANSLATE_NOOP("Findings", "The message's MIME parts nest more than %1 deep; deeper parts are not read.")};
inline constexpr FindingDefinition AttachmentNotReport{
    "tlsrpt.import.attachment-not-report", Severity::Error, "RFC 8460 §5.3",
    QT_TRANSLATE_NOOP("Findings", "The attachment \"%1\" is declared as %2 but holds neither JSON nor gzip.")};
inline constexpr FindingDefinition NoReport{"tlsrpt.import.no-report", Severity::Error, "RFC 8460 §5.3",
                                            QT_TRANSLATE_NOOP("Findings", "No TLS-RPT report was found in it.")};
inline constexpr FindingDefinition TooManyReports{
    "tlsrpt.import.too-many-reports", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The file holds more than %1 reports; the rest is not read.")};
inline constexpr FindingDefinition Canceled{
    "tlsrpt.import.canceled", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The import was canceled before this file was read to its end.")};
inline constexpr FindingDefinition NotFound{"tlsrpt.import.not-found", Severity::Error, "",
                                            QT_TRANSLATE_NOOP("Findings", "No such file or folder.")};
inline constexpr FindingDefinition SkippedContent{
    "tlsrpt.import.skipped-content", Severity::Info, "",
    QT_TRANSLATE_NOOP("Findings", "%1 parts hold no report and were skipped (e.g. \"%2\").")};
inline constexpr FindingDefinition Duplicate{
    "tlsrpt.import.duplicate", Severity::Info, "RFC 8460 §4.4",
    QT_TRANSLATE_NOOP("Findings", "Report \"%1\" from %2 was read before (%3); it is counted once.")};

// --- The library. ---
inline constexpr FindingDefinition LibraryOpen{"tlsrpt.library.open-failed", Severity::Error, "",
                                               QT_TRANSLATE_NOOP("Findings", "Cannot open the report library %1: %2"),
                                               0b10};
inline constexpr FindingDefinition LibraryTooNew{
    "tlsrpt.library.too-new", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "The report library %1 has schema version %2; this StsScope knows up to %3. Use a "
                                  "newer StsScope.")};
inline constexpr FindingDefinition LibraryWrite{
    "tlsrpt.library.write-failed", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "Cannot store the reports; nothing from this file was kept: %1"), 0b1};
inline constexpr FindingDefinition LibraryDelete{
    "tlsrpt.library.delete-failed", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "Cannot delete the reports; none was deleted: %1"), 0b1};
inline constexpr FindingDefinition LibraryRead{"tlsrpt.library.read-failed", Severity::Error, "",
                                               QT_TRANSLATE_NOOP("Findings", "Cannot read the report library: %1")};

//! Every definition above, for the registry (check/findingregistry.h): a definition missing
//! here shows in the language of its creation and fails tst_findingtranslation.
inline constexpr const FindingDefinition *All[] = {&JsonInvalid,
                                                   &JsonTooDeep,
                                                   &NotObject,
                                                   &FieldMissing,
                                                   &DateInvalid,
                                                   &DateRangeReversed,
                                                   &CountInvalid,
                                                   &StructureInvalid,
                                                   &ResultTypeMissing,
                                                   &DateWithoutZone,
                                                   &DateOnly,
                                                   &ContactInfoNull,
                                                   &ContactInfoMissing,
                                                   &PoliciesEmpty,
                                                   &PolicyTypeUnknown,
                                                   &PolicyDomainMissing,
                                                   &PolicyStringJson,
                                                   &PolicyStringNotList,
                                                   &MxHostString,
                                                   &MxHostPrefix,
                                                   &CountMissing,
                                                   &FailureSumMismatch,
                                                   &ResultTypeUnknown,
                                                   &SendingIpMissing,
                                                   &FieldEmpty,
                                                   &AddressInvalid,
                                                   &DraftKey,
                                                   &FieldType,
                                                   &DuplicateMember,
                                                   &UnknownField,
                                                   &PolicyStringMissing,
                                                   &MailNotMultipartReport,
                                                   &MailAttachmentType,
                                                   &ByteOrderMark,
                                                   &FileUnreadable,
                                                   &FileTooLarge,
                                                   &UnknownFormat,
                                                   &ReportTooLarge,
                                                   &TotalTooLarge,
                                                   &CompressionRatio,
                                                   &GzipInvalid,
                                                   &GzipTruncated,
                                                   &GzipTrailingData,
                                                   &ZipInvalid,
                                                   &ZipTooManyEntries,
                                                   &ZipEntryEncrypted,
                                                   &NestingTooDeep,
                                                   &MimeInvalid,
                                                   &MimeTooDeep,
                                                   &AttachmentNotReport,
                                                   &NoReport,
                                                   &TooManyReports,
                                                   &Canceled,
                                                   &NotFound,
                                                   &SkippedContent,
                                                   &Duplicate,
                                                   &LibraryOpen,
                                                   &LibraryTooNew,
                                                   &LibraryWrite,
                                                   &LibraryDelete,
                                                   &LibraryRead};

} // namespace Sts::TlsRpt::ReportCatalog
