// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sts {

//! What a person typed or pasted where a mail domain is expected, made into the domain to
//! check, with what was done said in words: "postmaster@Example.COM", "https://mta-sts.example.com/",
//! "_mta-sts.example.com." and "bücher.example" become example.com and xn--bcher-kva.example.
//! Anything else that is not a domain (an IP address, one label, spaces) is refused with the
//! reason, before anything is checked. The one rule of the window, the wizard and the CLI.
struct DomainInput
{
    Q_DECLARE_TR_FUNCTIONS(Sts::DomainInput)

public:
    QString domain;      //!< A-labels, lower case, no trailing dot; empty when refused
    QString problem;     //!< translated: why the text is no mail domain; empty when accepted
    QStringList changes; //!< translated: what was done to the text ("took the domain of the address ...")

    bool ok() const { return problem.isEmpty(); }
    //! "took the domain of the address a@b; lower-cased it": the changes as one clause.
    QString changesText() const;

    static DomainInput parse(const QString &text);
    //! \a text as it may be quoted back in a message or on a terminal: at most 100 characters,
    //! control and format characters (escape sequences, bidi overrides) shown as U+FFFD.
    static QString shown(const QString &text);
};

} // namespace Sts
