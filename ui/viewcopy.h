// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;

namespace Sts::Ui {

//! "Copy" (Ctrl+C and the context menu) for item views: the selected cells as tab-separated
//! lines, so that any value can be pasted into a ticket or a spreadsheet.
class ViewCopy
{
public:
    static void install(QAbstractItemView *view);
    static QString selectedText(const QAbstractItemView *view);
};

} // namespace Sts::Ui
