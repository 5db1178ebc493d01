// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttable.h"

#include "viewcopy.h"

#include <QHeaderView>
#include <QTableView>

namespace Sts::Ui {

QTableView *ResultTable::create(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    ViewCopy::install(view);
    return view;
}

} // namespace Sts::Ui
