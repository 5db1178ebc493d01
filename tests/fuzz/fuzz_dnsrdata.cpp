// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/dnsrdata.h"

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks the record type; the rest is the RDATA as a server might send it.
    if (size == 0)
        return 0;
    using Sts::Net::RrType;
    constexpr std::array types{RrType::A, RrType::Aaaa, RrType::Mx, RrType::Txt, RrType::Tlsa, RrType::Cname};
    const RrType type = types[data[0] % types.size()];
    const QByteArrayView rdata(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    const auto record = Sts::Net::DnsRdata::decode(type, rdata, 0);
    if (record && record->text.isEmpty())
        __builtin_trap();
    return 0;
}
