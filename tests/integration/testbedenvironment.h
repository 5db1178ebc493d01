// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace Sts::Test {

//! The testbed's addresses and files, from the shell-style KEY='value' lines that
//! `testbed.sh up` writes to $STS_TESTBED_DIR/env. Empty when the testbed is not running.
inline QHash<QString, QString> testbedEnvironment()
{
    QHash<QString, QString> values;
    const QString dir = qEnvironmentVariable("STS_TESTBED_DIR");
    QFile file(dir + QStringLiteral("/env"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith('#') || equals <= 0)
            continue;
        QByteArray value = line.sliced(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('\'') && value.endsWith('\''))
            value = value.sliced(1, value.size() - 2);
        values.insert(QString::fromLatin1(line.first(equals)), QString::fromUtf8(value));
    }
    return values;
}

//! Check options that resolve through the testbed's validating resolver and trust its CA and
//! DNSSEC anchor, with every network timeout set from \a timeoutSeconds.
inline Check::CheckOptions testbedCheckOptions(const QHash<QString, QString> &env, double timeoutSeconds)
{
    Check::CheckOptions options;
    options.resolver.forwarder = env.value(QStringLiteral("STS_TESTBED_RESOLVER"));
    options.resolver.trustAnchorFile = env.value(QStringLiteral("STS_TESTBED_TRUST_ANCHOR"));
    // Where the resolver strips DNSSEC, iterate from the lab's root, never the internet's.
    options.resolver.rootHintsFile = env.value(QStringLiteral("STS_TESTBED_ROOT_HINTS"));
    options.trust.caFiles = {env.value(QStringLiteral("STS_TESTBED_CA"))};
    // The port-25 self-test against the testbed's own always-on hosts, never the internet's.
    options.environmentReferences.smtpHosts = {QStringLiteral("mx1.healthy.test")};
    options.environmentReferences.httpsHosts = {QStringLiteral("mta-sts.healthy.test")};
    options.environmentReferences.ipv6Address = QStringLiteral("fd00:5753::1"); // the no-ipv6 condition's
    options.setTimeoutSeconds(timeoutSeconds);
    // Every testbed address is on loopback or its own ULA prefix; the private-address scenarios'
    // 10/8, 172.16/12, 192.168/16, 169.254/16 and fc00::/7 hosts stay refused.
    options.allowedNetworks = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8")),
                               QHostAddress::parseSubnet(QStringLiteral("fd00:5753::/32"))};
    return options;
}

} // namespace Sts::Test
