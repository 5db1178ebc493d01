// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace Sts::TlsRpt {

//! Finds member names that occur more than once in one JSON object. RFC 8259 §4 only says names
//! SHOULD be unique; I-JSON (RFC 7493 §2.3), which RFC 8460 reports are, says objects "MUST NOT
//! have members with duplicate names". QJsonDocument keeps one of them without a word, so a report
//! could show one value while another reader shows the other.
class JsonMemberScanner
{
public:
    //! Called for each repeated name (not for its first occurrence) with the object's path in the
    //! report's own terms: "report", "date-range", "policies[0].summary", ...
    using Visitor = std::function<void(const QString &path, const QString &name)>;

    //! \a json must already have parsed as JSON and passed a depth limit: the scan trusts its shape
    //! and recurses once per level. Strings are decoded (escapes included), so "\u0069d" repeats "id".
    static void scan(QByteArrayView json, const Visitor &visit);
};

} // namespace Sts::TlsRpt
