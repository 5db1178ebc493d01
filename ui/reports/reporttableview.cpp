// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttableview.h"

#include "check/findingregistry.h"
#include "csvexport.h"
#include "viewcopy.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace Sts::Ui {

namespace {
constexpr int WidestColumn = 340; //!< pixels; longer text is elided and in the tooltip or the details
} // namespace

ReportTableView::ReportTableView(const QString &accessibleName, QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(accessibleName);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle); // names and hosts differ at both ends; the tooltip has them whole
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    ViewCopy::install(this);
    auto *exportCsv = new QAction(tr("Export as CS&V…"), this);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportCsv, &QAction::triggered, this, &ReportTableView::exportWithDialog);
    addAction(exportCsv);
}

void ReportTableView::setSourceModel(QAbstractItemModel *model, int sortRole)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(model);
    if (!proxy) {
        proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
    }
    proxy->setSortRole(sortRole);
    setModel(proxy);
    sortByColumn(-1, Qt::AscendingOrder); // the model's order until the user sorts
    connect(proxy, &QAbstractItemModel::modelReset, this, &ReportTableView::fitColumns);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ReportTableView::fitColumns);
    fitColumns();
}

void ReportTableView::fitColumns()
{
    resizeColumnsToContents();
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        if (columnWidth(column) > WidestColumn)
            setColumnWidth(column, WidestColumn);
    }
}

void ReportTableView::exportWithDialog()
{
    const QString suggested = accessibleName().toLower().replace(u' ', u'-') + QStringLiteral(".csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export as CSV"), suggested, tr("CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Result<void> saved = CsvExport::save(model(), path); !saved)
        QMessageBox::warning(this, tr("Export as CSV"), Check::displayMessage(saved.error()));
}

} // namespace Sts::Ui
