// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewcopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMap>

namespace Sts::Ui {

void ViewCopy::install(QAbstractItemView *view)
{
    auto *copy = new QAction(QApplication::translate("ViewCopy", "&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectedText(view)); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

QString ViewCopy::selectedText(const QAbstractItemView *view)
{
    // Rows in view order, cells in column order, whatever order they were selected in.
    QMap<int, QMap<int, QString>> cells;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
    QStringList lines;
    for (const auto &row : std::as_const(cells))
        lines.append(QStringList(row.cbegin(), row.cend()).join(u'\t'));
    return lines.join(u'\n');
}

} // namespace Sts::Ui
