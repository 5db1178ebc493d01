// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkoptions.h"
#include "verbparser.h"

#include <QCommandLineOption>

#include <optional>

namespace Sts::Cli {

//! The options of a live check, the same for every verb that runs checks (check, watch):
//! resolver, CAs, trust anchor, root hints, timeout, concurrency, expiry warning, private
//! addresses, the self-test's reference hosts and the SOCKS5 proxy.
class CheckOptionsParser
{
public:
    //! Adds the options to \a verb.
    explicit CheckOptionsParser(VerbParser &verb);

    //! After VerbParser::parse(): the options as given. Returns an exit code (after printing why)
    //! when they are not usable, nullopt to go on.
    std::optional<int> read(Io io, Check::CheckOptions &options) const;
    int concurrency() const { return m_concurrency; } //!< valid after read()

private:
    VerbParser &m_verb;
    mutable int m_concurrency = 8;
    QCommandLineOption m_resolver;
    QCommandLineOption m_caFile;
    QCommandLineOption m_trustAnchor;
    QCommandLineOption m_rootHints;
    QCommandLineOption m_timeout;
    QCommandLineOption m_concurrencyOption;
    QCommandLineOption m_expiry;
    QCommandLineOption m_allowPrivate;
    QCommandLineOption m_referenceMx;
    QCommandLineOption m_referenceWeb;
    QCommandLineOption m_proxy;
};

} // namespace Sts::Cli
