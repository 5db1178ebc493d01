// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sts::Net {

//! The record types StsScope asks for (IANA values).
enum class RrType : quint16
{
    A = 1,
    Cname = 5,
    Mx = 15,
    Txt = 16,
    Aaaa = 28,
    Tlsa = 52,
};

QString rrTypeName(RrType type);
RrType rrTypeFromName(const QString &name); //!< the types above; A for any other

//! How a query ended, in the terms a postmaster knows from dig.
enum class DnsStatus
{
    NoError,  //!< records returned
    NoData,   //!< the name exists but has no record of the type
    NxDomain, //!< the name does not exist
    ServFail, //!< the resolver gave up (often a DNSSEC failure or broken delegation)
    Refused,
    Timeout, //!< no answer within StsScope's own timeout
    Error,   //!< anything else: malformed answer, resolver not usable
};

QString dnsStatusName(DnsStatus status); //!< stable: "noerror", "nodata", "nxdomain", "servfail", ...

enum class DnssecStatus
{
    Insecure, //!< not signed, or no trust anchor covers it
    Secure,   //!< validated from a trust anchor
    Bogus,    //!< signed but validation failed
    Unknown,  //!< not validated: the resolver this machine uses does not pass DNSSEC
};

QString dnssecStatusName(DnssecStatus status); //!< "insecure", "secure", "bogus", "unknown"

//! One resource record of an answer, decoded for the types StsScope uses.
struct DnsRecord
{
    RrType type = RrType::A;
    quint32 ttl = 0;
    QByteArray rdata;                                 //!< wire form
    QString text;                                     //!< presentation form, as dig prints it
    QHostAddress address;                             //!< A, AAAA
    quint16 preference = 0;                           //!< MX
    QString target;                                   //!< MX exchange, CNAME target (no trailing dot)
    QByteArrayList strings;                           //!< TXT character-strings
    quint8 usage = 0, selector = 0, matchingType = 0; //!< TLSA
    QByteArray associationData;                       //!< TLSA
};

struct DnsAnswer
{
    QString name;
    RrType type = RrType::A;
    DnsStatus status = DnsStatus::Error;
    DnssecStatus dnssec = DnssecStatus::Insecure;
    QString whyBogus;
    QString canonicalName; //!< differs from name when a CNAME chain was followed
    bool truncated = false;
    QList<DnsRecord> records;
    QString error;
    qint64 elapsedMs = 0;

    bool hasRecords() const { return status == DnsStatus::NoError && !records.isEmpty(); }
    QJsonObject toJson() const;
    //! What toJson() wrote; each record's fields are decoded again from its presentation form.
    static DnsAnswer fromJson(const QJsonObject &json);
};

} // namespace Sts::Net
