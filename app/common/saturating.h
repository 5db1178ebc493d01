// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtNumeric>

#include <limits>

namespace Sts {

//! \a a + \a b, held at the largest (or smallest) qint64 instead of wrapping. Session counts
//! come from strangers' reports, which may say 2^63 - 1: summed plainly, two such reports
//! give a negative total, and signed overflow is undefined behaviour.
inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (!qAddOverflow(a, b, &sum))
        return sum;
    return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

} // namespace Sts
