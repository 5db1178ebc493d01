// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsrdata.h"

#include <QtEndian>

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

//! Presentation-form bytes with "\\DDD" and "\\c" escapes undone; nullopt on a broken escape.
std::optional<QByteArray> unescape(QStringView text)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7e)
            return std::nullopt;
        if (c != u'\\') {
            bytes.append(static_cast<char>(c));
            continue;
        }
        if (i + 3 < text.size() && text[i + 1].isDigit()) {
            bool ok = false;
            const int value = text.sliced(i + 1, 3).toInt(&ok);
            if (!ok || value > 255)
                return std::nullopt;
            bytes.append(static_cast<char>(value));
            i += 3;
        } else if (i + 1 < text.size()) {
            bytes.append(static_cast<char>(text[++i].unicode()));
        } else {
            return std::nullopt;
        }
    }
    return bytes;
}

//! "mx1.example.com." as an uncompressed wire-format name.
std::optional<QByteArray> encodeName(QStringView text)
{
    if (text.endsWith(u'.'))
        text.chop(1);
    QByteArray wire;
    if (!text.isEmpty()) {
        // Escaped dots never occur: readName() writes them as \046.
        for (const QStringView label : text.split(u'.')) {
            const std::optional<QByteArray> bytes = unescape(label);
            if (!bytes || bytes->isEmpty() || bytes->size() > 63)
                return std::nullopt;
            wire.append(static_cast<char>(bytes->size()));
            wire.append(*bytes);
        }
    }
    wire.append('\0');
    return wire;
}

} // namespace

std::optional<QByteArray> DnsRdata::encode(RrType type, const QString &text)
{
    switch (type) {
    case RrType::A:
    case RrType::Aaaa: {
        const QHostAddress address(text);
        if (type == RrType::A && address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 value = address.toIPv4Address();
            QByteArray wire(4, '\0');
            qToBigEndian(value, wire.data());
            return wire;
        }
        if (type == RrType::Aaaa && address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR value = address.toIPv6Address();
            return QByteArray(reinterpret_cast<const char *>(value.c), 16);
        }
        return std::nullopt;
    }
    case RrType::Cname:
        return encodeName(text);
    case RrType::Mx: {
        const qsizetype space = text.indexOf(u' ');
        bool ok = false;
        const uint preference = QStringView(text).left(space).toUInt(&ok);
        const std::optional<QByteArray> name = encodeName(QStringView(text).sliced(space + 1));
        if (space < 0 || !ok || preference > 0xffff || !name)
            return std::nullopt;
        QByteArray wire(2, '\0');
        qToBigEndian(static_cast<quint16>(preference), wire.data());
        return wire + *name;
    }
    case RrType::Txt: {
        QByteArray wire;
        const QStringView view(text);
        qsizetype i = 0;
        while (i < view.size()) {
            if (view[i] != u'"')
                return std::nullopt;
            qsizetype end = i + 1;
            while (end < view.size() && view[end] != u'"')
                end += view[end] == u'\\' ? 2 : 1;
            if (end >= view.size())
                return std::nullopt;
            const std::optional<QByteArray> string = unescape(view.sliced(i + 1, end - i - 1));
            if (!string || string->size() > 255)
                return std::nullopt;
            wire.append(static_cast<char>(string->size()));
            wire.append(*string);
            i = end + 1;
            if (i < view.size() && view[i] == u' ')
                ++i;
        }
        return wire.isEmpty() ? std::nullopt : std::optional<QByteArray>(wire);
    }
    case RrType::Tlsa: {
        const QStringList fields = text.split(u' ');
        if (fields.size() != 4)
            return std::nullopt;
        QByteArray wire;
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            const uint value = fields.at(i).toUInt(&ok);
            if (!ok || value > 255)
                return std::nullopt;
            wire.append(static_cast<char>(value));
        }
        return wire + QByteArray::fromHex(fields.at(3).toLatin1());
    }
    }
    return std::nullopt;
}

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
