// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QStringList>
#include <QTest>

//! Helpers shared by the engine's unit tests: findings are compared as the sorted list of their
//! codes (duplicates kept), so that a finding the test did not expect fails it as surely as a
//! missing one.
namespace StsTest {

inline QStringList sortedCodes(const Sts::Findings &findings)
{
    QStringList codes;
    for (const Sts::Finding &finding : findings)
        codes.append(finding.code);
    codes.sort();
    return codes;
}

inline QStringList sorted(QStringList codes)
{
    codes.sort();
    return codes;
}

inline QByteArray describeMismatch(const QStringList &actual, const QStringList &expected, const QString &rule)
{
    return QStringLiteral("finding codes differ\n   actual: [%1]\n expected: [%2]\n     rule: %3")
        .arg(actual.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")), rule)
        .toUtf8();
}

} // namespace StsTest

//! Fails the test unless \a findings carry exactly the codes \a expected (in any order); the
//! message names \a rule, the RFC sentence the row checks.
#define STS_COMPARE_CODES(findings, expected, rule)                                                                    \
    do {                                                                                                               \
        const QStringList stsActual_ = StsTest::sortedCodes(findings);                                                 \
        const QStringList stsExpected_ = StsTest::sorted(expected);                                                    \
        QVERIFY2(stsActual_ == stsExpected_, StsTest::describeMismatch(stsActual_, stsExpected_, rule).constData());   \
    } while (false)
