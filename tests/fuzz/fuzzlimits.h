// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsrpt/importlimits.h"

namespace Sts::Fuzz {

//! Import limits far below the defaults, so that a bomb the fuzzer builds is refused quickly and
//! short inputs reach every refusal; the code paths are the same as with the defaults.
inline const TlsRpt::ImportLimits &smallImportLimits()
{
    static const TlsRpt::ImportLimits limits = [] {
        TlsRpt::ImportLimits small;
        small.maxReportSize = qint64(1) << 20;
        small.maxTotalSize = qint64(4) << 20;
        small.ratioFloor = qint64(64) << 10;
        small.maxZipEntries = 200;
        return small;
    }();
    return limits;
}

} // namespace Sts::Fuzz
