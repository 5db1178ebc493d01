// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sts::TlsRpt {

//! What one import into the report library did, file by file, for the summary shown after it.
struct ImportSummary
{
    enum class Outcome
    {
        Imported,  //!< reports of the file were added
        Duplicate, //!< a report already in the library (or twice in the import), not added again
        Rejected,  //!< a file, or a part of one, that could not be read or stored
        Skipped,   //!< parts that hold no report (a folder's other files, a message's text)
    };

    struct Entry
    {
        Outcome outcome = Outcome::Imported;
        QString file;               //!< the input file
        QString part;               //!< where in it (archive entry, message), or the file again
        QString detail;             //!< how many reports, or why not (a finding's English message)
        QString code = {};          //!< the finding's code when detail is one (tlsrpt.*), for JSON and to translate it
        QStringList arguments = {}; //!< the finding's arguments: Check::displayMessage() shows detail
    };

    QList<Entry> entries;
    int filesTotal = 0; //!< files found, folders expanded
    int filesRead = 0;  //!< files read to their end (and stored when they held reports)
    int reportsAdded = 0;
    int duplicates = 0;
    int rejected = 0;
    bool canceled = false; //!< files after filesRead were not imported

    int filesLeft() const { return filesTotal - filesRead; }
};

} // namespace Sts::TlsRpt

Q_DECLARE_METATYPE(Sts::TlsRpt::ImportSummary)
