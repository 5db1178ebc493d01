// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/chainanalysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A presented chain: certificates as DER, each preceded by its length in two bytes (big endian).
    QList<QSslCertificate> chain;
    size_t offset = 0;
    while (offset + 2 <= size && chain.size() < 8) {
        const size_t length = std::min<size_t>((size_t(data[offset]) << 8) | data[offset + 1], size - offset - 2);
        offset += 2;
        const QByteArray der(reinterpret_cast<const char *>(data) + offset, qsizetype(length));
        chain.append(QSslCertificate(der, QSsl::Der));
        offset += length;
    }
    Sts::Tls::TrustOptions options;
    options.useSystemStore = false;
    const Sts::Tls::ChainAnalysis analysis =
        Sts::Tls::ChainAnalyzer::analyze(chain, QStringLiteral("mx1.example.com"), options);
    if (analysis.valid() || (!analysis.resultType && !chain.isEmpty()))
        __builtin_trap(); // nothing verifies without a trust anchor
    return 0;
}
