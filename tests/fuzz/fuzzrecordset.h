// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/txtrecord.h"

#include <cstddef>
#include <cstdint>

namespace Sts::Fuzz {

//! Turns fuzz bytes into a TXT record set: '\n' separates records, '\x01' separates the
//! character-strings of one record, so that the fuzzer explores several records and split strings.
inline TxtRecordSet recordSetFrom(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    TxtRecordSet records;
    for (const QByteArray &record : bytes.split('\n'))
        records.append(TxtRecord{record.split('\x01')});
    return records;
}

} // namespace Sts::Fuzz
