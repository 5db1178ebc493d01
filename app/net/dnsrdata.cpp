// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsrdata.h"

namespace Sts::Net {

namespace {

quint16 readUint16(QByteArrayView wire, qsizetype offset)
{
    return static_cast<quint16>((static_cast<quint8>(wire.at(offset)) << 8) | static_cast<quint8>(wire.at(offset + 1)));
}

QString txtPresentation(const QByteArrayList &strings)
{
    QStringList quoted;
    for (const QByteArray &string : strings) {
        QString text;
        for (const char c : string) {
            const auto byte = static_cast<quint8>(c);
            if (c == '"' || c == '\\')
                text += u'\\' + QChar(QLatin1Char(c));
            else if (byte < 0x20 || byte >= 0x7f)
                text += QStringLiteral("\\%1").arg(byte, 3, 10, QLatin1Char('0'));
            else
                text += QLatin1Char(c);
        }
        quoted.append(u'"' + text + u'"');
    }
    return quoted.join(u' ');
}

} // namespace

std::optional<QString> DnsRdata::readName(QByteArrayView wire, qsizetype &offset)
{
    QStringList labels;
    qsizetype total = 0;
    while (true) {
        if (offset >= wire.size())
            return std::nullopt;
        const auto length = static_cast<quint8>(wire.at(offset++));
        if (length == 0)
            break;
        if (length > 63 || offset + length > wire.size()) // compression pointers never occur in rdata from libunbound
            return std::nullopt;
        total += length + 1;
        if (total > 255)
            return std::nullopt;
        QString label;
        for (const char c : wire.sliced(offset, length)) {
            const auto byte = static_cast<quint8>(c);
            if (c == '.' || c == '\\' || byte <= 0x20 || byte >= 0x7f)
                label += QStringLiteral("\\%1").arg(byte, 3, 10, QLatin1Char('0'));
            else
                label += QLatin1Char(c);
        }
        labels.append(label);
        offset += length;
    }
    return labels.join(u'.');
}

std::optional<DnsRecord> DnsRdata::decode(RrType type, QByteArrayView rdata, quint32 ttl)
{
    DnsRecord record;
    record.type = type;
    record.ttl = ttl;
    record.rdata = rdata.toByteArray();
    switch (type) {
    case RrType::A:
    case RrType::Aaaa: {
        const qsizetype expected = type == RrType::A ? 4 : 16;
        if (rdata.size() != expected)
            return std::nullopt;
        if (type == RrType::A) {
            record.address = QHostAddress((static_cast<quint32>(static_cast<quint8>(rdata.at(0))) << 24) |
                                          (static_cast<quint32>(static_cast<quint8>(rdata.at(1))) << 16) |
                                          (static_cast<quint32>(static_cast<quint8>(rdata.at(2))) << 8) |
                                          static_cast<quint32>(static_cast<quint8>(rdata.at(3))));
        } else {
            record.address = QHostAddress(reinterpret_cast<const quint8 *>(rdata.data()));
        }
        record.text = record.address.toString();
        return record;
    }
    case RrType::Cname: {
        qsizetype offset = 0;
        const auto name = readName(rdata, offset);
        if (!name || offset != rdata.size())
            return std::nullopt;
        record.target = *name;
        record.text = *name + u'.';
        return record;
    }
    case RrType::Mx: {
        if (rdata.size() < 3)
            return std::nullopt;
        record.preference = readUint16(rdata, 0);
        qsizetype offset = 2;
        const auto name = readName(rdata, offset);
        if (!name || offset != rdata.size())
            return std::nullopt;
        record.target = *name;
        record.text = QStringLiteral("%1 %2.").arg(record.preference).arg(*name);
        return record;
    }
    case RrType::Txt: {
        qsizetype offset = 0;
        while (offset < rdata.size()) {
            const auto length = static_cast<quint8>(rdata.at(offset++));
            if (offset + length > rdata.size())
                return std::nullopt;
            record.strings.append(rdata.sliced(offset, length).toByteArray());
            offset += length;
        }
        if (record.strings.isEmpty())
            return std::nullopt;
        record.text = txtPresentation(record.strings);
        return record;
    }
    case RrType::Tlsa: {
        if (rdata.size() < 4)
            return std::nullopt;
        record.usage = static_cast<quint8>(rdata.at(0));
        record.selector = static_cast<quint8>(rdata.at(1));
        record.matchingType = static_cast<quint8>(rdata.at(2));
        record.associationData = rdata.sliced(3).toByteArray();
        record.text = QStringLiteral("%1 %2 %3 %4")
                          .arg(record.usage)
                          .arg(record.selector)
                          .arg(record.matchingType)
                          .arg(QString::fromLatin1(record.associationData.toHex()));
        return record;
    }
    }
    return std::nullopt;
}

} // namespace Sts::Net
