// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sts::Check {

//! What changed between two checks of a domain, in the terms a postmaster tracks: verdict,
//! policy id, mode, max_age and mx lines, the MX hosts, and each MX address's certificate and TLS.
class ResultComparison
{
public:
    struct Change
    {
        QString subject; //!< "policy", "mx1.example.com 192.0.2.1", ...
        QString what;    //!< translated: "mode", "certificate", ...
        QString before;
        QString after;
    };

    static QList<Change> compare(const CheckResult &before, const CheckResult &after);
    //! Both in the shape of CheckResult::toJson() (the history's), read back as typed values.
    static QList<Change> compare(const QJsonObject &before, const QJsonObject &after);
};

} // namespace Sts::Check
