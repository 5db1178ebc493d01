// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsanswer.h"

#include <QByteArrayView>

#include <optional>

namespace Sts::Net {

//! Decodes the wire form of one record's RDATA (RFC 1035 §3.3, RFC 3596, RFC 6698). Answers
//! come from the network: every length is checked, and malformed data yields nullopt.
class DnsRdata
{
public:
    static std::optional<DnsRecord> decode(RrType type, QByteArrayView rdata, quint32 ttl);
    //! The wire form of a record in the presentation form decode() writes to DnsRecord::text (read
    //! back from a stored result); nullopt when \a text is not in that form.
    static std::optional<QByteArray> encode(RrType type, const QString &text);

    //! An uncompressed wire-format name at \a offset; advances \a offset. Presentation form
    //! without the trailing dot, lower case kept as sent; nullopt when malformed.
    static std::optional<QString> readName(QByteArrayView wire, qsizetype &offset);
};

} // namespace Sts::Net
