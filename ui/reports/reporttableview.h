// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QAbstractItemModel;

namespace Sts::Ui {

//! A table of the reports area: sortable, rows selected whole, and with Copy and "Export as
//! CSV…" (Ctrl+Shift+E) in its context menu, which write the rows as the table shows them.
class ReportTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableView)

public:
    //! \a accessibleName also names the file the export suggests.
    ReportTableView(const QString &accessibleName, QWidget *parent = nullptr);

    //! Shows \a model through a sorting proxy ordered by \a sortRole, unless \a model is itself
    //! a proxy that sorts.
    void setSourceModel(QAbstractItemModel *model, int sortRole);
    void exportWithDialog();

private:
    //! Columns as wide as their content (as far as the visible rows show it), within reason.
    void fitColumns();
};

} // namespace Sts::Ui
