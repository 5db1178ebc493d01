// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

class QAbstractItemModel;

namespace Sts::Ui {

//! A table model as CSV (RFC 4180), the way a spreadsheet can open it safely: report fields are
//! written by senders, so a cell that a spreadsheet would run as a formula is defused
//! (Sts::CsvField, the CLI's rule too).
class CsvExport
{
public:
    //! The header row and every row as the model shows them (a proxy: filtered and sorted).
    static QString toCsv(const QAbstractItemModel *model);
    //! Writes toCsv() as UTF-8 with a byte order mark (so that spreadsheets detect UTF-8).
    static Result<void> save(const QAbstractItemModel *model, const QString &path);
};

} // namespace Sts::Ui
