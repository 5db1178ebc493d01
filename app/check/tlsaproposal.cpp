// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsaproposal.h"

#include "checkresult.h"
#include "tls/daneverifier.h"

#include <QSet>

namespace Sts::Check {

QString TlsaProposal::zoneText(const CheckResult &live)
{
    // English, like the other zone files: the text goes to whoever edits the zone.
    QString records;
    QStringList unsigned_;
    for (const MxHostResult &host : live.mx) {
        QSet<QString> keys; // every address of the host may present another key: one record each
        for (const Smtp::SmtpProbeResult &probe : host.probes) {
            if (!probe.chain.chain.isEmpty() && !probe.chain.chain.constFirst().spkiSha256.isEmpty())
                keys.insert(probe.chain.chain.constFirst().spkiSha256.toLower());
        }
        if (keys.isEmpty())
            continue;
        QStringList sorted(keys.cbegin(), keys.cend());
        sorted.sort();
        QStringList published;
        if (host.tlsa) {
            for (const Net::DnsRecord &record : host.tlsa->records)
                published.append(Tls::Tlsa::text(record));
        }
        for (const QString &key : std::as_const(sorted)) {
            const QString data = QStringLiteral("3 1 1 ") + key;
            records += QStringLiteral("_%1._tcp.%2. IN TLSA %3%4\n")
                           .arg(host.probes.constFirst().port)
                           .arg(host.host, data,
                                published.contains(data) ? QStringLiteral("   ; published already") : QString());
        }
        const bool signedZone = (host.a && host.a->dnssec == Net::DnssecStatus::Secure) ||
                                (host.aaaa && host.aaaa->dnssec == Net::DnssecStatus::Secure);
        if (!signedZone)
            unsigned_.append(host.host);
    }
    if (records.isEmpty())
        return {};
    QString text =
        QStringLiteral("; DANE (RFC 7672): TLSA records for the keys the MX hosts present now.\n"
                       "; 3 1 1 is the SHA-256 of the server's public key: it stays valid across certificate\n"
                       "; renewals that keep the key (certbot --reuse-key), and needs no CA.\n"
                       ";\n"
                       "; Rollover: before the key changes, publish the next key's record beside the current one,\n"
                       "; wait at least the record's TTL, then switch the server to the new key, and remove the\n"
                       "; old record afterwards. A key change without this stops mail from every sender that\n"
                       "; validates DANE.\n");
    if (!unsigned_.isEmpty())
        text += QStringLiteral(";\n; Not DNSSEC-signed, so senders would ignore records there: %1.\n; Sign those zones "
                               "first.\n")
                    .arg(unsigned_.join(QStringLiteral(", ")));
    return text + u'\n' + records;
}

} // namespace Sts::Check
