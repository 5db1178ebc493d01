// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/txtrecord.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Sts::MtaSts {

//! The `_mta-sts.<domain>` TXT record set as a sender reads it (RFC 8461 §3.1).
struct StsRecord
{
    //! True when a sender would accept the set: exactly one record starting with "v=STSv1;"
    //! that is syntactically valid and carries an id.
    bool valid = false;
    QString id;                                //!< empty when absent or invalid
    QList<QPair<QString, QString>> extensions; //!< unknown fields, in record order
    QString selected;                          //!< the STS record that was judged (joined text)
    Findings findings;

    //! Lints every record of the set; \a subject names the owner ("_mta-sts.example.com").
    static StsRecord lint(const TxtRecordSet &records, const QString &subject = QStringLiteral("_mta-sts"));
};

} // namespace Sts::MtaSts
