// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::Check {

//! A watch list as plain text, the form `stsscope-cli watch --list FILE` reads and the GUI
//! imports and exports: one domain per line; blank lines and lines starting with '#' are
//! ignored. Each line goes through DomainInput (a pasted address or policy URL stands for its
//! domain); a line that is no domain is reported with its number and why, never guessed at.
struct WatchListFile
{
    Q_DECLARE_TR_FUNCTIONS(Sts::Check::WatchListFile)

public:
    struct Rejected
    {
        int line = 0;    //!< 1-based
        QString text;    //!< as DomainInput::shown() quotes it
        QString problem; //!< translated
    };

    QStringList domains; //!< in the order of the text, each once
    QList<Rejected> rejected;

    //! Lines beyond this many are not read (a list is bounded whatever the file holds); the first
    //! domain line beyond it is rejected, so that the cut is said.
    static constexpr int MaxLines = 100000;

    static WatchListFile parse(const QString &text);
    //! \a domains as a list file, with a comment line that says what it is.
    static QString format(const QStringList &domains);
    //! "line 3 \"not a domain\": …", one per rejected line, at most \a limit of them.
    QStringList rejectedLines(int limit = 20) const;
};

} // namespace Sts::Check
