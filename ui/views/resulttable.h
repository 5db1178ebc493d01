// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace Sts::Ui {

//! The read-only tables of the inspector's views and the wizard look and behave alike: whole rows selected, not
//! editable, columns as wide as their contents and the last one stretched, and Ctrl+C copies the selection.
class ResultTable
{
public:
    static QTableView *create(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);
};

} // namespace Sts::Ui
