// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/txtrecord.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sts::TlsRpt {

//! The `_smtp._tls.<domain>` TXT record set as a reporting sender reads it (RFC 8460 §3).
struct TlsRptRecord
{
    bool valid = false; //!< a sender would send reports: one v=TLSRPTv1 record with at least one usable rua URI
    QStringList rua;    //!< every usable report URI (mailto: or https:), in record order
    QList<QPair<QString, QString>> extensions;
    QString selected;
    Findings findings;

    static TlsRptRecord lint(const TxtRecordSet &records, const QString &subject = QStringLiteral("_smtp._tls"));
};

} // namespace Sts::TlsRpt
