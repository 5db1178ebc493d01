// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Sts::TlsRpt {

//! Bounds on what one input file may cost, so that a hostile file (a decompression bomb, a
//! zip of a million entries, MIME nested a thousand deep) is refused with a clear error
//! instead of exhausting memory or stack. Real reports are a few kilobytes; a very large
//! sender's daily report is a few megabytes.
struct ImportLimits
{
    qint64 maxFileSize = qint64(256) << 20;  //!< a file read into memory (.json, .gz, .zip, .eml)
    qint64 maxMboxSize = qint64(16) << 30;   //!< an mbox is streamed, so it may be larger
    qint64 maxReportSize = qint64(32) << 20; //!< one report's JSON after decompression
    qint64 maxTotalSize = qint64(1) << 30;   //!< all unpacked from one file: entries, members, attachments
    int maxCompressionRatio = 250;           //!< output per input byte, checked beyond RatioFloor
    qint64 ratioFloor = qint64(1) << 20;     //!< small outputs are never called bombs
    int maxZipEntries = 10000;               //!< entries in one archive
    int maxMimeDepth = 16;                   //!< multipart/message nesting inside one message
    int maxContainerDepth = 4;               //!< archive in message in archive ...
    int maxJsonDepth = 32;                   //!< a report nests five deep
    //! Reports in one input file. Reports are handed on one at a time, but a reader still keeps
    //! a little per report (the CLI the report-id and source to find duplicates, the GUI a line
    //! per duplicate in the import summary): 200,000 is years of daily reports for hundreds of
    //! domains, and keeps that under ~60 MB.
    int maxReportsPerFile = 200000;
};

} // namespace Sts::TlsRpt
