// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Sts {

//! CSV (RFC 4180) that a spreadsheet may open safely. Report fields are written by strangers,
//! and a spreadsheet runs a cell such as =HYPERLINK(...) as a formula; such a cell is defused
//! with a leading apostrophe (OWASP, "CSV injection"). The one rule of the window's exporter
//! and of `stsscope-cli report --csv`.
class CsvField
{
public:
    //! One field: a leading apostrophe when it starts with a tab or CR or its first
    //! non-blank character is = + - or @, quoted (quotes doubled) when it holds a comma,
    //! quote or line break.
    static QString escape(const QString &cell);
    //! One record: the escaped cells joined with commas, ended with CRLF.
    static QString row(const QStringList &cells);
};

} // namespace Sts
