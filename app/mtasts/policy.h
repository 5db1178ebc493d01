// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sts::MtaSts {

enum class Mode
{
    Enforce,
    Testing,
    None,
};

QString modeName(Mode mode); //!< "enforce", "testing", "none"
std::optional<Mode> modeFromName(const QString &name);

constexpr qint64 MaxPolicyAge = 31557600;      //!< RFC 8461 §3.2: max_age at most one year
constexpr qsizetype MaxPolicyBodySize = 65536; //!< RFC 8461 §3.3: bodies over 64 KiB are rejected

//! An MTA-STS policy body as a sender parses it (RFC 8461 §3.2). Fields hold what was read even
//! when the policy as a whole is invalid, so that a report can show them.
struct Policy
{
    bool valid = false; //!< a sender would use this policy
    QString version;
    std::optional<Mode> mode;
    std::optional<qint64> maxAge;
    QStringList mx;                            //!< patterns in file order, as written
    QList<QPair<QString, QString>> extensions; //!< unknown keys, in file order
    Findings findings;                         //!< findings about lines carry Finding::line

    static Policy parse(const QByteArray &body, const QString &subject = QStringLiteral("mta-sts.txt"));
};

} // namespace Sts::MtaSts
